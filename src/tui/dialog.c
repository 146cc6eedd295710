/* dialog.c — the toolkit the dialogs share (dialog.h): choice rows, the
 * path picker, the progress bar, default file names and short paths. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guanai/app/dest.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/app/pack.h"
#include "guanai/app/scope.h"
#include "guanai/base/utf8.h"
#include "dialog.h"

/* ---- choice rows ---------------------------------------------------- */

void
dchoices_draw(struct tui *t, int y, int labelw, const struct dchoices *c, int focused)
{
	int x, i, first = 0, w, need;

	w_put(t, y, 1, labelw, c->label, focused ? t->attr[TA_KEY] : t->attr[TA_NORMAL], 1);
	/* scroll: start early enough that the selected option still fits */
	for (;;) {
		need = 1 + labelw;
		for (i = first; i <= c->sel && i < c->n; i++)
			need += utf8_width(c->opts[i]) + 3;
		if (need <= t->cols - 1 || first >= c->sel)
			break;
		first++;
	}
	x = 1 + labelw;
	if (first > 0)
		x += w_put(t, y, x, 2, "<", t->attr[TA_DIM], 0) + 1;
	for (i = first; i < c->n && x < t->cols - 1; i++) {
		w = utf8_width(c->opts[i]) + 1;
		if (i == c->sel) {
			x += w_put(t, y, x, t->cols - 1 - x, t->app->ascii_only ? ">" :
			    "\xe2\x96\xb6", t->attr[TA_KEY], 0);
			x += w_put(t, y, x, t->cols - 1 - x, c->opts[i], focused ?
			    t->attr[TA_SELECT] : t->attr[TA_HEADER], 0);
		} else {
			x++;
			x += w_put(t, y, x, t->cols - 1 - x, c->opts[i], t->attr[TA_NORMAL], 0);
		}
		(void)w;
		x += 2;
	}
}

int
dchoices_draw_wrap(struct tui *t, int y, int labelw, const struct dchoices *c,
    int focused, int max_rows)
{
	int x0 = 1 + labelw, x = x0, i, w, row = 0, sel;

	w_put(t, y, 1, labelw, c->label, focused ? t->attr[TA_KEY] : t->attr[TA_NORMAL], 1);
	for (i = 0; i < c->n; i++) {
		w = 1 + utf8_width(c->opts[i]);	/* the mark (or its blank), the words */
		if (x > x0 && x + w > t->cols - 1 && row + 1 < max_rows) {
			row++;
			x = x0;
		}
		sel = i == c->sel;
		if (sel)
			w_put(t, y + row, x, t->cols - 1 - x, t->app->ascii_only ? ">" :
			    "\xe2\x96\xb6", t->attr[TA_KEY], 0);
		w_put(t, y + row, x + 1, t->cols - 2 - x, c->opts[i], !sel ?
		    t->attr[TA_NORMAL] : focused ? t->attr[TA_SELECT] : t->attr[TA_HEADER], 0);
		x += w + 2;
	}
	return row + 1;
}

int
dchoices_key(struct dchoices *c, enum op op, int key)
{
	if (c->n <= 0)
		return 0;
	if (op == OP_RIGHT || key == ' ') {
		c->sel = (c->sel + 1) % c->n;
		return 1;
	}
	if (op == OP_LEFT) {
		c->sel = (c->sel + c->n - 1) % c->n;
		return 1;
	}
	return 0;
}

int
dchoices_form_key(struct dchoices *rows, int n, int *focus, enum op op, int key)
{
	if (n <= 0)
		return 0;
	if (op == OP_UP) {
		*focus = (*focus + n - 1) % n;
		return 1;
	}
	if (op == OP_DOWN || key == TK_TAB) {
		*focus = (*focus + 1) % n;
		return 1;
	}
	if (*focus < 0 || *focus >= n)
		*focus = 0;
	return dchoices_key(&rows[*focus], op, key);
}

/* ---- the path picker ------------------------------------------------ */

void
dpath_add(struct dpath *p, char *item)
{
	p->items = xrealloc(p->items, (size_t)(p->n + 1) * sizeof *p->items);
	p->items[p->n++] = item;
	p->l.n = p->n;
}

void
dpath_clear(struct dpath *p)
{
	int i;

	for (i = 0; i < p->n; i++)
		free(p->items[i]);
	free(p->items);
	p->items = NULL;
	p->n = p->l.n = 0;
}

void
dpath_free(struct dpath *p)
{
	dpath_clear(p);
	xfree(&p->typed);
}

int
dpath_chosen(struct dpath *p, struct tui *t, const char *prompt, char **out)
{
	if (p->n == 0)
		return 0;
	if (p->l.sel != p->n - 1) {
		*out = xstrdup(p->items[p->l.sel]);
		return 1;
	}
	if (!dlg_prompt(t, prompt, p->typed != NULL ? p->typed : "", out))
		return 0;
	free(p->typed);
	p->typed = xstrdup(*out);
	return 1;
}

