/* field-parse.c — what a teacher typed or a file holds, turned into the
 * canonical value of a field (codes, ISO dates, digits), and the rules that
 * tie fields of one record together (an ID number fills and must agree with
 * the birth date and gender).  Every refusal names the field and says why. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "guanai/base/termsafe.h"
#include "private.h"

/* "label: reason" into e. */
static int
refuse(const struct field *f, struct err *e, const char *reason)
{
	err_set(e, ERR_INPUT, _("%s: %s"), field_label(f), reason);
	return -1;
}

static int
parse_bool(const char *s)
{
	static const char *const yes[] = { "是", "有", "Y", "yes", "true", "1",
	    "对", "√", "已登记", "寄宿", "住校", "外出", NULL };
	static const char *const no[] = { "否", "无", "N", "no", "false", "0",
	    "不是", "没有", "×", "未登记", "走读", "在家", NULL };
	int i;

	for (i = 0; yes[i] != NULL; i++)
		if (strcasecmp(s, yes[i]) == 0)
			return 1;
	for (i = 0; no[i] != NULL; i++)
		if (strcasecmp(s, no[i]) == 0)
			return 0;
	return -1;
}

/* The first words of each choice, "男/女", for error messages. */
static char *
choices(const struct field *f)
{
	struct buf b = BUF_INIT;
	const struct enum_value *ev;
	const char *bar;

	for (ev = f->enums; ev->code != NULL; ev++) {
		if (ev != f->enums)
			buf_addc(&b, '/');
		bar = strchr(ev->words, '|');
		buf_add(&b, ev->words, bar ? (size_t)(bar - ev->words) :
		    strlen(ev->words));
	}
	return buf_detach(&b);
}

/* Set of codes from words separated by , ， 、 ; ； / + or blanks,
 * in table order without repeats; "无" alone means none. */
static int
parse_set(const struct field *f, const char *s, char **out, struct err *e)
{
	char *copy = xstrdup(s), *p, *tok, *save = NULL, *msg;
	unsigned char seen[32] = { 0 };
	const struct enum_value *ev;
	struct buf b = BUF_INIT;
	int i, rc = -1;

	/* turn the multi-byte separators into commas */
	for (p = copy; *p != '\0'; p++) {
		if (strncmp(p, "、", 3) == 0 || strncmp(p, "，", 3) == 0 ||
		    strncmp(p, "；", 3) == 0)
			memcpy(p, ",  ", 3);
	}
	for (tok = strtok_r(copy, ",;/+| ", &save); tok != NULL;
	    tok = strtok_r(NULL, ",;/+| ", &save)) {
		if (strcmp(tok, "无") == 0 || strcasecmp(tok, "none") == 0)
			continue;
		ev = field_enum_match(f, tok);
		if (ev == NULL) {
			char *list = choices(f);
			msg = xasprintf(_("\"%s\" is not one of the choices (%s)"),
			    tok, list);
			refuse(f, e, msg);
			free(msg);
			free(list);
			goto out;
		}
		seen[ev - f->enums] = 1;
	}
	for (i = 0; f->enums[i].code != NULL; i++) {
		if (!seen[i])
			continue;
		if (b.len > 0)
			buf_addc(&b, ',');
		buf_adds(&b, f->enums[i].code);
	}
	*out = b.len > 0 ? buf_detach(&b) : NULL;
	rc = 0;
out:
	buf_free(&b);
	free(copy);
	return rc;
}

/* The length of TYPE_DERIVED_MARK, with full- or half-width brackets, at
 * the end of s after a word; 0 when it is not there. */
static size_t
derived_mark_at(const char *s)
{
	static const char *const marks[] = { TYPE_DERIVED_MARK, "(据父母外出情况)" };
	size_t n = strlen(s), m, i;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		m = strlen(marks[i]);
		if (n > m && strcmp(s + n - m, marks[i]) == 0)
			return m;
	}
	return 0;
}

static int
parse_enum(const struct field *f, const char *s, char **out, struct err *e)
{
	const struct enum_value *ev = field_enum_match(f, s);
	char *list, *msg;
	size_t mark;

	if (ev != NULL) {
		*out = xstrdup(ev->code);
		return 0;
	}
	/* our own export's derived type ("父母均外出（据父母外出情况）", its
	 * brackets folded to half-width by then): the type was empty there,
	 * so it stays empty here and is derived again */
	if (f->id == F_LEFT_BEHIND_TYPE && (mark = derived_mark_at(s)) > 0) {
		char *word = xstrndup(s, strlen(s) - mark);

		ev = field_enum_match(f, word);
		free(word);
		if (ev != NULL) {
			*out = NULL;
			return 0;
		}
	}
	list = choices(f);
	msg = xasprintf(_("\"%s\" is not one of the choices (%s)"), s, list);
	refuse(f, e, msg);
	free(msg);
	free(list);
	return -1;
}

