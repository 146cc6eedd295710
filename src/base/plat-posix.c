/* plat-posix.c — plat.h on Linux and the other POSIX systems: the plain
 * calls, so that behaviour there is exactly what it was before plat.h. */
#include "config.h"

#ifndef _WIN32

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pwd.h>
#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "guanai/base/buf.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"

int
plat_open(const char *path, int flags, int mode)
{
	return open(path, flags, (mode_t)mode);
}

const char *
plat_null_device(void)
{
	return "/dev/null";
}

FILE *
plat_fopen(const char *path, const char *mode)
{
	return fopen(path, mode);
}

long
plat_pread(int fd, void *buf, size_t n, long long offset)
{
	return (long)pread(fd, buf, n, (off_t)offset);
}

int
plat_close(int fd)
{
	return close(fd);
}

void
plat_fd_blocking(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	if (fl != -1)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
}

int
plat_stat(const char *path, plat_stat_t *st)
{
	return stat(path, st);
}

int
plat_lstat(const char *path, plat_stat_t *st)
{
	return lstat(path, st);
}

int
plat_fstat(int fd, plat_stat_t *st)
{
	return fstat(fd, st);
}

int
plat_rename(const char *from, const char *to)
{
	return rename(from, to);
}

int
plat_unlink(const char *path)
{
	return unlink(path);
}

int
plat_mkdir(const char *path, int mode)
{
	return mkdir(path, (mode_t)mode);
}

int
plat_access(const char *path, int how)
{
	int m = 0;

	if (how & PLAT_R_OK)
		m |= R_OK;
	if (how & PLAT_W_OK)
		m |= W_OK;
	if (how & PLAT_X_OK)
		m |= X_OK;
	return access(path, m == 0 ? F_OK : m);
}

int
plat_fsync(int fd)
{
	static int strict = -1;
	int fl;

	/* GUANAI_STRICT_FSYNC (tests/cli/strict-fsync.sh): refuse what
	 * Windows refuses, so that Linux tests catch an fsync of a descriptor
	 * opened only for reading (there Windows says "access denied"; the
	 * data was written through another one, which is the one to flush) */
	if (strict < 0)
		strict = getenv("GUANAI_STRICT_FSYNC") != NULL;
	if (strict && (fl = fcntl(fd, F_GETFL)) != -1 && (fl & O_ACCMODE) == O_RDONLY) {
		errno = EBADF;
		return -1;
	}
	return fsync(fd);
}

int
plat_sync_dir(const char *dir)
{
	int fd, rc = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	/* some file systems refuse fsync on a directory (EINVAL): nothing
	 * more can be done there */
	if (fsync(fd) != 0 && errno != EINVAL)
		rc = -1;
	close(fd);
	return rc;
}

int
plat_fchmod_private(int fd)
{
	return fchmod(fd, 0600);
}

int
plat_chmod_private(const char *path)
{
	return chmod(path, 0600);
}

int
plat_owned_by_me(const plat_stat_t *st)
{
	return st->st_uid == geteuid();
}

int
plat_temp_open(char *templ)
{
	return mkostemp(templ, O_CLOEXEC);
}

const char *
plat_temp_dir(void)
{
	const char *t = getenv("TMPDIR");

	return t != NULL && t[0] == '/' ? t : "/tmp";
}

int
plat_temp_anon(char *templ)
{
	int fd = mkostemp(templ, O_CLOEXEC);

	if (fd >= 0)
		unlink(templ);	/* nothing left behind, whatever happens */
	return fd;
}

int
plat_lock(int fd, int how)
{
	int op = how == PLAT_LOCK_EX ? LOCK_EX : how == PLAT_LOCK_SH ? LOCK_SH :
	    LOCK_UN;

	return flock(fd, op | LOCK_NB);
}

int
plat_is_sep(int c)
{
	return c == '/';
}

/* ---- directories ------------------------------------------------------ */

struct plat_dir {
	DIR *d;
};

struct plat_dir *
plat_dir_open(const char *path)
{
	DIR *d = opendir(path);
	struct plat_dir *pd;

	if (d == NULL)
		return NULL;
	pd = xcalloc(1, sizeof *pd);
	pd->d = d;
	return pd;
}

const char *
plat_dir_next(struct plat_dir *d)
{
	struct dirent *de = readdir(d->d);

	return de != NULL ? de->d_name : NULL;
}

