/* csv.c — streaming RFC 4180 reader and cell writer; see guanai/csv.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/io/csv.h"

#define IN_SIZE 65536
/* A record longer than this is a runaway quote, not a child's row. */
#define MAX_RECORD (4u << 20)

enum { S_START, S_UNQ, S_Q, S_QQ };

struct csv_reader {
	csv_read_fn fn;
	void *ctx;
	char *in;
	size_t len, off;
	int eof;
	int skip_lf;		/* the last record ended on CR: eat one LF */
	int prev_cr;		/* the last byte read was a CR */
	int state;		/* of the record being read (S_*) */
	int cr_in_quotes;	/* a CR inside quotes became LF: eat one LF */
	int checked;		/* fn gives only valid UTF-8 */
	long line;		/* line of the next byte, 1-based */
	struct buf raw;
	struct buf data;	/* the fields, NUL-separated */
	size_t *offs;		/* end (after its NUL) of each field in data */
	size_t noffs, capoffs;
	char **fields;
	size_t capfields;
};

struct csv_reader *
csv_reader_new(csv_read_fn fn, void *ctx)
{
	struct csv_reader *r = xcalloc(1, sizeof *r);

	r->fn = fn;
	r->ctx = ctx;
	r->in = xmalloc(IN_SIZE);
	r->line = 1;
	return r;
}

void
csv_reader_input_checked(struct csv_reader *r)
{
	r->checked = 1;
}

void
csv_reader_free(struct csv_reader **pr)
{
	struct csv_reader *r = *pr;

	if (r == NULL)
		return;
	free(r->in);
	buf_free(&r->raw);
	buf_free(&r->data);
	free(r->offs);
	free(r->fields);
	free(r);
	*pr = NULL;
}

/* Room for k more bytes (and a NUL) at the end of b; the caller writes
 * them through b->s + b->len. */
static void
reserve(struct buf *b, size_t k)
{
	size_t need = b->len + k + 1;

	if (need <= b->cap)
		return;
	if (b->cap < 256)
		b->cap = 256;
	while (b->cap < need)
		b->cap *= 2;
	b->s = xrealloc(b->s, b->cap);
}

static void
end_field(struct csv_reader *r)
{
	if (r->noffs == r->capoffs) {
		r->capoffs = r->capoffs ? r->capoffs * 2 : 64;
		r->offs = xrealloc(r->offs, r->capoffs * sizeof *r->offs);
	}
	reserve(&r->data, 1);
	r->data.s[r->data.len++] = '\0';
	r->offs[r->noffs++] = r->data.len;	/* start of the next field */
}

/* Each field: valid UTF-8 and no NUL, or -1 with the first field's
 * problem in e. */
static int
check_fields(struct csv_reader *r, long line, struct err *e)
{
	size_t i, start = 0;

	for (i = 0; i < r->noffs; i++) {
		r->fields[i] = r->data.s + start;
		if (!utf8_valid(r->fields[i], r->offs[i] - 1 - start)) {
			err_set(e, ERR_INPUT, _("line %ld: the text is not valid UTF-8"), line);
			return -1;
		}
		if (strlen(r->fields[i]) != r->offs[i] - 1 - start) {
			/* a NUL byte would cut the cell short without a word */
			err_set(e, ERR_INPUT, _("line %ld: the row holds a NUL byte; "
			    "is this a text file?"), line);
			return -1;
		}
		start = r->offs[i];
	}
	return 0;
}

/* Fill rec from the collected fields; -1 when a field is not UTF-8. */
static int
finish_record(struct csv_reader *r, struct csv_record *rec, long line, struct err *e)
{
	size_t i, start = 0;

	if (r->noffs > r->capfields) {
		r->capfields = r->noffs;
		r->fields = xrealloc(r->fields, r->capfields * sizeof *r->fields);
	}
	/* The record as read checked once: the fields are its bytes less
	 * ASCII (quotes, separators, line ends), so a valid record without a
	 * NUL has valid fields.  Otherwise the fields one by one, for the
	 * message of the first bad one (a quote can also sit inside a
	 * character, which the record alone would wrongly refuse). */
	if ((!r->checked && !utf8_valid(buf_str(&r->raw), r->raw.len)) ||
	    memchr(buf_str(&r->raw), '\0', r->raw.len) != NULL) {
		if (check_fields(r, line, e) != 0)
			return -1;
	} else
		for (i = 0; i < r->noffs; i++) {
			r->fields[i] = r->data.s + start;
			start = r->offs[i];
		}
	rec->fields = r->fields;
	rec->nfields = r->noffs;
	rec->line = line;
	rec->raw = buf_str(&r->raw);
	rec->raw_len = r->raw.len;
	return 0;
}

