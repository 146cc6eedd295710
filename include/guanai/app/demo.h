/* demo.h — a synthetic school for trying the program and for benchmarks
 * (`guanai demo`).  Deterministic for a given seed and "today". */
#ifndef GUANAI_DEMO_H
#define GUANAI_DEMO_H

#include "guanai/app/visible.h"

#include "guanai/base/err.h"

struct store;

struct demo_opts {
	int children;			/* 1 .. 200000 */
	unsigned long long seed;
};

struct demo_counts {
	int children, classes, helpers, pairings, care;
};

/* Fill an EMPTY database: classes of grades 1-9 with enrolled counts,
 * children with parents away, guardians (mostly grandparents), helpers,
 * pairings (some children left unpaired), care records this school year
 * and some 七清楚 confirmations.  One transaction in bulk mode: on any
 * failure nothing is written.  Refuses (ERR_USAGE) a database that
 * already holds children, helpers or care records. */
int demo_fill(struct store *s, const struct demo_opts *o, struct demo_counts *out,
    struct err *e);
/* The same for the open database (`guanai demo`). */
struct app;
int app_demo_fill(struct app *a, const struct demo_opts *o, struct demo_counts *out,
    struct err *e);

#endif
