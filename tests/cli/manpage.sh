#!/bin/sh
# manpage.sh — doc/guanai.1 and doc/zh_CN/guanai.1 document every command
# that `guanai help` lists and every GUANAI_* variable the sources read,
# and render without warnings; `make install` puts the Chinese page where
# `man -L zh_CN guanai` finds it (checked by distcheck's install).
. "$GUANAI_SRCDIR/tests/lib.sh"
EN=$SRC/doc/guanai.1 ZH=$SRC/doc/zh_CN/guanai.1
[ -f "$EN" ] && [ -f "$ZH" ] || { fail "a man page is missing"; finish; }
expect_rc 0 "$G" help || finish
cmds=$(awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' "$T/out")
[ -n "$cmds" ] || fail "no commands from guanai help"
for c in $cmds; do
	grep -q "^\.BR $c " "$EN" || fail "doc/guanai.1 lacks the command $c"
	grep -q "^\.BR $c " "$ZH" || fail "doc/zh_CN/guanai.1 lacks the command $c"
done
# every sub-command of the tables of cmd-*.c (care add, trash erase …)
for s in "care.* add" "care.* list" "care.* edit" "care.* rm" "helper.* add" "helper.* list" \
	"helper.* edit" "helper.* rm" "trash.* erase" "trash.* restore" "class.* set" "class.* list"; do
	grep -q "^\.BR $s" "$EN" || fail "doc/guanai.1 lacks $s"
	grep -q "^\.BR $s" "$ZH" || fail "doc/zh_CN/guanai.1 lacks $s"
done
vars=$(grep -rhoE 'getenv\("GUANAI_[A-Z_]+"\)|"GUANAI_[A-Z_]+"' "$SRC/src" | grep -oE 'GUANAI_[A-Z_]+' | sort -u)
[ -n "$vars" ] || fail "no GUANAI_ variables found in src"
for v in $vars; do
	grep -q "^\.B .*$v" "$EN" || fail "doc/guanai.1 lacks the variable $v"
	grep -q "^\.B .*$v" "$ZH" || fail "doc/zh_CN/guanai.1 lacks the variable $v"
done
if command -v man >/dev/null && command -v groff >/dev/null; then
	MANWIDTH=80 man --warnings -l "$EN" >"$T/en.txt" 2>"$T/en.err" || fail "man -l doc/guanai.1"
	[ -s "$T/en.err" ] && { fail "doc/guanai.1 renders with warnings"; head -5 "$T/en.err" >&2; }
	grep -Eq "care +add +ID\|NAME +--kind +KIND" "$T/en.txt" || fail "the English page does not render care add"
	if have_zh; then
		LC_ALL=zh_CN.UTF-8 MANWIDTH=80 man --warnings -l "$ZH" >"$T/zh.txt" 2>"$T/zh.err" ||
			fail "man -l doc/zh_CN/guanai.1"
		[ -s "$T/zh.err" ] && { fail "doc/zh_CN/guanai.1 renders with warnings"; head -5 "$T/zh.err" >&2; }
		grep -q "彻底删除" "$T/zh.txt" || fail "the Chinese page does not render"
	fi
else
	echo "man or groff missing: the pages are not rendered"
fi
finish
