/* pinyin.h — Mandarin readings of names, from Unihan (generated table:
 * kMandarin, kTGHZ2013, kXHC1983) with the surname readings (单 shan,
 * 曾 zeng, 解 xie …, double surnames 澹台 tantai, 万俟 moqi …).  A given
 * name is read every way its characters can be read (长 chang/zhang). */
#ifndef GUANAI_PINYIN_H
#define GUANAI_PINYIN_H

#include "guanai/core/visible.h"
#include <stddef.h>
#include <stdint.h>

/* Toneless reading of one code point ("zhang"), or NULL when none. */
const char *pinyin_of(uint32_t cp);
/* How many readings of one name are indexed for search, at most: the
 * likeliest first.  Two polyphonic characters with two readings each
 * give 4; 16 covers four of them (or two with four readings), more than
 * any common name needs, and bounds the index for names such as 和和和
 * (3^3 readings). */
#define PINYIN_MAX_READINGS 16

typedef void (*pinyin_fn)(void *arg, const char *full, const char *initials);
/* Call fn with each distinct reading of a name — full pinyin
 * ("zhangchangjiang") and initials ("zcj") — the likeliest first, at most
 * max of them (the strings are borrowed for the call).  The first is what
 * pinyin_full and pinyin_initials return.  Returns how many. */
size_t pinyin_each(const char *name, size_t max, pinyin_fn fn, void *arg);
/* The likeliest full toneless pinyin of a name, syllables joined without
 * spaces ("zhangsiyuan"); the first character read as a surname.  Non-Han
 * characters are kept lower-cased.  Caller frees. */
char *pinyin_full(const char *name);
/* Initials ("zsy"); caller frees. */
char *pinyin_initials(const char *name);
/* A sort key that orders names by pinyin, then by the characters. */
char *pinyin_sort_key(const char *name);

#endif
