/* charset.c — encoding detection over a whole stream and streaming
 * GB18030 <-> UTF-8 conversion with the program's own codec (gb18030.c);
 * see guanai/charset.h. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/base/charset.h"
#include "guanai/base/gb18030.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"

#define CHUNK 65536

static const char bom_bytes[3] = { '\xef', '\xbb', '\xbf' };

const char *
charset_name(enum charset cs)
{
	return cs == CHARSET_GB18030 ? "GB18030" : "UTF-8";
}

int
charset_parse(const char *word, enum charset *cs)
{
	if (strcasecmp(word, "utf-8") == 0 || strcasecmp(word, "utf8") == 0) {
		*cs = CHARSET_UTF8;
		return 0;
	}
	if (strcasecmp(word, "gb18030") == 0 || strcasecmp(word, "gbk") == 0 ||
	    strcasecmp(word, "gb2312") == 0 || strcasecmp(word, "cp936") == 0) {
		*cs = CHARSET_GB18030;
		return 0;
	}
	return -1;
}

/* ---- incremental strict UTF-8 check ---------------------------------- */

void
utf8_check_init(struct utf8_check *c)
{
	memset(c, 0, sizeof *c);
}

/* Length of the sequence a lead byte announces, 0 when it cannot lead. */
static size_t
lead_len(unsigned char b)
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

void
utf8_check_feed(struct utf8_check *c, const char *p, size_t n)
{
	size_t i = 0, need, take;

	if (c->bad)
		return;
	/* finish a sequence left open by the previous chunk */
	while (c->npend > 0 && i < n) {
		need = lead_len(c->pend[0]);
		take = need - c->npend;
		if (take > n - i)
			take = n - i;
		memcpy(c->pend + c->npend, p + i, take);
		c->npend += take;
		i += take;
		if (c->npend < need)
			return;
		if (!utf8_valid((const char *)c->pend, need)) {
			c->bad = 1;
			return;
		}
		c->npend = 0;
	}
	while (i < n) {
		unsigned char b = (unsigned char)p[i];

		if (b < 0x80) {
			i++;
			continue;
		}
		need = lead_len(b);
		if (need == 0) {
			c->bad = 1;
			return;
		}
		if (n - i < need) {
			memcpy(c->pend, p + i, n - i);
			c->npend = n - i;
			/* reject an impossible second byte at once */
			if (c->npend >= 2 && ((unsigned char)p[i + 1] & 0xc0) != 0x80)
				c->bad = 1;
			return;
		}
		if (!utf8_valid(p + i, need)) {
			c->bad = 1;
			return;
		}
		i += need;
	}
}

int
utf8_check_done(struct utf8_check *c)
{
	return !c->bad && c->npend == 0;
}

int
charset_detect(FILE *fp, enum charset *cs, int *bom, struct err *e)
{
	char *buf = xmalloc(CHUNK);
	struct utf8_check chk;
	long start = ftell(fp);
	size_t n, total = 0;
	int rc = -1;

	*bom = 0;
	utf8_check_init(&chk);
	while ((n = fread(buf, 1, CHUNK, fp)) > 0) {
		if (total == 0 && n >= 3 && memcmp(buf, bom_bytes, 3) == 0)
			*bom = 1;
		total += n;
		if (*bom)
			break;	/* a BOM decides; the reader checks the rest */
		utf8_check_feed(&chk, buf, n);
		if (chk.bad)
			break;	/* one bad sequence decides too */
	}
	if (ferror(fp)) {
		err_set(e, ERR_IO, _("cannot read the file: %s"), strerror(errno));
		goto out;
	}
	*cs = (*bom || utf8_check_done(&chk)) ? CHARSET_UTF8 : CHARSET_GB18030;
	if (start >= 0 && fseek(fp, start, SEEK_SET) != 0) {
		err_set(e, ERR_IO, _("cannot read the file: %s"), strerror(errno));
		goto out;
	}
	clearerr(fp);
	rc = 0;
out:
	free(buf);
	return rc;
}

/* ---- reader ----------------------------------------------------------- */

struct charset_reader {
	FILE *fp;
	enum charset cs;
	char *path;
	struct gb18030_decoder dec;
	char in[CHUNK];
	size_t in_len;		/* bytes waiting in `in` */
	size_t in_off;
	int eof, started;
	long line;		/* newlines passed so far */
	struct utf8_check chk;
};

struct charset_reader *
charset_reader_new(FILE *fp, enum charset cs, const char *path)
{
	struct charset_reader *r = xcalloc(1, sizeof *r);

	r->fp = fp;
	r->cs = cs;
	r->path = xstrdup(path != NULL ? path : "-");
	gb18030_decoder_init(&r->dec);
	utf8_check_init(&r->chk);
	return r;
}

