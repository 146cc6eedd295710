/* test-mo.c — the own .mo reader (used on Windows) against GNU libintl:
 * every msgid of the built zh_CN catalog, singular and plural forms for
 * many counts, must give libintl's answer; the Plural-Forms evaluator
 * against a C rendering of a three-form rule; the gettext API's choice of
 * language from the environment. */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guanai/base/mem.h"
#include "guanai/base/mo.h"
#include "t.h"

static const unsigned long counts[] = { 0, 1, 2, 3, 5, 11, 21, 101, 1000 };

static void
put32(FILE *fp, unsigned long v)
{
	unsigned char b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff };

	fwrite(b, 1, 4, fp);
}

/* A catalog with a header and one plural entry of three forms, written as
 * msgfmt would (little-endian). */
static char *
write_three_form_catalog(const char *dir)
{
	static const char header[] = "Content-Type: text/plain; charset=UTF-8\n"
	    "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
	    "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n";
	static const char id[] = "file\0files";		/* 10 bytes */
	static const char tr[] = "one\0few\0many";		/* 12 bytes */
	char *path = xasprintf("%s/three.mo", dir);
	FILE *fp = fopen(path, "wb");
	unsigned long o = 28 + 4 * 8;		/* strings after the tables */

	put32(fp, 0x950412de), put32(fp, 0), put32(fp, 2);
	put32(fp, 28), put32(fp, 28 + 16), put32(fp, 0), put32(fp, 0);
	put32(fp, 0), put32(fp, o);				/* "" */
	put32(fp, 10), put32(fp, o + 1);			/* file\0files */
	put32(fp, sizeof header - 1), put32(fp, o + 12);	/* header */
	put32(fp, 12), put32(fp, o + 12 + sizeof header);	/* forms */
	fwrite("", 1, 1, fp);
	fwrite(id, 1, 11, fp);
	fwrite(header, 1, sizeof header, fp);
	fwrite(tr, 1, 13, fp);
	fclose(fp);
	return path;
}

static unsigned long
three_forms(unsigned long n)
{
	return n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 &&
	    (n % 100 < 10 || n % 100 >= 20) ? 1 : 2;
}

static void
test_plural_rule(const char *tmpdir)
{
	static const char *const forms[] = { "one", "few", "many" };
	char *path = write_three_form_catalog(tmpdir);
	struct err e = { 0, "" };
	struct mo_catalog *c = mo_load(path, &e);
	unsigned long n;
	long wrong = 0;

	T_CHECK(c != NULL);
	if (c == NULL) {
		fprintf(stderr, "%s\n", e.msg);
		free(path);
		return;
	}
	for (n = 0; n <= 1000; n++)
		if (mo_plural_index(c, n) != three_forms(n) ||
		    strcmp(mo_find_plural(c, "file", n), forms[three_forms(n)]) != 0)
			wrong++;
	T_INTEQ(wrong, 0);
	T_CHECK(mo_find(c, "files") == NULL);	/* only the singular is a key */
	mo_free(&c);
	remove(path);
	free(path);
}

static void
test_against_libintl(const char *locale_dir, const char *mo_path)
{
	struct err e = { 0, "" };
	struct mo_catalog *c = mo_load(mo_path, &e);
	const char *id, *plural, *mine;
	size_t i, k, compared = 0, plurals = 0;
	long wrong = 0;

	T_CHECK(c != NULL);
	if (c == NULL) {
		fprintf(stderr, "%s\n", e.msg);
		return;
	}
	bindtextdomain("guanai", locale_dir);
	bind_textdomain_codeset("guanai", "UTF-8");
	textdomain("guanai");
	for (i = 0; i < mo_count(c); i++) {
		id = mo_msgid(c, i, &plural);
		if (id[0] == '\0')
			continue;	/* the header */
		if (plural == NULL) {
			mine = mo_find(c, id);
			if (mine == NULL)
				mine = id;
			if (strcmp(mine, gettext(id)) != 0 && ++wrong <= 10)
				fprintf(stderr, "differs: %s: %s / %s\n", id, mine, gettext(id));
			compared++;
			continue;
		}
		plurals++;
		for (k = 0; k < sizeof counts / sizeof counts[0]; k++) {
			mine = mo_find_plural(c, id, counts[k]);
			if (mine == NULL)
				mine = counts[k] == 1 ? id : plural;
			if (strcmp(mine, ngettext(id, plural, counts[k])) != 0 && ++wrong <= 10)
				fprintf(stderr, "differs: %s (n=%lu): %s / %s\n", id,
				    counts[k], mine, ngettext(id, plural, counts[k]));
			compared++;
		}
	}
	printf("compared %zu lookups (%zu plural entries) with libintl\n",
	    compared, plurals);
	T_INTEQ(wrong, 0);
	T_CHECK(compared >= 300);
	T_CHECK(plurals >= 5);
	/* not in the catalog: the msgid itself, as libintl */
	T_CHECK(mo_find(c, "no such message, surely") == NULL);
	mo_free(&c);
}

/* The process-wide API: the language from the environment. */
static void
test_api(const char *locale_dir, const char *mo_path)
{
	struct mo_catalog *c = mo_load(mo_path, NULL);
	const char *id = NULL, *plural;
	char *lang;
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < mo_count(c) && id == NULL; i++) {
		id = mo_msgid(c, i, &plural);
		if (id[0] == '\0' || plural != NULL || mo_find(c, id) == NULL)
			id = NULL;
	}
	T_CHECK(id != NULL);
	if (id == NULL) {
		mo_free(&c);
		return;
	}
	setenv("LANGUAGE", "zh_CN", 1);
	mo_bindtextdomain("guanai", locale_dir);
	mo_textdomain("guanai");
	T_STREQ(mo_gettext(id), mo_find(c, id));
	setenv("LANGUAGE", "en", 1);
	mo_textdomain("guanai");	/* reloads */
	T_STREQ(mo_gettext(id), id);
	T_STREQ(mo_ngettext("%d child", "%d children", 2), "%d children");
	unsetenv("LANGUAGE");
	setenv("LC_ALL", "zh_CN.UTF-8", 1);
	lang = mo_language();
	T_STREQ(lang, "zh_CN");
	free(lang);
	setenv("LC_ALL", "C", 1);
	lang = mo_language();
	T_CHECK(lang == NULL);
	free(lang);
	mo_free(&c);
}

int
main(void)
{
	const char *build = getenv("GUANAI_BUILDDIR");
	char *dir, *mo, tmpl[] = "/tmp/guanai-test-mo-XXXXXX", *tmpdir;

	tmpdir = mkdtemp(tmpl);
	T_CHECK(tmpdir != NULL);
	if (tmpdir != NULL) {
		test_plural_rule(tmpdir);
		rmdir(tmpdir);
	}
	if (build == NULL)
		build = ".";
	dir = xasprintf("%s/locale", build);
	mo = xasprintf("%s/zh_CN/LC_MESSAGES/guanai.mo", dir);
	unsetenv("LANGUAGE");
	if (setlocale(LC_ALL, "zh_CN.UTF-8") == NULL) {
		fprintf(stderr, "no zh_CN.UTF-8 locale: libintl cannot be asked\n");
		free(dir), free(mo);
		return 77;
	}
	test_against_libintl(dir, mo);
	test_api(dir, mo);
	free(dir);
	free(mo);
	return t_done("test-mo");
}
