/* mo.c — GNU .mo catalogs read directly, and the gettext API over them
 * for systems without libintl (see guanai/base/mo.h). */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/mo.h"
#include "guanai/base/plat.h"

#define MO_MAGIC 0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u

struct mo_catalog {
	unsigned char *data;
	size_t size;
	uint32_t n;		/* entries */
	uint32_t orig;		/* offset of the msgid table */
	uint32_t trans;		/* offset of the translation table */
	int swapped;
	char *plural;		/* the Plural-Forms expression, or NULL */
};

static uint32_t
word(const struct mo_catalog *c, size_t off)
{
	const unsigned char *p = c->data + off;

	if (c->swapped)
		return (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 |
		    (uint32_t)p[0] << 24;
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* String i of the table at `table`: its bytes (NUL-terminated inside the
 * file, checked at load) and length. */
static const char *
entry(const struct mo_catalog *c, uint32_t table, uint32_t i, uint32_t *len)
{
	size_t at = (size_t)table + (size_t)i * 8;

	*len = word(c, at);
	return (const char *)c->data + word(c, at + 4);
}

/* ---- plural expressions (the C subset of Plural-Forms) ----------------- */

struct pexpr {
	const char *s;
	unsigned long n;
	int bad;
};

static unsigned long p_cond(struct pexpr *p);

static void
p_blank(struct pexpr *p)
{
	while (*p->s == ' ' || *p->s == '\t' || *p->s == '\n')
		p->s++;
}

static int
p_eat(struct pexpr *p, const char *tok)
{
	size_t k = strlen(tok);

	p_blank(p);
	if (strncmp(p->s, tok, k) != 0)
		return 0;
	/* "<" must not take the first half of "<=" */
	if (k == 1 && (tok[0] == '<' || tok[0] == '>' || tok[0] == '!' ||
	    tok[0] == '=') && p->s[1] == '=')
		return 0;
	p->s += k;
	return 1;
}

static unsigned long
p_primary(struct pexpr *p)
{
	unsigned long v;

	p_blank(p);
	if (p_eat(p, "!"))
		return !p_primary(p);
	if (p_eat(p, "(")) {
		v = p_cond(p);
		if (!p_eat(p, ")"))
			p->bad = 1;
		return v;
	}
	if (*p->s == 'n') {
		p->s++;
		return p->n;
	}
	if (isdigit((unsigned char)*p->s)) {
		char *end;

		v = strtoul(p->s, &end, 10);
		p->s = end;
		return v;
	}
	p->bad = 1;
	return 0;
}

static unsigned long
p_mul(struct pexpr *p)
{
	unsigned long v = p_primary(p), r;

	for (;;) {
		if (p_eat(p, "*"))
			v *= p_primary(p);
		else if (p_eat(p, "/") || p_eat(p, "%")) {
			int div = p->s[-1] == '/';

			r = p_primary(p);
			if (r == 0) {
				p->bad = 1;
				return 0;
			}
			v = div ? v / r : v % r;
		} else
			return v;
	}
}

static unsigned long
p_add(struct pexpr *p)
{
	unsigned long v = p_mul(p);

	for (;;) {
		if (p_eat(p, "+"))
			v += p_mul(p);
		else if (p_eat(p, "-"))
			v -= p_mul(p);
		else
			return v;
	}
}

static unsigned long
p_rel(struct pexpr *p)
{
	unsigned long v = p_add(p);

	for (;;) {
		if (p_eat(p, "<="))
			v = v <= p_add(p);
		else if (p_eat(p, ">="))
			v = v >= p_add(p);
		else if (p_eat(p, "<"))
			v = v < p_add(p);
		else if (p_eat(p, ">"))
			v = v > p_add(p);
		else
			return v;
	}
}

static unsigned long
p_eq(struct pexpr *p)
{
	unsigned long v = p_rel(p);

	for (;;) {
		if (p_eat(p, "=="))
			v = v == p_rel(p);
		else if (p_eat(p, "!="))
			v = v != p_rel(p);
		else
			return v;
	}
}

static unsigned long
p_and(struct pexpr *p)
{
	unsigned long v = p_eq(p), r;

	while (p_eat(p, "&&")) {
		r = p_eq(p);
		v = v && r;
	}
	return v;
}

static unsigned long
p_or(struct pexpr *p)
{
	unsigned long v = p_and(p), r;

	while (p_eat(p, "||")) {
		r = p_and(p);
		v = v || r;
	}
	return v;
}

static unsigned long
p_cond(struct pexpr *p)
{
	unsigned long c = p_or(p), a, b;

	if (!p_eat(p, "?"))
		return c;
	a = p_cond(p);
	if (!p_eat(p, ":"))
		p->bad = 1;
	b = p_cond(p);
	return c ? a : b;
}

unsigned long
mo_plural_index(const struct mo_catalog *c, unsigned long n)
{
	struct pexpr p;
	unsigned long v;

	if (c == NULL || c->plural == NULL)
		return n != 1;
	p.s = c->plural;
	p.n = n;
	p.bad = 0;
	v = p_cond(&p);
	return p.bad ? (n != 1) : v;
}

/* "Plural-Forms: nplurals=2; plural=(n != 1);" in the header entry. */
static char *
header_plural(const char *header)
{
	const char *line = strstr(header, "Plural-Forms:"), *p, *end;

	if (line == NULL || (p = strstr(line, "plural=")) == NULL)
		return NULL;
	/* not the "nplurals=" before it */
	while (p > line && p[-1] == 'n' ) {
		p = strstr(p + 1, "plural=");
		if (p == NULL)
			return NULL;
	}
	p += strlen("plural=");
	end = p;
	while (*end && *end != ';' && *end != '\n')
		end++;
	return xstrndup(p, (size_t)(end - p));
}

/* ---- loading and lookup ------------------------------------------------ */

static int
catalog_check(struct mo_catalog *c)
{
	uint32_t i, len, off, t;

	if (c->size < 28)
		return -1;
	if (word(c, 0) != MO_MAGIC) {
		c->swapped = 1;
		if (word(c, 0) != MO_MAGIC)
			return -1;
	}
	c->n = word(c, 8);
	c->orig = word(c, 12);
	c->trans = word(c, 16);
	if (c->n > c->size / 16 || c->orig > c->size - (size_t)c->n * 8 ||
	    c->trans > c->size - (size_t)c->n * 8)
		return -1;
	/* every string inside the file and NUL-terminated: lookups need not
	 * check again */
	for (t = 0; t < 2; t++)
		for (i = 0; i < c->n; i++) {
			uint32_t table = t ? c->trans : c->orig;

			len = word(c, (size_t)table + (size_t)i * 8);
			off = word(c, (size_t)table + (size_t)i * 8 + 4);
			if (off >= c->size || len >= c->size - off ||
			    c->data[off + len] != '\0')
				return -1;
		}
	return 0;
}

struct mo_catalog *
mo_load(const char *path, struct err *e)
{
	struct mo_catalog *c = xcalloc(1, sizeof *c);
	FILE *fp = plat_fopen(path, "rb");
	size_t cap = 0, got;
	uint32_t len;

	if (fp == NULL) {
		err_set(e, ERR_IO, _("%s: cannot open: %s"), path, strerror(errno));
		free(c);
		return NULL;
	}
	for (;;) {
		if (c->size == cap) {
			cap = cap ? cap * 2 : 65536;
			c->data = xrealloc(c->data, cap + 1);
		}
		got = fread(c->data + c->size, 1, cap - c->size, fp);
		c->size += got;
		if (got == 0)
			break;
	}
	fclose(fp);
	if (catalog_check(c) != 0) {
		err_set(e, ERR_IO, _("%s is not a message catalog (.mo)"), path);
		mo_free(&c);
		return NULL;
	}
	if (c->n > 0 && entry(c, c->orig, 0, &len)[0] == '\0')
		c->plural = header_plural(entry(c, c->trans, 0, &len));
	return c;
}

void
mo_free(struct mo_catalog **c)
{
	if (*c == NULL)
		return;
	free((*c)->data);
	free((*c)->plural);
	free(*c);
	*c = NULL;
}

/* Index of msgid (compared up to its NUL: a plural entry's singular) in
 * the sorted table, or -1. */
static long
lookup(const struct mo_catalog *c, const char *msgid)
{
	uint32_t lo = 0, hi, mid, len;
	int cmp;

	if (c == NULL)
		return -1;
	hi = c->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		cmp = strcmp(msgid, entry(c, c->orig, mid, &len));
		if (cmp == 0)
			return (long)mid;
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

const char *
mo_find(const struct mo_catalog *c, const char *msgid)
{
	long i = msgid[0] != '\0' ? lookup(c, msgid) : -1;
	uint32_t len;
	const char *t;

	if (i < 0)
		return NULL;
	t = entry(c, c->trans, (uint32_t)i, &len);
	return t[0] != '\0' ? t : NULL;
}

const char *
mo_find_plural(const struct mo_catalog *c, const char *msgid, unsigned long n)
{
	long i = msgid[0] != '\0' ? lookup(c, msgid) : -1;
	unsigned long form;
	uint32_t len;
	const char *t, *end;

	if (i < 0)
		return NULL;
	t = entry(c, c->trans, (uint32_t)i, &len);
	end = t + len;
	/* the forms follow each other, NUL-separated */
	for (form = mo_plural_index(c, n); form > 0 && t < end; form--)
		t += strlen(t) + 1;
	if (t >= end || t[0] == '\0')
		t = entry(c, c->trans, (uint32_t)i, &len);	/* form 0 */
	return t[0] != '\0' ? t : NULL;
}

size_t
mo_count(const struct mo_catalog *c)
{
	return c != NULL ? c->n : 0;
}

const char *
mo_msgid(const struct mo_catalog *c, size_t i, const char **plural)
{
	uint32_t len;
	const char *s = entry(c, c->orig, (uint32_t)i, &len);
	size_t k = strlen(s);

	if (plural != NULL)
		*plural = k < len ? s + k + 1 : NULL;
	return s;
}

/* ---- the process-wide catalog (the gettext API) ------------------------- */

/* gettext's API is process-wide state by its definition: the domain, its
 * folder and the catalog loaded at the first lookup. */
static struct {
	char *domain;
	char *dir;
	struct mo_catalog *cat;
	int loaded;
} mo_state;

char *
mo_language(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *v = NULL, *ui;
	size_t i, k;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			break;
		v = NULL;
	}
	if (v == NULL) {
		ui = plat_ui_language();
		return ui != NULL ? xstrdup(ui) : NULL;
	}
	/* "zh_CN.UTF-8@x:en" → "zh_CN" */
	k = strcspn(v, ".@:");
	if (k == 0 || strncmp(v, "C", k) == 0 || strncmp(v, "POSIX", k) == 0 ||
	    strncmp(v, "en", 2) == 0)
		return NULL;
	return xstrndup(v, k);
}

static void
mo_state_load(void)
{
	char *lang, *path, *cut;

	mo_state.loaded = 1;
	if ((lang = mo_language()) == NULL)
		return;
	path = xasprintf("%s/%s/LC_MESSAGES/%s.mo", mo_state.dir ? mo_state.dir : ".",
	    lang, mo_state.domain ? mo_state.domain : "messages");
	mo_state.cat = mo_load(path, NULL);
	free(path);
	if (mo_state.cat == NULL && (cut = strchr(lang, '_')) != NULL) {
		*cut = '\0';	/* "zh_SG" → "zh" */
		path = xasprintf("%s/%s/LC_MESSAGES/%s.mo", mo_state.dir ?
		    mo_state.dir : ".", lang, mo_state.domain ? mo_state.domain :
		    "messages");
		mo_state.cat = mo_load(path, NULL);
		free(path);
	}
	free(lang);
}

char *
mo_gettext(const char *msgid)
{
	const char *t;

	if (!mo_state.loaded)
		mo_state_load();
	t = mo_find(mo_state.cat, msgid);
	return (char *)(t != NULL ? t : msgid);
}

char *
mo_ngettext(const char *msgid, const char *plural, unsigned long n)
{
	const char *t;

	if (!mo_state.loaded)
		mo_state_load();
	t = mo_find_plural(mo_state.cat, msgid, n);
	if (t != NULL)
		return (char *)t;
	return (char *)(n == 1 ? msgid : plural);
}

char *
mo_bindtextdomain(const char *domain, const char *dir)
{
	(void)domain;	/* guanai has one domain */
	if (dir != NULL) {
		xstrset(&mo_state.dir, dir);
		mo_free(&mo_state.cat);
		mo_state.loaded = 0;
	}
	return mo_state.dir;
}

char *
mo_textdomain(const char *domain)
{
	if (domain != NULL) {
		xstrset(&mo_state.domain, domain);
		mo_free(&mo_state.cat);
		mo_state.loaded = 0;
	}
	return mo_state.domain;
}

char *
mo_bind_textdomain_codeset(const char *domain, const char *codeset)
{
	(void)domain;
	(void)codeset;	/* catalogs and console are UTF-8 */
	return (char *)"UTF-8";
}
