/* cmd-print.c — `guanai print DOC [--class G-N] [--confidential]
 * -o FILE.pdf | --printer NAME`: parse, call print_run(), report.
 *
 * Exit status: 0 written (or accepted by the printer); 1 usage; 3 the PDF
 * could not be written — or printing was asked for and CUPS is absent or
 * refused the job: the PDF is then saved in the data folder and the
 * message on stderr says where and why. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "guanai/app/print.h"
#include "guanai/base/i18n.h"
#include "guanai/cli/cli.h"

int
cmd_print_run(struct app *a, int argc, char **argv)
{
	const struct cli_cmd *self = cli_find("print");
	struct print_req req;
	struct print_result res = { 0 };
	struct err e = { 0 };
	int doc = -1, rc;

	memset(&req, 0, sizeof req);
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (strcmp(arg, "--class") == 0 && i + 1 < argc) {
			if (cli_parse_class(argv[++i], &req.grade, &req.class_no) != 0)
				return cli_usage(self, _("not a class: %s (write it as "
				    "GRADE-CLASS, e.g. 3-2)"), argv[i]);
		} else if (strcmp(arg, "--confidential") == 0) {
			req.confidential = 1;
		} else if (strcmp(arg, "-o") == 0 && i + 1 < argc) {
			req.path = argv[++i];
		} else if (strcmp(arg, "--printer") == 0 && i + 1 < argc) {
			req.printer = argv[++i];
		} else if (arg[0] == '-' && arg[1] != '\0') {
			return cli_usage(self, _("unknown option or missing value: %s"), arg);
		} else if (doc < 0) {
			doc = print_doc_parse(arg);
			if (doc < 0)
				return cli_usage(self, _("unknown document: %s"), arg);
		} else {
			return cli_usage(self, _("unexpected argument: %s"), arg);
		}
	}
	if (doc < 0)
		return cli_usage(self, _("which document? roster, cards, forms, "
		    "pairings, checklist or stats"));
	if ((req.path == NULL) == (req.printer == NULL))
		return cli_usage(self, _("give either -o FILE.pdf or --printer NAME"));
	req.doc = (enum print_doc)doc;
	if (print_run(a, &req, &res, &e) != 0) {
		rc = cli_fail(&e);
		print_result_clear(&res);
		return rc;
	}
	if (res.sent)
		printf(P_("%s: %d page sent to printer %s (%s)\n",
		    "%s: %d pages sent to printer %s (%s)\n", res.pages),
		    print_doc_title(req.doc), res.pages, req.printer,
		    res.lp_says != NULL ? res.lp_says : "lp");
	else
		printf(P_("%s: %d page written to %s\n", "%s: %d pages written to %s\n",
		    res.pages), print_doc_title(req.doc), res.pages, res.path);
	print_result_clear(&res);
	return 0;
}
