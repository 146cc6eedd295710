/* stats-label.c — titles and key labels of the statistics tables (see
 * guanai/stats-label.h); codes come from the field table, so the words are
 * the same as in forms and lists. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/app/care.h"
#include "guanai/app/stats.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"

static const char *const titles[ST_COUNT] = {
	N_("Children by grade and gender"), N_("By left-behind type"),
	N_("By the primary guardian's relation"), N_("By the primary guardian's education"),
	N_("Study level by left-behind type"), N_("Checklist (七清楚) by class"),
	N_("Pairing coverage"), N_("Care this school year, by kind"),
	N_("Aid and gifts this school year"),
};

const char *
stats_table_title(enum stat_table_id t)
{
	return t < ST_COUNT ? _(titles[t]) : "";
}

char *
stats_cell_label(enum stat_table_id t, const char *code, int second)
{
	int g, n;

	if (strcmp(code, "unknown") == 0)
		return xstrdup(_("not recorded"));
	switch (t) {
	case ST_BY_GRADE_GENDER:
		if (!second)
			return xstrdup(grade_name(atoi(code)));
		if (strcmp(code, "enrolled") == 0)
			return xstrdup(_("pupils enrolled"));
		return field_display(&field_table[F_GENDER], code);
	case ST_BY_LEFT_BEHIND_TYPE:
		return field_display(&field_table[F_LEFT_BEHIND_TYPE], code);
	case ST_STUDY_BY_LEFT_BEHIND_TYPE:
		return field_display(&field_table[second ? F_STUDY : F_LEFT_BEHIND_TYPE], code);
	case ST_BY_GUARDIAN_RELATION:
		if (strcmp(code, "grandparent") == 0)
			return xstrdup(_("Grandparents"));
		return field_display(&field_table[F_GUARDIAN_RELATION], code);
	case ST_BY_GUARDIAN_EDUCATION:
		return field_display(&field_table[F_GUARDIAN_EDUCATION], code);
	case ST_CARE_BY_KIND:
		return xstrdup(care_kind_label(code));
	case ST_CHECKLIST_BY_CLASS:
		if (second)
			return xstrdup(strcmp(code, "complete") == 0 ? _("all seven clear") :
			    _("children"));
		if (class_arg_parse(code, &g, &n) == 0)
			return class_label(g, n);
		return xstrdup(code);
	case ST_PAIRING_COVERAGE:
		return xstrdup(strcmp(code, "paired") == 0 ? _("paired with a helper") :
		    _("left-behind children"));
	case ST_AID_TOTAL:
		return xstrdup(strcmp(code, "yuan") == 0 ? _("yuan") : _("children aided"));
	case ST_COUNT:
		break;
	}
	return xstrdup(code);
}
