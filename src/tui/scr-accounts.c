/* scr-accounts.c — 账号 (headteacher): the sign-in accounts with role and
 * classes; a adds one (name, role, a teacher's classes, the password twice
 * without echo), p gives one a new password, d removes one after asking.
 * Each goes through the use cases of account.h, the same as `guanai user`,
 * which refuse a teacher's account. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/account.h"
#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/validate.h"
#include "scr-admin.h"
#include "widget.h"

struct accounts {
	struct account *acc;
	size_t n;
	struct wlist l;
};

static void
accounts_clear(struct accounts *a)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		account_clear(&a->acc[i]);
	free(a->acc);
	a->acc = NULL;
	a->n = 0;
}

static int
copy_account(void *ctx, const struct account *s)
{
	struct accounts *a = ctx;
	struct account *d;

	a->acc = xrealloc(a->acc, (a->n + 1) * sizeof *a->acc);
	d = &a->acc[a->n++];
	memset(d, 0, sizeof *d);
	d->name = xstrdup(s->name);
	d->role = xstrdup(s->role);
	d->nclasses = s->nclasses;
	if (s->nclasses > 0) {
		d->grades = xcalloc(s->nclasses, sizeof *d->grades);
		d->class_nos = xcalloc(s->nclasses, sizeof *d->class_nos);
		memcpy(d->grades, s->grades, s->nclasses * sizeof *d->grades);
		memcpy(d->class_nos, s->class_nos, s->nclasses * sizeof *d->class_nos);
	}
	return 0;
}

static int
accounts_load(struct accounts *a, struct tui *t, struct err *e)
{
	accounts_clear(a);
	if (app_users_each(t->app, copy_account, a, e) != 0)
		return -1;
	a->l.n = (int)a->n;
	wlist_fix(&a->l);
	return 0;
}

static int
accounts_init(struct screen *s, struct tui *t, const struct screen_arg *arg,
    struct err *e)
{
	struct accounts *a = xcalloc(1, sizeof *a);

	(void)arg;
	if (accounts_load(a, t, e) != 0) {
		accounts_clear(a);
		free(a);
		return -1;
	}
	s->priv = a;
	return 0;
}

static void
accounts_free(struct screen *s)
{
	struct accounts *a = s->priv;

	accounts_clear(a);
	free(a);
}

static const char *
role_word(const char *role)
{
	return role != NULL && strcmp(role, "head") == 0 ? _("Headteacher") :
	    _("Class teacher");
}

static char *
classes_text(const struct account *acc)
{
	struct buf b = BUF_INIT;
	char *c;
	size_t i;

	for (i = 0; i < acc->nclasses; i++) {
		c = class_label(acc->grades[i], acc->class_nos[i]);
		if (i > 0)
			buf_adds(&b, " ");
		buf_adds(&b, c);
		free(c);
	}
	if (acc->nclasses == 0)
		buf_adds(&b, strcmp(acc->role, "head") == 0 ? _("all classes") : "");
	c = xstrdup(buf_str(&b));
	buf_free(&b);
	return c;
}

static void
accounts_draw(struct screen *s, struct tui *t)
{
	struct accounts *a = s->priv;
	int y0 = tui_body_top(t), i, attr, sel;
	char *cls;

	snprintf(s->title, sizeof s->title, "%s", _("Accounts"));
	w_put(t, y0, 1, 16, _("Name"), t->attr[TA_HEADER], 1);
	w_put(t, y0, 18, 12, _("Account role"), t->attr[TA_HEADER], 1);
	w_put(t, y0, 31, t->cols - 32, _("Classes"), t->attr[TA_HEADER], 0);
	if (a->n == 0) {
		w_put(t, y0 + 2, 2, t->cols - 3, _("No account: everyone uses guanai without "
		    "signing in. Press a to add the headteacher's account first."),
		    t->attr[TA_WARN], 0);
		return;
	}
	a->l.rows = tui_body_rows(t) - 1;
	wlist_fix(&a->l);
	for (i = 0; i < a->l.rows && a->l.top + i < a->l.n; i++) {
		sel = a->l.top + i == a->l.sel;
		attr = sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		if (sel)
			w_fill(t, y0 + 1 + i, 0, attr);
		w_put(t, y0 + 1 + i, 1, 16, a->acc[a->l.top + i].name, attr, 1);
		w_put(t, y0 + 1 + i, 18, 12, role_word(a->acc[a->l.top + i].role), attr, 1);
		cls = classes_text(&a->acc[a->l.top + i]);
		w_put(t, y0 + 1 + i, 31, t->cols - 32, cls, attr, 0);
		free(cls);
	}
}

/* A teacher's classes typed as "三年级2班 四年级1班" or "3-2,4-1". */
static int
parse_classes(const char *text, struct account *acc, struct err *e)
{
	char *copy = xstrdup(text), *tok, *save = NULL;
	int g, c, rc = 0;

	for (tok = strtok_r(copy, " ,，、;；", &save); tok != NULL;
	    tok = strtok_r(NULL, " ,，、;；", &save)) {
		if (class_full_parse(tok, &g, &c) != 0) {
			err_set(e, ERR_INPUT, _("\"%s\" is not a class: write it as 三年级2班 "
			    "or 3-2."), tok);
			rc = -1;
			break;
		}
		acc->grades = xrealloc(acc->grades, (acc->nclasses + 1) * sizeof *acc->grades);
		acc->class_nos = xrealloc(acc->class_nos,
		    (acc->nclasses + 1) * sizeof *acc->class_nos);
		acc->grades[acc->nclasses] = g;
		acc->class_nos[acc->nclasses++] = c;
	}
	free(copy);
	return rc;
}

