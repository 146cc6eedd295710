/* csv.h — RFC 4180 CSV, streamed a record at a time (DESIGN §6).
 *
 * The reader takes UTF-8 bytes from a read callback (a charset_reader for
 * files, a memory buffer for tests and the fuzzer): quoted fields with
 * commas, quotes and newlines inside, CRLF or LF (or a lone CR), a missing
 * final newline, blank lines (and Excel's rows of bare commas) skipped.
 * Each record carries the physical line it starts on and its raw text, so
 * that a rejected row can be written back unchanged.  Memory is bounded by
 * the longest record (4 MB at most).
 *
 * Formula escaping (DESIGN §8): a cell that a spreadsheet would run as a
 * formula — one that starts with = + - @ — is written with a single quote
 * (') in front.  So that import gives back exactly what was exported, a
 * value that already starts with quotes followed by one of those characters
 * gets one more quote; import removes exactly one quote from a cell that
 * starts with one or more quotes followed by = + - @.  A quote is what
 * Excel itself uses to mean "text", and it survives a save as CSV, where a
 * leading tab is often trimmed. */
#ifndef GUANAI_CSV_H
#define GUANAI_CSV_H

#include "guanai/io/visible.h"

#include <stddef.h>
#include <sys/types.h>

#include "guanai/base/buf.h"
#include "guanai/base/err.h"

/* Read up to n bytes into buf: count, 0 at the end, -1 with e set. */
typedef ssize_t (*csv_read_fn)(void *ctx, char *buf, size_t n, struct err *e);

struct csv_record {
	char **fields;		/* NUL-terminated UTF-8 strings, nfields of them */
	size_t nfields;
	long line;		/* physical line (1-based) the record starts on */
	const char *raw;	/* the record's text as read, without its line end */
	size_t raw_len;
};

struct csv_reader;

/* The reader borrows ctx; it never closes anything. */
struct csv_reader *csv_reader_new(csv_read_fn fn, void *ctx);
void csv_reader_free(struct csv_reader **r);
/* Say that fn gives only valid UTF-8 (charset_reader_read checks or
 * makes it): a record is then not checked again, only for NUL bytes. */
void csv_reader_input_checked(struct csv_reader *r);
/* The next non-blank record: 1 one read (valid until the next call; the
 * fields may be changed in place), 0 at the end, -1 on a read error, an
 * unclosed quote or invalid UTF-8 in a field (e says which line). */
int csv_next(struct csv_reader *r, struct csv_record *rec, struct err *e);

/* A read callback over a memory buffer (tests, fuzzing). */
struct csv_mem {
	const char *p;
	size_t len, off;
	size_t step;		/* at most this many bytes per call, 0 = any */
};
ssize_t csv_mem_read(void *mem, char *buf, size_t n, struct err *e);

/* True when a cell would be taken as a formula (starts with = + - @). */
int csv_is_formula(const char *s);
/* True when export writes s with a quote in front: it starts with a
 * formula character, or with quotes followed by one. */
int csv_needs_escape(const char *s);
/* Append one cell to b: formula-escaped when `escape`, quoted when it holds
 * a comma, a quote, CR, LF or a leading/trailing blank. */
void csv_add_cell(struct buf *b, const char *s, int escape);
/* Long digit strings (DESIGN §6): a spreadsheet opening a CSV with its
 * default settings turns a cell of 12 or more digits into a number
 * (4.31226E+17, 15 digits kept) and drops a leading 0.  Export writes
 * such a cell as ="431102201605061018" (unquoted): Excel, WPS and
 * LibreOffice show the text inside, whole; import takes it back.  1 when
 * s is such a digit string. */
int csv_digits_at_risk(const char *s);
/* csv_add_cell, but a digit string at risk is written as ="…". */
void csv_add_cell_guarded(struct buf *b, const char *s, int escape);
/* ="digits" → digits, in place; anything else is left alone. */
void csv_unguard_digits(char *s);
/* Undo the export's formula escaping (see above) in place. */
void csv_unescape_formula(char *s);

#endif
