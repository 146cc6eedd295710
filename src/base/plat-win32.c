/* plat-win32.c — plat.h on Windows (mingw-w64, Windows 7 and later).
 *
 * Paths arrive in UTF-8 and go to the wide (UTF-16) calls; the narrow
 * calls would read them in the ANSI code page (CP936) and mangle every
 * name outside it.  Only Vista-level APIs of KERNEL32, ADVAPI32 and the C
 * runtime (msvcrt) are used, so Windows 7 runs the program. */
#include "config.h"

#ifdef _WIN32

#define _CRT_RAND_S		/* rand_s: the runtime's CSPRNG */
#include <windows.h>
#include <shellapi.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>

#include "guanai/base/mem.h"
#include "guanai/base/plat.h"

/* UTF-8 → UTF-16, the caller's (free); NULL with errno EINVAL when the
 * text is not UTF-8.  A bare drive ("E:") becomes its root ("E:\"): alone
 * it would name the current folder of that drive. */
static wchar_t *
wide(const char *s)
{
	int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
	wchar_t *w;

	if (n <= 0) {
		errno = EINVAL;
		return NULL;
	}
	w = xcalloc((size_t)n + 2, sizeof *w);
	MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n);
	if (n == 3 && w[1] == L':')
		w[2] = L'\\', w[3] = L'\0';
	return w;
}

/* UTF-16 → UTF-8, the caller's. */
static char *
narrow(const wchar_t *w)
{
	int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
	char *s;

	if (n <= 0)
		return xstrdup("");
	s = xcalloc((size_t)n + 1, 1);
	WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
	return s;
}

/* The Windows error of the last call as an errno. */
static void
set_errno_from_win32(void)
{
	switch (GetLastError()) {
	case ERROR_FILE_NOT_FOUND:
	case ERROR_PATH_NOT_FOUND:
		errno = ENOENT;
		break;
	case ERROR_ACCESS_DENIED:
	case ERROR_SHARING_VIOLATION:
	case ERROR_LOCK_VIOLATION:
		errno = EACCES;
		break;
	case ERROR_ALREADY_EXISTS:
	case ERROR_FILE_EXISTS:
		errno = EEXIST;
		break;
	case ERROR_DISK_FULL:
	case ERROR_HANDLE_DISK_FULL:
		errno = ENOSPC;
		break;
	default:
		errno = EIO;
	}
}

/* open(2) through CreateFileW, sharing read, write and delete: POSIX
 * semantics, where a file another handle has open can still be renamed
 * over or removed (the temporary files guanai keeps open while it
 * publishes them; _wopen's handles refuse both). */
static int
open_shared(const wchar_t *w, int flags)
{
	DWORD access, disp;
	HANDLE h;
	int fd, cflags = _O_BINARY | _O_NOINHERIT;

	switch (flags & (O_RDONLY | O_WRONLY | O_RDWR)) {
	case O_WRONLY:
		access = GENERIC_WRITE;
		break;
	case O_RDWR:
		access = GENERIC_READ | GENERIC_WRITE;
		cflags |= _O_RDWR;
		break;
	default:
		access = GENERIC_READ;
		cflags |= _O_RDONLY;
	}
	if (flags & O_APPEND)
		cflags |= _O_APPEND;
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		disp = CREATE_NEW;
	else if ((flags & (O_CREAT | O_TRUNC)) == (O_CREAT | O_TRUNC))
		disp = CREATE_ALWAYS;
	else if (flags & O_CREAT)
		disp = OPEN_ALWAYS;
	else if (flags & O_TRUNC)
		disp = TRUNCATE_EXISTING;
	else
		disp = OPEN_EXISTING;
	h = CreateFileW(w, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
	    NULL, disp, FILE_ATTRIBUTE_NORMAL, NULL);
	if (h == INVALID_HANDLE_VALUE) {
		set_errno_from_win32();
		return -1;
	}
	fd = _open_osfhandle((intptr_t)h, cflags);
	if (fd < 0)
		CloseHandle(h);
	return fd;
}

