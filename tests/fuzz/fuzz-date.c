/* fuzz-date.c — libFuzzer target for date_parse (base/date.c), the parser
 * of every date a teacher writes (2015-03-08, 2015/3/8, 20150308,
 * 2015年3月8日 …).  Properties: no crash, no read past the string; an
 * accepted date is valid, its ISO form parses back to the same date, and
 * the day count round-trips (date_to_days / date_from_days). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date d, again, back;
	char *s, iso[11];

	/* An exactly sized copy, so that ASan sees any read past the NUL. */
	s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (date_parse(s, &d) == 0) {
		if (!date_valid(d))
			abort();
		date_format(d, iso);
		if (date_parse(iso, &again) != 0 || again.y != d.y ||
		    again.m != d.m || again.d != d.d)
			abort();
		back = date_from_days(date_to_days(d));
		if (back.y != d.y || back.m != d.m || back.d != d.d)
			abort();
		(void)date_days_to_birthday(d, d);
		(void)date_age(d, d);
	}
	free(s);
	return 0;
}
