/* plat.h — the operating system, in one place (DESIGN §14).
 *
 * Every call that differs between Linux and Windows goes through here, so
 * no other file of the program knows which system it runs on.  Paths are
 * UTF-8 everywhere: on Linux these are the plain POSIX calls; on Windows
 * (src/base/plat-win32.c) they convert to UTF-16 and call the wide API
 * (_wopen, _wstat64, MoveFileExW …), because the narrow Windows calls take
 * the ANSI code page (CP936) and cannot name every file.
 *
 * File modes: on POSIX every file guanai writes is 0600 (DESIGN §8).
 * Windows has no such bits; there the protection is the per-user data
 * folder (%APPDATA%\guanai), whose ACL admits only its owner, and the
 * mode arguments are ignored.
 *
 * This header is the only one outside src/base that may test _WIN32: it
 * picks the stat structure and the flags that the system lacks. */
#ifndef GUANAI_PLAT_H
#define GUANAI_PLAT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <fcntl.h>
#include <locale.h>
#include <sys/types.h>
#include <sys/stat.h>

#ifdef _WIN32
typedef struct _stat64 plat_stat_t;
# ifndef O_NOFOLLOW
#  define O_NOFOLLOW 0		/* no symlinks to follow through _wopen */
# endif
# ifndef O_CLOEXEC
#  define O_CLOEXEC 0		/* _wopen handles are not inherited by default */
# endif
# ifndef O_NONBLOCK
#  define O_NONBLOCK 0		/* no FIFOs to wait on */
# endif
# ifndef O_DIRECTORY
#  define O_DIRECTORY 0
# endif
# ifndef S_ISLNK
#  define S_ISLNK(m) 0
# endif
#else
typedef struct stat plat_stat_t;
#endif

/* The locale category of messages (Windows has none: LC_ALL). */
#ifdef LC_MESSAGES
# define PLAT_LC_MESSAGES LC_MESSAGES
#else
# define PLAT_LC_MESSAGES LC_ALL
#endif

/* access() modes, the same numbers everywhere */
#define PLAT_F_OK 0
#define PLAT_X_OK 1		/* Windows: existence only */
#define PLAT_W_OK 2
#define PLAT_R_OK 4

/* ---- files (UTF-8 paths; errno set on failure, as the POSIX calls) ---- */

/* open(2) in binary mode; mode ignored on Windows. */
int plat_open(const char *path, int flags, int mode);
FILE *plat_fopen(const char *path, const char *mode);
/* The file that swallows what is written to it ("/dev/null"; "NUL"). */
const char *plat_null_device(void);
int plat_close(int fd);
/* pread(2): n bytes at `offset` without moving the file position. */
long plat_pread(int fd, void *buf, size_t n, long long offset);
/* Clear O_NONBLOCK (set to open a FIFO without waiting); a no-op where
 * there are none (Windows). */
void plat_fd_blocking(int fd);
int plat_stat(const char *path, plat_stat_t *st);
/* lstat: on Windows the same as plat_stat (guanai makes no links there). */
int plat_lstat(const char *path, plat_stat_t *st);
int plat_fstat(int fd, plat_stat_t *st);
/* rename that replaces an existing `to` (POSIX rename; on Windows
 * MoveFileExW with MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH).
 * Windows refuses while either file is open: close it first. */
int plat_rename(const char *from, const char *to);
int plat_unlink(const char *path);
int plat_mkdir(const char *path, int mode);
int plat_access(const char *path, int how);
/* fsync.  On Windows FlushFileBuffers on a descriptor opened for
 * writing; a read-only descriptor has nothing to flush and succeeds
 * without asking (Windows would refuse it).  Callers flush the descriptor
 * they wrote through; with GUANAI_STRICT_FSYNC set in the environment
 * POSIX refuses a read-only one (EBADF), so tests on Linux catch it. */
int plat_fsync(int fd);
/* Make the entry of a renamed or created file in `dir` durable: fsync of
 * the directory on POSIX; on Windows MoveFileExW's write-through did it,
 * and this succeeds.  0 or -1. */
int plat_sync_dir(const char *dir);
/* Owner-only permissions (0600) on an open file; a no-op on Windows (the
 * per-user folder protects it).  0 or -1. */
int plat_fchmod_private(int fd);
int plat_chmod_private(const char *path);
/* The file owner is the user running guanai (POSIX: st_uid == euid;
 * Windows: always, the folder is the user's). */