int
plat_open(const char *path, int flags, int mode)
{
	wchar_t *w = wide(path);
	int fd;

	(void)mode;	/* no mode bits: the per-user folder protects the file */
	if (w == NULL)
		return -1;
	fd = open_shared(w, flags);
	free(w);
	return fd;
}

const char *
plat_null_device(void)
{
	return "NUL";
}

FILE *
plat_fopen(const char *path, const char *mode)
{
	wchar_t wmode[8];
	wchar_t *w;
	size_t i, k = 0;
	FILE *fp;

	/* always binary: text mode turns "\n" into "\r\n" and stops at ^Z */
	for (i = 0; mode[i] != '\0' && k < 5; i++)
		if (mode[i] != 'b' && mode[i] != 't' && mode[i] != 'e')
			wmode[k++] = (wchar_t)(unsigned char)mode[i];
	wmode[k++] = L'b';
	wmode[k] = L'\0';
	if ((w = wide(path)) == NULL)
		return NULL;
	fp = _wfopen(w, wmode);
	free(w);
	return fp;
}

long
plat_pread(int fd, void *buf, size_t n, long long offset)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);
	OVERLAPPED ov;
	DWORD got = 0;

	if (h == INVALID_HANDLE_VALUE) {
		errno = EBADF;
		return -1;
	}
	memset(&ov, 0, sizeof ov);
	ov.Offset = (DWORD)((unsigned long long)offset & 0xffffffffu);
	ov.OffsetHigh = (DWORD)((unsigned long long)offset >> 32);
	if (n > 0x7fffffff)
		n = 0x7fffffff;
	if (!ReadFile(h, buf, (DWORD)n, &got, &ov)) {
		if (GetLastError() == ERROR_HANDLE_EOF)
			return 0;
		set_errno_from_win32();
		return -1;
	}
	return (long)got;
}

int
plat_close(int fd)
{
	return _close(fd);
}

void
plat_fd_blocking(int fd)
{
	(void)fd;
}

int
plat_stat(const char *path, plat_stat_t *st)
{
	wchar_t *w = wide(path);
	size_t n;
	int rc;

	if (w == NULL)
		return -1;
	/* _wstat64 refuses "C:\dir\" with a trailing separator */
	n = wcslen(w);
	while (n > 3 && (w[n - 1] == L'/' || w[n - 1] == L'\\'))
		w[--n] = L'\0';
	rc = _wstat64(w, st);
	free(w);
	return rc;
}

int
plat_lstat(const char *path, plat_stat_t *st)
{
	return plat_stat(path, st);
}

int
plat_fstat(int fd, plat_stat_t *st)
{
	return _fstat64(fd, st);
}

int
plat_rename(const char *from, const char *to)
{
	wchar_t *wf = wide(from), *wt = wide(to);
	int rc = -1;

	if (wf != NULL && wt != NULL) {
		if (MoveFileExW(wf, wt, MOVEFILE_REPLACE_EXISTING |
		    MOVEFILE_WRITE_THROUGH))
			rc = 0;
		else
			set_errno_from_win32();
	}
	free(wf);
	free(wt);
	return rc;
}

int
plat_unlink(const char *path)
{
	wchar_t *w = wide(path);
	int rc;

	if (w == NULL)
		return -1;
	rc = _wunlink(w);
	free(w);
	return rc;
}

int
plat_mkdir(const char *path, int mode)
{
	wchar_t *w = wide(path);
	int rc;

	(void)mode;
	if (w == NULL)
		return -1;
	rc = _wmkdir(w);
	free(w);
	return rc;
}

int
plat_access(const char *path, int how)
{
	wchar_t *w = wide(path);
	int rc;

	if (w == NULL)
		return -1;
	/* the runtime knows read and write (and refuses X_OK) */
	rc = _waccess(w, how & (PLAT_R_OK | PLAT_W_OK));
	free(w);
	return rc;
}

