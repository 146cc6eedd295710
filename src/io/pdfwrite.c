/* pdfwrite.c — the objects of a PDF file: see pdfwrite.h. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef GUANAI_PDF_ZLIB
# include <zlib.h>
#endif

#include "pdfwrite.h"

struct pdfw {
	FILE *fp;
	long long pos;		/* bytes written */
	int failed;
	long long *off;		/* offset of each object, 0 = not written */
	unsigned nobj, cap;
};

static void
put(struct pdfw *w, const void *d, size_t n)
{
	if (n > 0 && fwrite(d, 1, n, w->fp) != n)
		w->failed = 1;
	w->pos += (long long)n;
}

void
pdfw_printf(struct pdfw *w, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	put(w, s, (size_t)n);
	free(s);
}

struct pdfw *
pdfw_new(FILE *fp)
{
	struct pdfw *w = xcalloc(1, sizeof *w);

	w->fp = fp;
	/* the binary comment tells transfer programs the file is binary */
	pdfw_printf(w, "%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n");
	return w;
}

unsigned
pdfw_reserve(struct pdfw *w)
{
	if (w->nobj + 1 >= w->cap) {
		w->cap = w->cap * 2 + 64;
		w->off = xrealloc(w->off, w->cap * sizeof *w->off);
	}
	w->off[++w->nobj] = 0;
	return w->nobj;
}

void
pdfw_begin(struct pdfw *w, unsigned obj)
{
	w->off[obj] = w->pos;
	pdfw_printf(w, "%u 0 obj\n", obj);
}

void
pdfw_end(struct pdfw *w)
{
	pdfw_printf(w, "\nendobj\n");
}

int
pdfw_compresses(void)
{
#ifdef GUANAI_PDF_ZLIB
	return 1;
#else
	return 0;
#endif
}

void
pdfw_stream(struct pdfw *w, unsigned obj, const char *dict, const void *data,
    size_t len)
{
#ifdef GUANAI_PDF_ZLIB
	uLongf zlen = compressBound((uLong)len);
	unsigned char *z = xmalloc(zlen);

	if (compress2(z, &zlen, data, (uLong)len, 6) == Z_OK) {
		pdfw_begin(w, obj);
		pdfw_printf(w, "<<%s /Length %lu /Filter /FlateDecode>>\nstream\n",
		    dict, (unsigned long)zlen);
		put(w, z, zlen);
		pdfw_printf(w, "\nendstream");
		pdfw_end(w);
		free(z);
		return;
	}
	free(z);
#endif
	pdfw_begin(w, obj);
	pdfw_printf(w, "<<%s /Length %lu>>\nstream\n", dict, (unsigned long)len);
	put(w, data, len);
	pdfw_printf(w, "\nendstream");
	pdfw_end(w);
}

int
pdfw_finish(struct pdfw *w, unsigned root, unsigned info)
{
	long long xref = w->pos;
	int rc;

	pdfw_printf(w, "xref\n0 %u\n0000000000 65535 f \n", w->nobj + 1);
	for (unsigned i = 1; i <= w->nobj; i++)
		pdfw_printf(w, "%010lld 00000 n \n", w->off[i]);
	pdfw_printf(w, "trailer\n<< /Size %u /Root %u 0 R /Info %u 0 R >>\n"
	    "startxref\n%lld\n%%%%EOF\n", w->nobj + 1, root, info, xref);
	for (unsigned i = 1; i <= w->nobj; i++)
		if (w->off[i] == 0)
			w->failed = 1;	/* a reserved object never written */
	if (fflush(w->fp) != 0)
		w->failed = 1;
	rc = w->failed ? -1 : 0;
	free(w->off);
	free(w);
	return rc;
}

void
pdfw_abort(struct pdfw *w)
{
	free(w->off);
	free(w);
}

void
pdfw_text_string(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	buf_adds(b, "<FEFF");
	while (*p != '\0') {
		uint32_t c = *p++;
		int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;

		if (more > 0)
			c &= 0x3f >> more;
		for (; more > 0 && (*p & 0xc0) == 0x80; more--)
			c = c << 6 | (*p++ & 0x3f);
		if (more > 0)
			c = 0xfffd;
		if (c >= 0x10000) {
			c -= 0x10000;
			buf_addf(b, "%04X%04X", 0xd800 + (unsigned)(c >> 10),
			    0xdc00 + (unsigned)(c & 0x3ff));
		} else {
			buf_addf(b, "%04X", (unsigned)c);
		}
	}
	buf_addc(b, '>');
}
