/* fuzz-package.c — libFuzzer target for the package reader (io/package.c):
 * the file a USB stick brings, which may be damaged, cut short or forged.
 *
 * The key derivation is replaced, in this program only, by a fast keyed
 * hash (crypto_pwhash is defined below and takes precedence over
 * libsodium's), so that the fuzzer spends its time in the reader and not
 * in argon2id; the header checks and the limits are the reader's own.
 *
 * The first byte picks a mode:
 *   bit 0 clear: the rest is the file as it is (mutations of real packages
 *           from the seed corpus: header, chunk lengths, tags, truncation);
 *   bit 0 set:  the rest is a plaintext record stream that this program
 *           encrypts properly (second byte: chunk size; bit 1: no FINAL
 *           chunk; bit 2: a chunk after FINAL), so that the record parser
 *           behind the authentication is reached too.
 * Properties: no crash, no leak, no read out of bounds; records come back
 * only from an authentic stream; a failure always says why.
 *
 * Built with -DFUZZ_PACKAGE_SEEDS it is instead a program that writes the
 * seed corpus (real packages from package_writer) into the directory named
 * by its argument. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "guanai/base/err.h"
#include "guanai/io/package.h"

#define PASS "fuzz-passphrase"

/* The fast stand-in for argon2id: BLAKE2b of the salt, limits and
 * passphrase.  Same signature as libsodium's. */
int
crypto_pwhash(unsigned char *const out, unsigned long long outlen,
    const char *const passwd, unsigned long long passwdlen,
    const unsigned char *const salt, unsigned long long opslimit,
    size_t memlimit, int alg)
{
	crypto_generichash_state st;
	unsigned long long v[3] = { opslimit, memlimit, (unsigned long long)alg };

	crypto_generichash_init(&st, NULL, 0, outlen);
	crypto_generichash_update(&st, salt, crypto_pwhash_SALTBYTES);
	crypto_generichash_update(&st, (const unsigned char *)v, sizeof v);
	crypto_generichash_update(&st, (const unsigned char *)passwd, passwdlen);
	crypto_generichash_final(&st, out, outlen);
	return 0;
}

static char path[4096];

static void
put_u16(unsigned char *p, unsigned v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
}

static void
put_u32(unsigned char *p, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		p[i] = (v >> (8 * i)) & 0xff;
}

static void
put_u64(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (v >> (8 * i)) & 0xff;
}

static void
chunk(FILE *fp, crypto_secretstream_xchacha20poly1305_state *st,
    const unsigned char *m, size_t n, unsigned char tag,
    const unsigned char *ad, size_t adlen)
{
	static unsigned char c[PACKAGE_CHUNK + crypto_secretstream_xchacha20poly1305_ABYTES];
	unsigned long long clen;
	unsigned char lb[4];

	crypto_secretstream_xchacha20poly1305_push(st, c, &clen, m, n, ad, adlen, tag);
	put_u32(lb, (uint32_t)clen);
	fwrite(lb, 1, 4, fp);
	fwrite(c, 1, (size_t)clen, fp);
}

/* Encrypt `plain` as a package into path; flags as in the comment above. */
static void
write_structured(const unsigned char *plain, size_t n, size_t csize, unsigned flags)
{
	crypto_secretstream_xchacha20poly1305_state st;
	unsigned char h[PACKAGE_HEADER_LEN], key[32];
	FILE *fp;
	size_t off = 0, k;

	memset(h, 0, sizeof h);
	memcpy(h, PACKAGE_MAGIC, 8);
	put_u16(h + 8, PACKAGE_VERSION_1);
	put_u16(h + 10, crypto_pwhash_ALG_ARGON2ID13);
	put_u64(h + 12, crypto_pwhash_OPSLIMIT_INTERACTIVE);
	put_u64(h + 20, crypto_pwhash_MEMLIMIT_INTERACTIVE);
	memset(h + 28, 0x5a, crypto_pwhash_SALTBYTES);
	crypto_pwhash(key, sizeof key, PASS, strlen(PASS), h + 28,
	    crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
	    crypto_pwhash_ALG_ARGON2ID13);
	crypto_secretstream_xchacha20poly1305_init_push(&st, h + 44, key);
	fp = fopen(path, "wb");
	if (fp == NULL)
		abort();
	fwrite(h, 1, sizeof h, fp);
	chunk(fp, &st, (const unsigned char *)"guanai-key-check", 16,
	    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, h, sizeof h);
	do {
		k = n - off < csize ? n - off : csize;
		if (off + k == n && !(flags & 2))
			chunk(fp, &st, plain + off, k,
			    crypto_secretstream_xchacha20poly1305_TAG_FINAL, NULL, 0);
		else
			chunk(fp, &st, plain + off, k,
			    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, NULL, 0);
		off += k;
	} while (off < n);
	if (flags & 4)
		chunk(fp, &st, plain, n < 8 ? n : 8,
		    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, NULL, 0);
	fclose(fp);
}

