/* ttf.c — reading a TrueType font (TTF or TTC, glyf outlines) and writing
 * the subset of it a PDF embeds: see ttf.h.  Every read is bounds-checked:
 * a damaged font gives zeros, never a read outside the file. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "ttf.h"

struct table {
	size_t off, len;
};

struct ttf {
	unsigned char *d;	/* the whole file */
	size_t len;
	struct table head, hhea, maxp, hmtx, loca, glyf, cmap, name, cvt, fpgm, prep;
	unsigned upem, nglyphs, nhmetrics;
	int long_loca;
	int ascent, descent, gap;
	size_t cmap4, cmap12;	/* offsets of the subtables, 0 = none */
	char fname[64];
};

static unsigned
u8at(const struct ttf *f, size_t off)
{
	return off < f->len ? f->d[off] : 0;
}

static unsigned
u16at(const struct ttf *f, size_t off)
{
	return off + 2 <= f->len ? (unsigned)f->d[off] << 8 | f->d[off + 1] : 0;
}

static int
s16at(const struct ttf *f, size_t off)
{
	unsigned v = u16at(f, off);

	return v >= 0x8000 ? (int)v - 0x10000 : (int)v;
}

static uint32_t
u32at(const struct ttf *f, size_t off)
{
	return (uint32_t)u16at(f, off) << 16 | u16at(f, off + 2);
}

static void
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
}

static void
put32(unsigned char *p, uint32_t v)
{
	put16(p, v >> 16);
	put16(p + 2, v & 0xffff);
}

static int
read_all(const char *path, unsigned char **data, size_t *len)
{
	FILE *fp = plat_fopen(path, "rb");
	size_t cap = 1 << 20, n = 0, r;
	unsigned char *d;

	if (fp == NULL)
		return -1;
	d = xmalloc(cap);
	while ((r = fread(d + n, 1, cap - n, fp)) > 0) {
		n += r;
		if (n == cap) {
			cap *= 2;
			d = xrealloc(d, cap);
		}
	}
	if (ferror(fp)) {
		fclose(fp);
		free(d);
		return -1;
	}
	fclose(fp);
	*data = d;
	*len = n;
	return 0;
}

static void
find_cmaps(struct ttf *f)
{
	size_t base = f->cmap.off;
	unsigned n = u16at(f, base + 2);

	for (unsigned i = 0; i < n; i++) {
		unsigned plat = u16at(f, base + 4 + 8 * i);
		unsigned enc = u16at(f, base + 6 + 8 * i);
		size_t sub = base + u32at(f, base + 8 + 8 * i);
		unsigned fmt = u16at(f, sub);

		if (sub >= f->len)
			continue;
		if (fmt == 12 && ((plat == 3 && enc == 10) || plat == 0))
			f->cmap12 = sub;
		else if (fmt == 4 && ((plat == 3 && (enc == 1 || enc == 10)) || plat == 0))
			f->cmap4 = sub;
	}
}

/* The PostScript name (6) or else the family (1), kept to [A-Za-z0-9-]. */
static void
find_name(struct ttf *f)
{
	size_t base = f->name.off, str;
	unsigned n, want;
	size_t k = 0;

	strcpy(f->fname, "Font");
	if (f->name.len == 0)
		return;
	n = u16at(f, base + 2);
	str = base + u16at(f, base + 4);
	for (want = 6; want >= 1; want -= 5) {
		for (unsigned i = 0; i < n; i++) {
			size_t r = base + 6 + 12 * i;
			unsigned plat = u16at(f, r), id = u16at(f, r + 6);
			unsigned len = u16at(f, r + 8);
			size_t at = str + u16at(f, r + 10);
			int wide = plat == 0 || plat == 3;

			if (id != want || (plat != 1 && !wide))
				continue;
			k = 0;
			for (unsigned j = wide ? 1 : 0; j < len && k < sizeof f->fname - 1;
			    j += wide ? 2 : 1) {
				unsigned c = u8at(f, at + j);

				if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
				    (c >= '0' && c <= '9') || c == '-')
					f->fname[k++] = (char)c;
			}
			if (k > 0) {
				f->fname[k] = '\0';
				return;
			}
		}
		if (want == 1)
			break;
	}
}