static int
blank_record(const struct csv_reader *r)
{
	size_t i, start = 0;

	for (i = 0; i < r->noffs; i++) {
		if (!str_empty(r->data.s + start))
			return 0;
		start = r->offs[i];
	}
	return 1;
}

/* Bytes the state machine looks at; every other byte is copied. */
static const unsigned char special[256] = {
	['\n'] = 1, ['\r'] = 1, ['"'] = 1, [','] = 1,
};

/* Read more input when all of it is used: 1 some, 0 the end, -1 error. */
static int
refill(struct csv_reader *r, struct err *e)
{
	ssize_t n;

	if (r->off < r->len)
		return 1;
	if (r->eof)
		return 0;
	n = r->fn(r->ctx, r->in, IN_SIZE, e);
	if (n < 0)
		return -1;
	if (n == 0) {
		r->eof = 1;
		return 0;
	}
	r->len = (size_t)n;
	r->off = 0;
	return 1;
}

/* Append the run [run, p) of the record's text to raw. */
static void
keep_raw(struct csv_reader *r, const unsigned char *run, const unsigned char *p)
{
	memcpy(r->raw.s + r->raw.len, run, (size_t)(p - run));
	r->raw.len += (size_t)(p - run);
	r->raw.s[r->raw.len] = '\0';
}

/* The RFC 4180 state machine over the input buffer from r->off: an
 * ordinary byte (most of them) is copied to the fields without a call,
 * the record's text is kept a run at a time.  Lines are counted as a CR,
 * or an LF not after a CR.  1 at the end of a record, 0 when the buffer
 * is used up, -1 when the record passes 4 MB. */
static int
scan(struct csv_reader *r, long line, struct err *e)
{
	const unsigned char *p = (const unsigned char *)r->in + r->off;
	const unsigned char *end = (const unsigned char *)r->in + r->len, *run;
	int c, state = r->state, cr_in_quotes = r->cr_in_quotes, prev_cr = r->prev_cr;
	size_t rawlen;
	char *d;

	/* the data grows by at most a byte a byte, and one NUL */
	reserve(&r->data, (size_t)(end - p) + 1);
	reserve(&r->raw, (size_t)(end - p));
	d = r->data.s + r->data.len;
	rawlen = r->raw.len;
	for (run = p; p < end; p++) {
		c = *p;
		if (rawlen + (size_t)(p - run) >= MAX_RECORD) {
			err_set(e, ERR_INPUT, _("line %ld: the row is longer than "
			    "4 MB (a quote that is never closed?)"), line);
			return -1;
		}
		if (!special[c]) {
			*d++ = (char)c;
			prev_cr = cr_in_quotes = 0;
			if (state != S_Q)
				state = S_UNQ;
			continue;
		}
		if (c == '\r' || c == '\n') {
			if (c == '\r' || !prev_cr)
				r->line++;
			prev_cr = c == '\r';
			if (state != S_Q) {	/* the end of the record */
				keep_raw(r, run, p);
				r->data.len = (size_t)(d - r->data.s);
				r->off = (size_t)(p + 1 - (const unsigned char *)r->in);
				r->prev_cr = prev_cr;
				end_field(r);
				r->skip_lf = c == '\r';
				return 1;
			}
			/* a line break inside a cell is LF, however it was
			 * written (RFC 4180 allows CRLF; old Macs wrote CR) */
			if (!(c == '\n' && cr_in_quotes))
				*d++ = '\n';
			cr_in_quotes = c == '\r';
			continue;
		}
		prev_cr = cr_in_quotes = 0;
		if (c == '"') {
			if (state == S_START)
				state = S_Q;
			else if (state == S_Q)
				state = S_QQ;
			else if (state == S_QQ) {
				*d++ = '"';
				state = S_Q;
			} else
				*d++ = '"';	/* S_UNQ: kept */
			continue;
		}
		if (state == S_Q) {	/* a comma in quotes */
			*d++ = ',';
			continue;
		}
		r->data.len = (size_t)(d - r->data.s);
		end_field(r);
		d = r->data.s + r->data.len;
		state = S_START;
	}
	keep_raw(r, run, p);
	r->data.len = (size_t)(d - r->data.s);
	r->off = r->len;
	r->state = state;
	r->cr_in_quotes = cr_in_quotes;
	r->prev_cr = prev_cr;
	return 0;
}

