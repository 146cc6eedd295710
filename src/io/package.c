/* package.c — the encrypted, authenticated package file (format in package.h):
 * argon2id key derivation and a secretstream of chunks carrying a stream of
 * length-prefixed records.  Knows nothing of SQL or of what records mean. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/io/package.h"

#define KEYBYTES crypto_secretstream_xchacha20poly1305_KEYBYTES
#define ABYTES crypto_secretstream_xchacha20poly1305_ABYTES
#define TAG_FINAL crypto_secretstream_xchacha20poly1305_TAG_FINAL
#define TAG_MESSAGE crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
#define KEY_CHECK "guanai-key-check"
#define KEY_CHECK_LEN 16
#define NULL_CELL 0xffffffffu
#define MAX_BODY (16u << 20)
#define HASHBYTES crypto_generichash_BYTES
/* Offsets inside the header. */
#define OFF_VERSION 8
#define OFF_ALG 10
#define OFF_OPS 12
#define OFF_MEM 20
#define OFF_SALT 28
#define OFF_SS 44

struct package_writer {
	struct atomic_file af;
	char *path;
	unsigned char key[KEYBYTES];
	unsigned char header[PACKAGE_HEADER_LEN];
	crypto_secretstream_xchacha20poly1305_state st;
	crypto_generichash_state hash;
	unsigned char *plain;		/* pending plaintext, < PACKAGE_CHUNK */
	size_t plen;
	unsigned char *cipher;
	unsigned char *body;		/* scratch for one encoded record */
	size_t bodycap;
	size_t records;
	int sealed;			/* package_writer_seal done */
};

struct package_reader {
	FILE *fp;
	char *path;
	crypto_secretstream_xchacha20poly1305_state st;
	crypto_generichash_state hash;
	unsigned char *cipher;
	unsigned char *plain;		/* the current decrypted chunk */
	size_t plen, ppos;
	int final_seen;
	unsigned char *body;		/* the current record, raw */
	size_t bodycap;
	char *strs;			/* its cells, NUL-terminated */
	size_t strscap;
	const char **cells;
	size_t cellcap;
	size_t records;
};

static void
put_u16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v & 0xff);
	p[1] = (unsigned char)((v >> 8) & 0xff);
}

static void
put_u32(unsigned char *p, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		p[i] = (unsigned char)((v >> (8 * i)) & 0xff);
}

static void
put_u64(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)((v >> (8 * i)) & 0xff);
}

static unsigned
get_u16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static uint32_t
get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static uint64_t
get_u64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static int
derive_key(unsigned char key[KEYBYTES], const char *pass, const unsigned char *salt,
    uint64_t ops, uint64_t mem, const char *path, struct err *e)
{
	if (crypto_pwhash(key, KEYBYTES, pass, strlen(pass), salt,
	    (unsigned long long)ops, (size_t)mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
		err_set(e, ERR_IO, _("%s: not enough memory to work out the key "
		    "from the passphrase (%llu MiB needed)"), path,
		    (unsigned long long)(mem >> 20));
		return -1;
	}
	return 0;
}

/* ---- writing ---------------------------------------------------------- */

static int
write_chunk(struct package_writer *w, const unsigned char *plain, size_t n,
    unsigned char tag, const unsigned char *ad, size_t adlen, struct err *e)
{
	unsigned long long clen;
	unsigned char lenbuf[4];

	crypto_secretstream_xchacha20poly1305_push(&w->st, w->cipher, &clen, plain, n,
	    ad, adlen, tag);
	put_u32(lenbuf, (uint32_t)clen);
	if (fwrite(lenbuf, 1, 4, w->af.fp) != 4 ||
	    fwrite(w->cipher, 1, (size_t)clen, w->af.fp) != (size_t)clen) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), w->path, strerror(errno));
		return -1;
	}
	return 0;
}

/* Queue plaintext; full chunks go out as MESSAGE chunks. */
static int
feed(struct package_writer *w, const unsigned char *p, size_t n, struct err *e)
{
	size_t take;

	crypto_generichash_update(&w->hash, p, n);
	while (n > 0) {
		take = PACKAGE_CHUNK - w->plen;
		if (take > n)
			take = n;
		memcpy(w->plain + w->plen, p, take);
		w->plen += take;
		p += take;
		n -= take;
		if (w->plen == PACKAGE_CHUNK) {
			if (write_chunk(w, w->plain, w->plen, TAG_MESSAGE, NULL, 0, e) != 0)
				return -1;
			w->plen = 0;
		}
	}
	return 0;
}

