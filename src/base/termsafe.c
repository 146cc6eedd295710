/* termsafe.c — control characters kept away from the terminal (see
 * termsafe.h): a pure filter over bytes that keeps the state of a UTF-8
 * sequence split between two writes, and a stdio stream around it. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/err.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/termsafe.h"
#include "guanai/base/utf8.h"

#define REPL_UTF8 "\xef\xbf\xbd"	/* U+FFFD */

int
termsafe_bad(unsigned long c)
{
	if (c == '\t' || c == '\n')
		return 0;
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
	    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x200e || c == 0x200f || c == 0x061c;
}

/* The filter's state: bytes of an unfinished UTF-8 sequence. */
struct tsf {
	int fd;
	int utf8;
	unsigned char pend[4];
	size_t npend, need;
};

/* Length of the UTF-8 sequence that starts with byte b (0: not a lead). */
static size_t
seq_len(unsigned char b)
{
	if (b < 0x80)
		return 1;
	if (b >= 0xc2 && b <= 0xdf)
		return 2;
	if (b >= 0xe0 && b <= 0xef)
		return 3;
	if (b >= 0xf0 && b <= 0xf4)
		return 4;
	return 0;
}

static unsigned long
decode(const unsigned char *p, size_t n)
{
	unsigned long c = n == 2 ? p[0] & 0x1f : n == 3 ? p[0] & 0x0f : p[0] & 0x07;
	size_t i;

	for (i = 1; i < n; i++)
		c = c << 6 | (p[i] & 0x3f);
	return c;
}

/* Filter n bytes into out (at most 3n + 3 bytes); returns the count. */
static size_t
filter(struct tsf *f, const unsigned char *in, size_t n, char *out)
{
	size_t o = 0, i;
	unsigned char b;

	for (i = 0; i < n; i++) {
		b = in[i];
		if (f->npend > 0) {
			if ((b & 0xc0) == 0x80) {
				f->pend[f->npend++] = b;
				if (f->npend < f->need)
					continue;
				if (termsafe_bad(decode(f->pend, f->npend))) {
					memcpy(out + o, REPL_UTF8, 3);
					o += 3;
				} else {
					memcpy(out + o, f->pend, f->npend);
					o += f->npend;
				}
				f->npend = 0;
				continue;
			}
			/* broken sequence: pass what we held */
			memcpy(out + o, f->pend, f->npend);
			o += f->npend;
			f->npend = 0;
		}
		if (b < 0x80 || !f->utf8) {
			if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7f) {
				if (f->utf8) {
					memcpy(out + o, REPL_UTF8, 3);
					o += 3;
				} else
					out[o++] = '?';
			} else
				out[o++] = (char)b;
			continue;
		}
		f->need = seq_len(b);
		if (f->need < 2) {
			out[o++] = (char)b;
			continue;
		}
		f->pend[0] = b;
		f->npend = 1;
	}
	return o;
}

int
termsafe_name_check(const char *name, size_t max, const char *what, struct err *e)
{
	const char *p;
	uint32_t cp;
	size_t k;

	for (p = name; *p != '\0'; p += k) {
		k = utf8_decode(p, strlen(p), &cp);
		if (k == 0)
			k = 1;
		if (cp == '\n' || cp == '\t' || termsafe_bad(cp)) {
			err_set(e, ERR_INPUT, _("%s: holds control characters"), what);
			return -1;
		}
	}
	if (utf8_count(name) > max) {
		err_set(e, ERR_INPUT, _("%s: too long: at most %zu characters"), what, max);
		return -1;
	}
	return 0;
}

char *
termsafe_dup(const char *s, int utf8)
{
	struct tsf f = { -1, utf8, { 0 }, 0, 0 };
	size_t n = strlen(s), o;
	char *out = xmalloc(3 * n + 8);

	o = filter(&f, (const unsigned char *)s, n, out);
	if (f.npend > 0) {
		memcpy(out + o, f.pend, f.npend);
		o += f.npend;
	}
	out[o] = '\0';
	return out;
}

#if defined(__GLIBC__)
static int
put(struct tsf *f, const void *p, size_t n)
{
	const char *s = p;
	ssize_t w;

	while (n > 0) {
		w = write(f->fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

static ssize_t
tsf_write(void *cookie, const char *buf, size_t n)
{
	struct tsf *f = cookie;
	char small[4096 * 3 + 8], *out = small;
	size_t o;
	int rc;

	if (n > 4096)
		out = xmalloc(3 * n + 8);
	o = filter(f, (const unsigned char *)buf, n, out);
	rc = put(f, out, o);
	if (out != small)
		free(out);
	return rc == 0 ? (ssize_t)n : -1;
}

static int
tsf_close(void *cookie)
{
	struct tsf *f = cookie;

	if (f->npend > 0)
		put(f, f->pend, f->npend);
	f->npend = 0;
	return 0;
}

int
termsafe_wrap(FILE **fp, int utf8)
{
	/* stdout and stderr live until exit, which flushes but never closes
	 * them: their state is static, not a leak */
	static struct tsf slots[4];
	static int used;
	cookie_io_functions_t io = { NULL, tsf_write, NULL, tsf_close };
	struct tsf *f;
	FILE *nf;
	int fd = fileno(*fp);

	if (fd < 0 || used == 4)
		return -1;
	f = &slots[used];
	fflush(*fp);
	f->fd = fd;
	f->utf8 = utf8;
	nf = fopencookie(f, "w", io);
	if (nf == NULL)
		return -1;
	used++;
	/* a terminal sees each line as it comes, stderr at once */
	if (fd == STDERR_FILENO)
		setvbuf(nf, NULL, _IONBF, 0);
	else if (isatty(fd))
		setvbuf(nf, NULL, _IOLBF, 0);
	*fp = nf;
	return 0;
}

void
termsafe_wrap_stdio(int utf8)
{
	termsafe_wrap(&stdout, utf8);
	termsafe_wrap(&stderr, utf8);
}
#else
int
termsafe_wrap(FILE **fp, int utf8)
{
	(void)fp;
	(void)utf8;
	return -1;
}

/* Elsewhere (Windows) there is no fopencookie, and stdout is no variable
 * to replace (a macro of the runtime).  The Windows console interprets
 * escape sequences only for a program that enables them
 * (ENABLE_VIRTUAL_TERMINAL_PROCESSING), which guanai never does. */
void
termsafe_wrap_stdio(int utf8)
{
	(void)utf8;
}
#endif
