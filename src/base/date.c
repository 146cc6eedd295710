/* date.c — calendar arithmetic and the date forms teachers write. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guanai/base/date.h"

int
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

int
date_valid(struct date d)
{
	return d.y >= 1900 && d.y <= 2200 && d.m >= 1 && d.m <= 12 &&
	    d.d >= 1 && d.d <= date_days_in_month(d.y, d.m);
}

/* Read 1..maxdigits ASCII digits; returns the number of digits read. */
static int
read_num(const char **p, int maxdigits, int *out)
{
	int n = 0, v = 0;

	while (n < maxdigits && **p >= '0' && **p <= '9') {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	*out = v;
	return n;
}

/* Skip one separator: '-', '/', '.', or a UTF-8 年/月. */
static int
skip_sep(const char **p, const char *cjk)
{
	if (**p == '-' || **p == '/' || **p == '.') {
		(*p)++;
		return 1;
	}
	if (cjk != NULL && strncmp(*p, cjk, strlen(cjk)) == 0) {
		*p += strlen(cjk);
		return 1;
	}
	return 0;
}

int
date_parse(const char *s, struct date *out)
{
	const char *p = s;
	struct date d = { 0, 0, 0 };
	int n;

	if (s == NULL)
		return -1;
	while (*p == ' ')
		p++;
	n = read_num(&p, 8, &d.y);
	if (n == 8 && (*p == '\0' || *p == ' ')) {
		/* 20150308 */
		d.d = d.y % 100;
		d.m = (d.y / 100) % 100;
		d.y /= 10000;
	} else {
		if (n != 4)
			return -1;
		if (!skip_sep(&p, "\xe5\xb9\xb4"))	/* 年 */
			return -1;
		if (read_num(&p, 2, &d.m) == 0)
			return -1;
		if (!skip_sep(&p, "\xe6\x9c\x88"))	/* 月 */
			return -1;
		if (read_num(&p, 2, &d.d) == 0)
			return -1;
		if (strncmp(p, "\xe6\x97\xa5", 3) == 0)	/* 日 */
			p += 3;
		else if (strncmp(p, "\xe5\x8f\xb7", 3) == 0)	/* 号 */
			p += 3;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0' || !date_valid(d))
		return -1;
	*out = d;
	return 0;
}

void
date_format(struct date d, char out[DATE_ISO_SIZE])
{
	/* "%04u-%02u-%02u" without printf: a date of every imported row */
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u,
	    dd = (unsigned)d.d % 100u;

	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + dd / 10);
	out[9] = (char)('0' + dd % 10);
	out[10] = '\0';
}

/* Days from civil (Howard Hinnant's algorithm). */
long
date_to_days(struct date dt)
{
	long y = dt.y - (dt.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (dt.m + (dt.m > 2 ? -3 : 9)) + 2) / 5 + dt.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct date
date_from_days(long z)
{
	struct date d;
	long era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(y + (d.m <= 2));
	return d;
}

struct date
date_today(void)
{
	const char *fixed = getenv("GUANAI_TODAY");
	struct date d;
	struct tm tm;
	time_t t;

	if (fixed != NULL && date_parse(fixed, &d) == 0)
		return d;
	t = time(NULL);
	localtime_r(&t, &tm);
	d.y = tm.tm_year + 1900;
	d.m = tm.tm_mon + 1;
	d.d = tm.tm_mday;
	return d;
}

void
date_today_iso(char out[DATE_ISO_SIZE])
{
	date_format(date_today(), out);
}

int
date_age(struct date birth, struct date on)
{
	int age = on.y - birth.y;

	if (on.m < birth.m || (on.m == birth.m && on.d < birth.d))
		age--;
	return age;
}

struct date
date_school_year_start(struct date d)
{
	struct date s = { d.m >= 9 ? d.y : d.y - 1, 9, 1 };

	return s;
}

int
date_days_to_birthday(struct date birth, struct date from)
{
	struct date next;
	int y;

	for (y = from.y; y <= from.y + 1; y++) {
		next.y = y;
		next.m = birth.m;
		next.d = birth.d;
		if (!date_valid(next))	/* 29 Feb in a common year */
			next.d = 28;
		if (date_to_days(next) >= date_to_days(from))
			return (int)(date_to_days(next) - date_to_days(from));
	}
	return 366;
}

void
date_now_utc(char out[DATE_UTC_SIZE])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void
date_utc_local(const char *utc, char out[DATE_LOCAL_SIZE])
{
	struct date d;
	struct tm tm;
	char day[DATE_ISO_SIZE];
	int h, mi, sec, n = 0;
	time_t t;

	if (utc == NULL)
		utc = "";
	snprintf(day, sizeof day, "%s", utc);
	if (strlen(utc) < 20 || date_parse(day, &d) != 0 ||
	    sscanf(utc + 10, "T%2d:%2d:%2dZ%n", &h, &mi, &sec, &n) != 3 || n != 10 ||
	    h > 23 || mi > 59 || sec > 60) {
		snprintf(out, DATE_LOCAL_SIZE, "%s", utc);
		return;
	}
	/* seconds since the epoch from the calendar: no timegm() on every
	 * platform, and mktime() would take the fields as local time */
	t = (time_t)date_to_days(d) * 86400 + h * 3600 + mi * 60 + sec;
	if (localtime_r(&t, &tm) == NULL) {
		snprintf(out, DATE_LOCAL_SIZE, "%s", utc);
		return;
	}
	strftime(out, DATE_LOCAL_SIZE, "%Y-%m-%d %H:%M", &tm);
}
