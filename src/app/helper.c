/* helper.c — helpers (帮扶人) and the end of a pairing (helper.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/app/account.h"
#include "guanai/app/care.h"
#include "guanai/app/helper.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/termsafe.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "guanai/store/store.h"

/* Copy the given members of ch into h, checking kind and phone. */
static int
apply_change(struct helper *h, const struct helper_change *ch, struct err *e)
{
	const char *kind;
	char *phone = NULL;

	if (ch->name != NULL) {
		if (str_empty(ch->name)) {
			err_set(e, ERR_USAGE, "%s", _("a helper needs a name"));
			return -1;
		}
		/* no control character, within the length of every name */
		if (termsafe_name_check(ch->name, FIELD_NAME_MAX, _("Helper's name"), e) != 0)
			return -1;
		xstrset(&h->name, ch->name);
	}
	if (ch->kind != NULL) {
		kind = helper_kind_parse(ch->kind);
		if (kind == NULL) {
			err_set(e, ERR_USAGE, _("unknown role '%s' (教师, 爱心妈妈, 代理家长, "
			    "五老, 手拉手, 干部 or teacher, volunteer, proxy_parent, elder, "
			    "student, cadre)"), ch->kind);
			return -1;
		}
		xstrset(&h->kind, kind);
	}
	if (ch->phone != NULL) {
		if (!str_empty(ch->phone) && phone_check(ch->phone, &phone, e) != 0) {
			err_prefix(e, _("phone: %s"), e->msg);
			e->code = ERR_INPUT;
			return -1;
		}
		xstrset(&h->phone, phone);
		free(phone);
	}
	if (ch->organisation != NULL)
		xstrset(&h->organisation, str_empty(ch->organisation) ? NULL : ch->organisation);
	if (ch->notes != NULL)
		xstrset(&h->notes, str_empty(ch->notes) ? NULL : ch->notes);
	return 0;
}

int
helper_add(struct app *a, const struct helper_change *ch, char id[UUID_LEN + 1],
    struct err *e)
{
	struct helper h;
	int rc = -1;

	memset(&h, 0, sizeof h);
	if (str_empty(ch->name) || str_empty(ch->kind)) {
		err_set(e, ERR_USAGE, "%s", _("a helper needs a name and a role"));
		return -1;
	}
	if (apply_change(&h, ch, e) == 0 && store_helper_save(a->store, &h, e) == 0) {
		if (id != NULL)
			memcpy(id, h.id, UUID_LEN + 1);
		rc = 0;
	}
	helper_clear(&h);
	return rc;
}

int
helper_edit(struct app *a, const char *id, const struct helper_change *ch,
    struct err *e)
{
	struct helper h;
	int rc;

	memset(&h, 0, sizeof h);
	rc = store_helper_get(a->store, id, &h, e);
	if (rc == 1)
		err_set(e, ERR_USAGE, _("no helper '%s'"), id);
	if (rc == 0)
		rc = apply_change(&h, ch, e) == 0 ? store_helper_save(a->store, &h, e) : -1;
	helper_clear(&h);
	return rc == 0 ? 0 : -1;
}

static int
count_one(void *ctx, const struct pairing *p)
{
	(void)p;
	(*(int *)ctx)++;
	return 0;
}

int
helper_remove(struct app *a, const char *id, struct err *e)
{
	int n = 0;

	/* helpers serve the whole school: a teacher account sees the pairings
	 * of its own classes only, so only the headteacher removes one */
	if (app_require_head(a, _("remove a helper"), e) != 0)
		return -1;
	if (store_pairings_each(a->store, NULL, id, 1, count_one, &n, e) < 0)
		return -1;
	if (n > 0) {
		err_set(e, ERR_INPUT, ngettext("this helper is still paired with %d "
		    "child; unpair first", "this helper is still paired with %d children; "
		    "unpair first", (unsigned long)n), n);
		return -1;
	}
	return store_helper_delete(a->store, id, e);
}

struct find_pairing {
	const char *helper_id;
	char id[UUID_LEN + 1];
};

static int
match_helper(void *ctx, const struct pairing *p)
{
	struct find_pairing *fp = ctx;

	if (strcmp(p->helper_id, fp->helper_id) != 0)
		return 0;
	memcpy(fp->id, p->id, UUID_LEN + 1);
	return 1;
}

int
helper_unpair(struct app *a, const char *child_id, const char *helper_id,
    const char *date, struct err *e)
{
	struct find_pairing fp = { helper_id, "" };
	char today[11];

	if (store_pairings_each(a->store, child_id, NULL, 1, match_helper, &fp, e) < 0)
		return -1;
	if (fp.id[0] == '\0') {
		err_set(e, ERR_USAGE, "%s", _("this helper is not paired with the child"));
		return -1;
	}
	date_today_iso(today);
	return store_pairing_end(a->store, fp.id, date != NULL ? date : today, e);
}
