/* fuzz-pinyin.c — libFuzzer target for the pinyin of names and search
 * queries (core/pinyin.c): pinyin_full, pinyin_initials, pinyin_sort_key on
 * any bytes (a search box receives whatever the terminal sends).
 * pinyin_each (every reading of a name).
 * Properties: no crash, no leak; on valid UTF-8 the results are valid
 * UTF-8, the initials are never longer than the full reading, and the sort
 * key ends with a tab and the name itself; pinyin_each gives between 1
 * and PINYIN_MAX_READINGS readings, no two alike, the first being
 * pinyin_full and pinyin_initials. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/utf8.h"
#include "guanai/core/pinyin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	char *full[PINYIN_MAX_READINGS], *ini;
	size_t n;
	int valid;
};

static void
check_reading(void *arg, const char *full, const char *initials)
{
	struct seen *sn = arg;
	size_t i;

	if (sn->n >= PINYIN_MAX_READINGS)
		abort();
	for (i = 0; i < sn->n; i++)
		if (strcmp(sn->full[i], full) == 0)
			abort();
	if (sn->valid && (!utf8_valid(full, strlen(full)) ||
	    !utf8_valid(initials, strlen(initials)) || strlen(initials) > strlen(full)))
		abort();
	sn->full[sn->n] = strdup(full);
	if (sn->n++ == 0)
		sn->ini = strdup(initials);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *full, *ini, *key;
	size_t kl;

	s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	full = pinyin_full(s);
	ini = pinyin_initials(s);
	key = pinyin_sort_key(s);
	if (full == NULL || ini == NULL || key == NULL)
		abort();
	if (utf8_valid(s, strlen(s))) {
		if (!utf8_valid(full, strlen(full)) || !utf8_valid(ini, strlen(ini)) ||
		    !utf8_valid(key, strlen(key)))
			abort();
		if (strlen(ini) > strlen(full))
			abort();
		kl = strlen(key);
		if (kl < strlen(s) + 1 || strcmp(key + kl - strlen(s), s) != 0 ||
		    key[kl - strlen(s) - 1] != '\t')
			abort();
	}
	{
		struct seen sn;
		size_t i, n;

		memset(&sn, 0, sizeof sn);
		sn.valid = utf8_valid(s, strlen(s));
		n = pinyin_each(s, PINYIN_MAX_READINGS, check_reading, &sn);
		if (n != sn.n || n == 0 || sn.full[0] == NULL || sn.ini == NULL ||
		    strcmp(sn.full[0], full) != 0 || strcmp(sn.ini, ini) != 0)
			abort();
		for (i = 0; i < sn.n; i++)
			free(sn.full[i]);
		free(sn.ini);
	}
	free(full);
	free(ini);
	free(key);
	free(s);
	return 0;
}
