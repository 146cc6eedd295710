#!/bin/sh
# 本学年复核 on the 七清楚 screen (80×24, Chinese): of the checklist items
# whose fields are filled, the share a teacher confirmed since 1 September
# (DESIGN §5: a filled item is 清楚 when confirmed this school year, else
# 待复核; a missing item is filled first, not reviewed), rounded down.
# Items confirmed last school year (before 1 September) do not count.  The
# screen's number, for the school and for one class, must equal a count
# made apart from each child's `show` (each item's state read alone).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
g() { "$G" --db "$T/db" --lang en "$@"; }
g list --format tsv | awk -F'\t' 'NR > 1 { print $1, $2, $5, $6 }' >"$T/ids"
id_of() { awk -v n="$1" '$2 == n { print $1 }' "$T/ids"; }
# last school year: 张思远 and 章诗怡 whole; this one: three of 张思远's
# items and all of 钱多多's
for who in 张思远 章诗怡; do
	GUANAI_TODAY=2026-06-01 g check --confirm "$(id_of "$who")" all >/dev/null ||
		fail "confirm $who last school year"
done
for item in 1 2 3; do
	g check --confirm "$(id_of 张思远)" "$item" >/dev/null || fail "confirm 张思远 $item"
done
g check --confirm "$(id_of 钱多多)" all >/dev/null || fail "confirm 钱多多"

# Apart: "grade class clear filled" a child, from its own record.
count_apart() {
	while read -r id name gr cl; do
		g show "$id" >"$T/show" || fail "show $name"
		sed -n '/^Checklist/,$p' "$T/show" >"$T/items"
		c=$(grep -c '^  [1-7] .* clear$' "$T/items")
		s=$(grep -c '^  [1-7] .* to be confirmed this school year$' "$T/items")
		echo "$gr $cl $c $((c + s))"
	done <"$T/ids" >"$T/apart"
}
count_apart
# want [G N]: the percentage apart (rounded down), for a class or all
want() {
	awk -v g="${1:-}" -v n="${2:-}" '(g == "" || ($1 == g && $2 == n)) { c += $3; f += $4 }
	    END { if (f > 0) print int(c * 100 / f) "%"; else print "none" }' "$T/apart"
}
# the school year matters, and so do the missing items: the numbers apart
# must differ from what a count ignoring either would give
all=$(want)
old=$(awk '{ f += $4 } END { print f }' "$T/apart")
[ "$all" != "none" ] && [ "$all" != "0%" ] && [ "$all" != "100%" ] ||
	fail "the school's items give $all: the test needs a partial review"
grep -q " 0 [1-9]" "$T/apart" || fail "no child has a filled item only confirmed last year"

tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys k
tui_wait "本学年复核 " || finish
tui_fits 80 "the checklist screen"
got=$(sed -n 's/.*本学年复核 \([0-9]*%\).*/\1/p' "$T/screen")
[ "$got" = "$all" ] || fail "the school: the screen says 本学年复核 $got, the records say $all (of $old filled items)"
head -1 "$T/screen" | grep -q "完成 [0-9]*/4 人" || fail "the title lost 完成 x/4 人"
# one class: 三年级(2)班
tui_keys c
tui_wait "三年级(2)班"
tui_type "三年级(2)"
tui_keys Enter
tui_wait "完成 0/3 人" || finish
cls=$(want 3 2)
got=$(sed -n 's/.*本学年复核 \([0-9]*%\).*/\1/p' "$T/screen")
[ "$got" = "$cls" ] || fail "三年级(2)班: the screen says 本学年复核 $got, the records say $cls"
[ "$cls" != "$all" ] || fail "the class and the school give one number: the test cannot tell them apart"
grep -q "三年级(2)班" "$T/screen" || fail "the title cuts the class"
# confirming on the screen counts at once: the first child's first item
# (章诗怡's, confirmed last school year)
tui_keys Space
tui_wait "确认了1项" || finish
count_apart
now=$(want 3 2)
[ "$now" != "$cls" ] || fail "confirming 章诗怡's item 1 did not change the count apart"
tui_wait "本学年复核 $now" || fail "after a confirmation the screen does not say 本学年复核 $now"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
