/* remind.c — the reminder rules (pure: dates and counts in, reminders out). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/remind.h"

static const char *const codes[REMIND_KINDS] = {
	"birthday", "unpaired", "no_contact", "turning_16", "guardian_risk",
};

const char *
remind_kind_code(enum remind_kind k)
{
	return k < REMIND_KINDS ? codes[k] : "";
}

const char *
remind_kind_title(enum remind_kind k)
{
	switch (k) {
	case REMIND_BIRTHDAY:
		return _("Birthdays coming up");
	case REMIND_UNPAIRED:
		return _("Not paired with a helper");
	case REMIND_NO_CONTACT:
		return _("No care recorded for 30 days");
	case REMIND_TURNING_16:
		return _("Turning 16 (check whether still left behind)");
	case REMIND_GUARDIAN_RISK:
		return _("Guardian over 70 or in poor health");
	case REMIND_KINDS:
		break;
	}
	return "";
}

int
remind_eval(const struct remind_child *c, struct date today, int days,
    struct reminder out[REMIND_KINDS])
{
	struct date birth, sixteen, last;
	long t = date_to_days(today);
	int n = 0, age, i, j;

	memset(out, 0, REMIND_KINDS * sizeof out[0]);
	if (c->birth_date != NULL && date_parse(c->birth_date, &birth) == 0) {
		int d = date_days_to_birthday(birth, today);

		if (d <= days) {
			struct date on = date_from_days(t + d);

			out[n].kind = REMIND_BIRTHDAY;
			out[n].days = d;
			out[n].age = date_age(birth, on);
			date_format(on, out[n].date);
			n++;
		}
		sixteen = birth;
		sixteen.y += 16;
		if (sixteen.m == 2 && sixteen.d == 29 && !date_is_leap(sixteen.y))
			sixteen.d = 28;
		if (date_to_days(sixteen) - t <= days) {
			out[n].kind = REMIND_TURNING_16;
			out[n].days = (int)(date_to_days(sixteen) - t);
			out[n].age = 16;
			date_format(sixteen, out[n].date);
			n++;
		}
	}
	if (!c->paired)
		out[n++].kind = REMIND_UNPAIRED;
	if (c->last_care == NULL || date_parse(c->last_care, &last) != 0 ||
	    t - date_to_days(last) > REMIND_NO_CONTACT_DAYS) {
		out[n].kind = REMIND_NO_CONTACT;
		out[n].days = -1;
		if (c->last_care != NULL && date_parse(c->last_care, &last) == 0) {
			out[n].days = (int)(t - date_to_days(last));
			date_format(last, out[n].date);
		}
		n++;
	}
	age = c->guardian_age != NULL ? atoi(c->guardian_age) : 0;
	if (age > REMIND_OLD_GUARDIAN || str_eq(c->guardian_health, "poor")) {
		out[n].kind = REMIND_GUARDIAN_RISK;
		out[n].age = age;
		n++;
	}
	/* kind order: birthday, unpaired, no_contact, turning_16, guardian */
	for (i = 1; i < n; i++) {
		struct reminder tmp = out[i];

		for (j = i; j > 0 && out[j - 1].kind > tmp.kind; j--)
			out[j] = out[j - 1];
		out[j] = tmp;
	}
	return n;
}

char *
remind_detail(const struct reminder *r, const struct remind_child *c)
{
	switch (r->kind) {
	case REMIND_BIRTHDAY:
		if (r->days == 0)
			return xasprintf(_("%s, today: turns %d"), r->date + 5, r->age);
		return xasprintf(P_("%s, in %d day: turns %d", "%s, in %d days: turns %d",
		    r->days), r->date + 5, r->days, r->age);
	case REMIND_UNPAIRED:
		return xstrdup(_("no active pairing"));
	case REMIND_NO_CONTACT:
		if (r->days < 0)
			return xstrdup(_("no care recorded yet"));
		return xasprintf(P_("last care %s, %d day ago", "last care %s, %d days ago",
		    r->days), r->date, r->days);
	case REMIND_TURNING_16:
		if (r->days > 0)
			return xasprintf(_("turns 16 on %s"), r->date);
		return xasprintf(_("16 since %s: the left-behind status may end"), r->date);
	case REMIND_GUARDIAN_RISK:
		if (r->age > REMIND_OLD_GUARDIAN && str_eq(c->guardian_health, "poor"))
			return xasprintf(_("guardian aged %d, in poor health"), r->age);
		if (r->age > REMIND_OLD_GUARDIAN)
			return xasprintf(_("guardian aged %d"), r->age);
		return xstrdup(_("guardian in poor health"));
	case REMIND_KINDS:
		break;
	}
	return xstrdup("");
}

char *
remind_detail_code(const struct reminder *r, const struct remind_child *c)
{
	switch (r->kind) {
	case REMIND_BIRTHDAY:
	case REMIND_TURNING_16:
		return xstrdup(r->date);
	case REMIND_NO_CONTACT:
		return xstrdup(r->date[0] ? r->date : "none");
	case REMIND_GUARDIAN_RISK:
		return xasprintf("age=%s health=%s", c->guardian_age ? c->guardian_age : "",
		    c->guardian_health ? c->guardian_health : "");
	case REMIND_UNPAIRED:
	case REMIND_KINDS:
		break;
	}
	return xstrdup("");
}