void
dpath_draw(struct dpath *p, struct tui *t, int y, int rows)
{
	char *shown;
	int i, attr;

	p->l.rows = rows > 0 ? rows : 1;
	wlist_fix(&p->l);
	for (i = p->l.top; i < p->n && i < p->l.top + p->l.rows; i++) {
		attr = i == p->l.sel ? t->attr[TA_SELECT] : t->attr[TA_NORMAL];
		/* a long path loses its leading folders, not the file's name
		 * (关爱数据包-三年级2班-20261129.gak: the date is at its end) */
		shown = dlg_short_path(p->items[i], t->cols - 2);
		w_put(t, y + i - p->l.top, 1, t->cols - 2, shown, attr, i == p->l.sel);
		free(shown);
	}
}

size_t
dlg_media(char ***dirs)
{
	const char *root = getenv("GUANAI_MEDIA_ROOT");

	return app_media_list(root != NULL && root[0] ? root : NULL, app_os_user(), dirs);
}

static void
ddest_add(struct ddest *d, char *dir, char *label)
{
	d->dirs = xrealloc(d->dirs, (size_t)(d->n + 1) * sizeof *d->dirs);
	d->labels = xrealloc(d->labels, (size_t)(d->n + 1) * sizeof *d->labels);
	d->dirs[d->n] = dir;
	d->labels[d->n++] = label;
}

void
ddest_load(struct ddest *d)
{
	char **media, *docs;
	const char *base;
	size_t n, i;

	memset(d, 0, sizeof *d);
	n = dlg_media(&media);
	for (i = 0; i < n; i++) {
		/* the volume label where the system gives one (Windows: "E:"
		 * is the drive, the label its name), else the mount folder */
		char *label = plat_volume_label(media[i]);

		base = strrchr(media[i], '/');
		ddest_add(d, xstrdup(media[i]), label != NULL ?
		    xasprintf(_("USB stick %s (%s)"), label, media[i]) :
		    xasprintf(_("USB stick %s"), base != NULL ? base + 1 : media[i]));
		free(label);
	}
	d->nsticks = (int)n;
	app_media_free(media, n);
	docs = app_documents_dir();
	base = strrchr(docs, '/');
	ddest_add(d, docs, xasprintf(_("Documents %s"), base != NULL && base[1] ?
	    base + 1 : docs));
	ddest_add(d, NULL, xstrdup(_("Another folder…")));
}

void
ddest_free(struct ddest *d)
{
	int i;

	for (i = 0; i < d->n; i++) {
		free(d->dirs[i]);
		free(d->labels[i]);
	}
	free(d->dirs);
	free(d->labels);
	memset(d, 0, sizeof *d);
}

char *
ddest_folder(struct ddest *d, int i, struct tui *t, char **typed)
{
	char *out;

	if (i < 0 || i >= d->n)
		return NULL;
	if (d->dirs[i] != NULL)
		return xstrdup(d->dirs[i]);
	if (!dlg_prompt(t, _("Folder:"), *typed != NULL ? *typed : "", &out))
		return NULL;
	free(*typed);
	*typed = xstrdup(out);
	return out;
}

int
dlg_check_folder(struct tui *t, const char *dir)
{
	plat_stat_t st;
	char *shown;
	int ok = 1;

	/* the path shortened so that the reason fits the status line whole */
	shown = dlg_short_path(dir, t->cols - 40);
	if (dir[0] == '\0' || plat_stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		tui_say(t, _("%s is not a folder (was the USB stick taken out?)."), shown);
		ok = 0;
	} else if (plat_access(dir, PLAT_W_OK) != 0) {
		tui_say(t, _("%s cannot be written to (read-only); choose another place."),
		    shown);
		ok = 0;
	}
	if (!ok)
		t->status_attr = t->attr[TA_ERROR];
	free(shown);
	return ok;
}

/* ---- the progress bar ----------------------------------------------- */

static long long
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* An Esc waiting on the terminal, read without waiting (nodelay: the
 * work goes on at once when no key is there).  Other keys are held for
 * after the work, as if nobody had looked; a mouse event is dropped. */
static int
esc_waiting(struct dprogress *p)
{
	int key, esc = 0;

	if (!tui_key_waiting(NULL))
		return 0;
	nodelay(stdscr, TRUE);
	while ((key = tui_getkey(p->t)) >= 0) {
		if (key == TK_ESC)
			esc = 1;
		else if (key != (TK_FN | KEY_MOUSE) && p->nheld < DPROGRESS_HELD)
			p->held[p->nheld++] = key;
	}
	nodelay(stdscr, FALSE);
	return esc;
}

/* Esc was pressed: stop at once, or ask what stopping means. */
static int
ask_stop(struct dprogress *p)
{
	static const char *const keys[] = { "y", "n" };
	const char *words[2] = { _("Stop (Enter)"), _("Go on (Esc)") };

	if (p->stop_q == NULL)
		return 1;
	return dlg_ask_enter(p->t, p->stop_q, keys, words, 2, 0) == 0;
}

int
dprogress_update(struct dprogress *p, size_t done)
{
	long long ms = mono_ms();

	p->done = done;
	if (done != 0 && ms - p->painted_ms < 80)
		return p->cancel;	/* a repaint costs more than a few hundred rows */
	if (done != 0 && !p->cancel && esc_waiting(p) && ask_stop(p))
		p->cancel = 1;
	tui_paint(p->t);
	tui_flush(p->t);
	p->painted_ms = mono_ms();	/* after a question, the time it waited */
	return p->cancel;
}

