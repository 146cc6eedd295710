/* termsafe.h — text made safe for a terminal (DESIGN §8): everything
 * user-supplied that the CLI writes to a terminal has its control
 * characters replaced, so that a name or a package cannot clear the
 * screen, set the window title or write the clipboard (OSC 52).
 *
 * Replaced: C0 controls except tab and newline (CR too: it overwrites a
 * line), DEL, and — in a UTF-8 locale — the C1 controls U+0080–U+009F,
 * the bidi embeddings/overrides/isolates U+202A–U+202E and U+2066–U+2069,
 * and U+200E/U+200F/U+061C marks.  ESC is a C0 control, so an escape
 * sequence loses its introducer and prints as plain text.  Malformed
 * UTF-8 passes as it is (the terminal shows replacement glyphs). */
#ifndef GUANAI_TERMSAFE_H
#define GUANAI_TERMSAFE_H

#include <stddef.h>
#include <stdio.h>

/* 1 when the code point c must not reach a terminal. */
int termsafe_bad(unsigned long c);
/* A copy of s with every such character replaced by U+FFFD (or '?' when
 * `utf8` is 0).  Caller frees. */
char *termsafe_dup(const char *s, int utf8);
/* 0 when `name` (a school, account or helper name: one line) has no
 * control character and at most `max` characters; else -1 with e set
 * (ERR_INPUT) naming `what`. */
struct err;
int termsafe_name_check(const char *name, size_t max, const char *what,
    struct err *e);
/* Replace *fp (stdout or stderr) by a stream that filters everything
 * written through it and passes the rest to the same file descriptor.
 * `utf8`: the locale's codeset is UTF-8 (C1 and bidi are then decoded).
 * Returns 0, or -1 when the platform has no such streams (left as is). */
int termsafe_wrap(FILE **fp, int utf8);
/* termsafe_wrap of stdout and stderr, where the system allows it. */
void termsafe_wrap_stdio(int utf8);

#endif
