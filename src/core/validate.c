/* validate.c — the rules for values a teacher writes: 身份证号 (GB 11643,
 * ISO 7064 MOD 11-2), phone numbers, grades and classes as written in the
 * county's files, and the labels of classes in the UI language. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/validate.h"
#include "private.h"

/* Province-level region codes (first two digits): mainland provinces, and
 * 71/81/82/83 for Taiwan, Hong Kong, Macao and residence permits. */
static int
region_ok(int p)
{
	static const int codes[] = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33,
	    34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62,
	    63, 64, 65, 71, 81, 82, 83 };
	size_t i;

	for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (codes[i] == p)
			return 1;
	return 0;
}

/* core_halfwidth(s), or s itself where that would only copy it (no
 * full-width character or U+3000, no blank at either end: the cells
 * field_parse hands over): *own is what to free.  A copy a cell was a
 * tenth of a grade's or a phone number's parse. */
static const char *
halfwidth_view(const char *s, char **own)
{
	size_t n = strlen(s);

	*own = NULL;
	if (strchr(s, '\xef') == NULL && strchr(s, '\xe3') == NULL &&
	    (n == 0 || (strchr(" \t\r\n", s[0]) == NULL &&
	    strchr(" \t\r\n", s[n - 1]) == NULL)))
		return s;
	return *own = core_halfwidth(s);
}

int
id_number_check(const char *s, char canon[19], struct date *birth,
    char *gender, struct err *e)
{
	static const int weight[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10,
	    5, 8, 4, 2 };
	static const char check[] = "10X98765432";
	char id[19];
	struct date d, today;
	size_t n = s ? strlen(s) : 0;
	int i, sum = 0;

	if (n != 18) {
		if (n == 15 && strspn(s, "0123456789") == 15)
			err_set(e, ERR_INPUT, _("this is an old 15-digit number; write "
			    "the 18-character one"));
		else
			err_set(e, ERR_INPUT, _("must have 18 characters (this has "
			    "%zu)"), s ? utf8_count(s) : 0);
		return -1;
	}
	for (i = 0; i < 18; i++) {
		char c = s[i];
		if (i == 17 && (c == 'x' || c == 'X'))
			c = 'X';
		else if (!isdigit((unsigned char)c)) {
			err_set(e, ERR_INPUT, _("only digits are allowed, and X as "
			    "the last character"));
			return -1;
		}
		id[i] = c;
	}
	id[18] = '\0';
	if (!region_ok((id[0] - '0') * 10 + (id[1] - '0'))) {
		err_set(e, ERR_INPUT, _("the first two digits are not a province "
		    "code"));
		return -1;
	}
	d.y = atoi((char[]){ id[6], id[7], id[8], id[9], 0 });
	d.m = (id[10] - '0') * 10 + (id[11] - '0');
	d.d = (id[12] - '0') * 10 + (id[13] - '0');
	if (d.y < 1900 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
	    d.d <= date_days_in_month(d.y, d.m)) {
		/* the date exists; no one born then is in a school today */
		err_set(e, ERR_INPUT, _("the birth year in it (%.4s) is before 1900; "
		    "check the 7th to 10th digits"), id + 6);
		return -1;
	}
	if (!date_valid(d)) {
		err_set(e, ERR_INPUT, _("the birth date in it (%.8s) does not "
		    "exist"), id + 6);
		return -1;
	}
	today = date_today();
	if (date_to_days(d) > date_to_days(today)) {
		err_set(e, ERR_INPUT, _("the birth date in it (%.8s) is in the "
		    "future"), id + 6);
		return -1;
	}
	for (i = 0; i < 17; i++)
		sum += (id[i] - '0') * weight[i];
	if (check[sum % 11] != id[17]) {
		err_set(e, ERR_INPUT, _("the check digit is wrong — check the last "
		    "character"));
		return -1;
	}
	if (canon != NULL)
		memcpy(canon, id, 19);
	if (birth != NULL)
		*birth = d;
	if (gender != NULL)
		*gender = (id[16] - '0') % 2 == 1 ? 'm' : 'f';
	return 0;
}

/* Digits of a phone as written, without blanks, dashes, dots and brackets;
 * *dash is set to the number of digits before the first dash (or 0). */
static int
phone_digits(const char *s, char *out, size_t room, size_t *dash)
{
	size_t n = 0;

	*dash = 0;
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '.' || *s == '(' || *s == ')')
			continue;
		if (*s == '-') {
			if (*dash == 0)
				*dash = n;
			continue;
		}
		if (*s == '+' && n == 0)
			continue;
		if (!isdigit((unsigned char)*s) || n + 1 >= room)
			return -1;
		out[n++] = *s;
	}
	out[n] = '\0';
	return (int)n;
}

