/* search.c — in-process search and paging latency of the child list
 * (DESIGN.md §13): the first page (50 children, pinyin order) for a 1- and
 * a 2-character name fragment, pinyin initials, full pinyin, an ID
 * fragment, and keyset pages at the start, the middle and the end of the
 * register.  Each query runs REPS times; the median CPU time is printed
 * in ms.
 *
 *   bench/search DB [REPS]
 *
 * The keyset step alone (ids of the next 50 by (sort_key, id), no record
 * built: DESIGN §13's 0.02 ms) is timed through SQLite directly, beside it.
 *
 * Output: one line per query, "name<TAB>query<TAB>matches<TAB>median_ms",
 * read by bench/run, which sets it beside the sqlite3 CLI's LIKE '%..%'. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/store/store.h"

#define PAGE 50

struct grab {
	size_t n;
	char name[64];
	struct child_key key;
	size_t stop_at;		/* keep the key of this row (1-based), 0 = last */
};

static int
grab_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct grab *g = ctx;

	g->n++;
	if (g->n == 1)
		snprintf(g->name, sizeof g->name, "%s", record_get(r, F_NAME));
	if (g->stop_at == 0 || g->n == g->stop_at)
		child_key_copy(&g->key, k);
	return g->stop_at != 0 && g->n >= g->stop_at;
}

static double
now_ms(void)
{
	struct timespec ts;

	/* CPU time of this process: the machines this runs on are shared
	 * (the wall clock measures the neighbours too) */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Median time of one page of the filter (after `after`). */
static double
time_page(struct store *s, const char *search, const struct child_key *after, int reps,
    size_t *matches)
{
	struct child_filter f = { 0, 0, search, 0, NULL, NULL };
	struct err e = { 0, "" };
	double *t = xcalloc((size_t)reps, sizeof *t), t0, med;
	struct grab g;
	int i;

	for (i = 0; i < reps; i++) {
		memset(&g, 0, sizeof g);
		t0 = now_ms();
		if (store_children_each(s, &f, after, PAGE, grab_cb, &g, &e) != 0) {
			fprintf(stderr, "search: %s\n", e.msg);
			exit(1);
		}
		t[i] = now_ms() - t0;
		child_key_clear(&g.key);
		*matches = g.n;
	}
	qsort(t, (size_t)reps, sizeof *t, cmp_double);
	med = t[reps / 2];
	free(t);
	return med;
}

/* Median time of the bare keyset step after `k` (NULL: the first page). */
static double
time_keyset(const char *path, const struct child_key *k, int reps)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	double *t = xcalloc((size_t)reps, sizeof *t), t0, med;
	int i;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT id FROM child WHERE deleted_at IS NULL AND "
	    "(sort_key, id) > (?1, ?2) ORDER BY sort_key, id LIMIT 50", -1, &st,
	    NULL) != SQLITE_OK) {
		fprintf(stderr, "keyset: %s\n", sqlite3_errmsg(db));
		exit(1);
	}
	for (i = 0; i < reps; i++) {
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, k != NULL ? k->sort_key : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, k != NULL ? k->id : "", -1, SQLITE_STATIC);
		t0 = now_ms();
		while (sqlite3_step(st) == SQLITE_ROW)
			;
		t[i] = now_ms() - t0;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	qsort(t, (size_t)reps, sizeof *t, cmp_double);
	med = t[reps / 2];
	free(t);
	return med;
}

/* The key of row `at` of the whole register (walked once, untimed). */
static void
key_at(struct store *s, size_t at, struct child_key *out)
{
	struct child_filter f = { 0, 0, NULL, 0, NULL, NULL };
	struct err e = { 0, "" };
	struct grab g;

	memset(&g, 0, sizeof g);
	g.stop_at = at;
	if (store_children_each(s, &f, NULL, 0, grab_cb, &g, &e) < 0) {
		fprintf(stderr, "walk: %s\n", e.msg);
		exit(1);
	}
	*out = g.key;
}

static void
report(struct store *s, const char *what, const char *q, int reps)
{
	size_t n = 0, total = 0;
	struct child_filter f = { 0, 0, q, 0, NULL, NULL };
	struct err e = { 0, "" };
	double ms = time_page(s, q, NULL, reps, &n);

	store_children_count(s, &f, &total, &e);
	printf("%s\t%s\t%zu\t%.3f\n", what, q, total, ms);
}

int
main(int argc, char **argv)
{
	struct store *s = NULL;
	struct err e = { 0, "" };
	struct child_filter all = { 0, 0, NULL, 0, NULL, NULL };
	struct child_key k;
	struct grab first;
	size_t total, n;
	char one[8], two[16], *ini;
	int reps = argc > 2 ? atoi(argv[2]) : 21;
	const char *name;
	size_t l1;
	uint32_t cp;

	if (argc < 2) {
		fprintf(stderr, "usage: bench/search DB [REPS]\n");
		return 1;
	}
	if (store_open(&s, argv[1], STORE_OPEN_EXISTING, &e) != 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	if (reps < 1)
		reps = 1;
	store_children_count(s, &all, &total, &e);
	/* query words from the data: the middle child's surname, its first two
	 * characters, its initials */
	key_at(s, total / 2 + 1, &k);
	memset(&first, 0, sizeof first);
	{
		struct record r;

		store_child_get(s, k.id, &r, &e);
		name = record_get(&r, F_NAME);
		l1 = utf8_decode(name, strlen(name), &cp);
		snprintf(one, sizeof one, "%.*s", (int)l1, name);
		l1 += utf8_decode(name + l1, strlen(name) - l1, &cp);
		snprintf(two, sizeof two, "%.*s", (int)l1, name);
		ini = xstrdup(k.sort_key);	/* "zhang si yuan\t…": take initials */
		{
			char *p = ini, *w = ini;
			int start = 1;

			for (; *p != '\0' && *p != '\t'; p++) {
				if (*p == ' ')
					start = 1;
				else if (start && *p >= 'a' && *p <= 'z') {
					*w++ = *p;
					start = 0;
				}
			}
			*w = '\0';
		}
		record_clear(&r);
	}
	printf("# %zu children, page %d, median of %d runs (ms)\n", total, PAGE, reps);
	report(s, "name-1", one, reps);
	report(s, "name-2", two, reps);
	report(s, "initials", ini, reps);
	if (strlen(ini) > 2)
		ini[2] = '\0';
	report(s, "initials-2", ini, reps);
	report(s, "pinyin", "zhang", reps);
	/* a pinyin prefix matching over 1,000 terms: the list is walked, each
	 * child tested on its stored reading, then on its other readings */
	report(s, "pinyin-broad", "zh", reps);
	report(s, "pinyin-broad2", "zhangj", reps);
	report(s, "id-digits", "4311", reps);
	printf("page-start\t-\t%zu\t%.3f\n", total, time_page(s, NULL, NULL, reps, &n));
	printf("page-middle\t-\t%zu\t%.3f\n", total, time_page(s, NULL, &k, reps, &n));
	printf("keyset-middle\t-\t%zu\t%.3f\n", total, time_keyset(argv[1], &k, reps));
	child_key_clear(&k);
	key_at(s, total > PAGE ? total - PAGE : 1, &k);
	printf("page-end\t-\t%zu\t%.3f\n", total, time_page(s, NULL, &k, reps, &n));
	printf("keyset-end\t-\t%zu\t%.3f\n", total, time_keyset(argv[1], &k, reps));
	child_key_clear(&k);
	free(ini);
	store_close(&s);
	return 0;
}
