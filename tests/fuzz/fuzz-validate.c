/* fuzz-validate.c — libFuzzer target for the validators of core/validate.c:
 * id_number_check (GB 11643), phone_check, grade_parse, class_no_parse,
 * class_arg_parse, class_full_parse.  Properties: no crash; results in
 * range (grade 1..9, class 1..99); an accepted ID's canonical form is
 * accepted again with the same birth date and gender; an accepted phone's
 * canonical form is accepted again unchanged; a failure always says why. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/date.h"
#include "guanai/base/err.h"
#include "guanai/core/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_id(const char *s)
{
	struct err e = { 0, "" }, e2 = { 0, "" };
	char canon[19], canon2[19], g = 0, g2 = 0;
	struct date b, b2;

	if (id_number_check(s, canon, &b, &g, &e) != 0) {
		if (e.msg[0] == '\0')
			abort();
		return;
	}
	if (strlen(canon) != 18 || !date_valid(b) || (g != 'm' && g != 'f'))
		abort();
	if (id_number_check(canon, canon2, &b2, &g2, &e2) != 0 ||
	    strcmp(canon, canon2) != 0 || b.y != b2.y || b.m != b2.m ||
	    b.d != b2.d || g != g2)
		abort();
}

static void
check_phone(const char *s)
{
	struct err e = { 0, "" }, e2 = { 0, "" };
	char *out = NULL, *again = NULL;

	if (phone_check(s, &out, &e) != 0) {
		if (e.msg[0] == '\0')
			abort();
		return;
	}
	if (out == NULL || phone_check(out, &again, &e2) != 0 || again == NULL ||
	    strcmp(out, again) != 0)
		abort();
	free(out);
	free(again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;
	int g, n;

	s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	check_id(s);
	check_phone(s);
	g = grade_parse(s);
	if (g != -1 && (g < 1 || g > 9))
		abort();
	n = class_no_parse(s);
	if (n != -1 && (n < 1 || n > 99))
		abort();
	if (class_arg_parse(s, &g, &n) == 0 && (g < 1 || g > 9 || n < 1 || n > 99))
		abort();
	if (class_full_parse(s, &g, &n) == 0 && (g < 1 || g > 9 || n < 1 || n > 99))
		abort();
	free(s);
	return 0;
}
