#!/bin/sh
# exchange-roundtrip.sh — export then import into an empty database gives
# the same children, parents and guardians (every field of the standard
# layout), in UTF-8 and in GB18030; a second import changes nothing.
# (100,000 children: bench/import.sh.)
. "$GUANAI_SRCDIR/tests/lib.sh"
N=${GUANAI_ROUNDTRIP_CHILDREN:-400}
expect_rc 0 "$G" --db "$T/src.db" demo --children "$N" --seed 11 || finish
expect_rc 0 "$G" --db "$T/src.db" export "$T/src.csv" || finish
expect_grep "$N children exported" "$T/out"
# rows sorted: children with the same name may come in another order
sorted() { tail -n +2 "$1" | sed 's/^\xef\xbb\xbf//' | LC_ALL=C sort; }
sorted "$T/src.csv" >"$T/src.sorted"
for enc in utf-8 gb18030; do
	expect_rc 0 "$G" --db "$T/src.db" export --encoding $enc "$T/rt-$enc.csv"
	expect_rc 0 "$G" --db "$T/dst-$enc.db" init
	expect_rc 0 "$G" --db "$T/dst-$enc.db" import "$T/rt-$enc.csv"
	expect_grep "$N new, 0 updated, 0 unchanged, 0 rejected" "$T/out" "$enc import"
	expect_rc 0 "$G" --db "$T/dst-$enc.db" export "$T/back-$enc.csv"
	sorted "$T/back-$enc.csv" >"$T/back.sorted"
	if ! cmp -s "$T/src.sorted" "$T/back.sorted"; then
		fail "$enc round trip differs"
		diff "$T/src.sorted" "$T/back.sorted" | head -6 >&2
	fi
	expect_rc 0 "$G" --db "$T/dst-$enc.db" import "$T/rt-$enc.csv"
	expect_grep "0 new, 0 updated, $N unchanged" "$T/out" "$enc second import"
done
finish
