/* pinyin.h — Mandarin readings of names, from Unihan kMandarin (generated
 * table) with surname overrides (单 shan, 曾 zeng, 解 xie …). */
#ifndef GUANAI_PINYIN_H
#define GUANAI_PINYIN_H

#include "guanai/core/visible.h"

#include <stdint.h>

/* Toneless reading of one code point ("zhang"), or NULL when none. */
const char *pinyin_of(uint32_t cp);
/* Full toneless pinyin of a name, syllables joined without spaces
 * ("zhangsiyuan"); the first character read as a surname.  Non-Han
 * characters are kept lower-cased.  Caller frees. */
char *pinyin_full(const char *name);
/* Initials ("zsy"); caller frees. */
char *pinyin_initials(const char *name);
/* A sort key that orders names by pinyin, then by the characters. */
char *pinyin_sort_key(const char *name);

#endif
