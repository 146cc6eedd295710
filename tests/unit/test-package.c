/* test-package.c — the encrypted package format: round trip, and every way
 * a file can be wrong (passphrase, a flipped byte anywhere, cut short,
 * empty, foreign, trailing bytes) refused with nothing returned. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guanai/base/err.h"
#include "guanai/base/mem.h"
#include "guanai/io/package.h"
#include "t.h"

#define NREC 3000
#define SECRET "张思远-220722201605061011"

static char dir[256];

static char *
cell_text(int i, int j)
{
	if (j == 2 && i % 7 == 0)
		return NULL;
	if (j == 3 && i % 11 == 0)
		return xstrdup("");
	if (j == 4 && i == 1234) {
		/* a record far larger than one chunk */
		char *big = xmalloc(200001);
		memset(big, 'x', 200000);
		big[200000] = '\0';
		return big;
	}
	return xasprintf("%s-%d-%d", SECRET, i, j);
}

static int
write_package(const char *path, const char *pass, int nrec)
{
	struct package_writer *w = NULL;
	struct err e = { 0, "" };
	char *cells[5];
	int i, j, rc = 0;

	if (package_writer_new(&w, path, pass, &e) != 0) {
		fprintf(stderr, "writer_new: %s\n", e.msg);
		return -1;
	}
	for (i = 0; i < nrec && rc == 0; i++) {
		for (j = 0; j < 5; j++)
			cells[j] = cell_text(i, j);
		rc = package_write_record(w, (const char *const *)cells, 5, &e);
		for (j = 0; j < 5; j++)
			free(cells[j]);
	}
	T_INTEQ(package_writer_records(w), nrec);
	if (rc != 0 || package_writer_finish(&w, &e) != 0) {
		fprintf(stderr, "write: %s\n", e.msg);
		package_writer_free(&w);
		return -1;
	}
	T_CHECK(w == NULL);
	return 0;
}

/* Read every record and check it; returns the count, or -1 (e set). */
static int
read_package(const char *path, const char *pass, struct err *e)
{
	struct package_reader *r = NULL;
	const char *const *cells;
	size_t n;
	int i = 0, j, rc, bad = 0;
	char *want;

	if (package_reader_open(&r, path, pass, e) != 0)
		return -1;
	while ((rc = package_read_record(r, &cells, &n, e)) == 0) {
		if (n != 5)
			bad++;
		for (j = 0; j < 5 && n == 5; j++) {
			want = cell_text(i, j);
			if (!((want == NULL && cells[j] == NULL) ||
			    (want != NULL && cells[j] != NULL && strcmp(want, cells[j]) == 0)))
				bad++;
			free(want);
		}
		i++;
	}
	T_INTEQ(bad, 0);
	package_reader_free(&r);
	T_CHECK(r == NULL);
	return rc < 0 ? -1 : i;
}

static unsigned char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = xmalloc((size_t)n + 1);
	*len = fread(buf, 1, (size_t)n, fp);
	fclose(fp);
	return buf;
}

static void
spit(const char *path, const unsigned char *buf, size_t len)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL)
		return;
	fwrite(buf, 1, len, fp);
	fclose(fp);
}

static int
contains(const unsigned char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return 1;
	return 0;
}

static void
expect_refused(const char *path, const char *pass, const char *what, const char *word)
{
	struct err e = { 0, "" };
	int rc = read_package(path, pass, &e);

	T_INTEQ(rc, -1);
	T_INTEQ(e.code, ERR_IO);
	if (rc != -1 || strstr(e.msg, word) == NULL)
		fprintf(stderr, "  %s: got \"%s\" (want \"%s\")\n", what, e.msg, word);
	T_CHECK(strstr(e.msg, word) != NULL);
	T_CHECK(strstr(e.msg, SECRET) == NULL);
}