/* Read one physical record into raw/data/offs.  1 read, 0 end, -1 error. */
static int
read_record(struct csv_reader *r, long *line, struct err *e)
{
	int rc;

	r->raw.len = 0;
	r->data.len = 0;
	r->noffs = 0;
	r->state = S_START;
	r->cr_in_quotes = 0;
	if ((rc = refill(r, e)) < 0)
		return -1;
	if (r->skip_lf) {
		r->skip_lf = 0;
		if (rc > 0 && r->in[r->off] == '\n') {
			r->off++;	/* after a CR: not a new line */
			r->prev_cr = 0;
			if ((rc = refill(r, e)) < 0)
				return -1;
		}
	}
	*line = r->line;
	for (;;) {
		if (rc == 0) {
			if (r->state == S_Q) {
				err_set(e, ERR_INPUT, _("line %ld: a quoted field is not "
				    "closed before the end of the file"), *line);
				return -1;
			}
			if (r->raw.len == 0 && r->noffs == 0)
				return 0;
			end_field(r);
			return 1;
		}
		if ((rc = scan(r, *line, e)) != 0)
			return rc;
		if ((rc = refill(r, e)) < 0)
			return -1;
	}
}

int
csv_next(struct csv_reader *r, struct csv_record *rec, struct err *e)
{
	long line;
	int rc;

	for (;;) {
		rc = read_record(r, &line, e);
		if (rc <= 0)
			return rc;
		if (blank_record(r))
			continue;
		return finish_record(r, rec, line, e) == 0 ? 1 : -1;
	}
}

ssize_t
csv_mem_read(void *vm, char *buf, size_t n, struct err *e)
{
	struct csv_mem *m = vm;
	size_t k = m->len - m->off;

	(void)e;
	if (k > n)
		k = n;
	if (m->step > 0 && k > m->step)
		k = m->step;
	memcpy(buf, m->p + m->off, k);
	m->off += k;
	return (ssize_t)k;
}

/* ---- writing ---------------------------------------------------------- */

int
csv_is_formula(const char *s)
{
	return s != NULL && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@');
}

/* Quotes followed by a formula character: needs one more quote. */
static int
quoted_formula(const char *s)
{
	size_t k = 0;

	while (s[k] == '\'')
		k++;
	return k > 0 && csv_is_formula(s + k);
}

int
csv_needs_escape(const char *s)
{
	return s != NULL && (csv_is_formula(s) || quoted_formula(s));
}

void
csv_add_cell(struct buf *b, const char *s, int escape)
{
	size_t n;
	const char *p;
	int quote;

	if (s == NULL)
		s = "";
	n = strlen(s);
	quote = strpbrk(s, ",\"\r\n") != NULL ||
	    (n > 0 && (s[0] == ' ' || s[n - 1] == ' '));
	if (quote)
		buf_addc(b, '"');
	if (escape && csv_needs_escape(s))
		buf_addc(b, '\'');
	if (!quote) {
		buf_add(b, s, n);
		return;
	}
	for (p = s; *p; p++) {
		if (*p == '"')
			buf_addc(b, '"');
		buf_addc(b, *p);
	}
	buf_addc(b, '"');
}

int
csv_digits_at_risk(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	if (n < 2 || strspn(s, "0123456789") != n)
		return 0;
	/* 12+ digits show as 4.31226E+17 and keep 15; a leading 0 is lost */
	return n >= 12 || s[0] == '0';
}

void
csv_add_cell_guarded(struct buf *b, const char *s, int escape)
{
	if (csv_digits_at_risk(s)) {
		buf_adds(b, "=\"");
		buf_adds(b, s);
		buf_addc(b, '"');
	} else
		csv_add_cell(b, s, escape);
}

void
csv_unguard_digits(char *s)
{
	size_t n;

	if (s == NULL || s[0] != '=')
		return;		/* every cell of an import comes here */
	n = strlen(s);

	if (n > 3 && s[0] == '=' && s[1] == '"' && s[n - 1] == '"' &&
	    strspn(s + 2, "0123456789") == n - 3) {
		memmove(s, s + 2, n - 3);
		s[n - 3] = '\0';
	}
}

void
csv_unescape_formula(char *s)
{
	if (s != NULL && s[0] == '\'' && quoted_formula(s))
		memmove(s, s + 1, strlen(s));
}