/* A whole number as text, without printf (a cell of every row). */
static char *
int_str(long v)
{
	char d[24], *p = d + sizeof d;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	*--p = '\0';
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		*--p = '-';
	return xstrdup(p);
}

/* Whole number, optionally followed by a unit teachers add (岁, 次, 周岁);
 * a guardian's age may be given as a birth year (1958, 1958年). */
static int
parse_int(const struct field *f, const char *s, char **out, struct err *e)
{
	const char *p = s;
	char why[96];
	long v = 0;
	int digits = 0, max = f->id == F_GUARDIAN_AGE ? 120 : 366;

	while (isdigit((unsigned char)*p) && digits < 6)
		v = v * 10 + (*p++ - '0'), digits++;
	if (strcmp(p, "岁") == 0 || strcmp(p, "周岁") == 0 || strcmp(p, "次") == 0 ||
	    strcmp(p, "年") == 0)
		p += strlen(p);
	if (digits == 0 || *p != '\0')
		return refuse(f, e, _("write a whole number"));
	if (f->id == F_GUARDIAN_AGE && digits == 4) {
		int year = date_today().y;
		if (v >= 1900 && v <= year)
			v = year - v;	/* birth year */
	}
	if (v > max) {
		/* say the limit: 「数字太大」 alone left a teacher guessing */
		snprintf(why, sizeof why, _("the number is too large: at most %d"), max);
		return refuse(f, e, why);
	}
	*out = int_str(v);
	return 0;
}

static int
parse_date(const struct field *f, const char *s, char **out, struct err *e)
{
	struct date d;
	char iso[DATE_ISO_SIZE];

	if (date_parse(s, &d) != 0)
		return refuse(f, e, _("not a date that exists; write it like "
		    "2015-03-08 or 2015年3月8日"));
	if (date_to_days(d) > date_to_days(date_today()))
		return refuse(f, e, _("the date is in the future"));
	if (d.y < 1900)
		return refuse(f, e, _("the year is too early"));
	date_format(d, iso);
	*out = xstrdup(iso);
	return 0;
}

/* 汉 -> 汉族: a short Chinese name without 族 gets it appended. */
static char *
ethnicity_norm(const char *s)
{
	size_t n = utf8_count(s);

	if (n >= 1 && n <= 4 && (unsigned char)s[0] >= 0xe4 &&
	    !str_has_suffix(s, "族") && strcmp(s, "其他") != 0 &&
	    strcmp(s, "未识别") != 0)
		return xasprintf("%s族", s);
	return xstrdup(s);
}

/* One pass over the text: it is checked as UTF-8 here (free text is
 * most of an import's bytes, read once); invalid UTF-8 is said before a
 * control character, which is said before digits in a name and the
 * length, the order of the checks one after the other. */
static int
parse_text(const struct field *f, const char *s, size_t len, char **out,
    struct err *e)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	char msg[160];
	size_t max = field_max_chars(f), k, nchars = 0;
	int digits = 0, control = 0;
	uint32_t cp;

	/* no control character (C0, C1, bidi override) in stored text: a name
	 * printed on a terminal must stay a name (DESIGN §8); a name is one
	 * line, free text may have tabs and line breaks */
	while (p < end) {
		nchars++;
		if (*p >= 0x20 && *p < 0x7f) {	/* printable ASCII */
			digits |= *p >= '0' && *p <= '9';
			p++;
			continue;
		}
		if ((p[0] & 0xf0) == 0xe0 && end - p >= 3 && (p[1] & 0xc0) == 0x80 &&
		    (p[2] & 0xc0) == 0x80) {
			/* three bytes: Chinese, checked in place */
			cp = (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 |
			    (p[2] & 0x3f);
			if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))
				return refuse(f, e, _("the text is not valid UTF-8"));
			p += 3;
			if (cp >= 0x2070)
				continue;	/* past every control termsafe knows */
		} else {
			k = utf8_decode((const char *)p, (size_t)(end - p), &cp);
			if (k == 0)
				return refuse(f, e, _("the text is not valid UTF-8"));
			p += k;
		}
		if ((cp == '\n' || cp == '\t') && f->type != FT_NAME)
			continue;
		if (cp == '\n' || cp == '\t' || termsafe_bad(cp))
			control = 1;
	}
	if (control)
		return refuse(f, e, _("holds control characters"));
	if (f->type == FT_NAME && digits)
		return refuse(f, e, _("a name has no digits"));
	if (nchars > max) {
		snprintf(msg, sizeof msg, _("too long: at most %zu characters"), max);
		return refuse(f, e, msg);
	}
	*out = f->id == F_ETHNICITY ? ethnicity_norm(s) : xstrndup(s, len);
	return 0;
}

