#!/bin/sh
# import-bulk.sh — a bulk write into a register without children (the first
# import, the demo, a first unpack) drops the two list-order indexes and
# builds them again at the commit (src/store/store.c, bench/README.md): after
# it every index of a new database is there, the same, the lists use them,
# and a dry run (rolled back) leaves them as they were.
. "$GUANAI_SRCDIR/tests/lib.sh"
command -v sqlite3 >/dev/null || { echo "no sqlite3: skipped"; exit 77; }
idx() { sqlite3 "$1" "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"; }
plan() { sqlite3 "$1" "EXPLAIN QUERY PLAN SELECT id FROM child ORDER BY sort_key, id LIMIT 5"; }
expect_rc 0 "$G" --db "$T/fresh.db" init
idx "$T/fresh.db" >"$T/want"
grep -q '^child_sort|' "$T/want" && grep -q '^child_class|' "$T/want" ||
	fail "a new database lacks child_sort or child_class"

cat >"$T/kids.csv" <<'CSV'
姓名,性别,年级,班级,身份证号,父亲手机
张思远,男,3,2,431102201605061018,13800001111
李小红,女,3,2,,
王五,男,4,1,,13900002222
CSV
same_indexes() {	# DB WHAT
	idx "$1" >"$T/got"
	diff "$T/want" "$T/got" >"$T/diff" || { fail "$2: indexes differ"; cat "$T/diff" >&2; }
	[ "$(sqlite3 "$1" 'PRAGMA integrity_check')" = ok ] || fail "$2: integrity_check"
}

# a dry run into an empty register: rolled back, indexes unchanged
expect_rc 0 "$G" --db "$T/a.db" init
expect_rc 0 "$G" --db "$T/a.db" import --dry-run "$T/kids.csv"
same_indexes "$T/a.db" "after a dry run"
# the first import: rebuilt at the commit, the list in pinyin order from them
expect_rc 0 "$G" --db "$T/a.db" import "$T/kids.csv"
expect_grep '3 new' "$T/out"
same_indexes "$T/a.db" "after the first import"
plan "$T/a.db" | grep -q 'child_sort' || fail "the list order does not use child_sort"
expect_rc 0 "$G" --db "$T/a.db" list --class 3-2 --format tsv
[ "$(tail -n +2 "$T/out" | cut -f2 | tr '\n' ' ')" = "李小红 张思远 " ] ||
	fail "class 3-2 in pinyin order: $(cat "$T/out")"
# found right after the commit, by name, initials and phone fragment
for q in 思远 zsy 1111; do
	expect_rc 0 "$G" --db "$T/a.db" list --search "$q" --format tsv
	expect_grep '张思远' "$T/out" "search $q"
done
# the second import of the same file changes nothing (and is not a bulk
# into an empty register)
expect_rc 0 "$G" --db "$T/a.db" import "$T/kids.csv"
expect_grep '0 new, 0 updated, 3 unchanged' "$T/out"
same_indexes "$T/a.db" "after the second import"

# the demo and a first unpack are bulks into an empty register too
expect_rc 0 "$G" --db "$T/c.db" demo --children 40 --seed 3
same_indexes "$T/c.db" "after the demo"
export GUANAI_PASSPHRASE='bulk test passphrase'
expect_rc 0 "$G" --db "$T/c.db" pack "$T/p.pkg"
expect_rc 0 "$G" --db "$T/d.db" init
expect_rc 0 "$G" --db "$T/d.db" unpack "$T/p.pkg"
same_indexes "$T/d.db" "after a first unpack"
[ "$(sqlite3 "$T/d.db" 'SELECT count(*) FROM child')" = 40 ] || fail "unpack: not 40 children"

# an unpack's search terms (written sorted at the commit): a child new from
# a package, then renamed with a new father's phone in a second package, is
# found by the new name, initials and phone, no longer by the old ones
expect_rc 0 "$G" --db "$T/a.db" pack "$T/a1.pkg"
expect_rc 0 "$G" --db "$T/e.db" init
expect_rc 0 "$G" --db "$T/e.db" unpack "$T/a1.pkg"
for q in 思远 zsy 1111; do
	expect_rc 0 "$G" --db "$T/e.db" list --search "$q" --format tsv
	expect_grep '张思远' "$T/out" "after the unpack: search $q"
done
expect_rc 0 "$G" --db "$T/a.db" edit 张思远 姓名=章思源 父亲手机=13800009999
expect_rc 0 "$G" --db "$T/a.db" pack "$T/a2.pkg"
expect_rc 0 "$G" --db "$T/e.db" unpack "$T/a2.pkg"
expect_grep '1 updated' "$T/out" "the second package"
for q in 思源 9999; do
	expect_rc 0 "$G" --db "$T/e.db" list --search "$q" --format tsv
	expect_grep '章思源' "$T/out" "after the second unpack: search $q"
done
for q in 思远 1111; do
	expect_rc 0 "$G" --db "$T/e.db" list --search "$q" --format tsv
	expect_nogrep '章思源' "$T/out" "after the second unpack: old term $q"
done
[ "$(sqlite3 "$T/e.db" "SELECT count(*) FROM child_seq")" = 3 ] || fail "one search number a child"
finish
