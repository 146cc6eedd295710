/* utf8.h — UTF-8 validation, decoding and display width in terminal cells.
 *
 * Widths are computed per code point: the system's wcwidth() in the current
 * locale when it knows the character, else the table of glibc's UTF-8
 * locale generated at build time (src/base/gen-width.sh), so that layout
 * in the C locale, in files (xlsx widths) and on Windows (no wcwidth) is
 * still right.  utf8_cp_width is the one width function of the program:
 * nothing else calls wcwidth. */
#ifndef GUANAI_UTF8_H
#define GUANAI_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Strict check (no overlongs, no surrogates, <= U+10FFFF). */
int utf8_valid(const char *s, size_t len);
/* Decode one code point at s (len bytes available); returns bytes used,
 * or 0 on an invalid sequence (then *cp = U+FFFD). */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encode cp into out (4 bytes room); returns bytes written. */
size_t utf8_encode(uint32_t cp, char *out);
/* Number of code points. */
size_t utf8_count(const char *s);
/* Display width of one code point (0, 1 or 2), and of a string. */
int utf8_cp_width(uint32_t cp);
/* The generated table alone (glibc's UTF-8 width; 1 for what it does not
 * list).  utf8_cp_width uses it when the locale cannot tell. */
int utf8_table_width(uint32_t cp);
int utf8_width(const char *s);
/* The code point to draw for cp on a terminal whose wide characters are
 * 16 bits (wchar16: Windows, where the console keeps one UTF-16 unit per
 * cell and cannot show a character above U+FFFF): such a character
 * becomes a placeholder of its width — 〓 (U+3013) for two cells, '?' for
 * one, 0 (draw nothing) for none — so the columns after it stay aligned.
 * Otherwise cp itself. */
uint32_t utf8_cp_shown(uint32_t cp, int wchar16);
/* Copy of s cut to at most `cells` display cells; when cut, the last cell
 * is "…" (or "~" when ascii_only).  Never splits a character. */
char *utf8_cut(const char *s, int cells, int ascii_only);
/* Copy of s padded with spaces (after cutting) to exactly `cells` cells. */
char *utf8_pad(const char *s, int cells, int ascii_only);

#endif
