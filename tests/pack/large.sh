#!/bin/sh
# large.sh — a school of 10,000 children travels in one package and arrives
# whole (same list, same checklist) in bounded time; a second unpack
# changes nothing.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_PASSPHRASE='ten thousand children'
N=${GUANAI_PACK_CHILDREN:-10000}
expect_rc 0 "$G" --db "$T/a.db" demo --children "$N" --seed 11
start=$(date +%s)
expect_rc 0 "$G" --db "$T/a.db" pack "$T/all.pkg" && ok "pack $N"
expect_grep "$N children" "$T/out"
expect_rc 0 "$G" --db "$T/b.db" init
expect_rc 0 "$G" --db "$T/b.db" unpack "$T/all.pkg" && ok "unpack $N"
expect_grep "$N new children, 0 updated, 0 conflicts" "$T/out"
took=$(( $(date +%s) - start ))
# generous bound (sanitizer builds are slower): minutes would mean a bug
[ "$took" -lt 300 ] || fail "pack + unpack of $N children took ${took}s"
for db in a b; do
	"$G" --db "$T/$db.db" list --format tsv >"$T/$db.tsv" || fail "list $db"
	"$G" --db "$T/$db.db" check --format tsv >"$T/$db.check" || fail "check $db"
done
[ "$(wc -l <"$T/b.tsv")" = $((N + 1)) ] || fail "the receiver lists $(wc -l <"$T/b.tsv") lines"
cmp -s "$T/a.tsv" "$T/b.tsv" || fail "the lists differ after the unpack"
cmp -s "$T/a.check" "$T/b.check" || fail "the checklists differ after the unpack"
for t in child parent guardian pairing care checklist_confirm helper; do
	a=$(sqlite3 "$T/a.db" "select count(*) from $t")
	b=$(sqlite3 "$T/b.db" "select count(*) from $t")
	[ "$a" = "$b" ] || fail "$t: $a rows packed, $b arrived"
done
# the search side table was rebuilt for the new children
name=$(sed -n 2p "$T/a.tsv" | cut -f2)
"$G" --db "$T/b.db" list --search "$name" --format tsv >"$T/s.tsv"
grep -q "$name" "$T/s.tsv" || fail "search does not find $name after the unpack"
sqlite3 "$T/b.db" .dump | md5sum >"$T/sum1"
expect_rc 0 "$G" --db "$T/b.db" unpack "$T/all.pkg" && expect_grep "merged before" "$T/out"
sqlite3 "$T/b.db" .dump | md5sum >"$T/sum2"
cmp -s "$T/sum1" "$T/sum2" || fail "a second unpack changed the database"
finish
