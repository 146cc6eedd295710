/* checklist.c — evaluate and confirm a stored child's 七清楚 (guanai/app/checklist.h). */
#include "config.h"

#include <stdlib.h>

#include "guanai/app/checklist.h"
#include "guanai/store/store.h"

int
app_checklist_eval(struct app *a, const struct record *r, struct date today,
    struct check_item_result out[CHECKLIST_ITEMS], char *confirmed[CHECKLIST_ITEMS],
    struct err *e)
{
	return checklist_eval_stored(a->store, r, today, out, confirmed, e);
}

int
checklist_eval_stored(struct store *s, const struct record *r, struct date today,
    struct check_item_result out[CHECKLIST_ITEMS], char *confirmed[CHECKLIST_ITEMS],
    struct err *e)
{
	char *conf[CHECKLIST_ITEMS] = { NULL };
	const char *cc[CHECKLIST_ITEMS];
	int i;

	if (store_checklist_get(s, r->id, conf, e) != 0)
		return -1;
	for (i = 0; i < CHECKLIST_ITEMS; i++)
		cc[i] = conf[i];
	checklist_eval(r, cc, today, out);
	for (i = 0; i < CHECKLIST_ITEMS; i++) {
		if (confirmed != NULL)
			confirmed[i] = conf[i];
		else
			free(conf[i]);
	}
	return 0;
}

int
app_checklist_confirm(struct app *a, const struct record *r, int item,
    struct date today, struct check_item_result out[CHECKLIST_ITEMS], struct err *e)
{
	char iso[DATE_ISO_SIZE];
	int i, n = 0;

	if (app_checklist_eval(a, r, today, out, NULL, e) != 0)
		return -1;
	date_format(today, iso);
	if (store_begin(a->store, e) != 0)
		return -1;
	for (i = 1; i <= CHECKLIST_ITEMS; i++) {
		if ((item != 0 && i != item) || out[i - 1].state == CHECK_MISSING)
			continue;
		if (store_checklist_confirm(a->store, r->id, i, iso, e) != 0) {
			store_rollback(a->store);
			return -1;
		}
		n++;
	}
	if (store_commit(a->store, e) != 0)
		return -1;
	return n;
}
