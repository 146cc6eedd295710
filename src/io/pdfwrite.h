/* pdfwrite.h — the objects of a PDF 1.4 file, written in order to a FILE:
 * numbered objects, streams (Flate-compressed when zlib is built in),
 * the cross-reference table and the trailer.  For the builtin PDF engine
 * (pdf-own.c); knows nothing of pages or fonts.  Private to src/io. */
#ifndef GUANAI_PDFWRITE_H
#define GUANAI_PDFWRITE_H

#include <stddef.h>
#include <stdio.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"

struct pdfw;

/* Writes the header at once. */
struct pdfw *pdfw_new(FILE *fp);
/* A new object number, written later with pdfw_begin or pdfw_stream. */
unsigned pdfw_reserve(struct pdfw *w);
/* "n 0 obj"; the content follows with pdfw_printf, then pdfw_end. */
void pdfw_begin(struct pdfw *w, unsigned obj);
void pdfw_printf(struct pdfw *w, const char *fmt, ...) GUANAI_PRINTF(2, 3);
void pdfw_end(struct pdfw *w);
/* A stream object: `dict` holds the entries but /Length and /Filter. */
void pdfw_stream(struct pdfw *w, unsigned obj, const char *dict, const void *data,
    size_t len);
/* The xref table and trailer; 0, or -1 when a write failed.  Frees w. */
int pdfw_finish(struct pdfw *w, unsigned root, unsigned info);
/* Frees w without finishing the file (the caller drops it). */
void pdfw_abort(struct pdfw *w);
/* Appends a UTF-8 string as a PDF text string: <FEFF…> in UTF-16BE. */
void pdfw_text_string(struct buf *b, const char *utf8);
/* 1 when streams are compressed in this build. */
int pdfw_compresses(void);

#endif
