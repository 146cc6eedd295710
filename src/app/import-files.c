/* import-files.c — the kinds of file the import reads (import-files.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guanai/app/import-files.h"
#include "guanai/base/mem.h"
#include "guanai/app/pack.h"

/* One line per kind the import reads. */
static const char *const extensions[] = {
	".csv",
	NULL
};

const char *const *
import_extensions(void)
{
	return extensions;
}

const char *
import_extensions_text(void)
{
	static char text[64];
	size_t i, n = 0;

	if (text[0] == '\0')
		for (i = 0; extensions[i] != NULL && n + strlen(extensions[i]) + 2 < sizeof text;
		    i++)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", i ? " " : "",
			    extensions[i]);
	return text;
}

static int
ends_with_ci(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && strcasecmp(s + n - m, tail) == 0;
}

int
import_accepts(const char *path)
{
	size_t i;

	if (ends_with_ci(path, ".rejected.csv"))
		return 0;
	for (i = 0; extensions[i] != NULL; i++)
		if (ends_with_ci(path, extensions[i]))
			return 1;
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t
import_files_in(const char *dir, char ***files)
{
	char **all;
	size_t n = app_media_files(dir, &all), i, k = 0;

	for (i = 0; i < n; i++)
		if (import_accepts(all[i]))
			all[k++] = all[i];
		else
			free(all[i]);
	if (k > 1)
		qsort(all, k, sizeof *all, cmp_str);
	if (k == 0) {
		free(all);
		all = NULL;
	}
	*files = all;
	return k;
}