void
plat_dir_close(struct plat_dir **d)
{
	if (*d == NULL)
		return;
	closedir((*d)->d);
	free(*d);
	*d = NULL;
}

/* ---- places ----------------------------------------------------------- */

char *
plat_data_dir(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (xdg != NULL && xdg[0] == '/')
		return xasprintf("%s/guanai", xdg);
	return xasprintf("%s/.local/share/guanai", home ? home : ".");
}

char *
plat_home_dir(void)
{
	const char *home = getenv("HOME");

	return xstrdup(home != NULL && home[0] ? home : ".");
}

char *
plat_exe_path(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	return xstrdup(exe);
}

int
plat_shell_print(const char *path)
{
	(void)path;
	return -1;	/* printing goes through CUPS (lp) */
}

int
plat_shell_print_available(void)
{
	return 0;
}

long
plat_cjk_fonts(char ***paths)
{
	static const char *const fonts[] = {
		"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
		"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
		"/usr/share/fonts/truetype/arphic/uming.ttc",
		"/usr/share/fonts/truetype/arphic/ukai.ttc",
		"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
		"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
	};
	long n = 0;

	*paths = xcalloc(sizeof fonts / sizeof fonts[0], sizeof **paths);
	for (size_t i = 0; i < sizeof fonts / sizeof fonts[0]; i++)
		if (access(fonts[i], R_OK) == 0)
			(*paths)[n++] = xstrdup(fonts[i]);
	return n;
}

long
plat_removable_drives(char ***dirs)
{
	*dirs = NULL;
	return -1;	/* sticks are mounted under /media/$USER */
}

char *
plat_volume_label(const char *dir)
{
	(void)dir;
	return NULL;
}

char *
plat_machine_id(void)
{
	static const char *const ids[] = { "/etc/machine-id", "/var/lib/dbus/machine-id" };
	char machine[128] = "", *nl;
	size_t i;
	FILE *fp;

	for (i = 0; i < sizeof ids / sizeof ids[0] && machine[0] == '\0'; i++) {
		if ((fp = fopen(ids[i], "r")) == NULL)
			continue;
		if (fgets(machine, sizeof machine, fp) == NULL)
			machine[0] = '\0';
		fclose(fp);
	}
	if (machine[0] == '\0' && gethostname(machine, sizeof machine - 1) != 0)
		snprintf(machine, sizeof machine, "unknown");
	machine[sizeof machine - 1] = '\0';
	if ((nl = strchr(machine, '\n')) != NULL)
		*nl = '\0';
	return xstrdup(machine);
}

unsigned long long
plat_file_id(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return 0;
	return (unsigned long long)st.st_ino;
}

