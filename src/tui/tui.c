/* tui.c — the terminal interface's main loop: curses set-up, colours and
 * marks, the screen stack, key routing, the title/status/key-bar frame,
 * resize and mouse, and dirty-flag painting (one pass, wnoutrefresh then
 * doupdate).  Screens only change state; this file decides when to paint.
 *
 * GUANAI_TUI_BENCH=FILE appends one line per key: screen, key, and the
 * milliseconds from reading the key to the screen being updated (bench/). */
#include "config.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "guanai/app/children.h"
#include "guanai/app/dest.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/utf8.h"
#include "guanai/core/validate.h"
#include "guanai/app/scope.h"
#include "guanai/tui/tui.h"
#include "menu.h"
#include "scr-dlg.h"
#include "screen.h"
#include "widget.h"

void
tui_open(struct tui *t, const struct screen_class *cls, const struct screen_arg *arg)
{
	t->open_cls = cls;
	memset(&t->open_arg, 0, sizeof t->open_arg);
	t->open_arg.field = -1;
	if (arg != NULL)
		t->open_arg = *arg;
}

void
tui_back(struct tui *t)
{
	t->back = 1;
}

void
tui_restart(struct tui *t, const struct screen_class *next)
{
	t->restart = 1;
	tui_open(t, next, NULL);
}

void
tui_say(struct tui *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->status, sizeof t->status, fmt, ap);
	va_end(ap);
	memcpy(t->last, t->status, sizeof t->last);
	t->status_attr = t->attr[TA_OK];
	t->dirty = 1;
}

void
tui_fail(struct tui *t, const struct err *e)
{
	snprintf(t->status, sizeof t->status, "%s", e->msg[0] ? e->msg : _("failed"));
	memcpy(t->last, t->status, sizeof t->last);
	t->status_attr = t->attr[TA_ERROR];
	t->dirty = 1;
}

int
tui_body_top(const struct tui *t)
{
	(void)t;
	return 1;
}

int
tui_body_rows(const struct tui *t)
{
	return t->rows > 4 ? t->rows - 3 : 1;
}

int
tui_is_teacher(const struct tui *t)
{
	return t->app->role != NULL && strcmp(t->app->role, "teacher") == 0;
}

const char *
tui_all_text(const struct tui *t)
{
	/* a teacher's account sees its own classes only: "all" is not the
	 * school, and the title must not say 全校 over one class's children */
	if (tui_is_teacher(t))
		return _("My classes");
	return _("Whole school");
}

char *
tui_class_text(const struct tui *t)
{
	if (t->grade == 0)
		return xstrdup(tui_all_text(t));
	return class_label(t->grade, t->class_no);
}

/* ---- frame ---------------------------------------------------------- */

static void
paint_title(struct tui *t)
{
	struct screen *s = t->top;
	char *left, *right;
	int rw, lw;

	w_fill(t, 0, 0, t->attr[TA_TITLE]);
	/* w_put leaves the last column blank: the right part ends before it,
	 * or it loses its last character to an ellipsis ("roo…") */
	right = xasprintf("%s  %s", s->info, t->app->actor);
	rw = utf8_width(right);
	if (rw > t->cols / 2)
		rw = t->cols / 2;
	lw = t->cols - rw - 2;
	/* the screen's own title (the child, the class) is read whole before
	 * the program's name and then the school's give way: a long school
	 * and 「unsaved: bad value」 cut 「欧阳娜娜 · Grade 3 Cl…」 */
	left = xasprintf(" %s \xc2\xb7 %s%s%s", _("guanai"), t->school,
	    s->title[0] ? " \xc2\xb7 " : "", s->title);
	if (s->title[0] && utf8_width(left) > lw) {
		free(left);
		left = xasprintf(" %s \xc2\xb7 %s", t->school, s->title);
		if (utf8_width(left) > lw) {
			free(left);
			left = xasprintf(" %s", s->title);
		}
	}
	w_put(t, 0, 0, lw, left, t->attr[TA_TITLE], 0);
	w_put(t, 0, t->cols - 1 - rw, rw, right, t->attr[TA_TITLE], 0);
	free(left);
	free(right);
}

/* The key bar from the screen's table, in its order; an entry that does
 * not fit is skipped so that a shorter one after it still shows. */