static void
read_all(void)
{
	struct package_reader *r = NULL;
	const char *const *cells;
	struct err e = { 0, "" };
	size_t n, i, records = 0;
	int rc;

	if (package_reader_open(&r, path, PASS, &e) != 0) {
		if (r != NULL || e.msg[0] == '\0')
			abort();
		return;
	}
	while ((rc = package_read_record(r, &cells, &n, &e)) == 0) {
		if (n > PACKAGE_MAX_CELLS)
			abort();
		for (i = 0; i < n; i++)
			if (cells[i] != NULL)
				(void)strlen(cells[i]);
		records++;
	}
	if (rc < 0 && e.msg[0] == '\0')
		abort();
	if (package_reader_records(r) != records)
		abort();
	package_reader_free(&r);
	if (r != NULL)
		abort();
}

#ifndef FUZZ_PACKAGE_SEEDS
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
cleanup(void)
{
	unlink(path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("GUANAI_FUZZ_TMP");
	int fd;

	(void)argc;
	(void)argv;
	if (sodium_init() < 0)
		abort();
	/* A file per input: in memory when possible (3x faster than disk). */
	if (tmp == NULL)
		tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/guanai-fuzz-pkg.XXXXXX", tmp ? tmp : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		abort();
	close(fd);
	atexit(cleanup);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp;
	size_t csize;

	if (size < 1)
		return 0;
	if (data[0] & 1) {
		if (size < 2)
			return 0;
		csize = data[1] == 255 ? PACKAGE_CHUNK : 1 + (size_t)data[1] * 16;
		write_structured(data + 2, size - 2, csize, data[0]);
	} else {
		fp = fopen(path, "wb");
		if (fp == NULL)
			abort();
		fwrite(data + 1, 1, size - 1, fp);
		fclose(fp);
	}
	read_all();
	return 0;
}
#else
/* Seed writer: real packages, and plaintext streams for the other mode. */
static void
save(const char *dir, const char *name, unsigned char mode, const unsigned char *b,
    size_t n)
{
	char p[4096];
	FILE *fp;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	fp = fopen(p, "wb");
	if (fp == NULL)
		abort();
	fputc(mode, fp);
	fwrite(b, 1, n, fp);
	fclose(fp);
}

static void
seed_package(const char *dir, const char *name, size_t nrec, size_t ncell,
    size_t cell_len)
{
	struct package_writer *w = NULL;
	struct err e = { 0, "" };
	const char *cells[8];
	char *big, sb[4096];
	size_t i, j, n;
	FILE *fp;

	snprintf(path, sizeof path, "%s/.tmp-seed.pkg", dir);
	big = malloc(cell_len + 1);
	memset(big, 'x', cell_len);
	big[cell_len] = '\0';
	if (package_writer_new(&w, path, PASS, &e) != 0)
		abort();
	for (i = 0; i < nrec; i++) {
		for (j = 0; j < ncell && j < 8; j++)
			cells[j] = j == 1 ? NULL : j == 2 ? "张思远" : j == 3 ? big : "child";
		if (package_write_record(w, cells, ncell < 8 ? ncell : 8, &e) != 0)
			abort();
	}
	if (package_writer_finish(&w, &e) != 0) {
		fprintf(stderr, "%s\n", e.msg);
		abort();
	}
	fp = fopen(path, "rb");
	n = fread(sb, 1, sizeof sb, fp);
	fclose(fp);
	unlink(path);
	save(dir, name, 0, (unsigned char *)sb, n);
	free(big);
}

int
main(int argc, char **argv)
{
	/* record: u32 body length, u32 cells, per cell u32 length + bytes */
	static const unsigned char rec[] = {
		22, 0, 0, 0, 3, 0, 0, 0,
		5, 0, 0, 0, 'c', 'h', 'i', 'l', 'd',
		0xff, 0xff, 0xff, 0xff,
		1, 0, 0, 0, 'x',
		8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
	};
	unsigned char two[2 + sizeof rec];

	if (argc != 2 || sodium_init() < 0)
		return 2;
	seed_package(argv[1], "pkg-empty", 0, 0, 0);
	seed_package(argv[1], "pkg-small", 3, 4, 10);
	seed_package(argv[1], "pkg-cells", 2, 8, 200);
	two[0] = 3;	/* chunk size 1 + 3 * 16 */
	memcpy(two + 1, rec, sizeof rec);
	save(argv[1], "plain-records", 1, two, 1 + sizeof rec);
	two[0] = 0;	/* one byte a chunk: records across chunks */
	save(argv[1], "plain-bytewise", 1, two, 1 + sizeof rec);
	save(argv[1], "plain-nofinal", 3, two, 1 + sizeof rec);
	save(argv[1], "plain-after-final", 5, two, 1 + sizeof rec);
	return 0;
}
#endif