int
package_writer_new(struct package_writer **out, const char *path,
    const char *passphrase, struct err *e)
{
	struct package_writer *w;
	unsigned char *h;
	uint64_t ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
	uint64_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

	*out = NULL;
	if (passphrase == NULL || passphrase[0] == '\0') {
		err_set(e, ERR_USAGE, _("the passphrase is empty"));
		return -1;
	}
	if (sodium_init() < 0) {
		err_set(e, ERR_IO, _("the encryption library cannot start"));
		return -1;
	}
	w = xcalloc(1, sizeof *w);
	w->path = xstrdup(path);
	w->plain = xmalloc(PACKAGE_CHUNK);
	w->cipher = xmalloc(PACKAGE_CHUNK + ABYTES);
	h = w->header;
	memcpy(h, PACKAGE_MAGIC, 8);
	put_u16(h + OFF_VERSION, PACKAGE_VERSION_1);
	put_u16(h + OFF_ALG, crypto_pwhash_ALG_ARGON2ID13);
	put_u64(h + OFF_OPS, ops);
	put_u64(h + OFF_MEM, mem);
	randombytes_buf(h + OFF_SALT, crypto_pwhash_SALTBYTES);
	/* the target is checked (a link, a pipe or a device is refused)
	 * before the key derivation, which takes seconds on an old PC */
	if (atomic_open(&w->af, path, 0600, e) != 0)
		goto fail;
	if (derive_key(w->key, passphrase, h + OFF_SALT, ops, mem, path, e) != 0)
		goto fail;
	crypto_secretstream_xchacha20poly1305_init_push(&w->st, h + OFF_SS, w->key);
	crypto_generichash_init(&w->hash, NULL, 0, HASHBYTES);
	if (fwrite(h, 1, PACKAGE_HEADER_LEN, w->af.fp) != PACKAGE_HEADER_LEN) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), path, strerror(errno));
		goto fail;
	}
	if (write_chunk(w, (const unsigned char *)KEY_CHECK, KEY_CHECK_LEN, TAG_MESSAGE,
	    h, PACKAGE_HEADER_LEN, e) != 0)
		goto fail;
	*out = w;
	return 0;
fail:
	package_writer_free(&w);
	return -1;
}

int
package_write_record(struct package_writer *w, const char *const *cells, size_t n,
    struct err *e)
{
	size_t need = 8, i, len, off;

	if (n > PACKAGE_MAX_CELLS) {
		err_set(e, ERR_IO, _("cannot write %s: a record has too many parts"), w->path);
		return -1;
	}
	for (i = 0; i < n; i++)
		need += 4 + (cells[i] != NULL ? strlen(cells[i]) : 0);
	if (need - 4 > MAX_BODY) {
		err_set(e, ERR_IO, _("cannot write %s: a record is too large"), w->path);
		return -1;
	}
	if (need > w->bodycap) {
		w->bodycap = need * 2;
		w->body = xrealloc(w->body, w->bodycap);
	}
	put_u32(w->body, (uint32_t)(need - 4));
	put_u32(w->body + 4, (uint32_t)n);
	off = 8;
	for (i = 0; i < n; i++) {
		if (cells[i] == NULL) {
			put_u32(w->body + off, NULL_CELL);
			off += 4;
			continue;
		}
		len = strlen(cells[i]);
		put_u32(w->body + off, (uint32_t)len);
		memcpy(w->body + off + 4, cells[i], len);
		off += 4 + len;
	}
	if (feed(w, w->body, off, e) != 0)
		return -1;
	w->records++;
	return 0;
}

size_t
package_writer_records(const struct package_writer *w)
{
	return w->records;
}

static int reader_start(struct package_reader **out, const char *path,
    const char *passphrase, const unsigned char *known_key, struct err *e);
static int reader_drain(struct package_reader *r, size_t *records,
    unsigned char hash[HASHBYTES], struct err *e);