int
plat_fsync(int fd)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);
	DWORD err;

	if (h == INVALID_HANDLE_VALUE) {
		errno = EBADF;
		return -1;
	}
	if (FlushFileBuffers(h))
		return 0;
	err = GetLastError();
	/* a handle opened only for reading has nothing to flush, and Windows
	 * refuses to be asked: that is not a failure to make data durable */
	if (err == ERROR_ACCESS_DENIED || err == ERROR_INVALID_HANDLE)
		return 0;
	set_errno_from_win32();
	return -1;
}

int
plat_sync_dir(const char *dir)
{
	/* directories cannot be flushed on Windows; MoveFileExW with
	 * MOVEFILE_WRITE_THROUGH returned only once the rename was on disk */
	(void)dir;
	return 0;
}

int
plat_fchmod_private(int fd)
{
	(void)fd;	/* %APPDATA% and the user's folders admit only the user */
	return 0;
}

int
plat_chmod_private(const char *path)
{
	(void)path;
	return 0;
}

int
plat_owned_by_me(const plat_stat_t *st)
{
	(void)st;	/* no owner in the runtime's stat; the folder is the user's */
	return 1;
}

/* Fill the XXXXXX of TEMPL with random letters and create it with OPEN
 * (which fails with EEXIST on an existing name), up to 100 names. */
static int
temp_create(char *templ, const char *letters, size_t nletters,
    int (*open_new)(const wchar_t *))
{
	size_t len = strlen(templ);
	unsigned int r;
	int tries, i, fd;
	wchar_t *w;

	if (len < 6 || strcmp(templ + len - 6, "XXXXXX") != 0) {
		errno = EINVAL;
		return -1;
	}
	for (tries = 0; tries < 100; tries++) {
		for (i = 0; i < 6; i++) {
			if (rand_s(&r) != 0) {
				errno = EIO;
				return -1;
			}
			templ[len - 6 + i] = letters[r % nletters];
		}
		if ((w = wide(templ)) == NULL)
			return -1;
		fd = open_new(w);
		free(w);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

/* O_EXCL: never an existing file (CREATE_NEW fails on any existing name,
 * a link included) */
static int
open_new_shared(const wchar_t *w)
{
	return open_shared(w, O_RDWR | O_CREAT | O_EXCL);
}

/* _O_TEMPORARY: Windows deletes it when the last handle closes, also when
 * the process is killed */
static int
open_new_temporary(const wchar_t *w)
{
	return _wopen(w, O_RDWR | O_CREAT | O_EXCL | O_BINARY | _O_NOINHERIT |
	    _O_TEMPORARY | _O_SHORT_LIVED, _S_IREAD | _S_IWRITE);
}

int
plat_temp_open(char *templ)
{
	static const char letters[] =
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	return temp_create(templ, letters, sizeof letters - 1, open_new_shared);
}

const char *
plat_temp_dir(void)
{
	/* the runtime's narrow environment: a folder outside the ANSI code
	 * page falls back to the current folder rather than a wrong name */
	const char *t = getenv("TEMP");

	if (t == NULL || t[0] == '\0')
		t = getenv("TMP");
	return t != NULL && t[0] != '\0' && strchr(t, '?') == NULL ? t : ".";
}

int
plat_temp_anon(char *templ)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";

	return temp_create(templ, letters, sizeof letters - 1, open_new_temporary);
}

int
plat_lock(int fd, int how)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);
	OVERLAPPED ov;
	DWORD flags = LOCKFILE_FAIL_IMMEDIATELY;

	if (h == INVALID_HANDLE_VALUE) {
		errno = EBADF;
		return -1;
	}
	/* Windows locks are mandatory: lock one byte far beyond any data
	 * (as SQLite does), so that the lock never blocks reading or writing
	 * the file itself, only other lockers */
	memset(&ov, 0, sizeof ov);
	ov.Offset = 0xfffffffeu;
	ov.OffsetHigh = 0x7fffffffu;
	if (how == PLAT_LOCK_UN) {
		if (UnlockFileEx(h, 0, 1, 0, &ov))
			return 0;
		set_errno_from_win32();
		return -1;
	}
	/* flock converts a held lock; LockFileEx would stack a second one */
	UnlockFileEx(h, 0, 1, 0, &ov);
	if (how == PLAT_LOCK_EX)
		flags |= LOCKFILE_EXCLUSIVE_LOCK;
	if (LockFileEx(h, flags, 0, 1, 0, &ov))
		return 0;
	if (GetLastError() == ERROR_LOCK_VIOLATION || GetLastError() == ERROR_IO_PENDING)
		errno = EWOULDBLOCK;
	else
		set_errno_from_win32();
	return -1;
}

