#!/bin/sh
# The 七清楚 completion is one number wherever it is shown: `guanai check`'s
# totals, the checklist screen's 「完成 x/y 人」 (80×24), the statistics'
# checklist_by_class and the printed sheet's line under each class all come
# from app_checklist_rates.  On a demo school, for the whole school and one
# class, then for a teacher limited to two classes, each of them must equal
# a count made apart: every child's `show` (the complete record, each
# item's confirmation read alone), complete when its seven items are clear.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
command -v jq >/dev/null 2>&1 || { echo "no jq: skipped"; exit 77; }
use_zh
D=$T/db
expect_rc 0 "$G" --db "$D" init --school 测试小学 || finish
expect_rc 0 "$G" --db "$D" demo --children 60 --seed 3 || finish
g() { "$G" --db "$D" --lang en "$@"; }

# Each child apart, from its own record: "grade class 1|0" (complete) a line.
g list --format tsv | awk -F'\t' 'NR > 1 { print $1, $5, $6 }' >"$T/ids"
while read -r id gr cl; do
	g show "$id" >"$T/show" || fail "show $id"
	c=$(sed -n '/^Checklist/,$p' "$T/show" | grep -c '^  [1-7] .* clear$')
	echo "$gr $cl $([ "$c" = 7 ] && echo 1 || echo 0)"
done <"$T/ids" >"$T/apart"
# count_apart [G-N ...]: "complete children" of the classes (all: none given)
count_apart() {
	awk -v want=" $* " '{ if (want == "  " || index(want, " " $1 "-" $2 " ")) { n++; done += $3 } }
	    END { print done + 0, n + 0 }' "$T/apart"
}
# check_says [G N]: "complete children" from check's footer
check_says() {
	g check >"$T/check" || fail "check"
	if [ -n "${1:-}" ]; then
		sed -n "s/^Grade $1 Class $2: \([0-9]*\) of \([0-9]*\) children complete.*/\1 \2/p" "$T/check"
	else
		sed -n 's/^All: \([0-9]*\) of \([0-9]*\) children complete.*/\1 \2/p' "$T/check"
	fi
}
# stats_says [G N]: the same from stats --format json
stats_says() {
	g stats --format json >"$T/stats.json" || fail "stats"
	if [ -n "${1:-}" ]; then
		jq -r --arg k "$1-$2" '.checklist_by_class[$k] | "\(.complete) \(.children)"' "$T/stats.json"
	else
		jq -r '[.checklist_by_class[]] | "\(map(.complete) | add) \(map(.children) | add)"' \
		    "$T/stats.json"
	fi
}
# print_says G N: the line under class G-N of the printed checklist sheet
print_says() {
	# beside the sanitizer build: the libraries' own leaks (fontconfig,
	# cairo) suppressed as in tests/print/common.sh
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0" \
	LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp" \
	    g print checklist --class "$1-$2" -o "$T/c.pdf" >"$T/print.out" 2>&1 ||
		{ fail "print checklist"; sed 's/^/  | /' "$T/print.out" >&2; }
	pdftotext -layout "$T/c.pdf" - 2>/dev/null | tr -s ' \n' ' ' |
	    sed -n 's/.*[^0-9]\([0-9][0-9]*\) children in this class; all seven clear for \([0-9][0-9]*\).*/\2 \1/p'
}
# same WHAT WANT GOT
same() {
	if [ "$2" = "$3" ]; then ok "$1: $3 (complete total)"
	else fail "$1: '$3', but the children's own records say '$2' (complete total)"; fi
}
# tui_rate: the 「完成 x/y 人」 of the checklist screen on show, as "x y"
tui_rate() {
	tui_wait "完成 " || return
	sed -n 's/.*完成 \([0-9]*\)\/\([0-9]*\) 人.*/\1 \2/p' "$T/screen" | head -1
}

# ---- the whole school, then 三年级(1)班 --------------------------------
want=$(count_apart)
case $want in "0 "*|*" 0") fail "the demo school has no complete child or none at all: $want" ;; esac
same "check" "$want" "$(check_says)"
same "stats" "$want" "$(stats_says)"
want3=$(count_apart 3-1)
same "check, 3-1" "$want3" "$(check_says 3 1)"
same "stats, 3-1" "$want3" "$(stats_says 3 1)"
if command -v pdftotext >/dev/null 2>&1; then
	same "print, 3-1" "$want3" "$(print_says 3 1)"
else
	echo "no pdftotext: the printed sheet not read"
fi
tui_start "$D"
tui_wait "60 条匹配" || finish
tui_keys k
tui_wait "七清楚 · 全校" || finish
same "the checklist screen" "$(count_apart)" "$(tui_rate)"
tui_fits 80 "the checklist screen"
# the class menu: 全校, 一年级(1)班, 二年级(1)班, 三年级(1)班 …
tui_keys c
tui_wait "全校"
tui_keys Down Down Down Enter
tui_wait "七清楚 · 三年级(1)班" || finish
same "the checklist screen, 3-1" "$want3" "$(tui_rate)"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# ---- a teacher of two classes -------------------------------------------
GUANAI_PASSWORD=boss-secret expect_rc 0 "$G" --db "$D" user add boss --role head
export GUANAI_USER=boss GUANAI_PASSWORD=boss-secret
GUANAI_NEW_PASSWORD=wang-secret expect_rc 0 "$G" --db "$D" user add wang --role teacher \
    --class 2-1 --class 8-1
export GUANAI_USER=wang GUANAI_PASSWORD=wang-secret
want=$(count_apart 2-1 8-1)
[ "$want" != "$(count_apart)" ] || fail "the teacher's two classes count as the whole school: $want"
same "check, the teacher" "$want" "$(check_says)"
same "stats, the teacher" "$want" "$(stats_says)"
want8=$(count_apart 8-1)
same "check, the teacher's 8-1" "$want8" "$(check_says 8 1)"
same "stats, the teacher's 8-1" "$want8" "$(stats_says 8 1)"
TUI_ENV="GUANAI_USER=wang GUANAI_PASSWORD=wang-secret"
tui_restart "$D"
tui_wait "条匹配" || finish
tui_keys k
tui_wait "七清楚" || finish
same "the checklist screen, the teacher" "$want" "$(tui_rate)"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
