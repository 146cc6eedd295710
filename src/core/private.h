/* private.h — helpers shared by the core sources, not part of the layer's
 * contract (include/guanai/ holds that). */
#ifndef GUANAI_CORE_PRIVATE_H
#define GUANAI_CORE_PRIVATE_H

#if defined(__GNUC__)
#define CORE_FORMAT_ARG(n) __attribute__((format_arg(n)))
#else
#define CORE_FORMAT_ARG(n)
#endif

/* gettext with a context, written "context\004msgid" (what msgctxt
 * compiles to); returns the msgid part when there is no translation.
 * Borrowed. */
const char *core_pgettext(const char *ctx_msgid) CORE_FORMAT_ARG(1);

/* Copy of s with full-width ASCII (U+FF01..U+FF5E) turned into ASCII and
 * U+3000 into a space, then trimmed.  Caller frees. */
char *core_halfwidth(const char *s);

/* The Chinese grade name of the county's files ("三年级", "初一"); "" when
 * out of range.  Not translated: a file format. */
const char *core_grade_zh(int grade);

#endif