struct ttf *
ttf_open(const char *path, int face, struct err *e)
{
	struct ttf *f = xcalloc(1, sizeof *f);
	size_t dir = 0;
	uint32_t tag;
	unsigned n;

	if (read_all(path, &f->d, &f->len) != 0) {
		err_set(e, ERR_IO, _("cannot read the font %s"), path);
		free(f);
		return NULL;
	}
	tag = u32at(f, 0);
	if (tag == 0x74746366) {	/* 'ttcf' */
		if ((unsigned)face >= u32at(f, 8))
			face = 0;
		dir = u32at(f, 12 + 4 * (size_t)face);
		tag = u32at(f, dir);
	}
	if (tag != 0x00010000 && tag != 0x74727565) {	/* 1.0, 'true' */
		err_set(e, ERR_IO, _("%s is not a TrueType font with outlines "
		    "(glyf)"), path);
		ttf_free(f);
		return NULL;
	}
	n = u16at(f, dir + 4);
	for (unsigned i = 0; i < n; i++) {
		size_t r = dir + 12 + 16 * (size_t)i;
		struct table t = { u32at(f, r + 8), u32at(f, r + 12) };
		struct table *to = NULL;

		if (t.off > f->len || t.len > f->len - t.off)
			continue;
		switch (u32at(f, r)) {
		case 0x68656164: to = &f->head; break;	/* head */
		case 0x68686561: to = &f->hhea; break;	/* hhea */
		case 0x6d617870: to = &f->maxp; break;	/* maxp */
		case 0x686d7478: to = &f->hmtx; break;	/* hmtx */
		case 0x6c6f6361: to = &f->loca; break;	/* loca */
		case 0x676c7966: to = &f->glyf; break;	/* glyf */
		case 0x636d6170: to = &f->cmap; break;	/* cmap */
		case 0x6e616d65: to = &f->name; break;	/* name */
		case 0x63767420: to = &f->cvt; break;	/* cvt  */
		case 0x6670676d: to = &f->fpgm; break;	/* fpgm */
		case 0x70726570: to = &f->prep; break;	/* prep */
		}
		if (to != NULL)
			*to = t;
	}
	if (f->head.len < 54 || f->hhea.len < 36 || f->maxp.len < 6 ||
	    f->hmtx.len < 4 || f->loca.len == 0 || f->glyf.len == 0 ||
	    f->cmap.len == 0) {
		err_set(e, ERR_IO, _("%s is not a TrueType font with outlines "
		    "(glyf)"), path);
		ttf_free(f);
		return NULL;
	}
	f->upem = u16at(f, f->head.off + 18);
	if (f->upem < 16)
		f->upem = 1000;
	f->long_loca = s16at(f, f->head.off + 50) == 1;
	f->ascent = s16at(f, f->hhea.off + 4);
	f->descent = s16at(f, f->hhea.off + 6);
	f->gap = s16at(f, f->hhea.off + 8);
	f->nhmetrics = u16at(f, f->hhea.off + 34);
	f->nglyphs = u16at(f, f->maxp.off + 4);
	if (f->nhmetrics == 0 || (size_t)f->nhmetrics * 4 > f->hmtx.len)
		f->nhmetrics = (unsigned)(f->hmtx.len / 4);
	if (f->nhmetrics > f->nglyphs)
		f->nhmetrics = f->nglyphs;
	/* loca must hold numGlyphs + 1 entries */
	if ((size_t)(f->nglyphs + 1) * (f->long_loca ? 4 : 2) > f->loca.len) {
		size_t entries = f->loca.len / (f->long_loca ? 4 : 2);

		f->nglyphs = entries > 0 ? (unsigned)entries - 1 : 0;
	}
	if (f->nhmetrics > f->nglyphs)
		f->nhmetrics = f->nglyphs;
	find_cmaps(f);
	find_name(f);
	if (f->nglyphs == 0) {
		err_set(e, ERR_IO, _("%s is not a TrueType font with outlines "
		    "(glyf)"), path);
		ttf_free(f);
		return NULL;
	}
	if (f->cmap4 == 0 && f->cmap12 == 0) {
		err_set(e, ERR_IO, _("the font %s has no Unicode character map"), path);
		ttf_free(f);
		return NULL;
	}
	return f;
}