int plat_owned_by_me(const plat_stat_t *st);

/* Create a new file from `templ`, whose last six characters are XXXXXX,
 * replaced by random letters: created exclusively (O_CREAT|O_EXCL, never
 * through a symlink), mode 0600, not inherited by children.  Returns the
 * fd (templ holds the name) or -1 with errno set (mkostemp). */
int plat_temp_open(char *templ);

/* The folder for temporary files: $TMPDIR when absolute, else /tmp
 * (Windows: %TEMP%, else the current folder).  Borrowed. */
const char *plat_temp_dir(void);
/* Like plat_temp_open, for a file that must vanish when closed, whatever
 * happens (unlinked at once on POSIX; delete-on-close on Windows, which
 * removes no open file).  The fd or -1. */
int plat_temp_anon(char *templ);

/* Advisory whole-file locks (flock on POSIX; LockFileEx on Windows).
 * Non-blocking.  0 when taken; -1 with errno EWOULDBLOCK when another
 * holder conflicts, other errno when the file system has no locks. */
enum { PLAT_LOCK_SH = 1, PLAT_LOCK_EX = 2, PLAT_LOCK_UN = 3 };
int plat_lock(int fd, int how);

/* Whether c separates folders in a path: '/' (and '\\' on Windows). */
int plat_is_sep(int c);

/* ---- directories ------------------------------------------------------ */

struct plat_dir;
/* NULL with errno set when `path` cannot be listed. */
struct plat_dir *plat_dir_open(const char *path);
/* The next entry's name in UTF-8 (borrowed until the next call), "." and
 * ".." included as readdir gives them; NULL at the end. */
const char *plat_dir_next(struct plat_dir *d);
void plat_dir_close(struct plat_dir **d);

/* ---- places ----------------------------------------------------------- */

/* The folder guanai keeps its database in: $XDG_DATA_HOME/guanai or
 * ~/.local/share/guanai; on Windows %APPDATA%\guanai.  Caller frees. */
char *plat_data_dir(void);
/* The user's home folder ($HOME; %USERPROFILE%), or "." .  Caller frees. */
char *plat_home_dir(void);
/* Absolute path of the running program, or NULL.  Caller frees. */
char *plat_exe_path(void);
/* TrueType font files that may hold Chinese glyphs, for the builtin PDF
 * engine, the likeliest first: on Windows simsun.ttc, msyh.ttc, msyh.ttf,
 * simhei.ttf in the Fonts folder, then its other .ttc and .ttf files; on
 * POSIX the TrueType CJK fonts of /usr/share/fonts (WenQuanYi, AR PL,
 * Droid).  Only existing files.  *paths is the caller's (free each and the
 * array); returns their count. */
long plat_cjk_fonts(char ***paths);
/* Removable drives on Windows ("E:", "F:" …, sorted): *dirs (the
 * caller's, free each and the array) and their count.  Returns -1 where
 * sticks are found by their mount folder instead (POSIX: /media/$USER,
 * the caller scans those). */
long plat_removable_drives(char ***dirs);
/* The volume label of a removable drive ("学校U盘"), or NULL where the
 * system has none to give (POSIX: the mount folder's name is the label).
 * Caller frees. */
char *plat_volume_label(const char *dir);
/* The machine's identity (machine-id, else host name; Windows: the
 * MachineGuid, else the computer name).  Caller frees. */
char *plat_machine_id(void);
/* The file's identity on its volume (inode; Windows: the file index), for
 * fs_file_place.  0 when unknown. */
unsigned long long plat_file_id(const char *path);

/* Run argv[0] (searched on PATH when it has no '/') with argv, no shell,
 * and wait for it.  Its stdout (and stderr with PLAT_RUN_STDERR) is
 * collected into *out (the caller's, at most `max` bytes kept, NULL when
 * out is NULL); PLAT_RUN_QUIET gives it /dev/null as stdin and stderr;
 * PLAT_RUN_C_LOCALE runs it with LC_ALL=C.  Returns its exit status, or
 * -1 when it could not be run (not found, or no such programs on this
 * system: Windows, where printing does not go through CUPS commands). */
enum { PLAT_RUN_STDERR = 1, PLAT_RUN_QUIET = 2, PLAT_RUN_C_LOCALE = 4 };
int plat_run(const char *const *argv, int flags, char **out, size_t max);

