#!/bin/sh
# import-excel.sh — 导入Excel in Chinese at 80×24 on a fresh school: the
# empty list points at 导入Excel; a GB18030 roster on the stick (a folder
# under a test media root) is the first file offered; Enter shows the
# preview (encoding, first rows decoded, 3 new, 1 problem with its line
# and reason); Esc there and Esc again leave nothing (no child, no problem
# file); m, Enter, Enter imports with the problem file beside the roster,
# whose rows can be read at once; a file of the wrong type is refused with
# a message and the dialog stays.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
cat >"$T/roster.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,监护人姓名,监护人关系
郑谢肖,男,2016-05-06,3,2,父母均外出,郑奶奶,奶奶
袁叶,女,2017-01-12,3,2,父亲外出,袁外婆,外婆
谢小龙,男,2015-03-08,3,2,母亲外出,谢爷爷,爷爷
,女,2016-09-01,3,2,父母均外出,无名,奶奶
CSV
iconv -f UTF-8 -t GB18030 "$T/roster.csv" >"$STICK/花名册.csv" || fail "iconv"
echo "not a roster" >"$STICK/notes.txt"
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"

tui_start "$T/db"
tui_wait "还没有儿童档案" || finish
tui_wait "导入Excel"

# Esc at the preview, then Esc in the dialog: nothing is written
tui_keys m
tui_wait "花名册.csv" || finish
tui_fits 80 "the import dialog"
grep -q "notes.txt" "$T/screen" && fail "a .txt file is offered for import"
tui_keys Enter
tui_wait "新增 3 人" || finish
grep -q "编码：GB18030" "$T/screen" || fail "the preview does not name GB18030"
grep -q "郑谢肖" "$T/screen" || fail "the first rows are not shown decoded"
grep -q "有问题 1 行" "$T/screen" || fail "the preview does not count the problem"
grep -q "第 5 行" "$T/screen" || fail "the problem has no line number"
tui_fits 80 "the preview"
tui_keys Escape
tui_wait "花名册.csv"
tui_keys Escape
tui_wait "还没有儿童档案"
[ -e "$STICK/花名册.rejected.csv" ] && fail "the preview wrote the problem file"

# a typed file of the wrong type: a message, the dialog stays
tui_keys m
tui_wait "其他文件或文件夹"
tui_keys End Enter
tui_wait "文件或文件夹："
tui_type "$STICK/notes.txt"
tui_keys Enter
tui_wait "不是可以导入的花名册文件" || finish
tui_keys Escape
tui_wait "还没有儿童档案"

# Enter alone: the first file, the preview, the import; the problem rows
tui_keys m
tui_wait "花名册.csv"
tui_keys Enter
tui_wait "新增 3 人"
tui_keys Enter
tui_wait "有 1 行有问题" || finish
tui_keys y
tui_wait "有问题的行，已另存到" || finish
grep -q "第 5 行" "$T/screen" || fail "the problem rows are not shown"
tui_fits 80 "the problem rows"
tui_keys Escape
tui_wait "3 条匹配" || finish
[ -f "$STICK/花名册.rejected.csv" ] || fail "no problem file beside the roster"
"$G" --db "$T/db" list --format tsv >"$T/list" 2>&1
expect_grep "袁叶" "$T/list" "the imported list"

# a class teacher's sheet with no class column: its rows go to a class
# of the school (Enter alone), which c changes
printf '姓名,性别\r\n钱小梅,女\r\n孙小兵,男\r\n' >"$STICK/无班级.csv"
"$G" --db "$T/db" class set 4-1 --enrolled 40 >/dev/null 2>&1 || fail "a second class"
tui_keys m
tui_wait "其他文件或文件夹"
tui_keys End Enter
tui_wait "文件或文件夹："
tui_type "$STICK/无班级.csv"
tui_keys Enter
tui_wait "没写班级的行算作" || finish
grep -q "新增 2 人" "$T/screen" || fail "with a class given the preview does not add the two rows"
first=$(sed -n 's/.*没写班级的行算作\(.*\)（按 c.*/\1/p' "$T/screen" | head -1)
tui_keys c
tui_wait_gone "没写班级的行算作$first"
tui_wait "没写班级的行算作" || finish
cls=$(sed -n 's/.*没写班级的行算作\(.*\)（按 c.*/\1/p' "$T/screen" | head -1)
[ -n "$cls" ] && [ "$cls" != "$first" ] || fail "c did not change the class ($first, $cls)"
tui_fits 80 "the preview with a class"
tui_keys Enter
tui_wait "5 条匹配" || finish
"$G" --db "$T/db" list --format tsv >"$T/list" 2>&1
grep -q "钱小梅" "$T/list" || fail "钱小梅 was not imported"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
