/*
 * bench/coldtool.c — the two small jobs of bench/coldstart.sh that a shell
 * cannot do well (compiled by that script; not part of the program):
 *
 *   coldtool evict [-q] FILE…   drop each file's pages from the page cache
 *                               (posix_fadvise DONTNEED) and print how many
 *                               were resident before and after (mincore)
 *   coldtool time CMD [ARG…]    run CMD with its output to /dev/null and
 *                               print "wall cpu majflt read": its wall and
 *                               CPU (user + system) time in ms, its major
 *                               page faults and the KiB it read from the
 *                               disk (rusage: what a cold start costs,
 *                               whatever the machine's load)
 *
 * DONTNEED drops only pages no process has mapped: a shared library that
 * a live process (a shell, tmux) maps stays resident, so the "after"
 * count says what a measurement really started from.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* resident pages of the open file fd of len bytes, -1 if unknown */
static long
resident(int fd, size_t len, long pg)
{
	size_t n = (len + (size_t)pg - 1) / (size_t)pg, i;
	unsigned char *v;
	void *p;
	long r = 0;

	if (len == 0)
		return 0;
	if ((p = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0)) == MAP_FAILED)
		return -1;
	if ((v = malloc(n)) == NULL || mincore(p, len, v) != 0)
		r = -1;
	else
		for (i = 0; i < n; i++)
			r += v[i] & 1;
	free(v);
	munmap(p, len);
	return r;
}

static int
evict(int argc, char **argv)
{
	long pg = sysconf(_SC_PAGESIZE), before, after, pages;
	long tb = 0, ta = 0, tp = 0;
	int quiet = 0, rc = 0, i, fd;
	struct stat st;

	if (argc > 0 && strcmp(argv[0], "-q") == 0) {
		quiet = 1;
		argc--;
		argv++;
	}
	for (i = 0; i < argc; i++) {
		if ((fd = open(argv[i], O_RDONLY)) < 0)
			continue;	/* a -wal or -shm that is not there */
		if (fstat(fd, &st) != 0) {
			perror(argv[i]);
			close(fd);
			rc = 1;
			continue;
		}
		before = resident(fd, (size_t)st.st_size, pg);
		fdatasync(fd);	/* dirty pages cannot be dropped */
		posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
		after = resident(fd, (size_t)st.st_size, pg);
		pages = (st.st_size + pg - 1) / pg;
		if (!quiet)
			printf("  %6ld -> %6ld of %6ld pages  %s\n", before, after,
			    pages, argv[i]);
		tb += before;
		ta += after;
		tp += pages;
		close(fd);
	}
	printf("resident %ld -> %ld of %ld pages (%ld KiB left in the cache)\n",
	    tb, ta, tp, ta * pg / 1024);
	return rc;
}

static int
run_timed(char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int st, fd;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0) {
		if ((fd = open("/dev/null", O_RDWR)) >= 0) {
			dup2(fd, 0);
			dup2(fd, 1);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	while (wait4(pid, &st, 0, &ru) < 0)
		;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f %.3f %ld %ld\n", (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e6,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3,
	    ru.ru_majflt, ru.ru_inblock / 2);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "coldtool: %s failed\n", argv[0]);
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "evict") == 0)
		return evict(argc - 2, argv + 2);
	if (argc >= 3 && strcmp(argv[1], "time") == 0)
		return run_timed(argv + 2);
	fprintf(stderr, "usage: coldtool evict [-q] FILE… | coldtool time CMD [ARG…]\n");
	return 2;
}