void
ttf_free(struct ttf *f)
{
	if (f == NULL)
		return;
	free(f->d);
	free(f);
}

static unsigned
cmap12_glyph(const struct ttf *f, uint32_t cp)
{
	size_t base = f->cmap12;
	uint32_t n = u32at(f, base + 12), lo = 0, hi = n;

	while (lo < hi) {	/* the groups are sorted by start */
		uint32_t mid = lo + (hi - lo) / 2;
		size_t g = base + 16 + 12 * (size_t)mid;
		uint32_t start = u32at(f, g), end = u32at(f, g + 4);

		if (g + 12 > f->len)
			return 0;
		if (cp < start)
			hi = mid;
		else if (cp > end)
			lo = mid + 1;
		else
			return (unsigned)(u32at(f, g + 8) + (cp - start));
	}
	return 0;
}

static unsigned
cmap4_glyph(const struct ttf *f, uint32_t cp)
{
	size_t base = f->cmap4;
	unsigned segx2 = u16at(f, base + 6);
	size_t ends = base + 14, starts = ends + segx2 + 2, deltas = starts + segx2;
	size_t ranges = deltas + segx2;

	if (cp > 0xffff)
		return 0;
	for (unsigned i = 0; i < segx2; i += 2) {
		unsigned end = u16at(f, ends + i), start, ro, g;

		if (end < cp)
			continue;
		start = u16at(f, starts + i);
		if (start > cp)
			return 0;
		ro = u16at(f, ranges + i);
		if (ro == 0)
			return (cp + u16at(f, deltas + i)) & 0xffff;
		g = u16at(f, ranges + i + ro + 2 * (cp - start));
		return g != 0 ? (g + u16at(f, deltas + i)) & 0xffff : 0;
	}
	return 0;
}

unsigned
ttf_glyph(const struct ttf *f, uint32_t cp)
{
	unsigned g = 0;

	if (f->cmap12 != 0)
		g = cmap12_glyph(f, cp);
	if (g == 0 && f->cmap4 != 0)
		g = cmap4_glyph(f, cp);
	return g < f->nglyphs ? g : 0;
}

unsigned
ttf_advance(const struct ttf *f, unsigned gid)
{
	if (f->nhmetrics == 0)
		return f->upem / 2;
	if (gid >= f->nhmetrics)
		gid = f->nhmetrics - 1;
	return u16at(f, f->hmtx.off + 4 * (size_t)gid);
}

static int
lsb(const struct ttf *f, unsigned gid)
{
	if (gid < f->nhmetrics)
		return s16at(f, f->hmtx.off + 4 * (size_t)gid + 2);
	return s16at(f, f->hmtx.off + 4 * (size_t)f->nhmetrics +
	    2 * (size_t)(gid - f->nhmetrics));
}

unsigned ttf_units_per_em(const struct ttf *f) { return f->upem; }
unsigned ttf_num_glyphs(const struct ttf *f) { return f->nglyphs; }
int ttf_ascent(const struct ttf *f) { return f->ascent; }
int ttf_descent(const struct ttf *f) { return f->descent; }
int ttf_line_gap(const struct ttf *f) { return f->gap; }
const char *ttf_name(const struct ttf *f) { return f->fname; }

void
ttf_bbox(const struct ttf *f, int bbox[4])
{
	for (int i = 0; i < 4; i++)
		bbox[i] = s16at(f, f->head.off + 36 + 2 * (size_t)i);
}

/* Where glyph gid's outline is in the file, and its length (0: empty). */
static size_t
glyph_at(const struct ttf *f, unsigned gid, size_t *len)
{
	size_t a, b;

	*len = 0;
	if (gid >= f->nglyphs)
		return 0;
	if (f->long_loca) {
		a = u32at(f, f->loca.off + 4 * (size_t)gid);
		b = u32at(f, f->loca.off + 4 * (size_t)gid + 4);
	} else {
		a = 2 * (size_t)u16at(f, f->loca.off + 2 * (size_t)gid);
		b = 2 * (size_t)u16at(f, f->loca.off + 2 * (size_t)gid + 2);
	}
	if (b <= a || b > f->glyf.len)
		return 0;
	*len = b - a;
	return f->glyf.off + a;
}

