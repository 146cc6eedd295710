/* audit.c — reading and adding to the audit log (guanai/app/audit.h), and
 * an event's stored words (key=value, kept in no language) in the
 * teacher's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/app/audit.h"
#include "guanai/app/print.h"
#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"

int
app_audit_each(struct app *a, size_t limit, audit_fn fn, void *ctx, struct err *e)
{
	return store_audit_each(a->store, limit, fn, ctx, e);
}

int
app_audit_children(struct app *a, long long entry, size_t limit,
    audit_child_fn fn, void *ctx, size_t *total, struct err *e)
{
	return store_audit_children(a->store, entry, limit, fn, ctx, total, e);
}

int
app_audit_event(struct app *a, const char *action, const char *detail, struct err *e)
{
	return store_audit_event(a->store, action, detail, e);
}

/* ---- an event's words ------------------------------------------------ */

enum value_kind { V_TEXT, V_COUNT, V_CLASS, V_WORD, V_DOC, V_TIME, V_SITE, V_HIDE };

struct word {
	const char *code, *label;	/* label: N_() */
};

static const struct word layouts[] = {
	{ "standard", N_("Standard") }, { "mca", N_("Civil affairs register") },
	{ "xueji", N_("Student register (xueji)") }, { NULL, NULL }
};
static const struct word modes[] = {
	{ "public", N_("public version") }, { "confidential", N_("confidential version") },
	{ NULL, NULL }
};
static const struct word destinations[] = {
	{ "printer", N_("to the printer") }, { "desktop", N_("to the PDF program") },
	{ "file", N_("to a PDF file") }, { NULL, NULL }
};

/* The keys the use cases write (import.c, export.c, print.c, pack.c,
 * demo.c, sync-apply.c): a label with one %s for the value, or NULL when
 * the value speaks alone (a word) or is not for the teacher (a site id). */
static const struct key {
	const char *key;
	enum value_kind kind;
	const char *label;
	const struct word *words;
} keys[] = {
	{ "file", V_TEXT, N_("file %s"), NULL },
	{ "format", V_TEXT, N_("format %s"), NULL },
	{ "encoding", V_TEXT, N_("encoding %s"), NULL },
	{ "layout", V_WORD, N_("layout: %s"), layouts },
	{ "document", V_DOC, NULL, NULL },
	{ "class", V_CLASS, NULL, NULL },
	{ "children", V_COUNT, N_("%s children"), NULL },
	{ "count", V_COUNT, N_("%s children"), NULL },
	{ "pairings", V_COUNT, N_("%s pairings"), NULL },
	{ "care", V_COUNT, N_("%s care records"), NULL },
	{ "pages", V_COUNT, N_("%s pages"), NULL },
	{ "mode", V_WORD, NULL, modes },
	{ "to", V_WORD, NULL, destinations },
	{ "new", V_COUNT, N_("%s new"), NULL },
	{ "updated", V_COUNT, N_("%s updated"), NULL },
	{ "unchanged", V_COUNT, N_("%s unchanged"), NULL },
	{ "rejected", V_COUNT, N_("%s rejected"), NULL },
	{ "partial", V_COUNT, N_("%s partly imported"), NULL },
	{ "duplicates", V_COUNT, N_("%s possible duplicates"), NULL },
	{ "conflicts", V_COUNT, N_("%s conflicts"), NULL },
	{ "seed", V_TEXT, N_("seed %s"), NULL },
	{ "actor", V_TEXT, N_("packed by %s"), NULL },
	{ "packed", V_TIME, N_("packed %s"), NULL },
	{ "from", V_SITE, N_("on PC %s"), NULL },	/* a package's site id */
	{ "account", V_TEXT, NULL, NULL },	/* an erased account's name (users.c) */
};

#define NKEYS (sizeof keys / sizeof keys[0])

/* The key at s ("name=" at the start or after a blank), or NULL. */
static const struct key *
key_at(const char *s)
{
	size_t i, n;

	for (i = 0; i < NKEYS; i++) {
		n = strlen(keys[i].key);
		if (strncmp(s, keys[i].key, n) == 0 && s[n] == '=')
			return &keys[i];
	}
	return NULL;
}

static const char *
word_label(const struct word *w, const char *code)
{
	for (; w->code != NULL; w++)
		if (strcmp(w->code, code) == 0)
			return _(w->label);
	return code;
}

