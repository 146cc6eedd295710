/* field-text.c — canonical values turned into text for people: the UI
 * label of a value, the word the county's files use, the masked form of ID
 * and phone numbers in lists. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "guanai/base/buf.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/core/field.h"
#include "guanai/core/validate.h"
#include "private.h"

const char *
core_pgettext(const char *ctx_msgid)
{
	const char *t = gettext(ctx_msgid), *eot;

	if (t == ctx_msgid && (eot = strchr(ctx_msgid, '\004')) != NULL)
		return eot + 1;
	return t;
}

char *
core_halfwidth(const char *s)
{
	struct buf b = BUF_INIT;
	char *out;
	uint32_t cp;
	size_t n, len;

	/* U+FF01..U+FF5E and U+3000 start with these bytes: without them
	 * the text is only trimmed (most cells; the copy was 3% of an import) */
	if (strchr(s, '\xef') == NULL && strchr(s, '\xe3') == NULL)
		return str_trim(s);
	len = strlen(s);
	while (len > 0) {
		n = utf8_decode(s, len, &cp);
		if (n == 0) {	/* keep invalid bytes: the caller rejects them */
			buf_addc(&b, *s);
			n = 1;
		} else if (cp >= 0xff01 && cp <= 0xff5e)
			buf_addc(&b, (char)(cp - 0xff01 + 0x21));
		else if (cp == 0x3000)
			buf_addc(&b, ' ');
		else
			buf_add(&b, s, n);
		s += n;
		len -= n;
	}
	out = str_trim(buf_str(&b));
	buf_free(&b);
	return out;
}

const char *
core_grade_zh(int grade)
{
	static const char *const names[] = { "", "一年级", "二年级", "三年级",
	    "四年级", "五年级", "六年级", "初一", "初二", "初三" };

	return grade >= 1 && grade <= 9 ? names[grade] : "";
}

const char *
field_label(const struct field *f)
{
	return gettext(f->label);
}

const char *
field_enum_label(const struct field *f, const char *code)
{
	const struct enum_value *ev = field_enum_by_code(f, code);

	return ev != NULL ? gettext(ev->label) : code;
}

/* The first of the '|'-separated words. */
static void
add_first_word(struct buf *b, const char *words)
{
	const char *bar = strchr(words, '|');

	buf_add(b, words, bar ? (size_t)(bar - words) : strlen(words));
}

/* A set value "a,b" with each code turned by `chinese` into its first word
 * or its translated label, joined by `sep`. */
static char *
set_text(const struct field *f, const char *value, int chinese, const char *sep)
{
	struct buf b = BUF_INIT;
	const struct enum_value *ev;
	const char *p = value, *comma;
	char *code;
	int n = 0;

	while (*p != '\0') {
		comma = strchr(p, ',');
		code = xstrndup(p, comma ? (size_t)(comma - p) : strlen(p));
		ev = field_enum_by_code(f, code);
		if (n++ > 0)
			buf_adds(&b, sep);
		if (ev == NULL)
			buf_adds(&b, code);
		else if (chinese)
			add_first_word(&b, ev->words);
		else
			buf_adds(&b, gettext(ev->label));
		free(code);
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	return buf_detach(&b);
}

char *
field_display(const struct field *f, const char *value)
{
	if (value == NULL || *value == '\0')
		return xstrdup("");
	switch (f->type) {
	case FT_ENUM:
		return xstrdup(field_enum_label(f, value));
	case FT_SET:
		return set_text(f, value, 0, core_pgettext(NC_("set separator", ", ")));
	case FT_BOOL:
		return xstrdup(strcmp(value, "1") == 0 ? _("yes") : _("no"));
	case FT_GRADE:
		return xstrdup(grade_name(atoi(value)));
	case FT_CLASS_NO:
		return xasprintf(_("Class %d"), atoi(value));
	default:
		return xstrdup(value);
	}
}

char *
field_export_text(const struct field *f, const char *value)
{
	const struct enum_value *ev;
	struct buf b = BUF_INIT;

	if (value == NULL || *value == '\0')
		return xstrdup("");
	switch (f->type) {
	case FT_ENUM:
		if ((ev = field_enum_by_code(f, value)) == NULL)
			return xstrdup(value);
		add_first_word(&b, ev->words);
		return buf_detach(&b);
	case FT_SET:
		return set_text(f, value, 1, "、");
	case FT_BOOL:
		return xstrdup(strcmp(value, "1") == 0 ? "是" : "否");
	case FT_GRADE:
		return xstrdup(core_grade_zh(atoi(value)));
	case FT_CLASS_NO:
		return xasprintf("%d班", atoi(value));
	default:
		return xstrdup(value);
	}
}

char *
field_mask(const char *value)
{
	size_t n, keep_head, keep_tail, i;
	const char *dash;
	char *out;

	if (value == NULL)
		return xstrdup("");
	n = strlen(value);
	for (i = 0; i < n; i++)
		if ((unsigned char)value[i] >= 0x80)	/* not a number: hide it all */
			return xstrdup(n == 0 ? "" : "****");
	if (n <= 6) {
		keep_head = 0;
		keep_tail = 0;
	} else if (n >= 15) {			/* ID numbers */
		keep_head = 4;
		keep_tail = 4;
	} else if ((dash = strchr(value, '-')) != NULL && (size_t)(dash - value) < n - 5) {
		keep_head = (size_t)(dash - value) + 1;	/* landline: area code */
		keep_tail = 4;
	} else {
		keep_head = 3;			/* mobiles: 138****5678 */
		keep_tail = 4;
	}
	out = xstrdup(value);
	for (i = keep_head; i + keep_tail < n; i++)
		out[i] = '*';
	if (keep_head == 0 && keep_tail == 0)
		memset(out, '*', n);
	return out;
}