int
main(void)
{
	char good[300], bad[300], tmp[320];
	unsigned char *buf, *copy;
	size_t len = 0, pos;
	struct stat st;
	struct err e = { 0, "" };
	struct package_writer *w = NULL;
	size_t nrec = 0;
	int i;

	snprintf(dir, sizeof dir, "%s/guanai-pkg.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(good, sizeof good, "%s/class.pkg", dir);
	snprintf(bad, sizeof bad, "%s/bad.pkg", dir);

	/* round trip */
	T_INTEQ(write_package(good, "口令 correct horse", NREC), 0);
	err_clear(&e);
	T_INTEQ(read_package(good, "口令 correct horse", &e), NREC);
	T_INTEQ(package_verify(good, "口令 correct horse", &nrec, &e), 0);
	T_INTEQ(nrec, NREC);
	T_INTEQ(stat(good, &st), 0);
	T_INTEQ(st.st_mode & 0777, 0600);
	snprintf(tmp, sizeof tmp, "%s.tmp-%ld", good, (long)getpid());
	T_CHECK(access(tmp, F_OK) != 0);

	buf = slurp(good, &len);
	T_CHECK(buf != NULL && len > 200000);
	T_CHECK(memcmp(buf, PACKAGE_MAGIC, 8) == 0);
	T_CHECK(!contains(buf, len, "张思远"));
	T_CHECK(!contains(buf, len, "220722201605061011"));
	T_CHECK(!contains(buf, len, "xxxxxxxx"));

	/* wrong passphrase */
	expect_refused(good, "wrong", "wrong passphrase", "wrong passphrase");
	expect_refused(good, "", "empty passphrase", "wrong passphrase");

	/* one flipped byte: header, key check, first data chunk, middle, end */
	{
		size_t where[] = { 3, 9, 30, 50, 70, 90, 200, len / 2, len - 20, len - 1 };
		for (i = 0; i < (int)(sizeof where / sizeof where[0]); i++) {
			copy = xmalloc(len);
			memcpy(copy, buf, len);
			copy[where[i]] ^= 0x01;
			spit(bad, copy, len);
			free(copy);
			err_clear(&e);
			T_INTEQ(read_package(bad, "口令 correct horse", &e), -1);
			T_CHECK(e.msg[0] != '\0');
			T_CHECK(package_verify(bad, "口令 correct horse", NULL, NULL) == -1);
		}
	}
	/* truncation at many points, including inside the header */
	for (pos = 0; pos < len; pos += len / 11 + 1) {
		spit(bad, buf, pos);
		err_clear(&e);
		T_INTEQ(read_package(bad, "口令 correct horse", &e), -1);
		T_CHECK(e.msg[0] != '\0');
	}
	spit(bad, buf, len - 1);
	expect_refused(bad, "口令 correct horse", "cut by one byte", "incomplete");
	spit(bad, buf, 40);
	expect_refused(bad, "口令 correct horse", "cut in header", "incomplete");
	/* trailing bytes after FINAL */
	copy = xmalloc(len + 5);
	memcpy(copy, buf, len);
	memcpy(copy + len, "extra", 5);
	spit(bad, copy, len + 5);
	free(copy);
	expect_refused(bad, "口令 correct horse", "trailing", "damaged");
	/* empty and foreign files */
	spit(bad, buf, 0);
	expect_refused(bad, "口令 correct horse", "empty", "empty");
	{
		static const char foreign[] = "SQLite format 3\0 something else "
		    "entirely, longer than a header by quite some way, yes";

		spit(bad, (const unsigned char *)foreign, sizeof foreign - 1);
	}
	expect_refused(bad, "口令 correct horse", "foreign", "not a guanai package");
	/* a newer format version */
	copy = xmalloc(len);
	memcpy(copy, buf, len);
	copy[8] = 9;
	spit(bad, copy, len);
	free(copy);
	expect_refused(bad, "口令 correct horse", "version", "newer");
	free(buf);

	/* an empty package (no records) is valid */
	T_INTEQ(write_package(bad, "p", 0), 0);
	err_clear(&e);
	T_INTEQ(read_package(bad, "p", &e), 0);

	/* an empty passphrase is refused when writing */
	err_clear(&e);
	T_INTEQ(package_writer_new(&w, bad, "", &e), -1);
	T_CHECK(w == NULL);
	/* abandoning a writer leaves nothing behind */
	T_INTEQ(package_writer_new(&w, good, "other", &e), 0);
	package_writer_free(&w);
	T_CHECK(access(tmp, F_OK) != 0);
	err_clear(&e);
	T_INTEQ(read_package(good, "口令 correct horse", &e), NREC);
	/* writing into a folder that does not exist fails cleanly */
	snprintf(tmp, sizeof tmp, "%s/nope/x.pkg", dir);
	err_clear(&e);
	T_INTEQ(package_writer_new(&w, tmp, "p", &e), -1);
	T_CHECK(e.msg[0] != '\0');

	unlink(good);
	unlink(bad);
	rmdir(dir);
	return t_done("test-package");
}
