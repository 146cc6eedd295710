/* cli-json.h — writing JSON and TSV values from the foundation commands. */
#ifndef GUANAI_CLI_JSON_H
#define GUANAI_CLI_JSON_H

#include <stdio.h>

/* A JSON string literal (quotes, escapes); NULL prints null. */
void cli_json_str(FILE *fp, const char *s);
/* A TSV cell: tabs and line breaks become spaces; NULL prints nothing. */
void cli_tsv_cell(FILE *fp, const char *s);
/* A number as JSON: whole numbers without a fraction. */
void cli_json_num(FILE *fp, double v);

#endif
