/* sheet-xlsx.c — the rows of one sheet of an .xlsx workbook: a zip
 * (minizip) of XML parts (expat).  workbook.xml and its rels name the
 * sheet's part; sharedStrings.xml holds the text of most cells;
 * styles.xml says which number formats are dates.  The sheet itself is
 * streamed: rows are parsed a chunk at a time and handed out in order. */
#include "config.h"

#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/io/sheet.h"
#include "sheet-private.h"

#define CHUNK 65536

struct strv {
	char **v;
	size_t n, cap;
};

static void
strv_push(struct strv *s, char *owned)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->n++] = owned;
}

static void
strv_free(struct strv *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

struct xrow {			/* a parsed row waiting to be handed out */
	struct sheet_row row;
	struct xrow *next;
};

struct xlsx_in {
	const char *fname;
	unzFile zip;
	struct strv sst;	/* shared strings */
	unsigned char *xf_date;	/* per cell style: 1 when it shows a date */
	size_t nxf;
	int date1904;
	/* the sheet being streamed */
	XML_Parser p;
	int open, done;
	struct xrow *head, *tail;
	struct sheet_row cur;
	long next_line;
	size_t col;		/* column of the cell being read */
	char type[16];		/* its t attribute */
	long style;
	int in_v, in_t, in_is;
	struct buf text;
	char *err;		/* a parse error, translated */
};

/* Element name without its namespace prefix ("x:row" → "row"). */
static const char *
local(const char *name)
{
	const char *c = strrchr(name, ':');

	return c != NULL ? c + 1 : name;
}

static const char *
attr(const char **a, const char *name)
{
	for (; a[0] != NULL; a += 2)
		if (strcmp(local(a[0]), name) == 0)
			return a[1];
	return NULL;
}

/* ---- whole parts ------------------------------------------------------ */

/* Parse the part `name` with the parser's handlers; 1 parsed, 0 absent,
 * -1 broken (e set). */
static int
parse_part(struct xlsx_in *x, const char *name, XML_Parser p, struct err *e)
{
	char *chunk;
	int n, rc = 1;

	if (unzLocateFile(x->zip, name, 2) != UNZ_OK)
		return 0;
	if (unzOpenCurrentFile(x->zip) != UNZ_OK) {
		err_set(e, ERR_INPUT, _("%s: the workbook part %s cannot be read"),
		    x->fname, name);
		return -1;
	}
	chunk = xmalloc(CHUNK);
	for (;;) {
		n = unzReadCurrentFile(x->zip, chunk, CHUNK);
		if (n < 0 || XML_Parse(p, chunk, n, n == 0) == XML_STATUS_ERROR) {
			err_set(e, ERR_INPUT, _("%s: the workbook part %s is damaged"),
			    x->fname, name);
			rc = -1;
			break;
		}
		if (n == 0)
			break;
	}
	free(chunk);
	unzCloseCurrentFile(x->zip);
	return rc;
}

/* shared strings: the text of <t> in each <si>, phonetic runs left out */
struct sst_ctx {
	struct xlsx_in *x;
	struct buf b;
	int in_si, in_t, in_rph;
};

static void XMLCALL
sst_start(void *ud, const char *name, const char **a)
{
	struct sst_ctx *c = ud;
	const char *l = local(name);

	(void)a;
	if (strcmp(l, "si") == 0) {
		c->in_si = 1;
		buf_reset(&c->b);
	} else if (strcmp(l, "rPh") == 0)
		c->in_rph = 1;
	else if (strcmp(l, "t") == 0)
		c->in_t = 1;
}

static void XMLCALL
sst_end(void *ud, const char *name)
{
	struct sst_ctx *c = ud;
	const char *l = local(name);

	if (strcmp(l, "si") == 0) {
		c->in_si = 0;
		strv_push(&c->x->sst, xstrdup(buf_str(&c->b)));
	} else if (strcmp(l, "rPh") == 0)
		c->in_rph = 0;
	else if (strcmp(l, "t") == 0)
		c->in_t = 0;
}

static void XMLCALL
sst_text(void *ud, const char *s, int len)
{
	struct sst_ctx *c = ud;

	if (c->in_si && c->in_t && !c->in_rph)
		buf_add(&c->b, s, (size_t)len);
}

static int
read_sst(struct xlsx_in *x, struct err *e)
{
	struct sst_ctx c = { x, BUF_INIT, 0, 0, 0 };
	XML_Parser p = XML_ParserCreate("UTF-8");
	int rc;

	XML_SetUserData(p, &c);
	XML_SetElementHandler(p, sst_start, sst_end);
	XML_SetCharacterDataHandler(p, sst_text);
	rc = parse_part(x, "xl/sharedStrings.xml", p, e);
	XML_ParserFree(p);
	buf_free(&c.b);
	return rc < 0 ? -1 : 0;
}

/* styles: which cell formats (cellXfs) show dates */
struct fmt {
	long id;
	int date;
};
struct sty_ctx {
	struct xlsx_in *x;
	struct fmt *fmts;
	size_t nfmts;
	int in_xfs;
};

/* A number format shows a date when its code has d or y outside quotes
 * and brackets ([Red], [$-804]). */
static int
code_is_date(const char *s)
{
	int q = 0, br = 0;

	for (; *s; s++) {
		if (*s == '"')
			q = !q;
		else if (!q && *s == '[')
			br = 1;
		else if (!q && *s == ']')
			br = 0;
		else if (!q && !br && *s == '\\' && s[1] != '\0')
			s++;
		else if (!q && !br && strchr("dDyY", *s) != NULL)
			return 1;
	}
	return 0;
}

static int
builtin_is_date(long id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) ||
	    (id >= 50 && id <= 58);
}