/* str_trim(s), where s starts at no blank, into small when it fits (no
 * allocation: most cells are short), else into *heap, which the caller
 * frees.  Returns the text; *len its length. */
static char *
trim_into(const char *s, char *small, size_t cap, char **heap, size_t *len)
{
	size_t n = strlen(s), end = 0, i, k;
	char *t;

	for (i = 0; i < n;) {
		k = str_blank_len(s + i);
		if (k == 0) {
			i++;
			end = i;
		} else
			i += k;
	}
	t = end < cap ? small : (*heap = xmalloc(end + 1));
	memcpy(t, s, end);
	t[end] = '\0';
	*len = end;
	return t;
}

/* The trimmed, non-empty text s (len bytes) as field f's value: 0 and *out
 * (the caller's), or -1 and e. */
static int
parse_value(const struct field *f, const char *s, size_t len, char **out,
    struct err *e)
{
	struct err inner;
	char canon[19];
	int rc = -1, n;

	inner.code = ERR_OK;	/* not "= { 0 }": that clears 1 KB a cell */
	inner.msg[0] = '\0';
	switch (f->type) {
	case FT_TEXT:
	case FT_NAME:
		return parse_text(f, s, len, out, e);
	case FT_DATE:
		return parse_date(f, s, out, e);
	case FT_ENUM:
		return parse_enum(f, s, out, e);
	case FT_SET:
		return parse_set(f, s, out, e);
	case FT_BOOL:
		if ((n = parse_bool(s)) < 0)
			return refuse(f, e, _("write 是 or 否"));
		*out = xstrdup(n ? "1" : "0");
		return 0;
	case FT_INT:
		return parse_int(f, s, out, e);
	case FT_ID_NUMBER:
		if ((rc = id_number_check(s, canon, NULL, NULL, &inner)) != 0)
			return refuse(f, e, inner.msg);
		*out = xstrdup(canon);
		return 0;
	case FT_PHONE:
		if ((rc = phone_check(s, out, &inner)) != 0)
			refuse(f, e, inner.msg);
		return rc;
	case FT_GRADE:
		if ((n = grade_parse(s)) < 0)
			return refuse(f, e, _("write a grade such as 3, 三年级 or 初一"));
		*out = int_str(n);
		return 0;
	case FT_CLASS_NO:
		if ((n = class_no_parse(s)) < 0)
			return refuse(f, e, _("write a class such as 2, (2)班 or 2班"));
		*out = int_str(n);
		return 0;
	}
	return -1;
}

int
field_parse(const struct field *f, const char *input, char **out, struct err *e)
{
	char small[256], *heap = NULL, *s, *v = NULL;
	const char *p;
	size_t len, k;
	int rc;

	if (input == NULL)
		input = "";
	/* an empty or blank cell (most cells of an import): no copy */
	for (p = input; (k = str_blank_len(p)) > 0; p += k)
		;
	if (*p == '\0') {
		if (f->flags & FF_REQUIRED)
			return refuse(f, e, _("required, cannot be empty"));
		*out = NULL;
		return 0;
	}
	/* free text is checked as it is read (parse_text): trimming takes
	 * whole blanks only, so the trimmed text is UTF-8 when the cell is */
	if (f->type != FT_TEXT && f->type != FT_NAME &&
	    !utf8_valid(input, (size_t)(p - input) + strlen(p)))
		return refuse(f, e, _("the text is not valid UTF-8"));
	/* free text keeps what was typed; the rest reads full-width as ASCII
	 * (U+FF01..U+FF5E and U+3000 start with these bytes) */
	if (f->type != FT_TEXT && f->type != FT_NAME &&
	    (strchr(p, '\xef') != NULL || strchr(p, '\xe3') != NULL)) {
		s = heap = core_halfwidth(p);
		len = strlen(s);
	} else
		s = trim_into(p, small, sizeof small, &heap, &len);
	if (*s == '\0') {	/* full-width blanks only */
		rc = (f->flags & FF_REQUIRED) ?
		    refuse(f, e, _("required, cannot be empty")) : 0;
		if (rc == 0)
			*out = NULL;
	} else if ((rc = parse_value(f, s, len, &v, e)) == 0)
		*out = v;
	free(heap);
	return rc;
}