const unsigned char *
ttf_glyph_data(const struct ttf *f, unsigned gid, size_t *len)
{
	size_t at = glyph_at(f, gid, len);

	return *len > 0 ? f->d + at : NULL;
}

/* Calls fn for each component of a composite glyph (the offset of its
 * glyph index); returns -1 when the glyph is damaged. */
static int
components(const struct ttf *f, size_t at, size_t len,
    int (*fn)(void *ctx, size_t idx_at), void *ctx)
{
	size_t off = 10;
	unsigned flags;

	do {
		if (off + 4 > len)
			return -1;
		flags = u16at(f, at + off);
		if (fn(ctx, at + off + 2) != 0)
			return -1;
		off += 4 + ((flags & 0x1) ? 4 : 2);
		if (flags & 0x8)
			off += 2;
		else if (flags & 0x40)
			off += 4;
		else if (flags & 0x80)
			off += 8;
	} while (flags & 0x20);
	return 0;
}

struct sub {
	const struct ttf *f;
	unsigned *list, n, cap;
	uint32_t *map;		/* old gid -> new gid + 1, 0 = not in */
	unsigned char *out;	/* glyf being rewritten (the component pass) */
	size_t src, dst;	/* the glyph's offset in the font / in out */
};

static unsigned
sub_add(struct sub *s, unsigned gid)
{
	if (s->map[gid] == 0) {
		if (s->n == s->cap) {
			s->cap = s->cap * 2 + 64;
			s->list = xrealloc(s->list, s->cap * sizeof *s->list);
		}
		s->list[s->n] = gid;
		s->map[gid] = ++s->n;
	}
	return s->map[gid] - 1;
}

/* Appends g even when it is in already (the map keeps its first place). */
static void
sub_push(struct sub *s, unsigned g)
{
	if (s->map[g] == 0) {
		sub_add(s, g);
		return;
	}
	if (s->n == s->cap) {
		s->cap = s->cap * 2 + 64;
		s->list = xrealloc(s->list, s->cap * sizeof *s->list);
	}
	s->list[s->n++] = g;
}

static int
add_component(void *ctx, size_t idx_at)
{
	struct sub *s = ctx;
	unsigned g = u16at(s->f, idx_at);

	if (g >= s->f->nglyphs)
		return -1;
	sub_add(s, g);
	return 0;
}

static int
renumber_component(void *ctx, size_t idx_at)
{
	struct sub *s = ctx;

	put16(s->out + s->dst + (idx_at - s->src),
	    s->map[u16at(s->f, idx_at)] - 1);
	return 0;
}

static uint32_t
checksum(const unsigned char *p, size_t len)
{
	uint32_t sum = 0;

	for (size_t i = 0; i < len; i += 4) {
		uint32_t v = 0;

		for (size_t k = 0; k < 4; k++)
			v = v << 8 | (i + k < len ? p[i + k] : 0);
		sum += v;
	}
	return sum;
}

struct otable {
	uint32_t tag;
	unsigned char *d;
	size_t len;
};