static void
paint_keybar(struct tui *t)
{
	const struct keydef *k;
	char name[32];
	int x = 0, y = t->rows - 1, need;

	w_fill(t, y, 0, t->attr[TA_NORMAL]);
	for (k = t->top->cls->keys; k->op != OP_NONE; k++) {
		if (!k->bar || (t->top->cls->offers != NULL &&
		    !t->top->cls->offers(t->top, k->op)))
			continue;
		if (k->key == TK_ENTER && !t->app->ascii_only)
			snprintf(name, sizeof name, "\xe2\x86\xb5");	/* ↵ */
		else if (k->key == (TK_FN | KEY_RIGHT) && k->op == OP_RIGHT)
			/* one bar entry for both arrows: ← goes back the same way */
			snprintf(name, sizeof name, "\xe2\x86\x90\xe2\x86\x92");
		else
			keys_name(k->key, name, sizeof name);
		need = utf8_width(name) + utf8_width(op_word(k->op)) + 1;
		if (x + need > t->cols)
			continue;
		x += w_put(t, y, x, need, name, t->attr[TA_KEY], 0);
		x += w_put(t, y, x, t->cols - x, op_word(k->op), t->attr[TA_NORMAL], 0);
		x++;
	}
}

void
tui_paint(struct tui *t)
{
	const char *hint;
	int hw;

	t->cursor_on = 0;
	erase();
	if (t->top != NULL) {
		t->top->title[0] = t->top->info[0] = '\0';
		t->top->cls->draw(t->top, t);
		paint_title(t);
		paint_keybar(t);
	}
	w_fill(t, t->rows - 2, 0, t->attr[TA_NORMAL]);
	if (t->status[0] == '\0')
		return;
	/* a message too long for the row says where to read it whole */
	if (utf8_width(t->status) > t->cols - 2) {
		hint = _(" (F12: whole message)");
		hw = utf8_width(hint);
		w_put(t, t->rows - 2, 1, t->cols - 2 - hw, t->status, t->status_attr, 0);
		w_put(t, t->rows - 2, t->cols - 1 - hw, hw, hint, t->attr[TA_DIM], 0);
	} else
		w_put(t, t->rows - 2, 1, t->cols - 1, t->status, t->status_attr, 0);
}

void
tui_flush(struct tui *t)
{
	if (t->cursor_on) {
		move(t->cursor_y, t->cursor_x);
		curs_set(1);
	} else
		curs_set(0);
	wnoutrefresh(stdscr);
	doupdate();
}

/* ---- set-up --------------------------------------------------------- */

static void
setup_colours(struct tui *t)
{
	int bg = -1, i;

	for (i = 0; i < TA_COUNT; i++)
		t->attr[i] = A_NORMAL;
	t->attr[TA_TITLE] = A_REVERSE;
	t->attr[TA_SELECT] = A_REVERSE;
	t->attr[TA_HEADER] = A_BOLD | A_UNDERLINE;
	t->attr[TA_ERROR] = A_BOLD;
	t->attr[TA_WARN] = A_BOLD;
	t->attr[TA_DIM] = A_DIM;
	t->attr[TA_KEY] = A_BOLD;
	if (!has_colors() || getenv("NO_COLOR") != NULL)
		return;
	start_color();
	if (use_default_colors() == ERR)
		bg = COLOR_BLACK;
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_BLACK, COLOR_CYAN);
	init_pair(3, COLOR_RED, bg);
	init_pair(4, COLOR_YELLOW, bg);
	init_pair(5, COLOR_GREEN, bg);
	init_pair(6, COLOR_CYAN, bg);
	t->attr[TA_TITLE] = COLOR_PAIR(1) | A_BOLD;
	t->attr[TA_SELECT] = COLOR_PAIR(2);
	t->attr[TA_HEADER] = COLOR_PAIR(6) | A_BOLD;
	t->attr[TA_ERROR] = COLOR_PAIR(3) | A_BOLD;
	t->attr[TA_WARN] = COLOR_PAIR(4) | A_BOLD;
	t->attr[TA_OK] = COLOR_PAIR(5);
	t->attr[TA_KEY] = COLOR_PAIR(6) | A_BOLD;
}

/* ■ □ ▣ … only where the locale draws them one cell wide: the locale's
 * own opinion (plat_wcwidth), not the table, which calls them narrow even
 * in the C locale and on Windows, whose CJK console fonts draw them wide. */
