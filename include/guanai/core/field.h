/* field.h — the field table: one row per field of a child's file.
 *
 * This table is the single definition that the forms, the import/export
 * columns, the PDF layout and the 七清楚 rules read (STYLE.md habit 9).
 * A child's file travels between layers as a `struct record`: the child's
 * own fields, its father, its mother and its primary guardian flattened into
 * one array of canonical strings (codes, ISO dates, digits), exactly one
 * import/export row.  NULL means empty: shown as empty, never guessed. */
#ifndef GUANAI_FIELD_H
#define GUANAI_FIELD_H

#include "guanai/core/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"
#include "guanai/base/uuid.h"

/* Which table a field lives in. */
enum entity {
	ENT_CHILD,
	ENT_FATHER,		/* parent row with relation = 'father' */
	ENT_MOTHER,		/* parent row with relation = 'mother' */
	ENT_GUARDIAN,		/* the primary guardian row */
	ENT_CLASS,		/* grade and class number, resolved to class_id */
};

enum field_type {
	FT_TEXT,		/* free text */
	FT_NAME,		/* a person's name: text, no digits */
	FT_DATE,		/* ISO YYYY-MM-DD */
	FT_ENUM,		/* one code of field->enums */
	FT_SET,			/* several codes, comma-separated, in table order */
	FT_BOOL,		/* "1" or "0" */
	FT_INT,			/* a whole number >= 0 */
	FT_ID_NUMBER,		/* 18-character 身份证号, upper-case X */
	FT_PHONE,		/* mobile (11 digits) or landline (0xxx-xxxxxxx) */
	FT_GRADE,		/* "1" .. "9" */
	FT_CLASS_NO,		/* "1" .. "99" */
};

/* One accepted value of an enumeration.  `label` is the English msgid
 * (shown through gettext); `words` are the '|'-separated words teachers
 * write in files, Chinese label first (e.g. "祖父|爷爷"). */
struct enum_value {
	const char *code;
	const char *label;
	const char *words;
};

enum field_flag {
	FF_REQUIRED = 1 << 0,
	FF_MASKED = 1 << 1,	/* ID and phone numbers: masked in lists */
	/* never on a public print (DESIGN §8): ID, phone, study, health,
	 * hardship, and what leads a stranger to an unsupervised child —
	 * birth date, home and guardian's address, living situation */
	FF_PRIVATE = 1 << 2,
};

enum field_id {
	/* child */
	F_NAME, F_GENDER, F_BIRTH_DATE, F_ID_NUMBER, F_HAS_HUKOU, F_HUKOU_PLACE,
	F_STUDENT_NO, F_GRADE, F_CLASS_NO, F_ETHNICITY, F_BOARDING,
	F_LEFT_BEHIND_TYPE, F_LEFT_BEHIND_SINCE, F_GUARDIANSHIP, F_HARDSHIP,
	F_HEALTH, F_HEALTH_NOTE, F_PERSONALITY, F_HOBBIES, F_STUDY, F_BEHAVIOUR,
	F_PSYCHOLOGY, F_FAMILY_ECONOMY, F_INCOME_SOURCES, F_ASSISTANCE,
	F_ADDRESS, F_LIVING, F_NOTES,
	/* father */
	F_FATHER_NAME, F_FATHER_ID_NUMBER, F_FATHER_PHONE, F_FATHER_AWAY,
	F_FATHER_WORK_PLACE, F_FATHER_OCCUPATION, F_FATHER_AWAY_SINCE,
	F_FATHER_RETURNS_PER_YEAR, F_FATHER_CONTACT_FREQUENCY,
	/* mother */
	F_MOTHER_NAME, F_MOTHER_ID_NUMBER, F_MOTHER_PHONE, F_MOTHER_AWAY,
	F_MOTHER_WORK_PLACE, F_MOTHER_OCCUPATION, F_MOTHER_AWAY_SINCE,
	F_MOTHER_RETURNS_PER_YEAR, F_MOTHER_CONTACT_FREQUENCY,
	/* primary guardian */
	F_GUARDIAN_NAME, F_GUARDIAN_RELATION, F_GUARDIAN_AGE, F_GUARDIAN_HEALTH,
	F_GUARDIAN_EDUCATION, F_GUARDIAN_ID_NUMBER, F_GUARDIAN_PHONE,
	F_GUARDIAN_ADDRESS, F_GUARDIAN_NOTES,
	FIELD_COUNT
};

struct field {
	enum field_id id;
	enum entity entity;
	const char *code;	/* code name: JSON key and English CSV header */
	const char *column;	/* column in the entity's table */
	enum field_type type;
	const struct enum_value *enums;	/* FT_ENUM / FT_SET, NULL-code ended */
	const char *label;	/* N_() English msgid, e.g. N_("Name") */
	const char *header;	/* the county's Chinese CSV header, or NULL */
	const char *aliases;	/* other accepted headers, '|'-separated */
	int checklist;		/* 七清楚 item 1..7 this field belongs to, or 0 */
	int width;		/* display cells a list/form column needs */
	unsigned flags;		/* enum field_flag */
};