int
phone_check(const char *s, char **out, struct err *e)
{
	char digits[32], *own;
	const char *half = halfwidth_view(s ? s : "", &own);
	const char *d = digits;
	size_t dash, area, local;
	int n, rc = -1;

	n = phone_digits(half, digits, sizeof digits, &dash);
	if (n < 0) {
		err_set(e, ERR_INPUT, _("a phone number holds only digits"));
		goto out;
	}
	if (n == 13 && strncmp(d, "86", 2) == 0 && d[2] == '1')
		d += 2, n -= 2;
	else if (n == 15 && strncmp(d, "0086", 4) == 0 && d[4] == '1')
		d += 4, n -= 4;
	if (d[0] == '1') {
		if (n != 11) {
			err_set(e, ERR_INPUT, _("a mobile number has 11 digits (this "
			    "has %d)"), n);
			goto out;
		}
		if (d[1] < '3') {
			err_set(e, ERR_INPUT, _("a mobile number begins with 13 to 19"));
			goto out;
		}
		*out = xstrdup(d);
		rc = 0;
		goto out;
	}
	if (d[0] == '0' && d[1] != '0') {
		/* 010 and 02x have three-digit area codes, the rest four */
		area = (d[1] == '1' || d[1] == '2') ? 3 : 4;
		if (dash == 3 || dash == 4)
			area = dash;
		local = (size_t)n - area;
		if (local >= 7 && local <= 8 && d[area] >= '2') {
			*out = xasprintf("%.*s-%s", (int)area, d, d + area);
			rc = 0;
			goto out;
		}
	}
	err_set(e, ERR_INPUT, _("not a phone number: write an 11-digit mobile "
	    "number, or a landline with its area code such as 0731-84123456"));
out:
	free(own);
	return rc;
}

/* One number written in ASCII digits or Chinese numerals (一 … 九十九,
 * 两, 〇); advances *p.  -1 when there is none. */
static int
read_number(const char **p)
{
	static const char *const cn[] = { "〇", "一", "二", "三", "四", "五",
	    "六", "七", "八", "九" };
	const char *s = *p;
	int v = -1, i, digit;

	if (isdigit((unsigned char)*s)) {
		v = 0;
		while (isdigit((unsigned char)*s) && v < 1000)
			v = v * 10 + (*s++ - '0');
		*p = s;
		return v;
	}
	for (;;) {
		digit = -1;
		for (i = 0; i < 10; i++)
			if (strncmp(s, cn[i], strlen(cn[i])) == 0)
				digit = i;
		if (digit < 0 && strncmp(s, "两", 3) == 0)
			digit = 2;
		if (digit >= 0) {
			v = (v < 0 ? 0 : v) + digit;
			s += 3;
		} else if (strncmp(s, "十", 3) == 0) {
			/* Saturate: "十十十…" must not overflow (a fuzz finding). */
			v = v > 1000 ? v : (v <= 0 ? 1 : v) * 10;
			s += 3;
		} else
			break;
	}
	*p = s;
	return v;
}

static int
skip(const char **p, const char *word)
{
	size_t n = strlen(word);

	if (strncasecmp(*p, word, n) == 0) {
		*p += n;
		return 1;
	}
	return 0;
}

/* Grade at *p: 3, 三, 三年级, 初一, 初中一年级, 七年级, 小学三年级.
 * Advances *p past it; -1 when there is none. */
static int
read_grade(const char **p)
{
	const char *s = *p;
	int junior = 0, g;

	while (*s == ' ')
		s++;
	skip(&s, "grade");
	while (*s == ' ')
		s++;
	skip(&s, "小学");
	if (skip(&s, "初中") || skip(&s, "初"))
		junior = 1;
	g = read_number(&s);
	if (g < 1)
		return -1;
	if (!skip(&s, "年级"))
		skip(&s, "年");
	if (junior) {
		if (g > 3)
			g = g <= 9 && g >= 7 ? g : -1;
		else
			g += 6;
	}
	if (g < 1 || g > 9)
		return -1;
	*p = s;
	return g;
}

/* Class at *p: 2, (2)班, （2）班, 2班, 二班.  Advances *p; -1 when none. */
static int
read_class(const char **p)
{
	const char *s = *p;
	int n, open = 0;

	while (*s == ' ')
		s++;
	if (skip(&s, "(") || skip(&s, "（"))
		open = 1;
	n = read_number(&s);
	if (n < 1 || n > 99)
		return -1;
	if (open && !skip(&s, ")") && !skip(&s, "）"))
		return -1;
	while (*s == ' ')
		s++;
	skip(&s, "班");
	*p = s;
	return n;
}

static int
at_end(const char *s)
{
	while (*s == ' ')
		s++;
	return *s == '\0';
}

