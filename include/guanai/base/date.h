/* date.h — calendar dates (no time zone: a school day is a day).
 *
 * Dates travel as ISO "YYYY-MM-DD" strings between layers; struct date is
 * for arithmetic.  "Today" can be fixed with GUANAI_TODAY=YYYY-MM-DD so that
 * tests and golden files do not depend on the day they run. */
#ifndef GUANAI_DATE_H
#define GUANAI_DATE_H

#define DATE_ISO_SIZE 11	/* "YYYY-MM-DD" and its NUL */
#define DATE_UTC_SIZE 21	/* "YYYY-MM-DDTHH:MM:SSZ" and its NUL */

struct date {
	int y, m, d;
};

int date_is_leap(int y);
int date_days_in_month(int y, int m);
int date_valid(struct date d);
/* Parse the forms teachers write: 2015-03-08, 2015/3/8, 2015.3.8, 20150308,
 * 2015年3月8日 (also with full-width digits trimmed by the caller).
 * Returns 0, or -1 when the text is not a date or the day does not exist. */
int date_parse(const char *s, struct date *out);
/* "YYYY-MM-DD" into out (11 bytes). */
void date_format(struct date d, char out[DATE_ISO_SIZE]);
/* Days since 1970-01-01 (negative before), and back. */
long date_to_days(struct date d);
struct date date_from_days(long days);
struct date date_today(void);
void date_today_iso(char out[DATE_ISO_SIZE]);
/* Whole years of age on `on`. */
int date_age(struct date birth, struct date on);
/* First day (Sept 1) of the school year that contains d. */
struct date date_school_year_start(struct date d);
/* Days from `from` to the next anniversary (month/day) of `birth`
 * on or after `from` (0 = today); 29 Feb counts as 28 Feb in other years. */
int date_days_to_birthday(struct date birth, struct date from);
/* Current UTC time as "YYYY-MM-DDTHH:MM:SSZ" (21 bytes). */
void date_now_utc(char out[DATE_UTC_SIZE]);
#define DATE_LOCAL_SIZE 17	/* "YYYY-MM-DD HH:MM" and its NUL */
/* A stored UTC time ("YYYY-MM-DDTHH:MM:SSZ") as the teacher's clock shows
 * it, "YYYY-MM-DD HH:MM" in local time; what does not parse is copied as
 * it is (cut to fit). */
void date_utc_local(const char *utc, char out[DATE_LOCAL_SIZE]);

#endif
