#!/bin/sh
# help.sh — `guanai help COMMAND` and `guanai COMMAND --help` print the
# same usage for every command, need no database, and exit 0; `help`
# lists every command; unknown options and commands are usage errors in
# one style ("guanai: " before the message, in English and in Chinese).
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_DB="$T/none.db"	# never created: help needs no database
expect_rc 0 "$G" help || finish
cmds=$(awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' "$T/out")
[ "$(echo "$cmds" | wc -l)" -ge 24 ] || fail "help lists too few commands: $cmds"
for c in init demo import export template list show check stats remind print pack unpack \
	backup restore user edit care helper pair unpair trash class help; do
	echo "$cmds" | grep -qx "$c" || fail "help does not list $c"
done
for c in $cmds; do
	expect_rc 0 "$G" help "$c" || continue
	cp "$T/out" "$T/help"
	head -1 "$T/help" | grep -q "^usage: guanai $c " || fail "help $c: $(head -1 "$T/help")"
	[ "$(wc -l <"$T/help")" -ge 2 ] || fail "help $c has no summary"
	expect_rc 0 "$G" "$c" --help || continue
	cmp -s "$T/out" "$T/help" || fail "$c --help differs from help $c"
	expect_rc 0 "$G" "$c" -h
	cmp -s "$T/out" "$T/help" || fail "$c -h differs from help $c"
done
[ -e "$GUANAI_DB" ] && fail "help created the database"
expect_rc 0 "$G" care add --help
expect_grep "guanai care add ID|NAME --kind KIND" "$T/out"
expect_grep "guanai care rm CARE_ID" "$T/out"
expect_rc 0 "$G" --help
expect_grep "guanai help COMMAND" "$T/out"
expect_rc 1 "$G" help nosuch
expect_grep "^guanai: unknown command 'nosuch'" "$T/err"

# usage errors: one style, with the command's usage
expect_rc 0 "$G" init
for args in "import --bogus x.csv" "list --format xml" "list --class 3" "remind --days x" \
	"care bogus" "care add" "trash erase" "class set" "stats --format" "edit"; do
	# shellcheck disable=SC2086
	expect_rc 1 "$G" $args || continue
	head -1 "$T/err" | grep -q "^guanai: " || fail "$args: $(head -1 "$T/err")"
	grep -q "^usage: guanai ${args%% *} " "$T/err" || fail "$args: no usage line"
done
expect_rc 1 "$G" list --format xml
expect_grep "table, tsv or json" "$T/err"
expect_rc 1 "$G" import --bogus x.csv
expect_grep "unknown option '--bogus'" "$T/err"
expect_rc 0 "$G" list --format=tsv --class=3-2
expect_grep "^id	name" "$T/out"
if have_zh; then
	use_zh
	expect_rc 0 "$G" help care
	expect_grep "^用法：guanai care add" "$T/out"
	expect_rc 1 "$G" list --format xml
	head -1 "$T/err" | grep -q "^guanai: " || fail "zh: $(head -1 "$T/err")"
	expect_rc 1 "$G" nosuch
	head -1 "$T/err" | grep -q "^guanai: " || fail "zh: $(head -1 "$T/err")"
	expect_rc 1 "$G" show 没有这个人
	head -1 "$T/err" | grep -q "^guanai: " || fail "zh: $(head -1 "$T/err")"
	grep -rq 'msgstr "guanai[：:]' "$SRC/po/zh_CN.po" && fail "po/zh_CN.po has a message with its own prefix"
fi
finish