int
package_writer_seal(struct package_writer *w, struct err *e)
{
	struct package_reader *r = NULL;
	unsigned char want[HASHBYTES], got[HASHBYTES];
	size_t n = 0;
	int rc = -1;

	if (w->sealed)
		return 0;
	if (write_chunk(w, w->plain, w->plen, TAG_FINAL, NULL, 0, e) != 0)
		goto out;
	w->plen = 0;
	crypto_generichash_final(&w->hash, want, HASHBYTES);
	if (fflush(w->af.fp) != 0 || plat_fsync(fileno(w->af.fp)) != 0) {
		err_set(e, ERR_IO, _("cannot write %s: %s"), w->path, strerror(errno));
		goto out;
	}
	/* Read the temporary file back before it takes the final name. */
	if (reader_start(&r, w->af.tmp_path, NULL, w->key, e) != 0 ||
	    reader_drain(r, &n, got, e) != 0) {
		err_prefix(e, _("the package did not read back correctly: "));
		goto out;
	}
	if (n != w->records || sodium_memcmp(want, got, HASHBYTES) != 0) {
		err_set(e, ERR_IO, _("%s: the package did not read back correctly; "
		    "the disk or USB stick may be failing"), w->path);
		goto out;
	}
	w->sealed = 1;
	rc = 0;
out:
	package_reader_free(&r);
	return rc;
}

int
package_writer_finish(struct package_writer **wp, struct err *e)
{
	struct package_writer *w = *wp;
	int rc = -1;

	if (package_writer_seal(w, e) != 0)
		goto out;
	if (atomic_commit(&w->af, e) != 0)
		goto out;
	rc = 0;
out:
	package_writer_free(wp);
	return rc;
}

void
package_writer_free(struct package_writer **wp)
{
	struct package_writer *w = *wp;

	if (w == NULL)
		return;
	if (w->af.tmp_path != NULL)
		atomic_abort(&w->af);
	sodium_memzero(w->key, sizeof w->key);
	sodium_memzero(&w->st, sizeof w->st);
	if (w->plain != NULL)
		sodium_memzero(w->plain, PACKAGE_CHUNK);
	if (w->body != NULL)
		sodium_memzero(w->body, w->bodycap);
	free(w->plain);
	free(w->cipher);
	free(w->body);
	free(w->path);
	free(w);
	*wp = NULL;
}

/* ---- reading ---------------------------------------------------------- */

static void
damaged(struct package_reader *r, struct err *e)
{
	err_set(e, ERR_IO, _("%s: the package is damaged or was changed after it "
	    "was written; nothing was read from it"), r->path);
}

static void
cut_short(struct package_reader *r, struct err *e)
{
	err_set(e, ERR_IO, _("%s: the package is incomplete (cut short, perhaps the "
	    "USB stick was pulled out too early); copy it again"), r->path);
}

/* Read one chunk; 0 ok, -1 error (e set), -2 not authentic.  `ad` only for
 * the key check. */
static int
read_chunk(struct package_reader *r, const unsigned char *ad, size_t adlen,
    unsigned char *tag, struct err *e)
{
	unsigned char lenbuf[4];
	unsigned long long plen;
	uint32_t clen;
	size_t got;

	got = fread(lenbuf, 1, 4, r->fp);
	if (got != 4) {
		if (ferror(r->fp))
			err_set(e, ERR_IO, _("cannot read %s: %s"), r->path, strerror(errno));
		else
			cut_short(r, e);
		return -1;
	}
	clen = get_u32(lenbuf);
	if (clen < ABYTES || clen > PACKAGE_CHUNK + ABYTES) {
		damaged(r, e);
		return -1;
	}
	got = fread(r->cipher, 1, clen, r->fp);
	if (got != clen) {
		if (ferror(r->fp))
			err_set(e, ERR_IO, _("cannot read %s: %s"), r->path, strerror(errno));
		else
			cut_short(r, e);
		return -1;
	}
	if (crypto_secretstream_xchacha20poly1305_pull(&r->st, r->plain, &plen, tag,
	    r->cipher, clen, ad, adlen) != 0)
		return -2;
	r->plen = (size_t)plen;
	r->ppos = 0;
	return 0;
}

/* Take n plaintext bytes.  0 ok; 1 clean end (only when n bytes were
 * wanted at a record boundary and the FINAL chunk is used up); -1 error. */
static int
take(struct package_reader *r, unsigned char *dst, size_t n, int at_boundary,
    struct err *e)
{
	unsigned char tag;
	size_t k;
	int rc;

	while (n > 0) {
		if (r->ppos == r->plen) {
			if (r->final_seen) {
				if (at_boundary)
					return 1;
				damaged(r, e);
				return -1;
			}
			rc = read_chunk(r, NULL, 0, &tag, e);
			if (rc == -2)
				damaged(r, e);
			if (rc != 0)
				return -1;
			if (tag == TAG_FINAL) {
				r->final_seen = 1;
				if (fgetc(r->fp) != EOF) {
					damaged(r, e);
					return -1;
				}
			} else if (tag != TAG_MESSAGE) {
				damaged(r, e);
				return -1;
			}
			continue;
		}
		at_boundary = 0;
		k = r->plen - r->ppos;
		if (k > n)
			k = n;
		memcpy(dst, r->plain + r->ppos, k);
		crypto_generichash_update(&r->hash, r->plain + r->ppos, k);
		r->ppos += k;
		dst += k;
		n -= k;
	}
	return 0;
}