void
dprogress_start(struct dprogress *p, struct tui *t, const char *what, size_t total,
    const char *stop_q)
{
	p->t = t;
	p->what = what;
	p->stop_q = stop_q;
	p->done = 0;
	p->total = total;
	p->running = 1;
	p->cancel = 0;
	p->count_pages = 0;
	p->nheld = 0;
	t->status[0] = '\0';
	dprogress_update(p, 0);
}

/* A key as tui_getkey gave it, back in curses' queue. */
static void
unget_key(int key)
{
	if (key & TK_FN)
		ungetch(key & ~TK_FN);
	else
		unget_wch(key == TK_ENTER ? L'\r' : (wchar_t)key);
}

void
dprogress_stop(struct dprogress *p)
{
	p->running = 0;
	/* last in first: curses' queue is a stack for ungetch */
	while (!p->cancel && p->nheld > 0)
		unget_key(p->held[--p->nheld]);
	p->nheld = 0;
}

int
dprogress_said_stopped(struct tui *t, const struct err *e, const char *said)
{
	if (e == NULL || e->code != ERR_STOPPED)
		return 0;
	tui_say(t, "%s", said);
	return 1;
}

void
dprogress_draw(const struct dprogress *p, struct tui *t, int y)
{
	char text[160];
	int w = t->cols - 4, fill, i, pct;

	if (!p->running || w < 10)
		return;
	if (p->total > 0) {
		pct = (int)(p->done * 100 / p->total);
		if (pct > 100)
			pct = 100;
		snprintf(text, sizeof text, _("%s: %d%%"), p->what, pct);
		fill = w * pct / 100;
	} else {
		if (p->count_pages)
			snprintf(text, sizeof text, _("%s: page %zu (counting)"), p->what,
			    p->done);
		else
			snprintf(text, sizeof text, _("%s: %zu records"), p->what, p->done);
		fill = (int)(p->done / 256 % (size_t)w);	/* it moves */
	}
	w_put(t, y, 2, w, text, t->attr[TA_HEADER], 0);
	for (i = 0; i < w; i++)
		mvaddch(y + 1, 2 + i, i < fill ? (' ' | A_REVERSE) : ACS_CKBOARD);
}

/* ---- names and messages --------------------------------------------- */

char *
dlg_file_stem(const struct tui *t, const char *what, const char *label)
{
	char *cls = label != NULL ? xstrdup(label) : tui_class_text(t), *out, *p, *q, *own;

	/* a teacher's 我的班级 is named by her classes in a file: every
	 * teacher's sheet on the head's stick must not be …-我的班级-… */
	if (strcmp(cls, tui_all_text(t)) == 0 && (own = app_scope_text(t->app)) != NULL) {
		free(cls);
		cls = own;
	}
	/* 三年级(2)班 → 三年级2班: brackets and slashes make awkward names */
	for (p = q = cls; *p; p++)
		if (*p != '(' && *p != ')' && *p != '/' && *p != ' ')
			*q++ = *p;
	*q = '\0';
	out = xasprintf("%s-%s-%.4s%.2s%.2s", what, cls, t->today_iso, t->today_iso + 5,
	    t->today_iso + 8);
	free(cls);
	return out;
}

void
dclass_load(struct dclass *c, const struct tui *t)
{
	memset(c, 0, sizeof *c);
	c->grade = t->grade;
	c->class_no = t->class_no;
	if (t->grade != 0)
		c->labels[c->n++] = tui_class_text(t);
	c->labels[c->n++] = xstrdup(tui_all_text(t));
}

void
dclass_get(const struct dclass *c, int i, int *grade, int *class_no)
{
	*grade = *class_no = 0;
	if (c->grade != 0 && i == 0) {
		*grade = c->grade;
		*class_no = c->class_no;
	}
}

void
dclass_free(struct dclass *c)
{
	int i;

	for (i = 0; i < c->n; i++)
		xfree(&c->labels[i]);
	c->n = 0;
}

char *
dlg_short_path(const char *path, int cells)
{
	const char *p = path;

	if (utf8_width(path) <= cells)
		return xstrdup(path);
	/* drop leading folders until it fits, keeping the file's own name */
	while (utf8_width(p) + 2 > cells) {
		const char *slash = strchr(p + 1, '/');

		if (slash == NULL)
			break;
		p = slash;
	}
	return xasprintf("\xe2\x80\xa6%s", p);
}

void
dlg_fail_at(struct tui *t, struct err *e, const char *path)
{
	char *p = path != NULL && path[0] ? strstr(e->msg, path) : NULL, *m, *s;

	if (p != NULL) {
		*p = '\0';
		s = dlg_short_path(path, 30);
		m = xasprintf("%s%s%s", e->msg, s, p + strlen(path));
		snprintf(e->msg, sizeof e->msg, "%s", m);
		free(m);
		free(s);
	}
	tui_fail(t, e);
}