/* Printing through the desktop (Windows: there is no lp): hands the file
 * to the program registered for its type with the shell's "print" verb
 * (ShellExecuteW), which prints it on the default printer; when no program
 * offers "print", opens it ("open") so the user prints from the viewer.
 * Returns PLAT_SHELL_PRINTED or PLAT_SHELL_OPENED; -1 when no program
 * takes it, or where printing goes through CUPS instead (POSIX: always
 * -1, plat_shell_print_available() is 0).
 * Test hook: with GUANAI_PRINT_VERB_LOG=FILE nothing is started; the verb
 * that would be used and the path are appended to FILE ("print PATH"), and
 * GUANAI_PRINT_VERB_FAIL=print makes the "print" verb fail as it does when
 * no program offers it. */
enum { PLAT_SHELL_PRINTED = 1, PLAT_SHELL_OPENED = 2 };
int plat_shell_print(const char *path);
int plat_shell_print_available(void);

/* ---- the user, the console and the process ----------------------------- */

/* The OS user's login name (getpwuid, else $USER; GetUserNameW), or
 * "unknown".  Caller frees. */
char *plat_user_name(void);
/* Read one line from the terminal (/dev/tty; the Windows console), after
 * writing `prompt` to it, with echo off unless `echo`: a password is not
 * shown.  The line without its newline (the caller's; wipe a secret
 * before freeing it), or NULL when there is no terminal. */
char *plat_console_line(const char *prompt, int echo);
/* getline(3): a line of any length into *line (*cap bytes, grown); its
 * length, or -1 at the end of the file. */
long plat_getline(char **line, size_t *cap, FILE *fp);
/* Once at start: stdin and stdout in binary mode on Windows (else every
 * "\n" written becomes "\r\n" and package bytes are changed). */
void plat_stdio_init(void);
/* Once at start: setlocale(LC_ALL, "").  On Windows LC_CTYPE then goes back
 * to "C": every string in the program is UTF-8, which msvcrt's string
 * functions, in the DBCS mode of code page 936, misread (under a Chinese
 * locale _strnicmp("三", "初", 3) is 0, so grade 三年级 was refused). */
void plat_setlocale(void);
/* Once at start: the command line in UTF-8.  Windows hands main() its
 * arguments in the ANSI code page (CP936), which cannot hold every file
 * name: they are read again from GetCommandLineW.  POSIX: unchanged. */
void plat_args_utf8(int *argc, char ***argv);
/* The codeset of the terminal ("UTF-8", "GB18030" …; nl_langinfo). */
const char *plat_codeset(void);
/* setenv(name, value, 1); 0 or -1. */
int plat_setenv(const char *name, const char *value);
void plat_sleep_ms(int ms);
/* Fill buf with n bytes from the system's random source (getrandom;
 * rand_s, RtlGenRandom).  0, or -1 when there is none. */
int plat_random(void *buf, size_t n);
/* The process id. */
unsigned long plat_pid(void);
/* Whether input (a key) waits on stdin / the console, without reading it. */
int plat_input_waiting(void);
/* The language of the user's desktop when no environment variable names
 * one: "zh_CN" for a Chinese Windows, else NULL (POSIX: NULL, the locale
 * environment decides). */
const char *plat_ui_language(void);

/* Width in terminal cells of a code point according to the system's own
 * wcwidth in the current locale, or -1 when the system has none or does
 * not know the character (utf8_cp_width decides then, with the table
 * generated from glibc). */
int plat_wcwidth(uint32_t cp);
/* Whether the terminal's wide characters are 16 bits (Windows): a code
 * point above U+FFFF is then a surrogate pair, or cannot be shown. */
int plat_wchar_is_16bit(void);

/* Termination signals (SIGTERM, SIGHUP, SIGINT where they exist; Windows
 * has no SIGHUP): plat_term_install sets `fn` for each one that is not
 * ignored (nohup), remembering the handler it replaces;
 * plat_term_chain(sig), called from `fn`, hands the signal on to that
 * handler (curses restores the terminal) or dies of it.  Async-signal-safe.
 * plat_signals_block/unblock hold them around a critical section (a
 * no-op on Windows, where a console handler runs on its own thread). */
void plat_term_install(void (*fn)(int));
void plat_term_chain(int sig);
typedef struct { long long room[32]; } plat_sigsave_t;
void plat_signals_block(plat_sigsave_t *saved);
void plat_signals_unblock(const plat_sigsave_t *saved);

#endif
