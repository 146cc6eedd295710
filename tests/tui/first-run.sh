#!/bin/sh
# first-run.sh — `guanai` on a path with no database, in Chinese at 80×24:
# the set-up screen asks for the school; Esc leaves with nothing created;
# a name and Enter alone create the database (mode 0600, the school's name
# stored as `guanai init` stores it) and open the 导入Excel dialog over the
# list; the other choice, 先空着, opens the empty list, which points at
# 导入Excel; an empty name is refused with a message.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
mkdir -p "$T/m/media/$(id -un)/KINGSTON"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"

tui_start "$T/new.db"
tui_wait "第一次使用" || finish
tui_wait "请输入学校名称"
tui_fits 80 "the set-up screen"
# the three next steps are read whole at 80 columns (the third was cut
# to 「导入校长发来的U盘…」)
grep "接下来" "$T/screen" | grep -q "…" && fail "a next step is cut: $(grep "接下来" "$T/screen")"
grep -q "导入U盘数据包" "$T/screen" || fail "the third next step is not shown"
tui_keys Escape
tui_wait "GUANAI-EXIT=0" || finish
[ -e "$T/new.db" ] && fail "Esc created the database"

# an empty name is refused; then the name, Enter alone: 导入Excel
tui_restart "$T/new.db"
tui_wait "请输入学校名称" || finish
tui_keys Enter
tui_wait "请先输入学校名称" || finish
[ -e "$T/new.db" ] && fail "an empty name created the database"
tui_type "太平山镇中心小学"
tui_keys Enter
tui_wait "导入Excel" || finish
tui_wait "其他文件或文件夹"
[ -f "$T/new.db" ] || { fail "no database"; finish; }
mode=$(stat -c %a "$T/new.db")
[ "$mode" = 600 ] || fail "the database is mode $mode, not 600"
tui_keys Escape
tui_wait "还没有儿童档案" || finish
grep -q "太平山镇中心小学" "$T/screen" || fail "the title does not name the school"
tui_keys q
tui_wait "GUANAI-EXIT=0"
"$G" --db "$T/new.db" init >"$T/init.out" 2>&1
expect_grep "太平山镇中心小学" "$T/init.out" "init after the set-up screen"

# the second choice: the empty list at once
tui_restart "$T/two.db"
tui_wait "请输入学校名称" || finish
tui_type "二中"
tui_keys Down Right
tui_wait "▶先空着，自己录入"
tui_keys Enter
tui_wait "还没有儿童档案" || finish
grep -q "导入Excel" "$T/screen" || fail "the empty list does not point at 导入Excel"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
