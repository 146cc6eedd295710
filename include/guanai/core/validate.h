/* validate.h — the rules for the values a teacher writes: 身份证号 (GB 11643),
 * phone numbers, grades and classes.  Pure functions; messages translated. */
#ifndef GUANAI_VALIDATE_H
#define GUANAI_VALIDATE_H

#include "guanai/core/visible.h"

#include "guanai/base/date.h"
#include "guanai/base/err.h"

/* Check an 18-character ID (lower-case x accepted): digits, region, a real
 * birth date, the check digit.  On success writes the canonical upper-case
 * form (19 bytes), the birth date and gender ('m' / 'f').  On failure -1
 * and a reason ("the check digit is wrong, check the last character"). */
int id_number_check(const char *s, char canon[19], struct date *birth,
    char *gender, struct err *e);
/* Mobile (1[3-9]x, 11 digits, +86 / spaces / dashes allowed) or landline
 * (area code 0xx(x) + 7–8 digits).  Canonical: digits only for mobiles,
 * "0xxx-xxxxxxx" for landlines; caller frees *out. */
int phone_check(const char *s, char **out, struct err *e);
/* Grades as written: 3, 三年级, 三, 初一 (=7), 七年级, 初三 (=9).  1..9 or -1. */
int grade_parse(const char *s);
/* Class numbers: 2, (2)班, （2）班, 2班, 二班.  1..99 or -1. */
int class_no_parse(const char *s);
/* "三年级(2)班" / "Grade 3 Class 2" in the UI language; caller frees. */
char *class_label(int grade, int class_no);
/* Short form "三(2)" / "3-2"; caller frees. */
char *class_short_label(int grade, int class_no);
/* Parse the command-line form "G-N" (e.g. "3-2"). 0 or -1. */
int class_arg_parse(const char *s, int *grade, int *class_no);
/* A whole class as written in one cell: "三年级(2)班", "初一2班", "3-2",
 * "3年级2班".  0 or -1. */
int class_full_parse(const char *s, int *grade, int *class_no);
/* The grade in the UI language: "三年级", "初一" / "Grade 3".  Borrowed;
 * "" when out of range. */
const char *grade_name(int grade);

#endif
