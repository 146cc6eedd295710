/* fuzz-csv.c — libFuzzer target for the CSV reader and formula escaping.
 *
 * Properties checked on any input: the reader never crashes or reads out
 * of bounds, every record's fields are valid UTF-8 and its line numbers
 * never go backwards; writing the fields back with csv_add_cell and
 * reading them again gives the same fields; escaping then unescaping a
 * field gives it back.  Build: see tests/fuzz/exchange-fuzz.sh. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/io/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Read all records of text; join them as a canonical CSV into out. */
static int
rewrite(const char *text, size_t len, size_t step, struct buf *out, long *nrec)
{
	struct csv_mem m = { text, len, 0, step };
	struct csv_reader *r = csv_reader_new(csv_mem_read, &m);
	struct csv_record rec;
	struct err e = { 0, "" };
	long last = 0;
	size_t i;
	int rc;

	*nrec = 0;
	while ((rc = csv_next(r, &rec, &e)) == 1) {
		if (rec.line < last || rec.line < 1)
			abort();
		last = rec.line;
		(*nrec)++;
		for (i = 0; i < rec.nfields; i++) {
			struct buf b = BUF_INIT;
			char *copy;

			if (!utf8_valid(rec.fields[i], strlen(rec.fields[i])))
				abort();
			if (i > 0)
				buf_addc(out, ',');
			csv_add_cell(out, rec.fields[i], 0);
			/* escape → unescape is the identity */
			csv_add_cell(&b, rec.fields[i], 1);
			copy = xstrdup(rec.fields[i]);
			if (csv_needs_escape(copy)) {
				char *esc = xasprintf("'%s", copy);

				csv_unescape_formula(esc);
				if (strcmp(esc, copy) != 0)
					abort();
				free(esc);
			}
			free(copy);
			buf_free(&b);
		}
		buf_adds(out, "\r\n");
	}
	csv_reader_free(&r);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf once = BUF_INIT, twice = BUF_INIT;
	long n1, n2;
	size_t step = size > 0 ? data[0] % 8 : 0;

	if (rewrite((const char *)data, size, step, &once, &n1) == 0) {
		/* a file written by the writer reads back the same */
		if (rewrite(buf_str(&once), once.len, 3, &twice, &n2) != 0)
			abort();
		if (strcmp(buf_str(&once), buf_str(&twice)) != 0)
			abort();
	}
	buf_free(&once);
	buf_free(&twice);
	return 0;
}
