/* measure.c — bench helper: measure OUT CMD... runs CMD and writes
 * "wall_s cpu_s peak_MiB" (getrusage of the child) to OUT; exits with
 * CMD's status.  Compiled by bench/import.sh and bench/pack.sh. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
	struct timeval t0, t1; struct rusage ru; int st; pid_t p;
	FILE *out = fopen(argv[1], "w");
	gettimeofday(&t0, NULL);
	if ((p = fork()) == 0) { execvp(argv[2], argv + 2); _exit(127); }
	wait4(p, &st, 0, &ru);
	gettimeofday(&t1, NULL);
	fprintf(out, "%.2f %.2f %.1f\n", (t1.tv_sec - t0.tv_sec) + (t1.tv_usec - t0.tv_usec) / 1e6,
	    ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6,
	    ru.ru_maxrss / 1024.0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
