/* forge.c — a hostile sender's tool for tests/security: re-write a real
 * package (made by guanai from another database) with some cells changed,
 * encrypted again with the same passphrase, so that only what the receiver
 * checks inside can stop it.
 *
 *   forge IN OUT PASSPHRASE [FROM TO]...
 *
 * Every cell exactly equal to FROM becomes TO (the sync header's class
 * list, a gender "tm", a birth date "t2017-08-30", a school name …);
 * "-" as TO leaves the cell out of the record (e.g. an older header). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guanai/package.h"

int
main(int argc, char **argv)
{
	struct package_reader *r = NULL;
	struct package_writer *w = NULL;
	struct err e = { 0, "" };
	const char *const *cells;
	const char *out[PACKAGE_MAX_CELLS];
	size_t n, i, k;
	int rc, j, changed = 0;

	if (argc < 4 || argc % 2 != 0) {
		fprintf(stderr, "usage: forge IN OUT PASSPHRASE [FROM TO]...\n");
		return 2;
	}
	if (package_reader_open(&r, argv[1], argv[3], &e) != 0 ||
	    package_writer_new(&w, argv[2], argv[3], &e) != 0)
		goto fail;
	while ((rc = package_read_record(r, &cells, &n, &e)) == 0) {
		for (i = k = 0; i < n; i++) {
			const char *v = cells[i];

			for (j = 4; v != NULL && j < argc; j += 2)
				if (strcmp(v, argv[j]) == 0) {
					v = argv[j + 1];
					changed++;
					break;
				}
			if (v != NULL && strcmp(v, "-") == 0)
				continue;
			out[k++] = v;
		}
		if (package_write_record(w, out, k, &e) != 0)
			goto fail;
	}
	if (rc < 0 || package_writer_finish(&w, &e) != 0)
		goto fail;
	package_reader_free(&r);
	printf("%d cells changed\n", changed);
	return 0;
fail:
	fprintf(stderr, "forge: %s\n", e.msg);
	package_reader_free(&r);
	package_writer_free(&w);
	return 1;
}