int
plat_is_sep(int c)
{
	return c == '/' || c == '\\';
}

/* ---- directories ------------------------------------------------------ */

struct plat_dir {
	_WDIR *d;
	char *name;
};

struct plat_dir *
plat_dir_open(const char *path)
{
	wchar_t *w = wide(path);
	struct plat_dir *pd;
	_WDIR *d;

	if (w == NULL)
		return NULL;
	d = _wopendir(w);
	free(w);
	if (d == NULL)
		return NULL;
	pd = xcalloc(1, sizeof *pd);
	pd->d = d;
	return pd;
}

const char *
plat_dir_next(struct plat_dir *d)
{
	struct _wdirent *de = _wreaddir(d->d);

	free(d->name);
	d->name = NULL;
	if (de == NULL)
		return NULL;
	d->name = narrow(de->d_name);
	return d->name;
}

void
plat_dir_close(struct plat_dir **d)
{
	if (*d == NULL)
		return;
	_wclosedir((*d)->d);
	free((*d)->name);
	free(*d);
	*d = NULL;
}

/* ---- places ----------------------------------------------------------- */

/* An environment variable in UTF-8, or NULL; the caller's. */
static char *
env_utf8(const wchar_t *name)
{
	const wchar_t *v = _wgetenv(name);

	return v != NULL && v[0] != L'\0' ? narrow(v) : NULL;
}

/* Backslashes to slashes: the rest of the program joins with '/'. */
static char *
slashes(char *s)
{
	char *p;

	for (p = s; *p; p++)
		if (*p == '\\')
			*p = '/';
	return s;
}

char *
plat_data_dir(void)
{
	char *app = env_utf8(L"APPDATA"), *dir;

	if (app == NULL)
		app = plat_home_dir();
	dir = xasprintf("%s/guanai", slashes(app));
	free(app);
	return dir;
}

char *
plat_home_dir(void)
{
	char *h = env_utf8(L"USERPROFILE");

	return h != NULL ? slashes(h) : xstrdup(".");
}

char *
plat_exe_path(void)
{
	wchar_t buf[MAX_PATH * 2];
	DWORD n = GetModuleFileNameW(NULL, buf, (DWORD)(sizeof buf / sizeof buf[0]));

	if (n == 0 || n >= sizeof buf / sizeof buf[0])
		return NULL;
	buf[n] = L'\0';
	return slashes(narrow(buf));
}

/* The test hook (plat.h): log the verb instead of starting a program. */
static int
shell_verb_logged(const char *log, const char *verb, const char *path)
{
	const char *fail = getenv("GUANAI_PRINT_VERB_FAIL");
	FILE *fp;

	if (fail != NULL && strcmp(fail, verb) == 0)
		return -1;
	fp = plat_fopen(log, "ab");
	if (fp == NULL)
		return -1;
	fprintf(fp, "%s %s\n", verb, path);
	return fclose(fp) == 0 ? 0 : -1;
}

static int
shell_verb(const char *verb, const char *path)
{
	const char *log = getenv("GUANAI_PRINT_VERB_LOG");
	wchar_t *w, *v;
	HINSTANCE h;

	if (log != NULL && *log != '\0')
		return shell_verb_logged(log, verb, path);
	w = wide(path);
	v = wide(verb);
	if (w == NULL || v == NULL) {
		free(w);
		free(v);
		return -1;
	}
	for (wchar_t *c = w; *c != L'\0'; c++)
		if (*c == L'/')
			*c = L'\\';
	/* > 32 is success (SE_ERR_NOASSOC: no program offers the verb) */
	h = ShellExecuteW(NULL, v, w, NULL, NULL, SW_SHOWNORMAL);
	free(w);
	free(v);
	return (INT_PTR)h > 32 ? 0 : -1;
}

