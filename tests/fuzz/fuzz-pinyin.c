/* fuzz-pinyin.c — libFuzzer target for the pinyin of names and search
 * queries (core/pinyin.c): pinyin_full, pinyin_initials, pinyin_sort_key on
 * any bytes (a search box receives whatever the terminal sends).
 * Properties: no crash, no leak; on valid UTF-8 the results are valid
 * UTF-8, the initials are never longer than the full reading, and the sort
 * key ends with a tab and the name itself. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/utf8.h"
#include "guanai/core/pinyin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	free(full);
	free(ini);
	free(key);
	free(s);
	return 0;
}