int
plat_run(const char *const *argv, int flags, char **out, size_t max)
{
	int fds[2], status = 0, devnull;
	struct buf b = BUF_INIT;
	char chunk[512];
	ssize_t n;
	pid_t pid;

	if (out != NULL)
		*out = NULL;
	if (pipe(fds) != 0)
		return -1;
	pid = fork();
	if (pid < 0) {
		close(fds[0]), close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(fds[1], 1);
		if (flags & PLAT_RUN_STDERR)
			dup2(fds[1], 2);
		if ((flags & PLAT_RUN_QUIET) &&
		    (devnull = open("/dev/null", O_RDWR)) >= 0) {
			dup2(devnull, 0);
			dup2(devnull, 2);
		}
		close(fds[0]), close(fds[1]);
		if (flags & PLAT_RUN_C_LOCALE)
			setenv("LC_ALL", "C", 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	close(fds[1]);
	while ((n = read(fds[0], chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR))
		if (n > 0 && b.len < max)
			buf_add(&b, chunk, (size_t)n);
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		buf_free(&b);
		return -1;
	}
	if (out != NULL) {
		buf_add(&b, "", 0);
		*out = buf_detach(&b);
	} else
		buf_free(&b);
	return WEXITSTATUS(status);
}

/* ---- the user, the console and the process ----------------------------- */

char *
plat_user_name(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *u = getenv("USER");

	if (pw != NULL && pw->pw_name != NULL)
		return xstrdup(pw->pw_name);
	return xstrdup(u != NULL && u[0] ? u : "unknown");
}

long
plat_getline(char **line, size_t *cap, FILE *fp)
{
	return (long)getline(line, cap, fp);
}

char *
plat_console_line(const char *prompt, int echo)
{
	struct termios old, quiet;
	FILE *tty = fopen("/dev/tty", "r+");
	char *line = NULL;
	size_t cap = 0, n;
	int echo_off = 0;

	if (tty == NULL)
		return NULL;
	if (!echo && tcgetattr(fileno(tty), &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		quiet.c_lflag |= ECHONL;
		echo_off = tcsetattr(fileno(tty), TCSAFLUSH, &quiet) == 0;
	}
	fputs(prompt, tty);
	fflush(tty);
	if (getline(&line, &cap, tty) < 0) {
		if (line != NULL)
			memset(line, 0, cap);
		free(line);
		line = NULL;
	}
	if (echo_off)
		tcsetattr(fileno(tty), TCSAFLUSH, &old);
	else if (!echo)
		fputc('\n', tty);
	fclose(tty);
	if (line != NULL) {
		n = strlen(line);
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
	}
	return line;
}

void
plat_stdio_init(void)
{
	/* POSIX streams are binary already */
}

void
plat_setlocale(void)
{
	setlocale(LC_ALL, "");
}

void
plat_args_utf8(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;	/* bytes as the shell passed them: the locale's */
}

const char *
plat_codeset(void)
{
	return nl_langinfo(CODESET);
}

int
plat_setenv(const char *name, const char *value)
{
	return setenv(name, value, 1);
}

int
plat_random(void *buf, size_t n)
{
	unsigned char *b = buf;
	size_t got = 0;
	ssize_t k;

	while (got < n) {
		k = getrandom(b + got, n - got, 0);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		got += (size_t)k;
	}
	return 0;
}

unsigned long
plat_pid(void)
{
	return (unsigned long)getpid();
}

void
plat_sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

int
plat_input_waiting(void)
{
	struct pollfd pfd = { 0, POLLIN, 0 };

	return poll(&pfd, 1, 0) > 0;
}

const char *
plat_ui_language(void)
{
	return NULL;
}

int
plat_wcwidth(uint32_t cp)
{
	if (cp > 0x10ffff || (wchar_t)cp < 0 || (uint32_t)(wchar_t)cp != cp)
		return -1;
	return wcwidth((wchar_t)cp);
}

int
plat_wchar_is_16bit(void)
{
	return sizeof(wchar_t) < 4;
}

/* ---- signals ---------------------------------------------------------- */

/* The handlers plat_term_install replaced: a signal handler has no other
 * way to find them. */
static const int term_signals[3] = { SIGTERM, SIGHUP, SIGINT };
static struct sigaction term_old[3];

void
plat_term_install(void (*fn)(int))
{
	struct sigaction sa;
	int i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < 3; i++) {
		sigaction(term_signals[i], NULL, &term_old[i]);
		if (term_old[i].sa_handler == SIG_IGN)
			continue;	/* nohup: stay ignored */
		sigaction(term_signals[i], &sa, NULL);
	}
}

void
plat_term_chain(int sig)
{
	int i;

	for (i = 0; i < 3; i++) {
		if (term_signals[i] != sig)
			continue;
		/* hand over to whoever had the signal before (curses restores
		 * the terminal), else die of it as we would have */
		sigaction(sig, &term_old[i], NULL);
		if (term_old[i].sa_handler != SIG_DFL &&
		    term_old[i].sa_handler != SIG_IGN &&
		    !(term_old[i].sa_flags & SA_SIGINFO)) {
			term_old[i].sa_handler(sig);
			return;
		}
		raise(sig);
	}
}

void
plat_signals_block(plat_sigsave_t *saved)
{
	sigset_t block;
	int i;

	_Static_assert(sizeof(sigset_t) <= sizeof(plat_sigsave_t), "sigset_t fits");
	sigemptyset(&block);
	for (i = 0; i < 3; i++)
		sigaddset(&block, term_signals[i]);
	sigprocmask(SIG_BLOCK, &block, (sigset_t *)(void *)saved);
}

void
plat_signals_unblock(const plat_sigsave_t *saved)
{
	sigprocmask(SIG_SETMASK, (const sigset_t *)(const void *)saved, NULL);
}

#else
/* ISO C forbids an empty translation unit */
typedef int plat_posix_unused;
#endif
