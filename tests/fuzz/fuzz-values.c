/* fuzz-values.c — libFuzzer target for the value parsers that import
 * uses: field_parse for every field of the field table, the whole-class
 * parser, and GB18030 decoding of the same bytes.
 *
 * The first byte picks the field; the rest is the cell.  Properties: no
 * crash; an accepted value is canonical — the export text of it parses
 * back to the same value (what makes export → import a round trip). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/charset.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct field *f;
	struct err e = { 0, "" };
	char *cell, *v = NULL, *text, *again = NULL, *u;
	int g, n;

	if (size < 1)
		return 0;
	f = &field_table[data[0] % FIELD_COUNT];
	cell = xstrndup((const char *)data + 1, size - 1);
	if (field_parse(f, cell, &v, &e) == 0 && v != NULL) {
		text = field_export_text(f, v);
		err_clear(&e);
		if (field_parse(f, text, &again, &e) != 0 || again == NULL ||
		    strcmp(again, v) != 0)
			abort();
		free(text);
		free(again);
	}
	free(v);
	class_full_parse(cell, &g, &n);
	u = charset_to_utf8(CHARSET_GB18030, (const char *)data + 1, size - 1, &e);
	free(u);
	free(cell);
	return 0;
}