static void XMLCALL
sty_start(void *ud, const char *name, const char **a)
{
	struct sty_ctx *c = ud;
	const char *l = local(name), *v;
	long id;
	size_t i;
	int date;

	if (strcmp(l, "numFmt") == 0 && (v = attr(a, "numFmtId")) != NULL) {
		c->fmts = xrealloc(c->fmts, (c->nfmts + 1) * sizeof *c->fmts);
		c->fmts[c->nfmts].id = atol(v);
		v = attr(a, "formatCode");
		c->fmts[c->nfmts++].date = v != NULL && code_is_date(v);
	} else if (strcmp(l, "cellXfs") == 0)
		c->in_xfs = 1;
	else if (c->in_xfs && strcmp(l, "xf") == 0) {
		v = attr(a, "numFmtId");
		id = v != NULL ? atol(v) : 0;
		date = builtin_is_date(id);
		for (i = 0; i < c->nfmts; i++)
			if (c->fmts[i].id == id)
				date = c->fmts[i].date;
		c->x->xf_date = xrealloc(c->x->xf_date, c->x->nxf + 1);
		c->x->xf_date[c->x->nxf++] = (unsigned char)date;
	}
}

static void XMLCALL
sty_end(void *ud, const char *name)
{
	struct sty_ctx *c = ud;

	if (strcmp(local(name), "cellXfs") == 0)
		c->in_xfs = 0;
}

static int
read_styles(struct xlsx_in *x, struct err *e)
{
	struct sty_ctx c = { x, NULL, 0, 0 };
	XML_Parser p = XML_ParserCreate("UTF-8");
	int rc;

	XML_SetUserData(p, &c);
	XML_SetElementHandler(p, sty_start, sty_end);
	rc = parse_part(x, "xl/styles.xml", p, e);
	XML_ParserFree(p);
	free(c.fmts);
	return rc < 0 ? -1 : 0;
}

/* workbook.xml: the sheets' names and relation ids, and the date system;
 * its rels: the part of each relation id */
struct wb_ctx {
	struct xlsx_in *x;
	struct strv names, rids, ids, targets;
};

static void XMLCALL
wb_start(void *ud, const char *name, const char **a)
{
	struct wb_ctx *c = ud;
	const char *l = local(name), *n, *id;

	if (strcmp(l, "sheet") == 0 && (n = attr(a, "name")) != NULL &&
	    (id = attr(a, "id")) != NULL) {
		strv_push(&c->names, xstrdup(n));
		strv_push(&c->rids, xstrdup(id));
	} else if (strcmp(l, "workbookPr") == 0 && (n = attr(a, "date1904")) != NULL)
		c->x->date1904 = strcmp(n, "1") == 0 || strcmp(n, "true") == 0;
	else if (strcmp(l, "Relationship") == 0 && (id = attr(a, "Id")) != NULL &&
	    (n = attr(a, "Target")) != NULL) {
		strv_push(&c->ids, xstrdup(id));
		strv_push(&c->targets, xstrdup(n));
	}
}

static int
parse_with(struct xlsx_in *x, const char *part, struct wb_ctx *c, struct err *e)
{
	XML_Parser p = XML_ParserCreate("UTF-8");
	int rc;

	XML_SetUserData(p, c);
	XML_SetStartElementHandler(p, wb_start);
	rc = parse_part(x, part, p, e);
	XML_ParserFree(p);
	return rc;
}

