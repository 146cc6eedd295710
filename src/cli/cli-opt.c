/* cli-opt.c — the one option parser of the sub-commands: each command
 * declares its options as a table {name, type, where}, and this file reads
 * them, checks their values and reports a usage error in one style.  Also
 * the usage text of a command (help COMMAND, COMMAND --help). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/cli/cli.h"

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("guanai: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cli_print_usage(const struct cli_cmd *c, FILE *fp, int summary)
{
	/* TRANSLATORS: before the first form of a command, with its space */
	const char *u = _(c->usage), *nl, *lead = _("usage: ");
	int first = 1, indent = utf8_width(lead);

	do {
		nl = strchr(u, '\n');
		fprintf(fp, "%*s%sguanai %s %.*s\n", first ? 0 : indent, "",
		    first ? lead : "", c->name,
		    (int)(nl != NULL ? (size_t)(nl - u) : strlen(u)), u);
		first = 0;
		u = nl + 1;
	} while (nl != NULL);
	if (summary)
		fprintf(fp, "  %s\n", _(c->summary));
}

int
cli_wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

static const struct cli_opt *
find_opt(const struct cli_opt *opts, const char *arg, size_t len)
{
	for (; opts != NULL && opts->name != NULL; opts++)
		if (strlen(opts->name) == len && strncmp(opts->name, arg, len) == 0)
			return opts;
	return NULL;
}

/* The index of val among the '|'-separated choices, or -1. */
static int
choice_index(const char *choices, const char *val)
{
	const char *p = choices;
	size_t n;
	int i = 0;

	for (;;) {
		n = strcspn(p, "|");
		if (n == strlen(val) && strncmp(p, val, n) == 0)
			return i;
		if (p[n] == '\0')
			return -1;
		p += n + 1;
		i++;
	}
}

/* "table, tsv or json" from "table|tsv|json"; caller frees. */
static char *
choice_words(const char *choices)
{
	const char *last = strrchr(choices, '|'), *p;
	struct buf b;
	char *out;

	if (last == NULL)
		return xstrdup(choices);
	memset(&b, 0, sizeof b);
	for (p = choices; p < last; p++) {
		if (*p == '|')
			buf_adds(&b, _(", "));
		else
			buf_addc(&b, *p);
	}
	out = xasprintf(_("%s or %s"), buf_str(&b), last + 1);
	buf_free(&b);
	return out;
}

/* Store one option's value; 0 or -1 after reporting. */
static int
set_opt(const struct cli_cmd *c, const struct cli_opt *o, const char *val)
{
	struct cli_class *cl;
	char *end, *words;
	double d;
	long l;
	int i;

	switch (o->type) {
	case CLI_FLAG:
		*(int *)o->dst = 1;
		return 0;
	case CLI_STR:
		*(const char **)o->dst = val;
		return 0;
	case CLI_INT:
		errno = 0;
		l = strtol(val, &end, 10);
		if (errno != 0 || end == val || *end != '\0' || l < 0 || l > 1000000) {
			cli_usage(c, _("%s takes a whole number, not '%s'"), o->name, val);
			return -1;
		}
		*(int *)o->dst = (int)l;
		return 0;
	case CLI_NUM:
		errno = 0;
		d = strtod(val, &end);
		if (errno != 0 || end == val || *end != '\0' || !(d >= 0) || d > 1e9) {
			cli_usage(c, _("%s takes an amount in yuan, not '%s'"), o->name, val);
			return -1;
		}
		*(double *)o->dst = d;
		return 0;
	case CLI_CLASS:
		cl = o->dst;
		if (cl->n >= CLI_CLASSES_MAX || cli_parse_class(val, &cl->grade[cl->n],
		    &cl->number[cl->n]) != 0) {
			cli_usage(c, _("%s takes G-N, for example 3-2"), o->name);
			return -1;
		}
		cl->n++;
		return 0;
	case CLI_CHOICE:
		i = choice_index(o->choices, val);
		if (i < 0) {
			words = choice_words(o->choices);
			cli_usage(c, _("%s takes %s"), o->name, words);
			free(words);
			return -1;
		}
		*(int *)o->dst = i;
		return 0;
	}
	return -1;
}

int
cli_parse(const struct cli_cmd *c, int argc, char **argv, const struct cli_opt *opts,
    int min, int max, struct cli_args *args, int *status)
{
	const struct cli_opt *o;
	const char *arg, *eq, *val;
	struct cli_args none;
	int i, dashdash = 0;

	if (args == NULL)
		args = &none;
	args->n = 0;
	*status = ERR_USAGE;
	if (cli_wants_help(argc, argv)) {
		cli_print_usage(c, stdout, 1);
		*status = 0;
		return -1;
	}
	for (i = 1; i < argc; i++) {
		arg = argv[i];
		if (!dashdash && strcmp(arg, "--") == 0) {
			dashdash = 1;
			continue;
		}
		if (dashdash || arg[0] != '-' || arg[1] == '\0') {
			if (args->n >= max || args->n >= CLI_ARGS_MAX) {
				cli_usage(c, _("unexpected argument '%s'"), arg);
				return -1;
			}
			args->v[args->n++] = argv[i];
			continue;
		}
		eq = strchr(arg, '=');
		o = find_opt(opts, arg, eq != NULL ? (size_t)(eq - arg) : strlen(arg));
		if (o == NULL) {
			cli_usage(c, _("unknown option '%s'"), arg);
			return -1;
		}
		val = NULL;
		if (o->type != CLI_FLAG) {
			if (eq != NULL)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else {
				cli_usage(c, _("%s needs a value"), o->name);
				return -1;
			}
		} else if (eq != NULL) {
			cli_usage(c, _("%s takes no value"), o->name);
			return -1;
		}
		if (set_opt(c, o, val) != 0)
			return -1;
	}
	if (args->n < min) {
		cli_usage(c, "%s", min - args->n == 1 && args->n == 0 ?
		    _("an argument is missing") : _("arguments are missing"));
		return -1;
	}
	*status = 0;
	return 0;
}

int
cli_dispatch(struct app *a, const struct cli_cmd *c, const struct cli_sub *subs,
    const char *dflt, int argc, char **argv)
{
	const struct cli_sub *s;

	for (s = subs; argc >= 2 && s->name != NULL; s++)
		if (strcmp(argv[1], s->name) == 0)
			return s->run(a, c, argc - 1, argv + 1);
	if (cli_wants_help(argc, argv)) {
		cli_print_usage(c, stdout, 1);
		return 0;
	}
	/* no sub-command, or options first: the default takes them */
	for (s = subs; dflt != NULL && (argc < 2 || argv[1][0] == '-') &&
	    s->name != NULL; s++)
		if (strcmp(s->name, dflt) == 0)
			return s->run(a, c, argc, argv);
	if (argc >= 2)
		return cli_usage(c, _("%s: unknown sub-command '%s'"), c->name, argv[1]);
	return cli_usage(c, _("%s: which sub-command?"), c->name);
}
