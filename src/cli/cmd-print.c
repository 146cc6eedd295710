/* cmd-print.c — `guanai print DOC [--class G-N] [--confidential]
 * -o FILE.pdf | --printer NAME`: parse, call print_run(), report.  On
 * Windows (no CUPS) neither -o nor --printer hands the PDF to the PC's PDF
 * program (print_desktop_available). 
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
	struct cli_class cl = { 0, { 0 }, { 0 } };
	const struct cli_opt opts[] = {
		{ "--class", CLI_CLASS, &cl, NULL },
		{ "--confidential", CLI_FLAG, &req.confidential, NULL },
		{ "-o", CLI_STR, &req.path, NULL },
		{ "--output", CLI_STR, &req.path, NULL },
		{ "--printer", CLI_STR, &req.printer, NULL },
		{ NULL, CLI_FLAG, NULL, NULL },
	};
	struct cli_args args;
	int doc = -1, rc;

	memset(&req, 0, sizeof req);
	if (cli_parse(self, argc, argv, opts, 0, 1, &args, &rc) != 0)
		return rc;
	if (cl.n > 0) {
		req.grade = cl.grade[cl.n - 1];
		req.class_no = cl.number[cl.n - 1];
	}
	if (args.n == 0)
		return cli_usage(self, _("which document? roster, cards, forms, "
		    "pairings, checklist or stats"));
	doc = print_doc_parse(args.v[0]);
	if (doc < 0)
		return cli_usage(self, _("unknown document: %s"), args.v[0]);
	/* Windows: no CUPS; without -o the PC's PDF program prints it */
	if (req.path == NULL && req.printer == NULL && print_desktop_available())
		req.desktop = 1;
	if ((req.path == NULL) == (req.printer == NULL) && !req.desktop)
		return cli_usage(self, _("give either -o FILE.pdf or --printer NAME"));
	if (req.path != NULL && req.printer != NULL)
		return cli_usage(self, _("give either -o FILE.pdf or --printer NAME"));
	req.doc = (enum print_doc)doc;
	if (print_run(a, &req, &res, &e) != 0) {
		rc = cli_fail(&e);
		print_result_clear(&res);
		return rc;
	}
	if (res.desktop == PRINT_DESKTOP_PRINTED)
		printf(P_("%s: %d page handed to the PDF program, which prints it "
		    "on the default printer (%s)\n", "%s: %d pages handed to the PDF "
		    "program, which prints them on the default printer (%s)\n",
		    res.pages), print_doc_title(req.doc), res.pages, res.path);
	else if (res.desktop == PRINT_DESKTOP_OPENED)
		printf(P_("%s: %d page opened in the PDF program: print it from "
		    "there (%s)\n", "%s: %d pages opened in the PDF program: print "
		    "them from there (%s)\n", res.pages), print_doc_title(req.doc),
		    res.pages, res.path);
	else if (res.sent)
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
