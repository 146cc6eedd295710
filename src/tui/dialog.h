/* dialog.h — the small toolkit the dialogs share (import, export, print,
 * USB, set-up, backup …): a row of choices moved with ←→, a picker of
 * paths (sticks, files, "another…" typed and kept for the next try), a
 * progress bar fed by an app use case's callback, where files go by
 * default, and a file name proposed from what, class and date.
 *
 * A dialog is a screen (screen.h) whose body draws these pieces; it calls
 * the same src/app function as the CLI command and says in the status
 * line what was written where.  Nothing here writes a file. */
#ifndef GUANAI_TUI_DIALOG_H
#define GUANAI_TUI_DIALOG_H

#include <stddef.h>

#include "screen.h"
#include "widget.h"

/* ---- a row of choices ----------------------------------------------- */

/* "打印什么？  ▶花名册  登记表  联系卡 …": opts are borrowed (translated
 * strings or the dialog's own); sel is the one taken by Enter. */
struct dchoices {
	const char *label;
	const char *const *opts;
	int n, sel;
};

/* Draw at row y: the label in `labelw` cells, then the options (the
 * selected one marked, highlighted when the row has the focus), scrolled
 * so that the selected one is seen.  Never past the right edge. */
void dchoices_draw(struct tui *t, int y, int labelw, const struct dchoices *c, int focused);
/* The same on as many rows as the options need, up to max_rows: an option
 * that does not fit whole on a row starts the next one, under the first
 * option, so every option is read whole (only one wider than the row by
 * itself is cut).  Returns the rows used (1 at least). */
int dchoices_draw_wrap(struct tui *t, int y, int labelw, const struct dchoices *c,
    int focused, int max_rows);
/* ←→ (and Space) move the selection; returns 1 when the key was used. */
int dchoices_key(struct dchoices *c, enum op op, int key);

/* A column of choice rows with one focus: ↑↓/Tab move the focus, ←→ the
 * selection of the focused row.  Returns 1 when the key was used. */
int dchoices_form_key(struct dchoices *rows, int n, int *focus, enum op op, int key);

/* ---- a picker of paths ---------------------------------------------- */

/* Lines to choose from; the last one is "another …" and asks for a typed
 * path (kept in `typed` for the next try). */
struct dpath {
	char **items;
	int n;
	struct wlist l;
	char *typed;
};

/* Add a line (the picker takes `item`). */
void dpath_add(struct dpath *p, char *item);
/* Forget the lines (the typed path stays). */
void dpath_clear(struct dpath *p);
void dpath_free(struct dpath *p);
/* The selected line, or — on the last line — a path typed at `prompt`.
 * 0 when the prompt was cancelled; *out is the caller's. */
int dpath_chosen(struct dpath *p, struct tui *t, const char *prompt, char **out);
/* Draw `rows` lines from row y (the selection highlighted). */
void dpath_draw(struct dpath *p, struct tui *t, int y, int rows);

/* The mounted USB sticks (GUANAI_MEDIA_ROOT moves their root, for
 * tests); *dirs freed with app_media_free. */
size_t dlg_media(char ***dirs);

/* Where a dialog writes: each USB stick ("U盘 KINGSTON"), the documents
 * folder ("文档 /home/li/文档"), and "another folder…" last (its path
 * NULL: ask).  labels feed a dchoices row. */
struct ddest {
	char **dirs;		/* NULL for "another folder…" */
	char **labels;
	int n;
	int nsticks;		/* the first nsticks are USB sticks */
};
void ddest_load(struct ddest *d);
void ddest_free(struct ddest *d);
/* The folder of choice i: a copy of dirs[i], or — for "another folder…"
 * — one typed at a prompt (*typed keeps it for the next try).  NULL when
 * cancelled. */
char *ddest_folder(struct ddest *d, int i, struct tui *t, char **typed);
/* 1 when `dir` is a folder we may write into; else 0 with a message in
 * the status line (a stick taken out, a read-only folder). */
int dlg_check_folder(struct tui *t, const char *dir);

/* ---- a progress bar ------------------------------------------------- */

/* Keys typed while a bar is up, other than Esc, are kept here and put
 * back when it ends (dropped when the teacher stopped the work). */
enum { DPROGRESS_HELD = 16 };

struct dprogress {
	struct tui *t;
	const char *what;	/* "正在写入" … (borrowed) */
	const char *stop_q;	/* asked on Esc: 「停止导入？…」 (borrowed);
				 * NULL: Esc stops at once */
	size_t done, total;	/* total 0 = unknown: the bar moves */
	int running;
	int cancel;		/* the teacher chose to stop */
	int count_pages;	/* total 0: count pages, not records */
	long long painted_ms;	/* monotonic ms of the last repaint */
	int held[DPROGRESS_HELD];
	int nheld;
};

/* Show the bar for a long step (`total` 0: unknown) before it starts:
 * the screen is painted at once, so no key waits without a bar.  Esc on
 * the bar asks `stop_q` ("Stop importing? Nothing of this file will be
 * kept.": Enter or y stops, Esc or n goes on); NULL stops without
 * asking. */
void dprogress_start(struct dprogress *p, struct tui *t, const char *what, size_t total,
    const char *stop_q);
/* The work reached `done`: repaints at most every 80 ms, and looks for
 * an Esc without waiting.  Returns 1 once the teacher chose to stop (the
 * use case's progress callback returns it: the work stops with
 * ERR_STOPPED), else 0. */
int dprogress_update(struct dprogress *p, size_t done);
/* The bar is gone; the keys held meanwhile go back to the terminal's
 * queue unless the work was stopped. */
void dprogress_stop(struct dprogress *p);
/* After a use case failed with e: when the teacher stopped it
 * (ERR_STOPPED), say `said` in the status line ("Import stopped; the
 * register has not changed.") and return 1; else 0. */
int dprogress_said_stopped(struct tui *t, const struct err *e, const char *said);
/* Two rows at y: the text and the bar (nothing when not running). */
void dprogress_draw(const struct dprogress *p, struct tui *t, int y);

/* ---- defaults and messages ------------------------------------------ */

/* "花名册-三年级2班-20261207" from a word, a class label (NULL: the
 * list's class filter) and today; caller frees.  No / or brackets in it.
 * A teacher's 我的班级 becomes her classes' names (三年级2班). */
char *dlg_file_stem(const struct tui *t, const char *what, const char *cls);
/* The class row every dialog offers: the list's class first (when one is
 * chosen), then the whole school.  labels[] are the caller's (free both
 * with dclass_free); grade/class_no of choice i via dclass_get. */
struct dclass {
	char *labels[2];
	int n;
	int grade, class_no;	/* the list's class, 0 = none */
};
void dclass_load(struct dclass *c, const struct tui *t);
void dclass_get(const struct dclass *c, int i, int *grade, int *class_no);
void dclass_free(struct dclass *c);
/* A path shortened for the status line: "…/KINGSTON/花名册.pdf" when the
 * whole does not fit in `cells`; caller frees. */
char *dlg_short_path(const char *path, int cells);
/* An error in the status line, the message's long paths shortened. */
void dlg_fail_at(struct tui *t, struct err *e, const char *path);

#endif