extern const struct field field_table[FIELD_COUNT];

/* Look up by code name ("name", "father_phone", any case), by Chinese
 * header, by an alias or by the English label; blanks anywhere (姓 名),
 * a BOM and '*' required-markers are ignored.  Aliases: 出生年月/生日 →
 * birth_date, 身份证号码/公民身份证号码 → id_number, 班别 → class_no,
 * 联系电话/家长电话 → guardian_phone (the adult the child lives with),
 * 与儿童关系 → guardian_relation …  NULL when unknown. */
const struct field *field_by_header(const char *header);
const struct field *field_by_code(const char *code);

/* The enumeration value for a code, or NULL. */
const struct enum_value *field_enum_by_code(const struct field *f, const char *code);
/* The value a written word stands for: the code, the English label (any
 * case) or one of `words` ("爷爷" -> grandfather).  NULL when none. */
const struct enum_value *field_enum_match(const struct field *f, const char *word);
/* The translated label of a code ("祖父" / "Grandfather"); the code itself
 * when unknown.  Borrowed. */
const char *field_enum_label(const struct field *f, const char *code);
/* The field's translated label ("身份证号" / "ID number").  Borrowed. */
const char *field_label(const struct field *f);
/* Length limits, in characters, at every entry point (import, edit, the
 * TUI's forms, package rows — all go through field_parse): a name is a
 * person's name, free text a few paragraphs.  A longer value is refused
 * with the limit in the reason. */
#define FIELD_NAME_MAX 32
#define FIELD_TEXT_MAX 2000
/* The limit of field f (FIELD_NAME_MAX for names, else FIELD_TEXT_MAX). */
size_t field_max_chars(const struct field *f);

/* Turn what a teacher typed or a file holds into the canonical value.
 * Empty input gives *out = NULL and succeeds (unless FF_REQUIRED).  On
 * failure returns -1 and sets e with a translated reason that names the
 * field (e.g. "身份证号: 校验位不对，请核对最后一位"); *out is untouched. */
int field_parse(const struct field *f, const char *input, char **out, struct err *e);

/* The canonical value as a person reads it in the UI language (enum labels
 * translated, booleans as 是/否, sets joined with "、").  Caller frees;
 * "" for NULL. */
char *field_display(const struct field *f, const char *value);
/* The value as the county's files write it (Chinese words, not codes),
 * used by export; caller frees. */
char *field_export_text(const struct field *f, const char *value);
/* Masked form for lists: 4311**********1234, 138****5678. Caller frees. */
char *field_mask(const char *value);

/* A child's file, flattened.  `id` is "" for a record not yet stored. */
struct record {
	char id[UUID_LEN + 1];
	char *v[FIELD_COUNT];
	char *updated_at;	/* as stored, NULL for a new record */
};

void record_init(struct record *r);
void record_clear(struct record *r);		/* frees values, keeps struct */
void record_copy(struct record *dst, const struct record *src);
/* Set a canonical value (copied; NULL or "" clears). */
void record_set(struct record *r, enum field_id id, const char *value);
/* Set a value the caller allocated (field_parse's out): r owns it from
 * now on, no copy is made; NULL or "" clears (and "" is freed). */
void record_take(struct record *r, enum field_id id, char *value);
const char *record_get(const struct record *r, enum field_id id);

/* Cross-field rules: an ID number fills an empty birth date and gender and
 * must agree with them; the guardian's ID number fills an empty guardian
 * age (years on today's date); required fields present.  Returns 0 or
 * -1 + e. */
int record_complete(struct record *r, struct err *e);

/* The left-behind type code of a record: the stored one, or, when it is
 * empty, the one derived from 父亲/母亲是否外出 when both are filled in
 * (*derived = 1 then; derived may be NULL).  NULL when unknown (or both
 * parents at home).  Borrowed.  Lists, statistics and the 学籍 code use
 * it; the record view shows a derived type as derived (DESIGN §6). */
const char *record_left_behind_type(const struct record *r, int *derived);
/* The left-behind type for a list or record view: a derived one is
 * marked as such ("父母均外出（据父母外出情况）").  Caller frees. */
char *record_type_display(const struct record *r);
/* The left-behind type for an export cell (a file-format word, Chinese
 * whatever the UI language): the stored type's word, or a derived one
 * marked with TYPE_DERIVED_MARK ("父母均外出（据父母外出情况）"), so that
 * the county's sheet counts what lists and statistics count (DESIGN §6).
 * Import reads a marked word back as an empty type: derived again.
 * Caller frees. */
#define TYPE_DERIVED_MARK "（据父母外出情况）"
char *record_type_export_text(const struct record *r);
/* The 学籍 system's code for export (DESIGN §4): "双亲留守" / "单亲留守"
 * from record_left_behind_type; "非留守" only when both parents are known
 * to be at home; "" when unknown — never 非留守 for a child whose type is
 * unknown.  A file-format word, not translated.  Borrowed. */
const char *record_xueji_code(const struct record *r);

#endif
