/* care.c — the kinds of care and of helpers, and the use cases that record
 * an act of care and pair a helper with a child (care.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "guanai/app/care.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/store/store.h"

const struct enum_value care_kinds[] = {
	{ "home_visit", N_("Home visit"), "家访" },
	{ "family_call", N_("Family call"), "亲情电话" },
	{ "talk", N_("Talk"), "谈心" },
	{ "counselling", N_("Counselling"), "心理辅导" },
	{ "tutoring", N_("Tutoring"), "学习辅导" },
	{ "birthday", N_("Birthday"), "生日" },
	{ "aid", N_("Aid"), "资助" },
	{ "gift", N_("Gift"), "慰问" },
	{ "health_check", N_("Health check"), "体检" },
	{ "parent_school", N_("Parent school"), "家长学校" },
	{ "group_activity", N_("Group activity"), "集体活动" },
	{ "other", N_("Other"), "其他" },
	{ NULL, NULL, NULL }
};

const struct enum_value helper_kinds[] = {
	{ "teacher", N_("Teacher"), "教师" },
	{ "volunteer", N_("Caring mother"), "爱心妈妈" },
	{ "proxy_parent", N_("Proxy parent"), "代理家长" },
	{ "elder", N_("Elder (five olds)"), "五老" },
	{ "student", N_("Student buddy"), "手拉手" },
	{ "cadre", N_("Cadre"), "干部" },
	{ NULL, NULL, NULL }
};

static const char *
label_of(const struct enum_value *tab, const char *code)
{
	if (code == NULL)
		return "";
	for (; tab->code != NULL; tab++)
		if (strcmp(tab->code, code) == 0)
			return _(tab->label);
	return code;
}

const char *
care_kind_label(const char *code)
{
	return label_of(care_kinds, code);
}

const char *
helper_kind_label(const char *code)
{
	return label_of(helper_kinds, code);
}

int
care_kind_has_amount(const char *code)
{
	return code != NULL && (strcmp(code, "aid") == 0 || strcmp(code, "gift") == 0);
}

int
care_record(struct app *a, const char *child_id, const char *helper_id,
    const char *kind, const char *date, const char *summary, double amount,
    struct err *e)
{
	struct care c;
	char today[11];
	int rc;

	if (amount < 0) {
		err_set(e, ERR_INPUT, "%s", _("an amount cannot be negative"));
		return -1;
	}
	date_today_iso(today);
	memset(&c, 0, sizeof c);
	snprintf(c.child_id, sizeof c.child_id, "%s", child_id);
	snprintf(c.helper_id, sizeof c.helper_id, "%s", helper_id != NULL ? helper_id : "");
	c.date = xstrdup(date != NULL ? date : today);
	c.kind = xstrdup(kind);
	c.summary = str_empty(summary) ? NULL : xstrdup(summary);
	c.amount = care_kind_has_amount(kind) ? amount : 0;
	rc = store_care_add(a->store, &c, e);
	care_clear(&c);
	return rc;
}

struct same_ctx {
	const char *helper_id;
	int found;
};

static int
same_helper(void *ctx, const struct pairing *p)
{
	struct same_ctx *sc = ctx;

	if (strcmp(p->helper_id, sc->helper_id) == 0) {
		sc->found = 1;
		return 1;
	}
	return 0;
}

int
pairing_make(struct app *a, const char *child_id, const char *helper_id,
    const char *role, const char *date, struct err *e)
{
	struct same_ctx sc = { helper_id, 0 };
	struct helper h;
	struct pairing p;
	char today[11];
	int rc = -1;

	memset(&h, 0, sizeof h);
	memset(&p, 0, sizeof p);
	if (store_pairings_each(a->store, child_id, NULL, 1, same_helper, &sc, e) < 0)
		return -1;
	if (sc.found) {
		err_set(e, ERR_INPUT, "%s", _("this helper is already paired with the child"));
		return -1;
	}
	if (role == NULL) {
		if (store_helper_get(a->store, helper_id, &h, e) != 0) {
			if (!err_is_set(e))
				err_set(e, ERR_INPUT, "%s", _("no such helper"));
			goto out;
		}
		role = h.kind;
	}
	date_today_iso(today);
	snprintf(p.child_id, sizeof p.child_id, "%s", child_id);
	snprintf(p.helper_id, sizeof p.helper_id, "%s", helper_id);
	p.role = xstrdup(role);
	p.start = xstrdup(date != NULL ? date : today);
	rc = store_pairing_save(a->store, &p, e);
out:
	pairing_clear(&p);
	helper_clear(&h);
	return rc;
}

static const char *
kind_parse(const struct enum_value *tab, const char *word)
{
	const char *w;
	size_t n;

	if (str_empty(word))
		return NULL;
	for (; tab->code != NULL; tab++) {
		if (strcmp(tab->code, word) == 0 || strcasecmp(tab->label, word) == 0 ||
		    strcmp(_(tab->label), word) == 0)
			return tab->code;
		for (w = tab->words; w != NULL && *w != '\0'; w += n + (w[n] == '|')) {
			n = strcspn(w, "|");
			if (n == strlen(word) && strncmp(w, word, n) == 0)
				return tab->code;
		}
	}
	return NULL;
}

const char *
care_kind_parse(const char *word)
{
	return kind_parse(care_kinds, word);
}

const char *
helper_kind_parse(const char *word)
{
	return kind_parse(helper_kinds, word);
}

int
care_date(const char *in, char out[11], struct err *e)
{
	struct date d;

	if (str_empty(in)) {
		date_today_iso(out);
		return 0;
	}
	if (date_parse(in, &d) != 0) {
		err_set(e, ERR_INPUT, _("'%s' is not a date (write 2026-11-29)"), in);
		return -1;
	}
	date_format(d, out);
	return 0;
}

int
care_edit(struct app *a, const char *care_id, const struct care_change *ch,
    struct err *e)
{
	struct care c;
	char day[11];
	int rc;

	rc = store_care_get(a->store, care_id, &c, e);
	if (rc != 0) {
		if (rc == 1)
			err_set(e, ERR_USAGE, _("no care record '%s'"), care_id);
		care_clear(&c);
		return -1;
	}
	rc = -1;
	if (ch->kind != NULL) {
		if (care_kind_parse(ch->kind) == NULL) {
			err_set(e, ERR_USAGE, _("unknown kind of care '%s'"), ch->kind);
			goto out;
		}
		xstrset(&c.kind, care_kind_parse(ch->kind));
	}
	if (ch->date != NULL) {
		if (care_date(ch->date, day, e) != 0)
			goto out;
		xstrset(&c.date, day);
	}
	if (ch->summary != NULL)
		xstrset(&c.summary, str_empty(ch->summary) ? NULL : ch->summary);
	if (ch->follow_up != NULL) {
		if (!str_empty(ch->follow_up) && care_date(ch->follow_up, day, e) != 0)
			goto out;
		xstrset(&c.follow_up, str_empty(ch->follow_up) ? NULL : day);
	}
	if (ch->helper_id != NULL)
		snprintf(c.helper_id, sizeof c.helper_id, "%s", ch->helper_id);
	if (ch->amount >= 0)
		c.amount = ch->amount;
	if (!care_kind_has_amount(c.kind))
		c.amount = 0;
	rc = store_care_update(a->store, &c, e);
out:
	care_clear(&c);
	return rc;
}

int
care_remove(struct app *a, const char *care_id, struct err *e)
{
	struct care c;
	int rc;

	/* the scope check: a record of another class is not found */
	rc = store_care_get(a->store, care_id, &c, e);
	care_clear(&c);
	if (rc != 0) {
		if (rc == 1)
			err_set(e, ERR_USAGE, _("no care record '%s'"), care_id);
		return -1;
	}
	return store_care_delete(a->store, care_id, e);
}

int
app_helpers_each(struct app *a, helper_fn fn, void *ctx, struct err *e)
{
	return store_helpers_each(a->store, fn, ctx, e);
}

int
app_helper_save(struct app *a, struct helper *h, struct err *e)
{
	return store_helper_save(a->store, h, e);
}

int
app_pairings_each(struct app *a, const char *child_id, const char *helper_id,
    int active_only, pairing_fn fn, void *ctx, struct err *e)
{
	return store_pairings_each(a->store, child_id, helper_id, active_only, fn, ctx, e);
}

int
app_pairing_end(struct app *a, const char *pairing_id, const char *date, struct err *e)
{
	return store_pairing_end(a->store, pairing_id, date, e);
}

int
app_care_each(struct app *a, const char *child_id, care_fn fn, void *ctx, struct err *e)
{
	return store_care_each(a->store, child_id, fn, ctx, e);
}
