/* fuzz-fields.c — libFuzzer target: one cell through field_parse of EVERY
 * field of the field table (fuzz-values.c of the exchange tests picks one
 * field per input), then what the front ends do with an accepted value:
 * field_display, field_export_text, field_mask; and the header lookup
 * field_by_header on the same bytes.  Properties: no crash, no leak; a
 * canonical value is a fixed point (parsing it again gives it back); a
 * refusal always carries a message. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/err.h"
#include "guanai/core/field.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *v, *again, *t;
	struct err e;
	int i;

	s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	for (i = 0; i < FIELD_COUNT; i++) {
		const struct field *f = &field_table[i];

		v = NULL;
		err_clear(&e);
		if (field_parse(f, s, &v, &e) != 0) {
			if (e.msg[0] == '\0')
				abort();
			continue;
		}
		if (v == NULL)
			continue;
		again = NULL;
		err_clear(&e);
		if (field_parse(f, v, &again, &e) != 0 || again == NULL ||
		    strcmp(again, v) != 0)
			abort();
		free(again);
		free(field_display(f, v));
		t = field_export_text(f, v);
		free(t);
		free(field_mask(v));
		free(v);
	}
	(void)field_by_header(s);
	(void)field_by_code(s);
	free(s);
	return 0;
}