int
grade_parse(const char *s)
{
	char *own;
	const char *half = halfwidth_view(s ? s : "", &own);
	const char *p = half;
	int g = read_grade(&p);

	if (g > 0 && !at_end(p))
		g = -1;
	free(own);
	return g;
}

int
class_no_parse(const char *s)
{
	char *own;
	const char *half = halfwidth_view(s ? s : "", &own);
	const char *p = half;
	int n, g, full;

	n = read_class(&p);
	if (n < 0 || !at_end(p)) {
		/* a whole class label in the class column: 三年级(2)班 */
		n = class_full_parse(half, &g, &full) == 0 ? full : -1;
	}
	free(own);
	return n;
}

/* 301班, 301: grade 3, class 01 (how many schools number their classes). */
static int
read_room(const char **p, int *grade, int *class_no)
{
	const char *s = *p;

	if (strspn(s, "0123456789") != 3 || s[0] == '0' || (s[1] == '0' && s[2] == '0'))
		return -1;
	*grade = s[0] - '0';
	*class_no = (s[1] - '0') * 10 + (s[2] - '0');
	s += 3;
	skip(&s, "班");
	*p = s;
	return 0;
}

int
class_full_parse(const char *s, int *grade, int *class_no)
{
	char *own;
	const char *half = halfwidth_view(s ? s : "", &own);
	const char *p = half;
	int g, n = -1, rc = -1;

	if (read_room(&p, &g, &n) == 0 && at_end(p)) {
		*grade = g;
		*class_no = n;
		rc = 0;
		goto out;
	}
	p = half;
	g = read_grade(&p);
	if (g < 0)
		goto out;
	while (*p == ' ')
		p++;
	if (*p == '-' || *p == '.' || *p == '/')
		p++;
	n = read_class(&p);
	if (n < 0 || !at_end(p))
		goto out;
	*grade = g;
	*class_no = n;
	rc = 0;
out:
	free(own);
	return rc;
}

int
class_find(const char *text, int *grade, int *class_no)
{
	char *own;
	const char *half = halfwidth_view(text ? text : "", &own);
	const char *s, *p, *q;
	int g, n, rc = -1;

	for (s = half; *s != '\0'; s++) {
		if ((*s & 0xC0) == 0x80)
			continue;	/* inside a UTF-8 character */
		p = s;
		if ((s == half || !isdigit((unsigned char)s[-1])) &&
		    read_room(&p, &g, &n) == 0 && strncmp(p - 3, "班", 3) == 0) {
			*grade = g;
			*class_no = n;
			rc = 0;
			break;
		}
		p = s;
		if ((s > half && isdigit((unsigned char)s[-1])) || (g = read_grade(&p)) < 0)
			continue;
		/* a grade only counts with its word: 三年级, 初一 */
		q = strstr(s, "年");
		if (!(q != NULL && q < p) && strncmp(s, "初", 3) != 0)
			continue;
		q = p;
		if (*q == '-' || *q == '.')
			q++;
		n = read_class(&q);
		if (n > 0 && (strncmp(q - 3, "班", 3) == 0 || q[-1] == ')' ||
		    strncmp(q - 3, "）", 3) == 0)) {
			*grade = g;
			*class_no = n;
			rc = 0;
			break;
		}
		*grade = g;		/* a grade alone: the class is elsewhere */
		*class_no = 0;
		rc = 0;
		break;
	}
	free(own);
	return rc;
}

int
class_arg_parse(const char *s, int *grade, int *class_no)
{
	return class_full_parse(s, grade, class_no);
}

const char *
grade_name(int grade)
{
	static const char *const names[] = { N_("Grade 1"), N_("Grade 2"),
	    N_("Grade 3"), N_("Grade 4"), N_("Grade 5"), N_("Grade 6"),
	    N_("Grade 7"), N_("Grade 8"), N_("Grade 9") };

	return grade >= 1 && grade <= 9 ? gettext(names[grade - 1]) : "";
}

char *
class_label(int grade, int class_no)
{
	return xasprintf(_("%s Class %d"), grade_name(grade), class_no);
}

char *
class_short_label(int grade, int class_no)
{
	static const char *const shorts[] = { NC_("short grade", "1"),
	    NC_("short grade", "2"), NC_("short grade", "3"),
	    NC_("short grade", "4"), NC_("short grade", "5"),
	    NC_("short grade", "6"), NC_("short grade", "7"),
	    NC_("short grade", "8"), NC_("short grade", "9") };
	const char *g = grade >= 1 && grade <= 9 ?
	    core_pgettext(shorts[grade - 1]) : "?";

	return xasprintf(core_pgettext(NC_("short class", "%s-%d")), g, class_no);
}
