/* package.h — the encrypted USB package (数据包) file format (DESIGN.md §7).
 *
 * A package is a stream of records, each a list of cells (NUL-terminated
 * strings or NULL), encrypted and authenticated with a passphrase.  The io
 * layer knows nothing of what the records mean: src/store/sync.c fills and
 * reads them (see sync.h for the record kinds).
 *
 * On disk (integers little-endian):
 *
 *   offset size  field
 *   0      8     magic "GUANAIPK"
 *   8      2     format version (PACKAGE_VERSION_1 = 1)
 *   10     2     key-derivation algorithm (crypto_pwhash_ALG_ARGON2ID13)
 *   12     8     argon2id opslimit
 *   20     8     argon2id memlimit (bytes)
 *   28     16    argon2id salt (random)
 *   44     24    crypto_secretstream_xchacha20poly1305 header
 *   68     ...   chunks: u32 ciphertext length, then the ciphertext
 *
 * The key is argon2id(passphrase, salt) with the INTERACTIVE limits
 * (64 MiB; MODERATE needs 256 MiB and fails on old PCs); the limits are
 * read back from the header, so they may change without a new version.
 * The first chunk is a fixed key check ("guanai-key-check") authenticated
 * together with the 68 header bytes as additional data: a wrong passphrase
 * or a changed header fails there.  Then data chunks (plaintext up to
 * 64 KiB each) carry the record stream; the last chunk is tagged FINAL, so
 * a file cut short is detected, and nothing may follow it.
 *
 * The plaintext record stream: for each record, u32 body length, then the
 * body: u32 cell count, then per cell u32 length (0xffffffff = NULL) and
 * that many bytes.  A record may span chunks.
 *
 * Every function returns 0 on success or -1 with `e` set (ERR_IO) and a
 * translated message naming the file: wrong passphrase, damaged, cut short,
 * empty, not a package.  Nothing sensitive is ever put in a message. */
#ifndef GUANAI_PACKAGE_H
#define GUANAI_PACKAGE_H

#include "guanai/io/visible.h"

#include <stddef.h>

#include "guanai/base/err.h"

#define PACKAGE_MAGIC "GUANAIPK"
#define PACKAGE_VERSION_1 1
#define PACKAGE_HEADER_LEN 68
#define PACKAGE_CHUNK 65536
#define PACKAGE_MAX_CELLS 4096

struct package_writer;
struct package_reader;

/* Start writing `path` (a temporary name beside it, mode 0600) with a key
 * derived from `passphrase` (which must not be empty).  *out is the
 * caller's: finish it, or free it to abandon the file. */
int package_writer_new(struct package_writer **out, const char *path,
    const char *passphrase, struct err *e);
/* Append one record of n cells (a cell may be NULL). */
int package_write_record(struct package_writer *w, const char *const *cells, size_t n,
    struct err *e);
/* Records written so far. */
size_t package_writer_records(const struct package_writer *w);
/* Write the FINAL chunk, fsync, read the temporary file back and check
 * every chunk, the record count and a hash of the plaintext, without
 * giving it its name yet (the caller writes its audit entry between).
 * After a failure, free *w. */
int package_writer_seal(struct package_writer *w, struct err *e);
/* Seal (when not done yet), fsync, read the temporary file back and check
 * every chunk, the record count and a hash of the plaintext, then rename
 * it over `path`.  Frees *w in every case; on failure `path` is untouched
 * and the temporary file removed. */
int package_writer_finish(struct package_writer **w, struct err *e);
/* Abandon: remove the temporary file, free *w (NULL allowed). */
void package_writer_free(struct package_writer **w);

/* Open a package and check its header and the passphrase.  *out is the
 * caller's (package_reader_free). */
int package_reader_open(struct package_reader **out, const char *path,
    const char *passphrase, struct err *e);
/* The next record: returns 0 with *cells (borrowed, valid until the next
 * call) and *n filled; 1 at the authenticated end of the package; -1 with e
 * set when the file is damaged or cut short.  Records returned before an
 * error must be discarded by the caller (apply in a transaction). */
int package_read_record(struct package_reader *r, const char *const **cells, size_t *n,
    struct err *e);
/* Records read so far. */
size_t package_reader_records(const struct package_reader *r);
void package_reader_free(struct package_reader **r);

/* Whether `path` is a package this version can open, from its header
 * alone (no passphrase, nothing decrypted): 0 yes; -1 with e naming the
 * file and why not — not a package, empty, cut short, damaged, made by a
 * newer guanai. */
int package_check(const char *path, struct err *e);

/* Check a whole package without keeping anything: 0 when every chunk
 * authenticates and the stream ends with FINAL; *records (may be NULL)
 * gets the record count. */
int package_verify(const char *path, const char *passphrase, size_t *records,
    struct err *e);

#endif
