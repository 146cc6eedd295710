/* t.h — a minimal unit-test harness: each test program prints one line per
 * failed check and a summary, and exits non-zero when anything failed
 * (automake's simple test driver reads the exit status: 0 pass, 77 skip). */
#ifndef GUANAI_T_H
#define GUANAI_T_H

#include <stdio.h>
#include <string.h>

static int t_checks, t_failed;

#define T_CHECK(cond) do {						\
	t_checks++;							\
	if (!(cond)) {							\
		t_failed++;						\
		fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); \
	}								\
} while (0)

#define T_STREQ(got, want) do {						\
	const char *t_g_ = (got), *t_w_ = (want);			\
	t_checks++;							\
	if ((t_g_ == NULL) != (t_w_ == NULL) ||				\
	    (t_g_ != NULL && strcmp(t_g_, t_w_) != 0)) {		\
		t_failed++;						\
		fprintf(stderr, "%s:%d: FAILED: %s == \"%s\", got \"%s\"\n", \
		    __FILE__, __LINE__, #got, t_w_ ? t_w_ : "(null)",	\
		    t_g_ ? t_g_ : "(null)");				\
	}								\
} while (0)

#define T_INTEQ(got, want) do {						\
	long long t_g_ = (long long)(got), t_w_ = (long long)(want);	\
	t_checks++;							\
	if (t_g_ != t_w_) {						\
		t_failed++;						\
		fprintf(stderr, "%s:%d: FAILED: %s == %lld, got %lld\n", \
		    __FILE__, __LINE__, #got, t_w_, t_g_);		\
	}								\
} while (0)

static inline int
t_done(const char *name)
{
	printf("%s: %d checks, %d failed\n", name, t_checks, t_failed);
	return t_failed == 0 ? 0 : 1;
}

#endif