/* Check one ID number of the record against its birth date and gender. */
static int
complete_child_id(struct record *r, struct err *e)
{
	const struct field *fid = &field_table[F_ID_NUMBER];
	struct err inner = { 0, "" };
	const char *id = record_get(r, F_ID_NUMBER), *bd, *g;
	char canon[19], iso[DATE_ISO_SIZE], gs[2] = { 0, 0 };
	struct date birth;

	if (id == NULL)
		return 0;
	if (id_number_check(id, canon, &birth, &gs[0], &inner) != 0)
		return refuse(fid, e, inner.msg);
	record_set(r, F_ID_NUMBER, canon);
	date_format(birth, iso);
	bd = record_get(r, F_BIRTH_DATE);
	if (bd == NULL)
		record_set(r, F_BIRTH_DATE, iso);
	else if (strcmp(bd, iso) != 0) {
		err_set(e, ERR_INPUT, _("%s %s does not agree with the ID number, "
		    "which says %s"), field_label(&field_table[F_BIRTH_DATE]),
		    bd, iso);
		return -1;
	}
	g = record_get(r, F_GENDER);
	if (g == NULL)
		record_set(r, F_GENDER, gs);
	else if (strcmp(g, gs) != 0) {
		const struct field *fg = &field_table[F_GENDER];
		char *mine = field_display(fg, g), *theirs = field_display(fg, gs);
		err_set(e, ERR_INPUT, _("%s %s does not agree with the ID number, "
		    "which says %s"), field_label(fg), mine, theirs);
		free(mine);
		free(theirs);
		return -1;
	}
	return 0;
}

/* The guardian's age from the guardian's ID number, when it is empty. */
static void
complete_guardian_age(struct record *r)
{
	const char *id = record_get(r, F_GUARDIAN_ID_NUMBER);
	struct date birth;
	char age[16];

	if (id == NULL || record_get(r, F_GUARDIAN_AGE) != NULL ||
	    id_number_check(id, NULL, &birth, NULL, NULL) != 0)
		return;
	snprintf(age, sizeof age, "%d", date_age(birth, date_today()));
	record_set(r, F_GUARDIAN_AGE, age);
}

int
record_complete(struct record *r, struct err *e)
{
	int i;

	if (complete_child_id(r, e) != 0)
		return -1;
	complete_guardian_age(r);
	for (i = 0; i < FIELD_COUNT; i++)
		if ((field_table[i].flags & FF_REQUIRED) &&
		    str_empty(record_get(r, (enum field_id)i)))
			return refuse(&field_table[i], e,
			    _("required, cannot be empty"));
	return 0;
}

const char *
record_left_behind_type(const struct record *r, int *derived)
{
	const char *type = record_get(r, F_LEFT_BEHIND_TYPE);
	const char *fa = record_get(r, F_FATHER_AWAY), *ma = record_get(r, F_MOTHER_AWAY);

	if (derived != NULL)
		*derived = 0;
	if (type != NULL && *type != '\0')
		return type;
	/* both statuses known: emptiness is shown, never guessed (§4) */
	if (fa == NULL || ma == NULL)
		return NULL;
	if (derived != NULL)
		*derived = 1;
	if (strcmp(fa, "1") == 0 && strcmp(ma, "1") == 0)
		return "both_away";
	if (strcmp(fa, "1") == 0)
		return "father_away";
	if (strcmp(ma, "1") == 0)
		return "mother_away";
	if (derived != NULL)
		*derived = 0;
	return NULL;		/* both at home: not left behind, no type */
}

char *
record_type_display(const struct record *r)
{
	const struct field *f = &field_table[F_LEFT_BEHIND_TYPE];
	int derived;
	const char *type = record_left_behind_type(r, &derived);
	char *label, *out;

	if (!derived)
		return field_display(f, type);
	label = field_display(f, type);
	/* L10N: a left-behind type not filled in but worked out from whether
	 * the father and the mother are away */
	out = xasprintf(_("%s (from the parents)"), label);
	free(label);
	return out;
}

char *
record_type_export_text(const struct record *r)
{
	const struct field *f = &field_table[F_LEFT_BEHIND_TYPE];
	int derived;
	const char *type = record_left_behind_type(r, &derived);
	char *word, *out;

	word = field_export_text(f, type);
	if (!derived)
		return word;
	out = xasprintf("%s" TYPE_DERIVED_MARK, word);
	free(word);
	return out;
}

const char *
record_xueji_code(const struct record *r)
{
	const char *type = record_left_behind_type(r, NULL);

	if (!str_empty(type))
		return strcmp(type, "both_away") == 0 ? "双亲留守" : "单亲留守";
	/* 非留守 only when both parents are known to be at home; an unknown
	 * type is never 非留守 (issue 13) */
	if (str_eq(record_get(r, F_FATHER_AWAY), "0") &&
	    str_eq(record_get(r, F_MOTHER_AWAY), "0"))
		return "非留守";
	return "";
}
