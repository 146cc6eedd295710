#!/bin/sh
# teacher-words.sh — a class teacher's account (三年级(2)班 of a school
# with a 四年级 too) sees her class only, and the words say so: the title
# and the class chooser say 我的班级, never 全校, and the statistics'
# paragraph says 本班共有留守儿童3人, not 本校.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" user add 王校长 --role head >/dev/null 2>&1 ||
	fail "user add head"
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 GUANAI_NEW_PASSWORD=laoshi111 \
    "$G" --db "$T/db" user add 李老师 --role teacher --class 3-2 >/dev/null 2>&1 ||
	fail "user add teacher"
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111 GUANAI_MEDIA_ROOT=$T/m"
tui_start "$T/db"
tui_wait "3 条匹配" || finish
head -1 "$T/screen" | grep -q "我的班级" || fail "the title does not say 我的班级: $(head -1 "$T/screen")"
grep -q "全校" "$T/screen" && fail "the teacher's list says 全校: $(head -1 "$T/screen")"
grep -q "钱多多" "$T/screen" && fail "the teacher sees 四年级's child"
tui_keys c
tui_wait "三年级(2)班" || finish
grep -q "我的班级" "$T/screen" || fail "the class chooser does not offer 我的班级"
grep -q "全校" "$T/screen" && fail "the class chooser offers 全校"
tui_keys Escape
tui_keys s
tui_wait "分年级、性别人数" || finish
tui_keys End
tui_wait "本班共有留守儿童3人" || finish
grep -q "本校" "$T/screen" && fail "the teacher's statistics say 本校"
# her USB package is named for her (关爱数据包-李老师-…), not …-全校-… as
# every teacher's was (guanai-all-… then)
tui_keys Escape
tui_keys e
tui_wait "选择把加密数据包写到哪里" || finish
tui_keys Enter
tui_wait "文件名：" || finish
grep -q "关爱数据包-李老师-20261129.gak" "$T/screen" || fail "the package's name is not hers"
tui_keys Escape
tui_wait_gone "文件名："
tui_keys Escape
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