static int
read_header(struct package_reader *r, unsigned char *h, struct err *e)
{
	size_t got;

	got = fread(h, 1, PACKAGE_HEADER_LEN, r->fp);
	if (got == 0 && !ferror(r->fp)) {
		err_set(e, ERR_IO, _("%s: the file is empty, not a guanai package"), r->path);
		return -1;
	}
	if (ferror(r->fp)) {
		err_set(e, ERR_IO, _("cannot read %s: %s"), r->path, strerror(errno));
		return -1;
	}
	if (memcmp(h, PACKAGE_MAGIC, got < 8 ? got : 8) != 0) {
		err_set(e, ERR_IO, _("%s: not a guanai package"), r->path);
		return -1;
	}
	if (got < PACKAGE_HEADER_LEN) {
		cut_short(r, e);
		return -1;
	}
	if (get_u16(h + OFF_VERSION) != PACKAGE_VERSION_1) {
		err_set(e, ERR_IO, _("%s: this package was made by a newer version of "
		    "guanai (format %u); update guanai to open it"), r->path,
		    get_u16(h + OFF_VERSION));
		return -1;
	}
	/* The limits are read before anything is authenticated: a tampered
	 * header must not make a 1 GB school PC run a huge argon2id first.
	 * We write INTERACTIVE; accept up to twice its memory, 4x its passes. */
	if (get_u16(h + OFF_ALG) != crypto_pwhash_ALG_ARGON2ID13 ||
	    get_u64(h + OFF_OPS) < crypto_pwhash_OPSLIMIT_MIN ||
	    get_u64(h + OFF_OPS) > 4 * (uint64_t)crypto_pwhash_OPSLIMIT_INTERACTIVE ||
	    get_u64(h + OFF_MEM) < crypto_pwhash_MEMLIMIT_MIN ||
	    get_u64(h + OFF_MEM) > 2 * (uint64_t)crypto_pwhash_MEMLIMIT_INTERACTIVE) {
		damaged(r, e);
		return -1;
	}
	return 0;
}

int
package_check(const char *path, struct err *e)
{
	struct package_reader r;
	unsigned char h[PACKAGE_HEADER_LEN];
	int rc;

	memset(&r, 0, sizeof r);
	r.path = (char *)path;	/* read_header only names it */
	r.fp = fs_open_regular(path, e);
	if (r.fp == NULL)
		return -1;
	rc = read_header(&r, h, e);
	fclose(r.fp);
	return rc;
}

static int
reader_start(struct package_reader **out, const char *path, const char *passphrase,
    const unsigned char *known_key, struct err *e)
{
	struct package_reader *r;
	unsigned char h[PACKAGE_HEADER_LEN], key[KEYBYTES], tag;
	int rc;

	*out = NULL;
	if (sodium_init() < 0) {
		err_set(e, ERR_IO, _("the encryption library cannot start"));
		return -1;
	}
	r = xcalloc(1, sizeof *r);
	r->path = xstrdup(path);
	r->fp = fs_open_regular(path, e);	/* a FIFO must not hang unpack */
	if (r->fp == NULL)
		goto fail;
	if (read_header(r, h, e) != 0)
		goto fail;
	if (known_key != NULL)
		memcpy(key, known_key, KEYBYTES);
	else if (derive_key(key, passphrase != NULL ? passphrase : "", h + OFF_SALT,
	    get_u64(h + OFF_OPS), get_u64(h + OFF_MEM), path, e) != 0)
		goto fail;
	rc = crypto_secretstream_xchacha20poly1305_init_pull(&r->st, h + OFF_SS, key);
	sodium_memzero(key, sizeof key);
	if (rc != 0) {
		damaged(r, e);
		goto fail;
	}
	r->cipher = xmalloc(PACKAGE_CHUNK + ABYTES);
	r->plain = xmalloc(PACKAGE_CHUNK);
	rc = read_chunk(r, h, PACKAGE_HEADER_LEN, &tag, e);
	if (rc == -2 || (rc == 0 && (tag != TAG_MESSAGE || r->plen != KEY_CHECK_LEN ||
	    memcmp(r->plain, KEY_CHECK, KEY_CHECK_LEN) != 0))) {
		err_set(e, ERR_IO, _("%s: wrong passphrase, or the package was changed "
		    "after it was written"), path);
		goto fail;
	}
	if (rc != 0)
		goto fail;
	r->plen = r->ppos = 0;
	crypto_generichash_init(&r->hash, NULL, 0, HASHBYTES);
	*out = r;
	return 0;
fail:
	package_reader_free(&r);
	return -1;
}