int
ttf_subset(const struct ttf *f, const unsigned *gids, unsigned n, struct buf *out,
    unsigned *nglyphs, struct err *e)
{
	struct sub s = { f, NULL, 0, 0, NULL, NULL, 0, 0 };
	struct otable t[9];
	unsigned nt = 0, ng, sr, es;
	unsigned char *glyf, *loca, *hmtx, *dir;
	size_t glen = 0, at = 0, len, total, start = out->len, pos;
	int rc = -1;

	s.map = xcalloc(f->nglyphs + 1, sizeof *s.map);
	/* the glyphs asked for keep their places, even one asked for twice
	 * (one shape for several characters, each with its own CID) */
	for (unsigned i = 0; i < n; i++)
		sub_push(&s, gids[i] < f->nglyphs ? gids[i] : 0);
	/* components, and their components: the list grows as it is read */
	for (unsigned i = 0; i < s.n; i++) {
		at = glyph_at(f, s.list[i], &len);
		if (len >= 10 && s16at(f, at) < 0 &&
		    components(f, at, len, add_component, &s) != 0)
			goto bad;
		glen += (len + 3) & ~(size_t)3;
	}
	ng = s.n;
	glyf = xcalloc(glen + 1, 1);
	loca = xcalloc((size_t)ng + 1, 4);
	hmtx = xcalloc(ng, 4);
	s.out = glyf;
	for (unsigned i = 0; i < ng; i++) {
		at = glyph_at(f, s.list[i], &len);
		put32(loca + 4 * (size_t)i, (uint32_t)s.dst);
		put16(hmtx + 4 * (size_t)i, ttf_advance(f, s.list[i]));
		put16(hmtx + 4 * (size_t)i + 2, (unsigned)lsb(f, s.list[i]) & 0xffff);
		if (len == 0)
			continue;
		memcpy(glyf + s.dst, f->d + at, len);
		if (len >= 10 && s16at(f, at) < 0) {
			s.src = at;
			components(f, at, len, renumber_component, &s);
		}
		s.dst += (len + 3) & ~(size_t)3;
	}
	put32(loca + 4 * (size_t)ng, (uint32_t)s.dst);

	/* the tables, in tag order */
#define COPY(tg, tb) do { if (f->tb.len > 0) { t[nt].tag = tg; \
	t[nt].d = xmalloc(f->tb.len); memcpy(t[nt].d, f->d + f->tb.off, f->tb.len); \
	t[nt++].len = f->tb.len; } } while (0)
	COPY(0x63767420, cvt);
	COPY(0x6670676d, fpgm);
	t[nt].tag = 0x676c7966, t[nt].d = glyf, t[nt++].len = s.dst;
	COPY(0x68656164, head);
	put32(t[nt - 1].d + 8, 0);	/* checkSumAdjustment, set below */
	put16(t[nt - 1].d + 50, 1);	/* long loca */
	COPY(0x68686561, hhea);
	put16(t[nt - 1].d + 34, ng);
	t[nt].tag = 0x686d7478, t[nt].d = hmtx, t[nt++].len = 4 * (size_t)ng;
	t[nt].tag = 0x6c6f6361, t[nt].d = loca, t[nt++].len = 4 * ((size_t)ng + 1);
	COPY(0x6d617870, maxp);
	put16(t[nt - 1].d + 4, ng);
	COPY(0x70726570, prep);
#undef COPY

	for (sr = 1, es = 0; sr * 2 <= nt; sr *= 2, es++)
		;
	total = 12 + 16 * (size_t)nt;
	for (unsigned i = 0; i < nt; i++)
		total += (t[i].len + 3) & ~(size_t)3;
	dir = xcalloc(total, 1);
	put32(dir, 0x00010000);
	put16(dir + 4, nt);
	put16(dir + 6, sr * 16);
	put16(dir + 8, es);
	put16(dir + 10, nt * 16 - sr * 16);
	pos = 12 + 16 * (size_t)nt;
	for (unsigned i = 0; i < nt; i++) {
		unsigned char *r = dir + 12 + 16 * (size_t)i;

		put32(r, t[i].tag);
		put32(r + 4, checksum(t[i].d, t[i].len));
		put32(r + 8, (uint32_t)pos);
		put32(r + 12, (uint32_t)t[i].len);
		memcpy(dir + pos, t[i].d, t[i].len);
		if (t[i].tag == 0x68656164)
			at = pos;
		pos += (t[i].len + 3) & ~(size_t)3;
	}
	put32(dir + at + 8, 0xB1B0AFBAu - checksum(dir, total));
	buf_add(out, (const char *)dir, total);
	free(dir);
	for (unsigned i = 0; i < nt; i++)
		free(t[i].d);
	*nglyphs = ng;
	rc = 0;
	(void)start;
	goto done;
bad:
	err_set(e, ERR_IO, _("a glyph of the font is damaged"));
done:
	free(s.list);
	free(s.map);
	return rc;
}
