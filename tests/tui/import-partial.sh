#!/bin/sh
# import-partial.sh — a roster whose rows are all imported, one of them
# without its bad ID number (a wrong check digit) and one without its
# impossible birth date: the preview counts 2 problem rows (not 0 while
# listing them), and after the import the teacher is told that 2 rows
# have problems and where the problem file is, and can read them.
# The title shows the user's name whole.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
cat >"$STICK/花名册.csv" <<'CSV'
姓名,性别,出生日期,身份证号,年级,班级,留守类型
刘小燕,女,2016-04-12,,3,2,父母均外出
王浩然,男,2015-11-03,430524201511030018,3,2,父亲外出
陈思琪,女,2015-02-30,,3,2,母亲外出
CSV
"$G" --db "$T/db" init --school "桃洪镇中心小学" >/dev/null 2>&1 || fail "init"

tui_start "$T/db"
tui_wait "还没有儿童档案" || finish
# the title's right end names the signed-in user whole (the last column
# stays blank, so the trailing blank once cost the name its last letter)
head -1 "$T/screen" | grep -q "$(id -un) *\$" ||
	fail "the title does not end with the user name: $(head -1 "$T/screen")"
tui_keys m
tui_wait "花名册.csv" || finish
tui_keys Enter
tui_wait "新增 3 人" || finish
grep -q "有问题 2 行" "$T/screen" || fail "the preview does not count the 2 problem rows"
grep -q "第 3 行" "$T/screen" || fail "the preview does not list line 3"
tui_keys Enter
tui_wait "有 2 行有问题" || finish
tui_keys y
tui_wait "有问题的行，已另存到" || finish
grep -q "第 4 行" "$T/screen" || fail "the problem rows are not shown"
tui_keys Escape
tui_wait "3 条匹配" || finish
[ -f "$STICK/花名册.rejected.csv" ] || fail "no problem file beside the roster"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
