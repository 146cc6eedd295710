/* fuzz-search.c — libFuzzer target for the search box as the store answers
 * it (src/store/children.c, search.c): any bytes a terminal can send become
 * the filter's search text over a small school of 40 children whose names,
 * pinyin, ID and phone numbers are in the side table.
 * Properties: no crash, no leak, no error on any input; the count equals
 * the number of children the walk hands out; the walk is in list order
 * without repeats; walking in pages of 7 (keyset) gives exactly the same
 * children as one walk; a child's own name finds that child. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/err.h"
#include "guanai/core/field.h"
#include "guanai/store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define KIDS 40
#define PAGE 7

static struct store *school;
static char school_dir[] = "/tmp/guanai-fuzz-search.XXXXXX";
static char kid_id[KIDS][UUID_LEN + 1];
static char kid_name[KIDS][32];

/* Names share characters and pinyin on purpose (张/章 zhang, 思/诗 si). */
static const char *const surnames[] = { "张", "章", "王", "李", "覃", "曾", "单", "欧阳" };
static const char *const given[] = { "思远", "诗怡", "松", "多多", "静", "小兵", "𠮷祥", "丽" };

static void
die(const char *what, const struct err *e)
{
	fprintf(stderr, "fuzz-search: %s: %s\n", what, e != NULL ? e->msg : "");
	abort();
}

/* At exit: close the school and remove its folder (nothing left in /tmp). */
static void
remove_school(void)
{
	static const char *const files[] = { "g.db", "g.db-wal", "g.db-shm" };
	char path[64];
	size_t i;

	store_close(&school);
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", school_dir, files[i]);
		unlink(path);
	}
	rmdir(school_dir);
}

static void
make_school(void)
{
	char path[64], v[32];
	struct err e = { 0 };
	struct record r;
	int i;

	if (mkdtemp(school_dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/g.db", school_dir);
	if (store_open(&school, path, STORE_OPEN_CREATE, &e) != 0)
		die("open", &e);
	atexit(remove_school);
	for (i = 0; i < KIDS; i++) {
		record_init(&r);
		snprintf(kid_name[i], sizeof kid_name[i], "%s%s", surnames[i % 8], given[(i / 8 + i) % 8]);
		record_set(&r, F_NAME, kid_name[i]);
		record_set(&r, F_GENDER, i % 2 ? "f" : "m");
		snprintf(v, sizeof v, "2016-%02d-%02d", i % 12 + 1, i % 28 + 1);
		record_set(&r, F_BIRTH_DATE, v);
		snprintf(v, sizeof v, "%d", i % 6 + 1);
		record_set(&r, F_GRADE, v);
		snprintf(v, sizeof v, "%d", i % 3 + 1);
		record_set(&r, F_CLASS_NO, v);
		snprintf(v, sizeof v, "4311212016%02d%02d%03d%c", i % 12 + 1, i % 28 + 1, i,
		    "0123456789X"[i % 11]);
		record_set(&r, F_ID_NUMBER, v);
		snprintf(v, sizeof v, "138%08d", i * 7919);
		record_set(&r, F_GUARDIAN_PHONE, v);
		if (store_child_save(school, &r, &e) != 0)
			die("save", &e);
		memcpy(kid_id[i], r.id, sizeof kid_id[i]);
		record_clear(&r);
	}
}

struct walk {
	char ids[KIDS + 1][UUID_LEN + 1];
	size_t n;
	char *last_key;		/* sort key of the previous child */
	struct child_key at;	/* where the walk stopped (paging) */
};

static int
on_child(void *ctx, const struct record *r, const struct child_key *key)
{
	struct walk *w = ctx;
	size_t i;

	if (w->n >= KIDS)
		abort();		/* more children than the school has */
	for (i = 0; i < w->n; i++)
		if (strcmp(w->ids[i], r->id) == 0)
			abort();	/* the same child twice */
	if (w->last_key != NULL && key->sort_key != NULL && strcmp(w->last_key, key->sort_key) > 0)
		abort();	/* out of list order */
	free(w->last_key);
	w->last_key = key->sort_key != NULL ? strdup(key->sort_key) : NULL;
	memcpy(w->ids[w->n++], r->id, UUID_LEN + 1);
	child_key_clear(&w->at);
	child_key_copy(&w->at, key);
	return 0;
}

static void
walk_clear(struct walk *w)
{
	free(w->last_key);
	child_key_clear(&w->at);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct child_filter f = { 0 };
	struct walk all = { 0 }, paged = { 0 };
	struct child_key after = { 0 };
	struct err e = { 0 };
	size_t n = 0, before, i;
	char *q;
	int k, found;

	if (school == NULL)
		make_school();
	if (size > 200)
		size = 200;
	q = malloc(size + 1);
	if (q == NULL)
		return 0;
	memcpy(q, data, size);
	q[size] = '\0';
	/* A first byte below 40 picks a child's own name: it must be found. */
	k = size > 0 && data[0] < KIDS ? data[0] : -1;
	f.search = k >= 0 ? kid_name[k] : q;

	if (store_children_count(school, &f, &n, &e) != 0)
		die("count", &e);
	if (store_children_each(school, &f, NULL, 0, on_child, &all, &e) != 0)
		die("walk", &e);
	if (n != all.n)
		abort();	/* the count says otherwise than the walk */
	/* Keyset pages of 7 give the same children in the same order. */
	do {
		before = paged.n;
		/* The walk moves paged.at; the store reads its own copy. */
		child_key_clear(&after);
		child_key_copy(&after, &paged.at);
		if (store_children_each(school, &f, before > 0 ? &after : NULL, PAGE,
		    on_child, &paged, &e) != 0)
			die("page", &e);
	} while (paged.n - before == PAGE);
	if (paged.n != all.n)
		abort();
	for (i = 0; i < all.n; i++)
		if (strcmp(all.ids[i], paged.ids[i]) != 0)
			abort();
	if (k >= 0) {
		for (i = 0, found = 0; i < all.n; i++)
			found |= strcmp(all.ids[i], kid_id[k]) == 0;
		if (!found)
			abort();	/* a child's own name does not find the child */
	}
	walk_clear(&all);
	walk_clear(&paged);
	child_key_clear(&after);
	free(q);
	return 0;
}
