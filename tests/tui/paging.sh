#!/bin/sh
# Paging a list of several pages both ways (keyset, no walk of the whole
# list): End shows the last children in pinyin order with the last one
# selected, PgUp goes back page by page, Home returns; the count arrives
# after the first page; the 七清楚 marks of every row shown are those of
# `guanai check`; End within a search shows the last match.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
use_en
"$G" --db "$T/db" init --school "Paging school" >/dev/null 2>&1 || fail "init"
"$G" --db "$T/db" demo --children 60 --seed 3 >/dev/null 2>&1 || fail "demo"
# some confirmations, so that the marks are not all alike
"$G" --db "$T/db" list --format tsv | awk -F '\t' 'NR > 1 { print $1 }' >"$T/ids"
n=0
while read -r id; do
	n=$((n + 1))
	[ $((n % 3)) = 0 ] && "$G" --db "$T/db" check --confirm "$id" all >/dev/null 2>&1
	[ $((n % 5)) = 0 ] && "$G" --db "$T/db" check --confirm "$id" 1 >/dev/null 2>&1
done <"$T/ids"
"$G" --db "$T/db" list --format tsv | awk -F '\t' 'NR > 1 { print $2 }' >"$T/names"
[ "$(wc -l <"$T/names")" = 60 ] || fail "the demo school should have 60 children"
[ -z "$(sort "$T/names" | uniq -d)" ] || { echo "duplicate names in the demo: skipped"; exit 77; }
"$G" --db "$T/db" check --format tsv | awk -F '\t' 'NR > 1 {
	s = ""
	for (i = 5; i <= 11; i++) s = s ($i == "clear" ? "#" : $i == "missing" ? "." : "~")
	print $2 "\t" s }' >"$T/marks"

# names and marks of the rows on screen (body rows 4-20 of 80x24)
shown() { tui_screen | awk 'NR >= 4 && NR <= 20 { sub(/^>/, " "); if ($1 != "") print $1 }'; }
shown_marks() {
	tui_screen | awk 'NR >= 4 && NR <= 20 { sub(/^>/, " "); if ($1 == "") next
		if (match($0, /[#.~][#.~][#.~][#.~][#.~][#.~][#.~]/))
			print $1 "\t" substr($0, RSTART, 7) }'
}
# expect_rows FIRST LAST what: the screen shows names FIRST..LAST (1-based)
expect_rows() {
	shown >"$T/got"
	sed -n "$1,$2p" "$T/names" >"$T/want"
	cmp -s "$T/got" "$T/want" || { fail "$3: rows $1-$2 of the list expected"
		diff "$T/want" "$T/got" | sed 's/^/  | /' >&2; }
}
# the marks of every row on screen are check's
expect_marks() {
	shown_marks >"$T/gm"
	[ -s "$T/gm" ] || fail "$1: no marks found on screen"
	while IFS="$(printf '\t')" read -r name m; do
		want=$(awk -F '\t' -v n="$name" '$1 == n { print $2 }' "$T/marks")
		[ "$m" = "$want" ] || fail "$1: $name shows $m, guanai check says $want"
	done <"$T/gm"
}

TUI_ENV="GUANAI_ASCII=1 NO_COLOR=1"
tui_start "$T/db"
tui_wait "page 1" || finish
tui_wait "page 1 / 4  60 matching"
tui_wait "60 children"
expect_rows 1 17 "first page"
expect_marks "first page"

# End: the last page is the last 17 in pinyin order, the last one selected
tui_keys End
tui_wait "page 4 / 4"
expect_rows 44 60 "End"
last=$(tail -n 1 "$T/names")
tui_screen | grep -q "^>$last " || fail "End should select the last child, $last"
expect_marks "last page"
# PgUp goes back a page at a time; near the start, page 1 whole
tui_keys PPage
tui_wait "page 3 / 4"
expect_rows 27 43 "PgUp from the end"
tui_keys PPage
tui_wait "page 2 / 4"
expect_rows 10 26 "PgUp twice"
tui_keys PPage
tui_wait "page 1 / 4"
expect_rows 1 17 "PgUp to the start"
# PgDn and Down across a page boundary, Up back over it
tui_keys PPage PPage Home NPage
tui_wait "page 2 / 4"
expect_rows 18 34 "PgDn"
tui_keys Up
tui_wait "page 1 / 4"
tui_screen | grep -q "^>$(sed -n 17p "$T/names") " || fail "Up from a page's top row selects the row above"
tui_keys End Home
tui_wait "page 1 / 4"
expect_rows 1 17 "Home"

# End within a search: the last match of the same search on the CLI
q=$(head -n 1 "$T/names" | cut -c1-3)
"$G" --db "$T/db" list --search "$q" --format tsv | awk -F '\t' 'NR > 1 { print $2 }' >"$T/found"
tui_keys /
tui_type "$q"
tui_wait "$(wc -l <"$T/found" | tr -d ' ') matching"
tui_keys Enter End
tui_wait "$(tail -n 1 "$T/found")"
shown | tail -n 1 >"$T/lastshown"
[ "$(cat "$T/lastshown")" = "$(tail -n 1 "$T/found")" ] ||
	fail "End in a search should show the last match $(tail -n 1 "$T/found"), not $(cat "$T/lastshown")"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# A school of more than 1,000: the whole school is counted exactly (the
# header and the page count); only a search matching most of the school
# by a digit prefix stops counting at 1,000.
"$G" --db "$T/big.db" init --school "Big school" >/dev/null 2>&1 || fail "init big"
"$G" --db "$T/big.db" demo --children 1200 --seed 5 >/dev/null 2>&1 || fail "demo big"
tui_restart "$T/big.db"
tui_wait "1200 children"
tui_wait "page 1 / 71  1200 matching"
tui_keys /
tui_type 4
tui_wait "over 1000 matching"
tui_keys Enter q
tui_wait "GUANAI-EXIT=0"
finish