int
plat_shell_print(const char *path)
{
	if (shell_verb("print", path) == 0)
		return PLAT_SHELL_PRINTED;
	if (shell_verb("open", path) == 0)
		return PLAT_SHELL_OPENED;
	return -1;
}

int
plat_shell_print_available(void)
{
	return 1;
}

static int
font_file(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && (_stricmp(name + n - 4, ".ttc") == 0 ||
	    _stricmp(name + n - 4, ".ttf") == 0);
}

long
plat_cjk_fonts(char ***paths)
{
	static const char *const first[] = { "simsun.ttc", "msyh.ttc", "msyh.ttf",
		"simhei.ttf", "simkai.ttf", "simfang.ttf" };
	wchar_t w[MAX_PATH + 1];
	UINT len = GetWindowsDirectoryW(w, MAX_PATH - 8);
	struct plat_dir *d;
	const char *name;
	char *dir, *path;
	long n = 0, cap = 16;
	size_t i;

	*paths = xcalloc((size_t)cap, sizeof **paths);
	if (len == 0 || len >= MAX_PATH - 8)
		return 0;
	w[len] = L'\0';
	dir = slashes(narrow(w));
	path = xasprintf("%s/Fonts", dir);
	free(dir);
	dir = path;
	for (i = 0; i < sizeof first / sizeof first[0]; i++) {
		path = xasprintf("%s/%s", dir, first[i]);
		if (plat_access(path, PLAT_R_OK) == 0)
			(*paths)[n++] = path;
		else
			free(path);
	}
	/* then any other TrueType file: a font without 关 is skipped by
	 * the caller */
	d = plat_dir_open(dir);
	while (d != NULL && (name = plat_dir_next(d)) != NULL) {
		int known = 0;

		if (!font_file(name))
			continue;
		for (i = 0; i < sizeof first / sizeof first[0]; i++)
			known |= _stricmp(name, first[i]) == 0;
		if (known)
			continue;
		if (n == cap) {
			cap *= 2;
			*paths = xrealloc(*paths, (size_t)cap * sizeof **paths);
		}
		(*paths)[n++] = xasprintf("%s/%s", dir, name);
	}
	plat_dir_close(&d);
	free(dir);
	return n;
}

long
plat_removable_drives(char ***dirs)
{
	DWORD mask = GetLogicalDrives();
	UINT old = SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
	wchar_t root[4] = L"C:\\";
	long n = 0;
	int i;

	*dirs = NULL;
	/* from C: on; A: and B: are floppy drives, slow to ask */
	for (i = 2; i < 26; i++) {
		if (!(mask & (1u << i)))
			continue;
		root[0] = (wchar_t)(L'A' + i);
		if (GetDriveTypeW(root) != DRIVE_REMOVABLE)
			continue;
		/* an empty card reader slot is removable too: only drives
		 * with a medium in them */
		if (!GetVolumeInformationW(root, NULL, 0, NULL, NULL, NULL, NULL, 0))
			continue;
		*dirs = xrealloc(*dirs, (size_t)(n + 1) * sizeof **dirs);
		(*dirs)[n++] = xasprintf("%c:", 'A' + i);
	}
	SetErrorMode(old);
	return n;
}

char *
plat_volume_label(const char *dir)
{
	wchar_t label[MAX_PATH + 1], *w = wide(dir);
	UINT old;
	BOOL ok;

	if (w == NULL)
		return NULL;
	old = SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
	ok = GetVolumeInformationW(w, label, MAX_PATH + 1, NULL, NULL, NULL, NULL, 0);
	SetErrorMode(old);
	free(w);
	return ok && label[0] != L'\0' ? narrow(label) : NULL;
}

