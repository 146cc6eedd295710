#!/bin/sh
# Resizes follow the terminal: every screen at 80×24, 100×30 and 60×20
# stays inside the window (no line wider than the terminal), the list
# shows more rows when the window grows, and a tiny window does not crash.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
"$G" --db "$T/db" demo --children 60 --seed 7 >/dev/null 2>&1 || fail "demo"
tui_start "$T/db"
tui_wait "60 条匹配" || finish
rows24=$(tui_screen | grep -c '^[ >].*[男女] ')

# every screen, at one size: list, help, record (each tab), checklist,
# pairings, trash; back to the list each time
screens_fit() { # screens_fit COLS
	tui_fits "$1" "the list at $1 columns"
	tui_keys '?'; tui_wait "本屏按键"; tui_fits "$1" "help at $1"; tui_keys Escape
	tui_wait "条匹配"
	tui_keys Enter; tui_wait "[基本]"; tui_fits "$1" "record at $1"
	for tab in 2 3 4 5 6; do
		tui_keys "$tab"; sleep 0.1; tui_fits "$1" "record tab $tab at $1"
	done
	tui_keys Escape; tui_wait "条匹配"
	tui_keys k; tui_wait "完成"; tui_fits "$1" "checklist at $1"
	tui_keys Right Right Right Right Right Right; sleep 0.1; tui_fits "$1" "checklist item 7 at $1"
	tui_screen | grep -q "7监护人" || fail "item 7 not reachable at $1 columns"
	tui_keys Escape
	tui_wait "条匹配"
	tui_keys j; tui_wait "结对帮扶"; tui_fits "$1" "pairings at $1"; tui_keys Escape
	tui_wait "条匹配"
	tui_keys r; tui_wait "回收站"; tui_fits "$1" "trash at $1"; tui_keys Escape
	tui_wait "条匹配"
	tui_keys t; tui_wait "近期生日"; tui_fits "$1" "reminders at $1"; tui_keys Escape
	tui_wait "条匹配"
	tui_keys s; tui_wait "分年级"; tui_keys End; sleep 0.1; tui_fits "$1" "statistics at $1"
	tui_keys Escape; tui_wait "条匹配"
}
screens_fit 80

tm resize-window -t g -x 100 -y 30
tui_wait "第 1 / 3 页"
rows30=$(tui_screen | grep -c '^[ >].*[男女] ')
[ "$rows30" -gt "$rows24" ] || fail "the list did not grow with the window ($rows24 -> $rows30 rows)"
screens_fit 100

tm resize-window -t g -x 60 -y 20
tui_wait "第 1 / "
screens_fit 60

# a tiny window: still alive, and back to normal afterwards
tm resize-window -t g -x 30 -y 6
sleep 0.3
tm resize-window -t g -x 80 -y 24
tui_wait "60 条匹配"
tui_fits 80 "the list after a tiny window"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