/* The part name of sheet `want` (NULL: the first); caller frees. */
static char *
find_sheet(struct xlsx_in *x, const char *want, struct err *e)
{
	struct wb_ctx c;
	struct buf list = BUF_INIT;
	char *out = NULL;
	size_t i, k = 0;
	int rc;

	memset(&c, 0, sizeof c);
	c.x = x;
	rc = parse_with(x, "xl/workbook.xml", &c, e);
	if (rc == 0)
		err_set(e, ERR_INPUT, _("%s: not an Excel workbook (no xl/workbook.xml)"),
		    x->fname);
	if (rc <= 0 || parse_with(x, "xl/_rels/workbook.xml.rels", &c, e) < 0)
		goto out;
	if (c.names.n == 0) {
		err_set(e, ERR_INPUT, _("%s: the workbook has no sheet"), x->fname);
		goto out;
	}
	if (want != NULL) {
		for (k = 0; k < c.names.n && strcmp(c.names.v[k], want) != 0; k++)
			;
		if (k == c.names.n) {
			for (i = 0; i < c.names.n; i++)
				buf_addf(&list, "%s%s", i ? ", " : "", c.names.v[i]);
			err_set(e, ERR_INPUT, _("%s: no sheet called %s; its sheets are: %s"),
			    x->fname, want, buf_str(&list));
			goto out;
		}
	}
	for (i = 0; i < c.ids.n; i++)
		if (strcmp(c.ids.v[i], c.rids.v[k]) == 0) {
			const char *t = c.targets.v[i];

			out = t[0] == '/' ? xstrdup(t + 1) : xasprintf("xl/%s", t);
			break;
		}
	if (out == NULL)
		err_set(e, ERR_INPUT, _("%s: the workbook part %s is damaged"),
		    x->fname, "xl/_rels/workbook.xml.rels");
out:
	buf_free(&list);
	strv_free(&c.names);
	strv_free(&c.rids);
	strv_free(&c.ids);
	strv_free(&c.targets);
	return out;
}

/* ---- the sheet, streamed ---------------------------------------------- */

/* "BC12" → column 54 (0-based); -1 when there are no letters. */
static long
ref_col(const char *r)
{
	long c = 0;
	int any = 0;

	for (; *r >= 'A' && *r <= 'Z'; r++, any = 1) {
		if (c > 16384)
			return -1;	/* past XFD, Excel's last column: no overflow */
		c = c * 26 + (*r - 'A' + 1);
	}
	return any && c <= 16384 ? c - 1 : -1;
}

static void
cell_done(struct xlsx_in *x)
{
	const char *v = buf_str(&x->text);
	char num[64];
	char *out = NULL;

	if (strcmp(x->type, "s") == 0) {
		char *end;
		long i = strtol(v, &end, 10);

		if (end != v && i >= 0 && (size_t)i < x->sst.n)
			out = xstrdup(x->sst.v[i]);
	} else if (strcmp(x->type, "inlineStr") == 0 || strcmp(x->type, "str") == 0 ||
	    strcmp(x->type, "e") == 0) {
		out = xstrdup(v);
	} else if (strcmp(x->type, "b") == 0) {
		out = xstrdup(strcmp(v, "1") == 0 ? "TRUE" : "FALSE");
	} else if (!str_empty(v)) {
		char *end;
		double d = strtod(v, &end);

		if (end == v)
			out = xstrdup(v);
		else {
			if (x->style >= 0 && (size_t)x->style < x->nxf && x->xf_date[x->style])
				sheet_format_date(d, x->date1904, num, sizeof num);
			else
				sheet_format_general(d, num, sizeof num);
			out = xstrdup(num);
		}
	}
	if (out != NULL)
		sheet_row_set(&x->cur, x->col, out);
	x->col++;
}

static void XMLCALL
sh_start(void *ud, const char *name, const char **a)
{
	struct xlsx_in *x = ud;
	const char *l = local(name), *v;
	long c;

	if (strcmp(l, "row") == 0) {
		sheet_row_reset(&x->cur);
		v = attr(a, "r");
		/* Excel numbers rows from 1 up to 1048576; a number outside
		 * that (a damaged or hand-made file) counts on from the last */
		x->cur.line = v != NULL ? atol(v) : 0;
		if (x->cur.line < 1 || x->cur.line > 1048576)
			x->cur.line = x->next_line;
		x->next_line = x->cur.line + 1;
		x->col = 0;
	} else if (strcmp(l, "c") == 0) {
		v = attr(a, "r");
		if (v != NULL && (c = ref_col(v)) >= 0)
			x->col = (size_t)c;
		v = attr(a, "t");
		snprintf(x->type, sizeof x->type, "%s", v != NULL ? v : "n");
		v = attr(a, "s");
		x->style = v != NULL ? atol(v) : -1;
		buf_reset(&x->text);
	} else if (strcmp(l, "v") == 0)
		x->in_v = 1;
	else if (strcmp(l, "is") == 0)
		x->in_is = 1;
	else if (strcmp(l, "t") == 0 && x->in_is)
		x->in_t = 1;
}