static void
setup_marks(struct tui *t)
{
	if (!t->app->ascii_only && plat_wcwidth(0x25a0) == 1 &&
	    plat_wcwidth(0x25a1) == 1 && plat_wcwidth(0x25a3) == 1 &&
	    plat_wcwidth(0x2026) == 1 && plat_wcwidth(0x21b5) == 1) {
		t->mark[0] = "\xe2\x96\xa0";
		t->mark[1] = "\xe2\x96\xa1";
		t->mark[2] = "\xe2\x96\xa3";
	} else {
		t->app->ascii_only = 1;
		t->mark[0] = "#";
		t->mark[1] = ".";
		t->mark[2] = "~";
	}
}

static void
load_school(struct tui *t)
{
	struct school sc;
	struct err e = { 0, "" };

	memset(&sc, 0, sizeof sc);
	if (app_school_get(t->app, &sc, &e) == 0 && !str_empty(sc.name))
		t->school = xstrdup(sc.name);
	else
		t->school = xstrdup(_("(school name not set)"));
	school_clear(&sc);
}

int
tui_getkey(struct tui *t)
{
	wint_t wc;
	int r = get_wch(&wc);

	if (r == ERR)
		return -1;
	if (r == KEY_CODE_YES) {
		if (wc == KEY_RESIZE)
			getmaxyx(stdscr, t->rows, t->cols);
		if (wc == KEY_ENTER)
			return TK_ENTER;
		return TK_FN | (int)wc;
	}
	return wc == '\r' ? TK_ENTER : (int)wc;
}

/* ---- the screen stack ----------------------------------------------- */

static int
push(struct tui *t, const struct screen_class *cls, const struct screen_arg *arg,
    struct err *e)
{
	struct screen *s = xcalloc(1, sizeof *s);

	s->cls = cls;
	if (cls->init(s, t, arg, e) != 0) {
		free(s);
		return -1;
	}
	s->below = t->top;
	t->top = s;
	return 0;
}

static void
pop(struct tui *t)
{
	struct screen *s = t->top;

	if (s == NULL)
		return;
	t->top = s->below;
	s->cls->free(s);
	free(s);
	if (t->top != NULL && t->top->cls->resume != NULL)
		t->top->cls->resume(t->top, t);
}

static void
apply_requests(struct tui *t)
{
	struct err e = { 0, "" };
	const struct screen_class *cls = t->open_cls;
	struct screen *s;

	if (t->restart) {
		t->restart = 0;
		t->back = 0;
		while ((s = t->top) != NULL) {
			t->top = s->below;
			s->cls->free(s);
			free(s);
		}
		if (push(t, &scr_list, NULL, &e) != 0) {
			tui_fail(t, &e);
			t->quit = 1;
			return;
		}
	}
	if (t->back) {
		t->back = 0;
		if (t->top != NULL && t->top->below != NULL)
			pop(t);
	}
	if (cls != NULL) {
		t->open_cls = NULL;
		if (push(t, cls, &t->open_arg, &e) != 0)
			tui_fail(t, &e);
	}
}

static void
global_op(struct tui *t, enum op op)
{
	switch (op) {
	case OP_QUIT:
		t->quit = 1;
		break;
	case OP_HELP:
		tui_open(t, &scr_help, NULL);
		break;
	case OP_BACK:
		tui_back(t);
		break;
	case OP_MESSAGE:
		tui_open(t, &scr_message, NULL);
		break;
	case OP_MENU:
		menu_run(t);
		break;
	default:
		menu_do(t, op);	/* an action of the F9 menu's table */
		break;
	}
}

static void
route_mouse(struct tui *t)
{
	MEVENT me;

	if (getmouse(&me) != OK || t->top->cls->mouse == NULL)
		return;
	if (me.y < tui_body_top(t) || me.y >= tui_body_top(t) + tui_body_rows(t))
		return;
	if (me.bstate & BUTTON1_DOUBLE_CLICKED)
		t->top->cls->mouse(t->top, t, me.y, me.x, 1);
	else if (me.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED))
		t->top->cls->mouse(t->top, t, me.y, me.x, 0);
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void
dispatch(struct tui *t, int key)
{
	struct screen *s = t->top;
	enum op op;

	t->status[0] = '\0';
	if (key == (TK_FN | KEY_RESIZE)) {
		if (s->cls->resize != NULL)
			s->cls->resize(s, t);
		return;
	}
	if (key == (TK_FN | KEY_MOUSE)) {
		route_mouse(t);
		return;
	}
	op = keys_lookup(s->cls->keys, key);
	if (op == OP_NONE)
		op = keys_lookup(keys_global, key);
	if (!s->cls->key(s, t, op, key))
		global_op(t, op);
}

int
tui_key_waiting(void *ctx)
{
	(void)ctx;
	return plat_input_waiting();
}