int
package_reader_open(struct package_reader **out, const char *path,
    const char *passphrase, struct err *e)
{
	return reader_start(out, path, passphrase, NULL, e);
}

/* Split the raw body into NUL-terminated cells. */
static int
split_cells(struct package_reader *r, size_t blen, size_t *n, struct err *e)
{
	size_t ncells, i, off = 4, so = 0;
	uint32_t len;

	if (blen < 4)
		goto bad;
	ncells = get_u32(r->body);
	if (ncells > PACKAGE_MAX_CELLS)
		goto bad;
	if (ncells > r->cellcap) {
		r->cellcap = ncells;
		r->cells = xrealloc(r->cells, ncells * sizeof *r->cells);
	}
	if (blen + ncells + 1 > r->strscap) {
		r->strscap = (blen + ncells + 1) * 2;
		r->strs = xrealloc(r->strs, r->strscap);
	}
	for (i = 0; i < ncells; i++) {
		if (blen - off < 4)
			goto bad;
		len = get_u32(r->body + off);
		off += 4;
		if (len == NULL_CELL) {
			r->cells[i] = NULL;
			continue;
		}
		if (len > blen - off || memchr(r->body + off, '\0', len) != NULL)
			goto bad;
		memcpy(r->strs + so, r->body + off, len);
		r->strs[so + len] = '\0';
		r->cells[i] = r->strs + so;
		so += len + 1;
		off += len;
	}
	if (off != blen)
		goto bad;
	*n = ncells;
	return 0;
bad:
	damaged(r, e);
	return -1;
}

int
package_read_record(struct package_reader *r, const char *const **cells, size_t *n,
    struct err *e)
{
	unsigned char lenbuf[4];
	uint32_t blen;
	int rc;

	rc = take(r, lenbuf, 4, 1, e);
	if (rc != 0)
		return rc;
	blen = get_u32(lenbuf);
	if (blen > MAX_BODY) {
		damaged(r, e);
		return -1;
	}
	if (blen > r->bodycap) {
		r->bodycap = blen;
		r->body = xrealloc(r->body, r->bodycap);
	}
	if (take(r, r->body, blen, 0, e) != 0)
		return -1;
	if (split_cells(r, blen, n, e) != 0)
		return -1;
	r->records++;
	*cells = r->cells;
	return 0;
}

size_t
package_reader_records(const struct package_reader *r)
{
	return r->records;
}

static int
reader_drain(struct package_reader *r, size_t *records, unsigned char hash[HASHBYTES],
    struct err *e)
{
	const char *const *cells;
	size_t n;
	int rc;

	while ((rc = package_read_record(r, &cells, &n, e)) == 0)
		;
	if (rc < 0)
		return -1;
	if (records != NULL)
		*records = r->records;
	if (hash != NULL)
		crypto_generichash_final(&r->hash, hash, HASHBYTES);
	return 0;
}

int
package_verify(const char *path, const char *passphrase, size_t *records,
    struct err *e)
{
	struct package_reader *r = NULL;
	int rc = -1;

	if (package_reader_open(&r, path, passphrase, e) != 0)
		goto out;
	if (reader_drain(r, records, NULL, e) != 0)
		goto out;
	rc = 0;
out:
	package_reader_free(&r);
	return rc;
}

void
package_reader_free(struct package_reader **rp)
{
	struct package_reader *r = *rp;

	if (r == NULL)
		return;
	if (r->fp != NULL)
		fclose(r->fp);
	sodium_memzero(&r->st, sizeof r->st);
	if (r->plain != NULL)
		sodium_memzero(r->plain, PACKAGE_CHUNK);
	if (r->body != NULL)
		sodium_memzero(r->body, r->bodycap);
	if (r->strs != NULL)
		sodium_memzero(r->strs, r->strscap);
	free(r->plain);
	free(r->cipher);
	free(r->body);
	free(r->strs);
	free(r->cells);
	free(r->path);
	free(r);
	*rp = NULL;
}