void
charset_reader_free(struct charset_reader **pr)
{
	struct charset_reader *r = *pr;

	if (r == NULL)
		return;
	free(r->path);
	free(r);
	*pr = NULL;
}

static void
count_lines(struct charset_reader *r, const char *p, size_t n)
{
	const char *q = p, *end = p + n;

	while ((q = memchr(q, '\n', (size_t)(end - q))) != NULL) {
		r->line++;
		q++;
	}
}

/* Top up the input buffer; keeps unconsumed bytes at its start. */
static int
fill(struct charset_reader *r, struct err *e)
{
	size_t n;

	if (r->in_off > 0) {
		memmove(r->in, r->in + r->in_off, r->in_len - r->in_off);
		r->in_len -= r->in_off;
		r->in_off = 0;
	}
	if (r->eof || r->in_len == sizeof r->in)
		return 0;
	n = fread(r->in + r->in_len, 1, sizeof r->in - r->in_len, r->fp);
	if (n == 0) {
		if (ferror(r->fp)) {
			err_set(e, ERR_IO, _("%s: cannot read the file: %s"), r->path,
			    strerror(errno));
			return -1;
		}
		r->eof = 1;
	}
	if (!r->started && r->in_len + n >= 3) {
		r->started = 1;
		if (memcmp(r->in, bom_bytes, 3) == 0) {
			memmove(r->in, r->in + 3, r->in_len + n - 3);
			n -= 3;
		}
	} else if (!r->started && r->eof)
		r->started = 1;
	r->in_len += n;
	return 0;
}

/* Count the lines of a chunk up to its first invalid sequence, so that
 * the message names the right line. */
static void
lines_to_bad(struct charset_reader *r, const char *p, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(p + i, n - i, &cp);
		if (k == 0)
			break;
		if (cp == '\n')
			r->line++;
		i += k;
	}
}

static ssize_t
read_utf8(struct charset_reader *r, char *buf, size_t n, struct err *e)
{
	size_t k, skip;

	if (r->in_off == r->in_len && fill(r, e) != 0)
		return -1;
	if (!r->started && !r->eof && fill(r, e) != 0)
		return -1;
	k = r->in_len - r->in_off;
	if (k == 0) {
		if (!utf8_check_done(&r->chk))
			goto bad;
		return 0;
	}
	if (k > n)
		k = n;
	/* the end of a character the last chunk cut is not where to start
	 * counting lines (it would stop at once, naming the wrong line) */
	skip = r->chk.npend > 0 ? lead_len(r->chk.pend[0]) - r->chk.npend : 0;
	if (skip > k)
		skip = k;
	utf8_check_feed(&r->chk, r->in + r->in_off, k);
	if (r->chk.bad) {
		lines_to_bad(r, r->in + r->in_off + skip, k - skip);
		goto bad;
	}
	memcpy(buf, r->in + r->in_off, k);
	r->in_off += k;
	count_lines(r, buf, k);
	return (ssize_t)k;
bad:
	err_set(e, ERR_INPUT, _("%s: line %ld is not valid UTF-8; "
	    "try --encoding gb18030"), r->path, r->line + 1);
	return -1;
}

static ssize_t
read_gb(struct charset_reader *r, char *buf, size_t n, struct err *e)
{
	const char *ip;
	char *op = buf;
	size_t il, ol = n;
	int rc;

	for (;;) {
		if (r->in_off == r->in_len || !r->started) {
			if (fill(r, e) != 0)
				return -1;
		}
		if (r->in_off == r->in_len) {
			if (op > buf)
				break;
			if (gb18030_decoder_finish(&r->dec) != GB18030_OK) {
				err_set(e, ERR_INPUT, _("%s: the file ends in the middle "
				    "of a character"), r->path);
				return -1;
			}
			return 0;
		}
		ip = r->in + r->in_off;
		il = r->in_len - r->in_off;
		rc = gb18030_decode_utf8(&r->dec, &ip, &il, &op, &ol);
		r->in_off = (size_t)(ip - r->in);
		if (rc == GB18030_OK) {
			if (op > buf)
				break;
			continue;	/* only the start of a character: read on */
		}
		if (rc == GB18030_FULL) {
			if (op > buf)
				break;
			/* no room for even one character: caller's buffer is tiny */
			err_set(e, ERR_IO, "charset_reader_read: buffer too small");
			return -1;
		}
		/* an invalid sequence: report the line where it happened */
		count_lines(r, buf, (size_t)(op - buf));
		err_set(e, ERR_INPUT, _("%s: line %ld is not valid GB18030 text; "
		    "try --encoding utf-8"), r->path, r->line + 1);
		return -1;
	}
	count_lines(r, buf, (size_t)(op - buf));
	return op - buf;
}

