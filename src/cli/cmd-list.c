/* cmd-list.c — `guanai list [--class G-N] [--search TEXT]
 * [--format table|tsv|json]`: the register in pinyin order, streamed.
 * The table masks ID and phone numbers (DESIGN.md §8) and lines columns
 * up in display cells; tsv and json carry codes, not labels. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-json.h"
#include "guanai/app/children.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"
#include "guanai/core/validate.h"

struct list_ctx {
	int fmt;		/* enum cli_format */
	int ascii;
	size_t n;
};

static void
cell(const char *s, int width, int ascii)
{
	char *p = utf8_pad(s != NULL ? s : "", width, ascii);

	fputs(p, stdout);
	fputs("  ", stdout);
	free(p);
}

static void
table_header(int ascii)
{
	cell(_("Name"), 10, ascii);
	cell(_("Gender"), 6, ascii);
	cell(_("Birth date"), 10, ascii);
	cell(_("Class"), 7, ascii);
	cell(_("Left-behind type"), 14, ascii);
	cell(_("ID number"), 18, ascii);
	fputs(_("Guardian"), stdout);
	fputc('\n', stdout);
}

static void
table_row(const struct record *r, int ascii)
{
	const char *g = record_get(r, F_GRADE), *c = record_get(r, F_CLASS_NO);
	char *gender = field_display(&field_table[F_GENDER], record_get(r, F_GENDER));
	char *type = record_type_display(r);	/* derived ones marked */
	char *rel = field_display(&field_table[F_GUARDIAN_RELATION],
	    record_get(r, F_GUARDIAN_RELATION));
	char *cls = class_short_label(g != NULL ? atoi(g) : 0, c != NULL ? atoi(c) : 0);
	char *id = field_mask(record_get(r, F_ID_NUMBER));
	const char *gname = record_get(r, F_GUARDIAN_NAME);

	cell(record_get(r, F_NAME), 10, ascii);
	cell(gender, 6, ascii);
	cell(record_get(r, F_BIRTH_DATE), 10, ascii);
	cell(cls, 7, ascii);
	cell(type, 14, ascii);
	cell(id, 18, ascii);
	if (gname != NULL)
		printf("%s%s%s%s", gname, rel[0] ? " (" : "", rel, rel[0] ? ")" : "");
	fputc('\n', stdout);
	free(gender);
	free(type);
	free(rel);
	free(cls);
	free(id);
}

static void
tsv_row(const struct record *r)
{
	static const enum field_id cols[] = { F_NAME, F_GENDER, F_BIRTH_DATE, F_GRADE,
	    F_CLASS_NO, F_LEFT_BEHIND_TYPE };
	size_t i;

	fputs(r->id, stdout);
	for (i = 0; i < sizeof cols / sizeof cols[0]; i++) {
		fputc('\t', stdout);
		cli_tsv_cell(stdout, record_get(r, cols[i]));
	}
	fputc('\n', stdout);
}

/* One object: "id" and every field by its code name; ID and phone numbers
 * masked as in every list (the record view and exports carry them whole). */
static void
json_row(const struct record *r, size_t n)
{
	const struct field *f;
	char *masked;
	int i;

	fputs(n == 0 ? "\n  {" : ",\n  {", stdout);
	fputs("\"id\": ", stdout);
	cli_json_str(stdout, r->id);
	for (i = 0; i < FIELD_COUNT; i++) {
		f = &field_table[i];
		printf(", \"%s\": ", f->code);
		/* the 学籍号 is "G" + the ID number: masked the same way */
		if (((f->flags & FF_MASKED) || f->id == F_STUDENT_NO) && r->v[i] != NULL) {
			masked = field_mask(r->v[i]);
			cli_json_str(stdout, masked);
			free(masked);
		} else if (r->v[i] != NULL && (f->type == FT_GRADE || f->type == FT_CLASS_NO))
			fputs(r->v[i], stdout);
		else
			cli_json_str(stdout, r->v[i]);
	}
	fputc('}', stdout);
}

static int
list_cb(void *ctx, const struct record *r, const struct child_key *k)
{
	struct list_ctx *lc = ctx;

	(void)k;
	if (lc->fmt == CLI_TABLE)
		table_row(r, lc->ascii);
	else if (lc->fmt == CLI_TSV)
		tsv_row(r);
	else
		json_row(r, lc->n);
	lc->n++;
	return 0;
}

int
cmd_list_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *c = cli_find("list");
	struct child_filter f = { 0, 0, NULL, 0, NULL, NULL };
	struct list_ctx lc = { CLI_TABLE, a->ascii_only, 0 };
	struct cli_class cl = { 0, { 0 }, { 0 } };
	const struct cli_opt opts[] = {
		{ "--class", CLI_CLASS, &cl, NULL },
		{ "--search", CLI_STR, &f.search, NULL },
		{ "--format", CLI_CHOICE, &lc.fmt, CLI_FORMATS },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct err e = { 0, "" };
	int st;

	if (cli_parse(c, argc, argv, opts, 0, 0, NULL, &st) != 0)
		return st;
	if (cl.n > 0) {
		f.grade = cl.grade[cl.n - 1];
		f.class_no = cl.number[cl.n - 1];
	}
	if (lc.fmt == CLI_TABLE)
		table_header(lc.ascii);
	cli_list_open(lc.fmt, "id\tname\tgender\tbirth_date\tgrade\tclass\tleft_behind_type");
	if (app_children_each(a, &f, NULL, 0, list_cb, &lc, &e) != 0) {
		fflush(stdout);
		return cli_fail(&e);
	}
	if (cli_list_close(lc.fmt, lc.n))
		printf(P_("%zu child\n", "%zu children\n", lc.n), lc.n);
	return 0;
}