static void XMLCALL
sh_end(void *ud, const char *name)
{
	struct xlsx_in *x = ud;
	const char *l = local(name);
	struct xrow *r;

	if (strcmp(l, "v") == 0)
		x->in_v = 0;
	else if (strcmp(l, "t") == 0)
		x->in_t = 0;
	else if (strcmp(l, "is") == 0)
		x->in_is = 0;
	else if (strcmp(l, "c") == 0)
		cell_done(x);
	else if (strcmp(l, "row") == 0) {
		r = xcalloc(1, sizeof *r);
		r->row = x->cur;	/* hand the cells over */
		memset(&x->cur, 0, sizeof x->cur);
		if (x->tail != NULL)
			x->tail->next = r;
		else
			x->head = r;
		x->tail = r;
	}
}

static void XMLCALL
sh_text(void *ud, const char *s, int len)
{
	struct xlsx_in *x = ud;

	if (x->in_v || x->in_t)
		buf_add(&x->text, s, (size_t)len);
}

static int
xlsx_next(void *impl, struct sheet_row *row, struct err *e)
{
	struct xlsx_in *x = impl;
	struct xrow *r;
	char *chunk = NULL;
	int n;

	while (x->head == NULL && !x->done) {
		if (chunk == NULL)
			chunk = xmalloc(CHUNK);
		n = unzReadCurrentFile(x->zip, chunk, CHUNK);
		if (n < 0 || XML_Parse(x->p, chunk, n, n == 0) == XML_STATUS_ERROR) {
			free(chunk);
			err_set(e, ERR_INPUT, _("%s: the sheet is damaged (near row %ld)"),
			    x->fname, x->next_line);
			return -1;
		}
		if (n == 0)
			x->done = 1;
	}
	free(chunk);
	if ((r = x->head) == NULL)
		return 0;
	x->head = r->next;
	if (x->head == NULL)
		x->tail = NULL;
	sheet_row_reset(row);
	free(row->cells);
	*row = r->row;
	free(r);
	return 1;
}

static void
xlsx_free(void *impl)
{
	struct xlsx_in *x = impl;
	struct xrow *r;

	while ((r = x->head) != NULL) {
		x->head = r->next;
		sheet_row_reset(&r->row);
		free(r->row.cells);
		free(r);
	}
	sheet_row_reset(&x->cur);
	free(x->cur.cells);
	if (x->p != NULL)
		XML_ParserFree(x->p);
	if (x->open)
		unzCloseCurrentFile(x->zip);
	if (x->zip != NULL)
		unzClose(x->zip);
	strv_free(&x->sst);
	free(x->xf_date);
	buf_free(&x->text);
	free(x);
}

static const struct sheet_backend xlsx_backend = { xlsx_next, xlsx_free };

int
sheet_xlsx_open(const char *path, const char *fname, const char *name,
    void **impl, const struct sheet_backend **be, struct err *e)
{
	struct xlsx_in *x = xcalloc(1, sizeof *x);
	char *part = NULL;

	x->fname = fname;
	x->next_line = 1;
	x->zip = unzOpen64(path);
	if (x->zip == NULL) {
		FILE *fp = plat_fopen(path, "rb");

		if (fp == NULL)
			err_set(e, ERR_IO, _("%s: cannot open"), path);
		else {
			fclose(fp);
			err_set(e, ERR_INPUT, _("%s: not an .xlsx workbook (in Excel or "
			    "WPS, save it again as .xlsx or as CSV)"), fname);
		}
		goto fail;
	}
	if ((part = find_sheet(x, name, e)) == NULL || read_sst(x, e) != 0 ||
	    read_styles(x, e) != 0)
		goto fail;
	if (unzLocateFile(x->zip, part, 2) != UNZ_OK ||
	    unzOpenCurrentFile(x->zip) != UNZ_OK) {
		err_set(e, ERR_INPUT, _("%s: the workbook part %s cannot be read"),
		    fname, part);
		goto fail;
	}
	x->open = 1;
	x->p = XML_ParserCreate("UTF-8");
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, sh_start, sh_end);
	XML_SetCharacterDataHandler(x->p, sh_text);
	free(part);
	*impl = x;
	*be = &xlsx_backend;
	return 0;
fail:
	free(part);
	xlsx_free(x);
	return -1;
}
