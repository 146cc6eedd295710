/* import-files.h — which files the import use case reads, so that a
 * dialog asks instead of hard-coding extensions: today .csv (any
 * encoding); the Excel reader adds .xlsx and .xls to the one table in
 * src/app/import-files.c. */
#ifndef GUANAI_IMPORT_FILES_H
#define GUANAI_IMPORT_FILES_H

#include "guanai/app/visible.h"

#include <stddef.h>

/* The extensions import_run accepts, with the dot, lower case,
 * NULL-terminated; borrowed. */
const char *const *import_extensions(void);
/* The same as one line for messages: ".csv .xlsx"; borrowed. */
const char *import_extensions_text(void);
/* 1 when `path` ends with one of them (any case) and is not a file of
 * rejected rows (NAME.rejected.csv), else 0. */
int import_accepts(const char *path);
/* The files of `dir` (not below it) that import accepts, sorted by name;
 * the count; *files freed with app_media_free (pack.h). */
size_t import_files_in(const char *dir, char ***files);

#endif
