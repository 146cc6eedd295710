#!/bin/sh
# 账号 (issue 11, item 6): u on the list (or the F9 menu) lists the
# accounts; a adds the headteacher's, then a class teacher's with a class,
# the password typed twice and never shown; p gives a new password; d
# removes one after asking.  Checked with `guanai user list` and by
# signing in with GUANAI_USER / GUANAI_PASSWORD.  Esc leaves nothing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
head() { GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" "$@"; }
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys u
tui_wait "还没有账号" || finish
tui_fits 80 "the accounts screen"

# Esc half-way adds nothing
tui_keys a
tui_wait "新账号"
tui_type "王校长"
tui_keys Enter
tui_wait "角色"
tui_keys Escape
tui_wait "还没有账号"

# the headteacher's account first
tui_keys a
tui_wait "新账号"
tui_type "王校长"
tui_keys Enter
tui_wait "角色"
tui_keys Down Enter
tui_wait "密码"
tui_type "xiaozhang1"
tui_wait "输入时不显示"
grep -q "xiaozhang1" "$T/screen" && fail "the password is shown as typed"
tui_keys Enter
tui_wait "再输入一遍"
tui_type "xiaozhang1"
tui_keys Enter
tui_wait "已添加账号王校长"
head user list >"$T/users" 2>&1 || fail "user list as 王校长"
expect_grep "王校长" "$T/users" "user list"

# a class teacher of 三年级2班; two different passwords change nothing
tui_keys a
tui_wait "新账号"
tui_type "李老师"
tui_keys Enter
tui_wait "角色"
tui_keys Enter
tui_wait "哪些班"
tui_type "三年级2班"
tui_keys Enter
tui_wait "密码"
tui_type "laoshi111"
tui_keys Enter
tui_wait "再输入一遍"
tui_type "laoshi222"
tui_keys Enter
tui_wait "两次输入不一样"
head user list >"$T/users" 2>&1
grep -q "李老师" "$T/users" && fail "an account added with two different passwords"
tui_keys a
tui_wait "新账号"
tui_type "李老师"
tui_keys Enter
tui_wait "角色"
tui_keys Enter
tui_wait "哪些班"
tui_type "三年级2班"
tui_keys Enter
tui_wait "密码"
tui_type "laoshi111"
tui_keys Enter
tui_wait "再输入一遍"
tui_type "laoshi111"
tui_keys Enter
tui_wait "已添加账号李老师"
tui_wait "三年级(2)班"
tui_fits 80 "the accounts screen"
head user list >"$T/users" 2>&1
expect_grep "李老师" "$T/users" "user list"
GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111 "$G" --db "$T/db" list --format tsv \
    >"$T/li" 2>&1 || fail "李老师 cannot sign in"
expect_grep "张思远" "$T/li" "李老师's list"
grep -q "钱多多" "$T/li" && fail "李老师 sees another class"

# a new password for 李老师 (the first line, by name)
tui_keys Home p
tui_wait "李老师的新密码"
tui_type "xinmima22"
tui_keys Enter
tui_wait "再输入一遍"
tui_type "xinmima22"
tui_keys Enter
tui_wait "李老师的密码已改"
GUANAI_USER=李老师 GUANAI_PASSWORD=xinmima22 "$G" --db "$T/db" list --format tsv \
    >/dev/null 2>&1 || fail "李老师 cannot sign in with the new password"
GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111 "$G" --db "$T/db" list --format tsv \
    >/dev/null 2>&1 && fail "李老师's old password still works"

# remove 李老师: asks, n keeps, y removes
tui_keys Home d
tui_wait "删除账号李老师"
tui_keys n
tui_wait_gone "删除账号李老师"
head user list >"$T/users" 2>&1
expect_grep "李老师" "$T/users" "user list after n"
tui_keys d
tui_wait "删除账号李老师"
tui_keys y
tui_wait "账号李老师已删除"
head user list >"$T/users" 2>&1
grep -q "李老师" "$T/users" && fail "李老师 still has an account"
expect_grep "王校长" "$T/users" "user list after the removal"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