/* label with its one %s replaced by v, appended to b (the labels are
 * translations: no printf over them). */
static void
add_in_place(struct buf *b, const char *label, const char *v)
{
	const char *at = strstr(label, "%s");

	if (at == NULL) {
		buf_adds(b, label);
		return;
	}
	buf_add(b, label, (size_t)(at - label));
	buf_adds(b, v);
	buf_adds(b, at + 2);
}

/* One value in words, appended to b. */
static void
add_value(struct buf *b, const struct key *k, const char *v)
{
	char when[DATE_LOCAL_SIZE], *cls;
	int g, n, d;

	switch (k->kind) {
	case V_CLASS:
		if (sscanf(v, "%d-%d", &g, &n) == 2 && g > 0) {
			cls = class_short_label(g, n);
			buf_addf(b, _("class %s"), cls);
			free(cls);
		} else if (strcmp(v, "own") == 0)	/* a class teacher's "all" */
			buf_adds(b, _("own classes"));
		else
			buf_adds(b, _("whole school"));
		return;
	case V_DOC:
		d = print_doc_parse(v);
		buf_adds(b, d >= 0 ? print_doc_title((enum print_doc)d) : v);
		return;
	case V_WORD:
		v = word_label(k->words, v);
		break;
	case V_TIME:
		date_utc_local(v, when);
		v = when;
		break;
	case V_SITE:
		/* a PC's site id, cut to its first 8 digits: enough to tell
		 * two PCs apart, and no row key on the screen */
		snprintf(when, sizeof when, "%.8s", v);
		v = when;
		break;
	default:
		break;
	}
	if (k->label != NULL)
		add_in_place(b, _(k->label), v);
	else
		buf_adds(b, v);
}

/* An .xlsx or .xls file name: a workbook, which has no text encoding. */
static int
is_workbook(const char *name)
{
	size_t n = strlen(name);

	return (n > 5 && strcasecmp(name + n - 5, ".xlsx") == 0) ||
	    (n > 4 && strcasecmp(name + n - 4, ".xls") == 0);
}

/* Older releases wrote a package's and an unpack's words as English
 * sentences: said again in the new form. */
static char *
legacy_detail(const char *action, const char *detail)
{
	char site[64], actor[128], at[32];
	size_t a, b, c;
	int g, n;

	if (strcmp(action, "pack") == 0) {
		if (sscanf(detail, "class %d-%d: %zu children", &g, &n, &a) == 3)
			return xasprintf("class=%d-%d children=%zu", g, n, a);
		if (sscanf(detail, "all classes: %zu children", &a) == 1)
			return xasprintf("class=all children=%zu", a);
	} else if (strcmp(action, "unpack") == 0 &&
	    sscanf(detail, "from %63s (%127[^,], %31[^)]): %zu new, %zu updated, "
	    "%zu conflicts", site, actor, at, &a, &b, &c) == 6)
		return xasprintf("from=%s actor=%s packed=%s new=%zu updated=%zu "
		    "conflicts=%zu", site, actor, at, a, b, c);
	return NULL;
}

char *
app_audit_detail_text(const char *action, const char *detail)
{
	struct buf b = BUF_INIT;
	const struct key *k;
	const char *p, *v, *end;
	char *old, *val;
	int workbook = 0;

	if (detail == NULL || *detail == '\0')
		return xstrdup("");
	old = legacy_detail(action != NULL ? action : "", detail);
	if (old != NULL)
		detail = old;
	if (key_at(detail) == NULL) {	/* a path alone (backup, restore …) */
		val = xstrdup(detail);
		free(old);
		return val;
	}
	for (p = detail; *p != '\0'; p = end) {
		k = key_at(p);
		v = p + strlen(k->key) + 1;
		/* the value runs to the next " key=": a file name may hold blanks */
		for (end = v; *end != '\0'; end++)
			if (*end == ' ' && key_at(end + 1) != NULL)
				break;
		val = xstrndup(v, (size_t)(end - v));
		if (strcmp(k->key, "file") == 0)
			workbook = is_workbook(val);
		/* older releases logged an encoding for a workbook too */
		if (k->kind != V_HIDE && !(workbook && strcmp(k->key, "encoding") == 0)) {
			if (b.len > 0)
				buf_adds(&b, _(", "));
			add_value(&b, k, val);
		}
		free(val);
		if (*end == ' ')
			end++;
	}
	free(old);
	return buf_detach(&b);
}