char *
plat_machine_id(void)
{
	wchar_t buf[128];
	DWORD size = sizeof buf - sizeof buf[0], type, n;
	HKEY key;

	if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Cryptography",
	    0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key) == ERROR_SUCCESS) {
		LONG rc = RegQueryValueExW(key, L"MachineGuid", NULL, &type,
		    (BYTE *)buf, &size);

		RegCloseKey(key);
		if (rc == ERROR_SUCCESS && type == REG_SZ) {
			buf[size / sizeof buf[0]] = L'\0';
			return narrow(buf);
		}
	}
	n = (DWORD)(sizeof buf / sizeof buf[0]);
	if (GetComputerNameW(buf, &n))
		return narrow(buf);
	return xstrdup("unknown");
}

unsigned long long
plat_file_id(const char *path)
{
	BY_HANDLE_FILE_INFORMATION info;
	wchar_t *w = wide(path);
	unsigned long long id = 0;
	HANDLE h;

	if (w == NULL)
		return 0;
	h = CreateFileW(w, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
	    NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
	free(w);
	if (h == INVALID_HANDLE_VALUE)
		return 0;
	if (GetFileInformationByHandle(h, &info))
		id = ((unsigned long long)info.nFileIndexHigh << 32) | info.nFileIndexLow;
	CloseHandle(h);
	return id;
}

int
plat_run(const char *const *argv, int flags, char **out, size_t max)
{
	/* the programs guanai runs on POSIX (lpstat, lp: CUPS) do not exist
	 * on Windows; printing there is the print backend's own */
	(void)argv, (void)flags, (void)max;
	if (out != NULL)
		*out = NULL;
	errno = ENOSYS;
	return -1;
}

/* ---- the user, the console and the process ----------------------------- */

char *
plat_user_name(void)
{
	wchar_t buf[257];
	DWORD n = (DWORD)(sizeof buf / sizeof buf[0]);

	if (GetUserNameW(buf, &n) && buf[0] != L'\0')
		return narrow(buf);
	return xstrdup("unknown");
}

long
plat_getline(char **line, size_t *cap, FILE *fp)
{
	size_t n = 0;
	int c;

	if (*line == NULL || *cap == 0) {
		*cap = 128;
		*line = xrealloc(*line, *cap);
	}
	while ((c = fgetc(fp)) != EOF) {
		if (n + 2 > *cap) {
			*cap *= 2;
			*line = xrealloc(*line, *cap);
		}
		(*line)[n++] = (char)c;
		if (c == '\n')
			break;
	}
	(*line)[n] = '\0';
	return n == 0 ? -1 : (long)n;
}

char *
plat_console_line(const char *prompt, int echo)
{
	HANDLE in, out;
	DWORD mode, got;
	wchar_t *wp, line[512];
	size_t n = 0;
	char *s;

	in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE,
	    FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
	if (in == INVALID_HANDLE_VALUE)
		return NULL;
	out = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
	    FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
	if (out == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode)) {
		CloseHandle(in);
		if (out != INVALID_HANDLE_VALUE)
			CloseHandle(out);
		return NULL;
	}
	if (!echo)
		SetConsoleMode(in, (mode & ~(DWORD)ENABLE_ECHO_INPUT) |
		    ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
	if ((wp = wide(prompt)) != NULL) {
		WriteConsoleW(out, wp, (DWORD)wcslen(wp), &got, NULL);
		free(wp);
	}
	/* a line arrives whole (line input); read until its end */
	for (;;) {
		if (n + 1 >= sizeof line / sizeof line[0] ||
		    !ReadConsoleW(in, line + n, (DWORD)(sizeof line / sizeof line[0] - 1 - n),
		    &got, NULL) || got == 0)
			break;
		n += got;
		if (line[n - 1] == L'\n')
			break;
	}
	line[n] = L'\0';
	SetConsoleMode(in, mode);
	if (!echo)	/* the Enter typed was not shown */
		WriteConsoleW(out, L"\r\n", 2, &got, NULL);
	CloseHandle(in);
	CloseHandle(out);
	while (n > 0 && (line[n - 1] == L'\n' || line[n - 1] == L'\r'))
		line[--n] = L'\0';
	s = narrow(line);
	SecureZeroMemory(line, sizeof line);
	return s;
}

void
plat_stdio_init(void)
{
	_setmode(_fileno(stdin), _O_BINARY);
	_setmode(_fileno(stdout), _O_BINARY);
	/* the program writes UTF-8; the console shows it as such */
	SetConsoleOutputCP(CP_UTF8);
	SetConsoleCP(CP_UTF8);
}

void
plat_setlocale(void)
{
	setlocale(LC_ALL, "");
	/* UTF-8 throughout: no DBCS string functions (plat.h) */
	setlocale(LC_CTYPE, "C");
}

void
plat_args_utf8(int *argc, char ***argv)
{
	/* kept for the life of the process, as the runtime's argv is */
	static char **args;
	wchar_t **w;
	int n, i;

	w = CommandLineToArgvW(GetCommandLineW(), &n);
	if (w == NULL)
		return;
	args = xcalloc((size_t)n + 1, sizeof *args);
	for (i = 0; i < n; i++)
		args[i] = narrow(w[i]);
	LocalFree(w);
	*argc = n;
	*argv = args;
}

const char *
plat_codeset(void)
{
	return "UTF-8";	/* plat_stdio_init set the console to it */
}

int
plat_setenv(const char *name, const char *value)
{
	char *s = xasprintf("%s=%s", name, value);
	int rc = _putenv(s);	/* copies */

	free(s);
	return rc == 0 ? 0 : -1;
}

int
plat_random(void *buf, size_t n)
{
	unsigned char *b = buf;
	unsigned int r;
	size_t i;

	for (i = 0; i < n; i++) {
		if (rand_s(&r) != 0)
			return -1;
		b[i] = (unsigned char)r;
	}
	return 0;
}

unsigned long
plat_pid(void)
{
	return (unsigned long)GetCurrentProcessId();
}

void
plat_sleep_ms(int ms)
{
	Sleep((DWORD)(ms > 0 ? ms : 0));
}

int
plat_input_waiting(void)
{
	/* only what curses turns into a key: the console also queues the
	 * key-up of every key typed and focus events, which curses skips
	 * at its next read; counted as input, they stopped the list's count
	 * after a search until the next key (seen under wine) */
	INPUT_RECORD ev[64];
	DWORD n = 0, i;

	if (!PeekConsoleInputW(GetStdHandle(STD_INPUT_HANDLE), ev, 64, &n))
		return 0;
	for (i = 0; i < n; i++)
		if ((ev[i].EventType == KEY_EVENT && ev[i].Event.KeyEvent.bKeyDown) ||
		    ev[i].EventType == WINDOW_BUFFER_SIZE_EVENT ||
		    ev[i].EventType == MOUSE_EVENT)
			return 1;
	return 0;
}

const char *
plat_ui_language(void)
{
	return PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_CHINESE ?
	    "zh_CN" : NULL;
}

int
plat_wcwidth(uint32_t cp)
{
	(void)cp;
	return -1;	/* no wcwidth: the generated table answers */
}

int
plat_wchar_is_16bit(void)
{
	return 1;
}

/* ---- signals ---------------------------------------------------------- */

/* SIGBREAK is Ctrl+Break and the closing of the console window. */
static const int term_signals[3] = { SIGTERM, SIGINT, SIGBREAK };
static void (*term_old[3])(int);

void
plat_term_install(void (*fn)(int))
{
	int i;

	for (i = 0; i < 3; i++) {
		term_old[i] = signal(term_signals[i], fn);
		if (term_old[i] == SIG_IGN)
			signal(term_signals[i], SIG_IGN);
	}
}

void
plat_term_chain(int sig)
{
	int i;

	for (i = 0; i < 3; i++) {
		if (term_signals[i] != sig)
			continue;
		signal(sig, term_old[i]);
		if (term_old[i] != SIG_DFL && term_old[i] != SIG_IGN &&
		    term_old[i] != SIG_ERR) {
			term_old[i](sig);
			return;
		}
		raise(sig);
	}
}

void
plat_signals_block(plat_sigsave_t *saved)
{
	(void)saved;
}

void
plat_signals_unblock(const plat_sigsave_t *saved)
{
	(void)saved;
}

#else
/* ISO C forbids an empty translation unit */
typedef int plat_win32_unused;
#endif
