/* fsutil.h — paths and crash-safe file writing.
 *
 * An atomic file is written under a temporary name in the same directory,
 * then fsync'd and renamed over the final name, and the directory fsync'd:
 * a crash or a full disk leaves either the old file or the new one, never
 * half of one, and never a file under the final name that is incomplete. */
#ifndef GUANAI_FSUTIL_H
#define GUANAI_FSUTIL_H

#include <stdio.h>
#include "guanai/base/err.h"

struct atomic_file {
	char *final_path;
	char *tmp_path;
	FILE *fp;
};

/* Check the target (fs_check_target) and create the temporary file
 * (fs_temp_create).  `mode` is ignored: every file is 0600 (DESIGN §8). */
int atomic_open(struct atomic_file *af, const char *path, int mode, struct err *e);
/* Flush, fsync, close and rename; on any failure the temporary file is
 * removed and the final path untouched. */
int atomic_commit(struct atomic_file *af, struct err *e);
/* Remove the temporary file (safe to call after a failed commit). */
void atomic_abort(struct atomic_file *af);

/* Temporary files start with this prefix: a killed guanai's leftovers are
 * recognised and removed by the next one (fs_sweep_temps). */
#define FS_TMP_PREFIX ".guanai-tmp-"

/* Create a new temporary file beside `target`: an unpredictable name with
 * FS_TMP_PREFIX, created exclusively (never through a symlink, never an
 * existing file), mode 0600, locked while the returned fd is open, and
 * removed if the process dies of SIGTERM, SIGHUP or SIGINT.  Returns the
 * fd (the caller's; keep it open until the file is published or removed)
 * and *tmp (the caller's), or -1 with e set. */
int fs_temp_create(const char *target, char **tmp, struct err *e);
/* Remove a temporary file and stop tracking it. */
void fs_temp_remove(const char *tmp);
/* Stop tracking a temporary file (it was renamed). */
void fs_temp_forget(const char *tmp);
/* Remove the temporary files in `dir` that no running guanai holds (left by
 * a kill or a crash).  Returns how many were removed. */
size_t fs_sweep_temps(const char *dir);
/* 0 when `path` does not exist or is a regular file; else -1 with e set:
 * a device, folder, FIFO or symlink is never replaced. */
int fs_check_target(const char *path, struct err *e);
/* Rename the finished temporary file `tmp` over `final` (checked again
 * with fs_check_target) and fsync the folder. */
int fs_publish(const char *tmp, const char *final, struct err *e);

/* The lock beside a database (`path`.lock, 0600): every guanai holds it
 * shared while the database is open; restore takes it exclusively, so it
 * refuses while another guanai has the database open.  fs_lock_open returns
 * the fd (the caller's) or -1 when no lock file can be made or read.
 * fs_lock_take: 0 taken (or locks unsupported), -1 when another process
 * holds a conflicting lock after `wait_ms` milliseconds. */
int fs_lock_open(const char *path);
int fs_lock_take(int fd, int exclusive, int wait_ms);

/* Open `path` for reading when it is a regular file (symlinks to one
 * followed); a device (/dev/zero), FIFO or folder is refused at once with
 * a clear message, never read or waited on.  NULL + e on failure. */
FILE *fs_open_regular(const char *path, struct err *e);

/* mkdir -p with `mode` for the directories it creates. */
int fs_mkdir_p(const char *path, int mode, struct err *e);
int fs_exists(const char *path);
int fs_dir_writable(const char *dir);
/* Directory part of path ("." when none); caller frees. */
char *fs_dirname(const char *path);
/* $XDG_DATA_HOME/guanai or ~/.local/share/guanai; caller frees. */
char *fs_data_dir(void);
/* Default database path: $GUANAI_DB, else fs_data_dir()/guanai.db. */
char *fs_default_db_path(void);
/* Where a file lives, as a string that changes when the file is copied
 * or restored onto this or another computer: the machine's id
 * (/etc/machine-id, else the host name) and the file's inode, e.g.
 * "0b6f…:1835029".  NULL when the file cannot be looked at; caller frees. */
char *fs_file_place(const char *path);
/* fsync the directory that contains path. */
int fs_sync_dir_of(const char *path);

#endif
