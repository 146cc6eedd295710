/* err.h — errors returned up the layers (never printed from below the front ends).
 *
 * A function that can fail takes a `struct err *` (which may be NULL) and
 * returns -1 or NULL; the message is already translated and names the file,
 * row and field where there is one.  The code is the process exit status
 * of DESIGN.md §6. */
#ifndef GUANAI_ERR_H
#define GUANAI_ERR_H

#include <stdarg.h>

enum err_code {
	ERR_OK = 0,
	ERR_USAGE = 1,		/* the command line or a request was wrong */
	ERR_INPUT = 2,		/* some input was rejected, the rest applied */
	ERR_IO = 3,		/* database or I/O failure: nothing changed */
	/* The person stopped it (Esc on a progress bar, Ctrl-C): nothing
	 * changed.  128 + SIGINT, as a shell reports an interrupted command. */
	ERR_STOPPED = 130,
};

struct err {
	int code;
	char msg[1024];
};

#if defined(__GNUC__) && defined(_WIN32)
/* mingw: the C99 printf of __USE_MINGW_ANSI_STDIO (%zu, %lld), not the
 * runtime's, whose format gcc would check otherwise */
#define GUANAI_PRINTF(a, b) __attribute__((format(gnu_printf, a, b)))
#elif defined(__GNUC__)
#define GUANAI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define GUANAI_PRINTF(a, b)
#endif

/* Set code and message; a NULL err is ignored.  Keeps the first error:
 * a second call on an err that is already set does nothing, so a cleanup
 * path cannot hide the cause. */
void err_set(struct err *e, int code, const char *fmt, ...) GUANAI_PRINTF(3, 4);
void err_setv(struct err *e, int code, const char *fmt, va_list ap);
/* Replace whatever is set (used to add context: "FILE: " + message). */
void err_prefix(struct err *e, const char *fmt, ...) GUANAI_PRINTF(2, 3);
void err_clear(struct err *e);
/* Set ERR_STOPPED with its translated message ("stopped by the user;
 * nothing was changed"); kept-first as err_set.  A use case whose
 * progress callback returns non-zero calls it and undoes its work. */
void err_stopped(struct err *e);
int err_is_set(const struct err *e);

#endif
