#!/bin/sh
# A name with a character beyond the Basic Multilingual Plane: 李𠮷祥
# (U+20BB7, CJK Extension B, two cells) in the list at 80×24 — the columns
# after it start where they start on every other row, nothing runs into
# the right edge, a name too wide for its column (欧阳𠮷𠮷𠮷, 10 cells) is
# cut with … at a cell boundary — and in the record's line editor, where
# the cursor stands after its six cells and a character appended after it
# is saved: the name comes back unchanged but for it.
# (Where wchar_t is 16 bits, Windows, the same character is drawn as a
# two-cell placeholder: tests/unit/test-width.c.)
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
printf '姓名,性别,出生日期,年级,班级\n李\360\240\256\267祥,男,2016-05-06,3,2\n张三,女,2016-01-01,3,2\n欧阳娜娜,女,2016-02-02,3,2\n欧阳\360\240\256\267\360\240\256\267\360\240\256\267,女,2016-02-03,3,2\n' >"$T/wide.csv"
"$G" --db "$T/db" import "$T/wide.csv" >"$T/import.out" 2>&1 ||
	{ fail "import"; cat "$T/import.out" >&2; }
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_wait "李𠮷祥" || finish
tui_fits 80 "the list"

# cells before the gender column, and before the class column, per row
col_before() { # col_before ROWNAME TEXT: display width of the row up to TEXT
	grep -F -- "$1" "$T/screen" | head -1 | sed "s/$2.*//" | wc -L
}
tui_screen >"$T/screen"
for pair in "男 女" "三(2) 三(2)"; do
	mine=${pair% *} theirs=${pair#* }
	w1=$(col_before "李𠮷祥" "$mine")
	w2=$(col_before "张三" "$theirs")
	w3=$(col_before "欧阳娜娜" "$theirs")
	[ "$w1" -gt 0 ] && [ "$w1" = "$w2" ] && [ "$w2" = "$w3" ] ||
		fail "'$mine' is not aligned: column $w1 after 李𠮷祥, $w2 after 张三, $w3 after 欧阳娜娜"
done
# 8 cells for the name: 欧阳𠮷 (6) and … — not 欧阳𠮷𠮷 running on
expect_grep " 欧阳𠮷… " "$T/screen" "the list (a cut name)"
[ "$failures" = 0 ] || sed 's/^/  | /' "$T/screen" >&2

# the record: its name in the line editor, a character appended, F2
tui_keys /
tui_type li
tui_wait "1 条匹配"
tui_keys Enter Enter
tui_wait "[基本]" || finish
tui_wait "李𠮷祥"
tui_fits 80 "the record"
tui_keys Enter End
sleep 0.2
tui_screen >"$T/screen"
# the name field's line (the title line names the child too)
start=$(grep -F "姓名*" "$T/screen" | head -1 | sed 's/李.*//' | wc -L)
y=$(grep -nF "姓名*" "$T/screen" | head -1 | cut -d: -f1)
i=0
while [ "$(tm display -p -t g '#{cursor_x} #{cursor_y}')" != "$((start + 6)) $((y - 1))" ] &&
    [ "$i" -lt 40 ]; do
	sleep 0.05
	i=$((i + 1))
done
cur=$(tm display -p -t g '#{cursor_x} #{cursor_y}')
[ "$cur" = "$((start + 6)) $((y - 1))" ] ||
	fail "after End the cursor is at $cur, not after the six cells of 李𠮷祥 ($((start + 6)) $((y - 1)))"
tui_type "娃"
tui_keys Enter
tui_wait "李𠮷祥娃"
tui_keys F2
tui_wait_gone "未保存"
tui_keys F10
tui_wait "GUANAI-EXIT="
"$G" --db "$T/db" list --format tsv >"$T/list.tsv" 2>&1 || fail "list"
expect_grep "	李𠮷祥娃	" "$T/list.tsv" "the saved name"
finish
