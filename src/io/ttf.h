/* ttf.h — a TrueType font read and subset by the program itself, for the
 * builtin PDF engine (pdf-own.c): TTF files and TTC collections with
 * 'glyf' outlines; cmap formats 4 (BMP) and 12 (all planes, so 𠮷 is
 * found).  Private to src/io (and its unit test). */
#ifndef GUANAI_TTF_H
#define GUANAI_TTF_H

#include <stddef.h>
#include <stdint.h>

#include "guanai/base/buf.h"
#include "guanai/base/err.h"

struct ttf;

/* Reads the font file at path (UTF-8); `face` picks a font of a TTC (0 =
 * the first).  NULL with e set (ERR_IO) when it cannot be read or is not
 * a TrueType font with glyf outlines. */
struct ttf *ttf_open(const char *path, int face, struct err *e);
void ttf_free(struct ttf *f);

/* The glyph of a code point, 0 (.notdef) when the font has none. */
unsigned ttf_glyph(const struct ttf *f, uint32_t cp);
/* Advance width of a glyph in font units. */
unsigned ttf_advance(const struct ttf *f, unsigned gid);
unsigned ttf_units_per_em(const struct ttf *f);
unsigned ttf_num_glyphs(const struct ttf *f);
/* hhea ascender (positive) and descender (negative), line gap; font units. */
int ttf_ascent(const struct ttf *f);
int ttf_descent(const struct ttf *f);
int ttf_line_gap(const struct ttf *f);
/* head's bounding box of all glyphs: xMin, yMin, xMax, yMax. */
void ttf_bbox(const struct ttf *f, int bbox[4]);
/* The family name from 'name' (ASCII letters, digits and -; "Font" when
 * there is none), for the PDF's BaseFont. */
const char *ttf_name(const struct ttf *f);

/* The outline of a glyph as stored (borrowed; *len 0 for an empty glyph
 * such as the space). */
const unsigned char *ttf_glyph_data(const struct ttf *f, unsigned gid, size_t *len);

/* A new TrueType font holding only the glyphs gids[0..n-1] (gids[0] should
 * be 0, .notdef), glyph i of the subset being gids[i]; the components of
 * composite glyphs are added after them, renumbered.  Tables: head, hhea,
 * maxp, hmtx, loca, glyf (and cvt, fpgm, prep when the font has them): what
 * a PDF's FontFile2 needs.  Appends the file to out; the glyphs in it to
 * *nglyphs.  0, or -1 with e set when a glyph is damaged. */
int ttf_subset(const struct ttf *f, const unsigned *gids, unsigned n, struct buf *out,
    unsigned *nglyphs, struct err *e);

#endif
