/* utf8.h — UTF-8 validation, decoding and display width in terminal cells.
 *
 * Widths are computed per code point: wcwidth() of the current locale when
 * it knows the character, else an East-Asian-Wide table (CJK = 2 cells), so
 * that layout in the C locale and in files (xlsx widths) is still right. */
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
int utf8_width(const char *s);
/* Copy of s cut to at most `cells` display cells; when cut, the last cell
 * is "…" (or "~" when ascii_only).  Never splits a character. */
char *utf8_cut(const char *s, int cells, int ascii_only);
/* Copy of s padded with spaces (after cutting) to exactly `cells` cells. */
char *utf8_pad(const char *s, int cells, int ascii_only);

#endif
