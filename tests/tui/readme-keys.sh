#!/bin/sh
# README's key table and the help screens say the same (issue 11's "Left"):
# every key the README lists is explained by the help of the list or of a
# child's record, and every key of the list's own section of its help is in
# the README.  The help is generated from the screens' key tables, so this
# is README against the program, not against a copy.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
readme="$GUANAI_SRCDIR/README.md"

# the keys of the README's first key table (| 键 | 作用 |): backticked
# words of its first column, one a line
sed -n '/^| 键 | 作用 |/,/^$/p' "$readme" | sed -n 's/^| \([^|]*\)|.*/\1/p' |
	grep -o '`[^`]*`' | tr -d '`' >"$T/readme-keys"
[ "$(wc -l <"$T/readme-keys")" -ge 20 ] || fail "README's key table not found"

# help_pages FILE: every page of the help now on the screen, into FILE
help_pages() {
	: >"$1"
	prev=
	for i in 1 2 3 4 5 6 7 8; do
		tui_screen >"$T/page"
		cur=$(cat "$T/page")
		[ "$cur" = "$prev" ] && break
		cat "$T/page" >>"$1"
		prev=$cur
		tui_keys NPage
		sleep 0.3
	done
}
# the key column of a help: "  KEY   word · sentence"
keys_of() { sed -n 's/^  \([^ ]\{1,\}\) \{1,\}[^ ].* · .*/\1/p' "$1"; }

make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys '?'
tui_wait "本屏按键" || finish
help_pages "$T/help-list"
tui_keys Escape
tui_wait "4 条匹配" || finish
open_zhangsiyuan || finish
tui_keys '?'
tui_wait "本屏按键" || finish
help_pages "$T/help-record"
tui_keys Escape

keys_of "$T/help-list" >"$T/keys-list"
keys_of "$T/help-record" >"$T/keys-record"
[ -s "$T/keys-list" ] || fail "no keys read from the list's help"
while read -r k; do
	grep -qxF -- "$k" "$T/keys-list" "$T/keys-record" ||
		fail "README lists '$k', which no help screen explains"
done <"$T/readme-keys"
# the list's own keys (before 各屏通用按键) must all be in the README
sed '/各屏通用按键/q' "$T/help-list" >"$T/help-list-own"
keys_of "$T/help-list-own" | sort -u >"$T/keys-list-own"
while read -r k; do
	grep -qxF -- "$k" "$T/readme-keys" ||
		fail "the list's help has '$k', which README's key table leaves out"
done <"$T/keys-list-own"
finish