static void
add_account(struct tui *t, int first)
{
	const char *roles[] = { _("Class teacher"), _("Headteacher") };
	struct account acc;
	struct err e = { 0, "" };
	char *name = NULL, *cls = NULL, *pw = NULL, *dflt;
	int r;

	memset(&acc, 0, sizeof acc);
	if (!dlg_prompt(t, _("Name of the new account:"), "", &name) || str_empty(name))
		goto out;
	/* the first account must be the headteacher's (the screen says so):
	 * Enter takes that, not 班主任 and an error after the passwords */
	if ((r = dlg_menu(t, _("Account role"), roles, 2, first ? 1 : 0)) < 0)
		goto out;
	acc.name = name;
	name = NULL;
	acc.role = xstrdup(r == 1 ? "head" : "teacher");
	if (r == 0) {
		/* the list's class is the likely one */
		dflt = t->grade > 0 ? class_label(t->grade, t->class_no) : xstrdup("");
		r = dlg_prompt(t, _("Classes (e.g. 三年级2班 四年级1班):"), dflt, &cls);
		free(dflt);
		if (!r)
			goto out;
		if (parse_classes(cls, &acc, &e) != 0) {
			tui_fail(t, &e);
			goto out;
		}
	}
	if (!dlg_secret_twice(t, _("Password:"), _("The password again:"), &pw))
		goto out;
	if (app_user_add(t->app, &acc, pw, &e) != 0)
		tui_fail(t, &e);
	else
		tui_say(t, _("Account %s added (%s)."), acc.name, role_word(acc.role));
out:
	dlg_secret_wipe(&pw);
	free(name);
	free(cls);
	account_clear(&acc);
}

static void
new_password(struct tui *t, const struct account *acc)
{
	struct err e = { 0, "" };
	char *pw = NULL, *label = xasprintf(_("New password for %s:"), acc->name);

	if (dlg_secret_twice(t, label, _("The password again:"), &pw)) {
		if (app_user_password(t->app, acc->name, pw, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("%s has a new password."), acc->name);
	}
	dlg_secret_wipe(&pw);
	free(label);
}

static void
remove_account(struct tui *t, const struct account *acc)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[] = { _("Remove"), _("Keep") };
	struct err e = { 0, "" };
	char *q = xasprintf(_("Remove the account %s? (the children's files stay)"),
	    acc->name);

	if (dlg_ask(t, q, keys, words, 2) == 0) {
		if (app_user_remove(t->app, acc->name, &e) != 0)
			tui_fail(t, &e);
		else
			tui_say(t, _("The account %s is removed."), acc->name);
	}
	free(q);
}

static int
accounts_key(struct screen *s, struct tui *t, enum op op, int key)
{
	struct accounts *a = s->priv;
	struct err e = { 0, "" };
	int sel = a->l.sel;

	(void)key;
	if (op == OP_ADD)
		add_account(t, a->n == 0);
	else if (op == OP_PASSWORD && sel < a->l.n)
		new_password(t, &a->acc[sel]);
	else if (op == OP_DELETE && sel < a->l.n)
		remove_account(t, &a->acc[sel]);
	else if (op == OP_BACK) {
		tui_back(t);
		return 1;
	} else
		return wlist_move(&a->l, op) || op == OP_UP || op == OP_DOWN;
	/* the screen stays only for whom may still see it */
	if (accounts_load(a, t, &e) != 0) {
		accounts_clear(a);
		a->l.n = 0;
	}
	return 1;
}

const struct screen_class scr_accounts = {
	.name = "accounts",
	.keys = keys_accounts,
	.init = accounts_init,
	.free = accounts_free,
	.draw = accounts_draw,
	.key = accounts_key,
};
