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

/* Create the temporary file (mode `mode`, e.g. 0600 or 0644). */
int atomic_open(struct atomic_file *af, const char *path, int mode, struct err *e);
/* Flush, fsync, close and rename; on any failure the temporary file is
 * removed and the final path untouched. */
int atomic_commit(struct atomic_file *af, struct err *e);
/* Remove the temporary file (safe to call after a failed commit). */
void atomic_abort(struct atomic_file *af);

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
/* fsync the directory that contains path. */
int fs_sync_dir_of(const char *path);

#endif
