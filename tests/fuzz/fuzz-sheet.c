/* fuzz-sheet.c — libFuzzer target for the .xlsx reader (io/sheet-xlsx.c).
 *
 * The input is split at the first NUL byte into a worksheet part and a
 * shared-strings part; both are put, with a fixed workbook.xml, its rels
 * and a styles.xml, into a real zip (minizip) that the reader opens as a
 * file.  Properties: no crash or out-of-bounds access, every cell is
 * NUL-terminated and every record has a line number >= 1.  Build: see
 * tests/fuzz/exchange-fuzz.sh. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "guanai/io/sheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char workbook[] = "<workbook><workbookPr date1904=\"0\"/><sheets>"
    "<sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels[] = "<Relationships><Relationship Id=\"rId1\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";
static const char styles[] = "<styleSheet><numFmts><numFmt numFmtId=\"164\" "
    "formatCode=\"yyyy/m/d\"/></numFmts><cellXfs><xf numFmtId=\"0\"/>"
    "<xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";

static void
add(zipFile z, const char *name, const void *p, size_t n)
{
	zip_fileinfo zi;

	memset(&zi, 0, sizeof zi);
	if (zipOpenNewFileInZip(z, name, &zi, NULL, 0, NULL, 0, NULL, 8, 6) != ZIP_OK)
		abort();
	zipWriteInFileInZip(z, p, (unsigned)n);
	zipCloseFileInZip(z);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[64];
	const uint8_t *nul = memchr(data, 0, size);
	size_t n1 = nul != NULL ? (size_t)(nul - data) : size;
	struct sheet_reader *r = NULL;
	struct csv_record rec;
	struct err e = { 0, "" };
	zipFile z;
	size_t i;

	if (path[0] == '\0')
		snprintf(path, sizeof path, "/tmp/guanai-fuzz-sheet-%ld.xlsx", (long)getpid());
	if ((z = zipOpen(path, 0)) == NULL)
		abort();
	add(z, "xl/workbook.xml", workbook, strlen(workbook));
	add(z, "xl/_rels/workbook.xml.rels", rels, strlen(rels));
	add(z, "xl/styles.xml", styles, strlen(styles));
	add(z, "xl/worksheets/sheet1.xml", data, n1);
	if (nul != NULL)
		add(z, "xl/sharedStrings.xml", nul + 1, size - n1 - 1);
	zipClose(z, NULL);
	if (sheet_open(path, NULL, &r, &e) == 0) {
		while (sheet_next(r, &rec, &e) == 1) {
			if (rec.line < 1)
				abort();
			for (i = 0; i < rec.nfields; i++)
				(void)strlen(rec.fields[i]);
			(void)strlen(rec.raw);
		}
		sheet_reader_free(&r);
	}
	unlink(path);
	return 0;
}