/* GUANAI_TUI_START (bench/tui.sh): the wall clock in ns when the program
 * was started; the first screen logs the time from there. */
static double
since_start_ms(void)
{
	const char *s = getenv("GUANAI_TUI_START");
	struct timespec ts;

	if (s == NULL || s[0] == '\0')
		return -1;
	clock_gettime(CLOCK_REALTIME, &ts);
	return ((double)ts.tv_sec * 1e9 + (double)ts.tv_nsec - strtod(s, NULL)) / 1e6;
}

static void
loop(struct tui *t)
{
	double t0 = 0, ti;
	int key = 0, first = 1;

	t->dirty = 1;
	while (!t->quit && t->top != NULL) {
		apply_requests(t);
		if (t->quit || t->top == NULL)
			break;
		if (t->dirty) {
			t->dirty = 0;
			tui_paint(t);
			tui_flush(t);
			if (t->bench != NULL && first && since_start_ms() >= 0)
				fprintf(t->bench, "start first-screen %.3f\n", since_start_ms());
			if (t->bench != NULL && t0 > 0)
				fprintf(t->bench, "%s %d %.3f\n", t->top->cls->name, key,
				    now_ms() - t0);
			if (t->bench != NULL)
				fflush(t->bench);
			first = 0;
			t0 = 0;
		}
		/* idle work (a count) while no key waits; a key stops it */
		if (t->top->cls->idle != NULL && !tui_key_waiting(NULL)) {
			ti = now_ms();
			if (t->top->cls->idle(t->top, t) > 0) {
				if (t->bench != NULL)
					fprintf(t->bench, "idle %s %.3f\n", t->top->cls->name,
					    now_ms() - ti);
				t->dirty = 1;
				continue;
			}
		}
		if ((key = tui_getkey(t)) < 0)
			break;
		t0 = now_ms();
		dispatch(t, key);
		t->dirty = 1;
	}
}

static void
setup_curses(struct tui *t)
{
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	/* Home/End as the Linux console, PuTTY, rxvt and tmux send them */
	define_key("\033[1~", KEY_HOME);
	define_key("\033[4~", KEY_END);
	define_key("\033[H", KEY_HOME);
	define_key("\033[F", KEY_END);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED, NULL);
	mouseinterval(300);
	getmaxyx(stdscr, t->rows, t->cols);
	curs_set(0);
	setup_colours(t);
	setup_marks(t);
}

int
tui_run(struct app *a, struct err *e)
{
	struct tui t;
	struct screen *s;
	const char *bench = getenv("GUANAI_TUI_BENCH");

	memset(&t, 0, sizeof t);
	t.app = a;
	t.today = date_today();
	date_today_iso(t.today_iso);
	/* data strings are UTF-8: have gettext give UTF-8 too, curses converts */
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	if (bench != NULL && (t.bench = plat_fopen(bench, "a")) != NULL &&
	    since_start_ms() >= 0)
		fprintf(t.bench, "start tui-run %.3f\n", since_start_ms());
	if (app_is_open(a))
		load_school(&t);
	else
		t.school = xstrdup(_("First use"));
	if (initscr() == NULL) {
		err_set(e, ERR_IO, "%s", _("cannot start the terminal interface"));
		goto out;
	}
	setup_curses(&t);
	/* from here on the screen is curses': a note on stderr (main.c's
	 * say_split, when a restored backup is opened again) would scroll
	 * the terminal under curses and leave the title row stale */
	a->on_split = NULL;
	if (t.bench != NULL && since_start_ms() >= 0)
		fprintf(t.bench, "start curses %.3f\n", since_start_ms());
	/* no database yet: the set-up screen first (scr-setup.c) */
	if (push(&t, app_is_open(a) ? &scr_list : &scr_setup, NULL, e) != 0) {
		endwin();
		goto out;
	}
	if (t.bench != NULL && since_start_ms() >= 0)
		fprintf(t.bench, "start list %.3f\n", since_start_ms());
	/* why the list is empty, or why packages now see another site */
	if (app_scope_empty_note(a) != NULL)
		tui_say(&t, "%s", app_scope_empty_note(a));
	else if (a->site_renewed)
		tui_say(&t, "%s", app_site_renewed_note());
	loop(&t);
	while ((s = t.top) != NULL) {
		t.top = s->below;
		s->cls->free(s);
		free(s);
	}
	endwin();
out:
	if (t.bench != NULL)
		fclose(t.bench);
	free(t.school);
	return err_is_set(e) ? 1 : 0;
}