ssize_t
charset_reader_read(void *vr, char *buf, size_t n, struct err *e)
{
	struct charset_reader *r = vr;

	return r->cs == CHARSET_GB18030 ? read_gb(r, buf, n, e) : read_utf8(r, buf, n, e);
}

/* ---- writer ----------------------------------------------------------- */

struct charset_writer {
	FILE *fp;
	char *name;		/* the file, for messages */
	enum charset cs;
	int bom;
	char out[CHUNK];
};

struct charset_writer *
charset_writer_new(FILE *fp, const char *name, enum charset cs, int bom)
{
	struct charset_writer *w = xcalloc(1, sizeof *w);

	w->fp = fp;
	w->name = xstrdup(name != NULL ? name : "-");
	w->cs = cs;
	w->bom = bom && cs == CHARSET_UTF8;
	return w;
}

void
charset_writer_free(struct charset_writer **pw)
{
	struct charset_writer *w = *pw;

	if (w == NULL)
		return;
	free(w->name);
	free(w);
	*pw = NULL;
}

static int
put(struct charset_writer *w, const char *p, size_t n, struct err *e)
{
	if (n > 0 && fwrite(p, 1, n, w->fp) != n) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), w->name, strerror(errno));
		return -1;
	}
	return 0;
}

int
charset_write(struct charset_writer *w, const char *s, size_t n, struct err *e)
{
	const char *ip = s;
	char *op;
	size_t il = n, ol;
	int rc;

	if (w->bom) {
		w->bom = 0;
		if (put(w, bom_bytes, 3, e) != 0)
			return -1;
	}
	if (w->cs == CHARSET_UTF8) {
		if (!utf8_valid(s, n)) {
			err_set(e, ERR_INPUT, _("text to write is not valid UTF-8"));
			return -1;
		}
		return put(w, s, n, e);
	}
	while (il > 0) {
		op = w->out;
		ol = sizeof w->out;
		rc = gb18030_encode_utf8(&ip, &il, &op, &ol);
		if (put(w, w->out, (size_t)(op - w->out), e) != 0)
			return -1;
		if (rc == GB18030_INVALID || rc == GB18030_INCOMPLETE) {
			err_set(e, ERR_INPUT, _("text to write is not valid UTF-8"));
			return -1;
		}
	}
	return 0;
}

int
charset_writer_flush(struct charset_writer *w, struct err *e)
{
	if (w->bom) {
		w->bom = 0;
		if (put(w, bom_bytes, 3, e) != 0)
			return -1;
	}
	if (fflush(w->fp) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), w->name, strerror(errno));
		return -1;
	}
	return 0;
}

/* ---- whole strings ---------------------------------------------------- */

/* Whole strings.  Neither direction more than doubles the length (a
 * 2-byte GB18030 character is at most 3 bytes of UTF-8, a 3-byte UTF-8
 * character at most 4 of GB18030), so one buffer of 2n + 1 is enough. */
static char *
convert(int to_gb, const char *s, size_t n, size_t *outlen, struct err *e)
{
	struct gb18030_decoder d;
	size_t cap = n * 2 + 1, il = n, ol = cap - 1;
	char *out = xmalloc(cap), *op = out;
	const char *ip = s;
	int rc;

	if (to_gb)
		rc = gb18030_encode_utf8(&ip, &il, &op, &ol);
	else {
		gb18030_decoder_init(&d);
		rc = gb18030_decode_utf8(&d, &ip, &il, &op, &ol);
		if (rc == GB18030_OK)
			rc = gb18030_decoder_finish(&d);
	}
	if (rc == GB18030_FULL)
		abort();	/* the bound above is wrong: a broken invariant */
	if (rc != GB18030_OK) {
		free(out);
		err_set(e, ERR_INPUT, _("the text is not valid %s"),
		    to_gb ? "UTF-8" : "GB18030");
		return NULL;
	}
	*op = '\0';
	if (outlen != NULL)
		*outlen = (size_t)(op - out);
	return out;
}

char *
charset_to_utf8(enum charset cs, const char *s, size_t n, struct err *e)
{
	if (cs == CHARSET_UTF8) {
		if (!utf8_valid(s, n)) {
			err_set(e, ERR_INPUT, _("the text is not valid %s"), "UTF-8");
			return NULL;
		}
		return xstrndup(s, n);
	}
	return convert(0, s, n, NULL, e);
}

char *
charset_from_utf8(enum charset cs, const char *s, size_t n, size_t *outlen,
    struct err *e)
{
	if (cs == CHARSET_UTF8) {
		if (!utf8_valid(s, n)) {
			err_set(e, ERR_INPUT, _("the text is not valid %s"), "UTF-8");
			return NULL;
		}
		if (outlen != NULL)
			*outlen = n;
		return xstrndup(s, n);
	}
	return convert(1, s, n, outlen, e);
}
