/* test-width.c — the one width function of the program (utf8_cp_width)
 * and the table generated from glibc's UTF-8 charmap, which answers where
 * the C library has no wcwidth (Windows) or the locale cannot tell (C):
 * equal to glibc's wcwidth in C.UTF-8 for every code point glibc prints;
 * and the placeholders drawn where wchar_t is 16 bits. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <wchar.h>

#include "guanai/base/utf8.h"
#include "t.h"

int
main(void)
{
	uint32_t cp;
	long printable = 0, table_wrong = 0, fn_wrong = 0, c_wrong = 0;
	static signed char glibc[0x110000];
	int g;

	if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
		fprintf(stderr, "no C.UTF-8 locale\n");
		return 77;
	}
	for (cp = 0; cp <= 0x10ffff; cp++) {
		glibc[cp] = (signed char)(g = wcwidth((wchar_t)cp));
		if (g < 0 || cp < 0x20)
			continue;
		printable++;
		if (utf8_table_width(cp) != g && ++table_wrong <= 10)
			fprintf(stderr, "table: U+%04X is %d, glibc %d\n", (unsigned)cp,
			    utf8_table_width(cp), g);
		if (utf8_cp_width(cp) != g)
			fn_wrong++;
	}
	printf("%ld printable code points compared\n", printable);
	T_CHECK(printable > 250000);
	T_INTEQ(table_wrong, 0);
	T_INTEQ(fn_wrong, 0);
	/* the C locale knows nothing beyond ASCII: the table answers, and
	 * its answers are glibc's UTF-8 ones */
	setlocale(LC_ALL, "C");
	for (cp = 0x80; cp <= 0x10ffff; cp++)
		if (glibc[cp] >= 0 && utf8_cp_width(cp) != glibc[cp] && ++c_wrong <= 10)
			fprintf(stderr, "C locale: U+%04X is %d, glibc %d\n", (unsigned)cp,
			    utf8_cp_width(cp), glibc[cp]);
	T_INTEQ(c_wrong, 0);
	T_INTEQ(utf8_width("李\xf0\xa0\xae\xb7祥"), 6);	/* 李𠮷祥 */
	/* where wchar_t is 16 bits: a placeholder of the same width */
	T_INTEQ(utf8_cp_shown(0x20bb7, 1), 0x3013);
	T_INTEQ(utf8_cp_width(utf8_cp_shown(0x20bb7, 1)), 2);
	T_INTEQ(utf8_cp_shown(0x1d400, 1), '?');	/* 𝐀: one cell */
	T_INTEQ(utf8_cp_shown(0xe0100, 1), 0);		/* a variation selector */
	T_INTEQ(utf8_cp_shown(0x20bb7, 0), 0x20bb7);
	T_INTEQ(utf8_cp_shown(0x674e, 1), 0x674e);
	return t_done("test-width");
}
