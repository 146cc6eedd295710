/* gb18030.c — decode and encode speed of the GB18030 codec
 * (src/base/gb18030.c, through charset.h as the importer uses it) beside
 * glibc's iconv on the same file, 64 KiB at a time.  Built and run by
 * bench/gb18030.sh; prints MB/s (of GB18030 bytes), the median of 7 runs. */
#include "config.h"

#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guanai/base/charset.h"
#include "guanai/base/gb18030.h"

#define RUNS 7

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static char *gb, *u8;
static size_t gblen, u8len;

static size_t
ours_decode(void)
{
	FILE *fp = fmemopen(gb, gblen, "r");
	struct charset_reader *r = charset_reader_new(fp, CHARSET_GB18030, "bench");
	struct err e = { 0, "" };
	static char buf[65536];
	size_t total = 0;
	ssize_t n;

	while ((n = charset_reader_read(r, buf, sizeof buf, &e)) > 0)
		total += (size_t)n;
	if (n < 0)
		abort();
	charset_reader_free(&r);
	fclose(fp);
	return total;
}

static size_t
iconv_run(const char *to, const char *from, char *in, size_t len)
{
	iconv_t cd = iconv_open(to, from);
	static char buf[65536];
	size_t total = 0, il = len, ol;
	char *ip = in, *op;

	while (il > 0) {
		op = buf;
		ol = sizeof buf;
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 && op == buf)
			abort();
		total += sizeof buf - ol;
	}
	iconv_close(cd);
	return total;
}

static size_t
iconv_decode(void)
{
	return iconv_run("UTF-8", "GB18030", gb, gblen);
}

static size_t
ours_encode(void)
{
	FILE *fp = fopen("/dev/null", "w");
	struct charset_writer *w = charset_writer_new(fp, "bench", CHARSET_GB18030, 0);
	struct err e = { 0, "" };
	size_t off, end;

	/* 4 KiB at a time, cut between characters as the exporters write */
	for (off = 0; off < u8len; off = end) {
		end = u8len - off < 4096 ? u8len : off + 4096;
		while (end < u8len && ((unsigned char)u8[end] & 0xc0) == 0x80)
			end--;
		if (charset_write(w, u8 + off, end - off, &e) != 0)
			abort();
	}
	charset_writer_flush(w, &e);
	charset_writer_free(&w);
	fclose(fp);
	return u8len;
}

static size_t
iconv_encode(void)
{
	return iconv_run("GB18030", "UTF-8", u8, u8len);
}

static void
time_it(const char *what, size_t (*f)(void), size_t bytes)
{
	double t[RUNS], t0;
	int i;

	for (i = 0; i < RUNS; i++) {
		t0 = now();
		f();
		t[i] = now() - t0;
	}
	qsort(t, RUNS, sizeof t[0], cmp);
	printf("%-28s %8.1f ms %8.1f MB/s\n", what, t[RUNS / 2] * 1e3,
	    bytes / t[RUNS / 2] / 1e6);
}

int
main(int argc, char **argv)
{
	FILE *fp;
	long n;
	struct err e = { 0, "" };

	if (argc != 2 || (fp = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: gb18030 FILE.csv (GB18030)\n");
		return 2;
	}
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	gb = malloc((size_t)n);
	gblen = fread(gb, 1, (size_t)n, fp);
	fclose(fp);
	u8 = charset_to_utf8(CHARSET_GB18030, gb, gblen, &e);
	if (u8 == NULL) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	u8len = strlen(u8);
	printf("%s: %zu bytes GB18030, %zu bytes UTF-8\n", argv[1], gblen, u8len);
	if (ours_decode() != u8len || iconv_decode() != u8len)
		abort();
	time_it("decode, guanai (reader)", ours_decode, gblen);
	time_it("decode, iconv", iconv_decode, gblen);
	time_it("encode, guanai (writer)", ours_encode, gblen);
	time_it("encode, iconv", iconv_encode, gblen);
	return 0;
}
