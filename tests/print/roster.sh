#!/bin/sh
# roster.sh — the 花名册: title, school and page numbers on every page, every
# child by name; the public print holds no ID number and no phone (nor the
# confidential mark); --confidential adds the IDs and the mark on each page.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/print/common.sh"
make_demo

expect_rc 0 "$G" --db "$DB" print roster -o "$T/r.pdf" || finish
text "$T/r.pdf"
nospace "$T/r.pdf.txt" >"$T/r.ns"
n=$(pages "$T/r.pdf")
[ "${n:-0}" -ge 1 ] || fail "roster has no pages"
[ "$(count_in "$T/r.pdf.txt" "$W_ROSTER")" = "$n" ] || fail "title not on each of $n pages"
[ "$(count_in "$T/r.ns" "$(page_of 1 "$n")")" = 1 ] || fail "no '$(page_of 1 "$n")'"
[ "$(count_in "$T/r.ns" "$(page_of "$n" "$n")")" = 1 ] || fail "no '$(page_of "$n" "$n")'"
grep -q "第.*页共$((n + 1))页\|of$((n + 1))" "$T/r.ns" && fail "page total is not $n"
school=$(head -1 "$T/r.ns")
[ -n "$school" ] && [ "$(count_in "$T/r.ns" "$school")" = "$n" ] ||
	fail "school name '$school' not on each page"
for name in $(column "$T/demo.csv" 姓名); do
	grep -q "$name" "$T/r.ns" || fail "public roster lacks $name"
done
ids=$(column "$T/demo.csv" 身份证号)
phones=$(column "$T/demo.csv" 监护人电话; column "$T/demo.csv" 父亲电话;
	column "$T/demo.csv" 母亲电话)
[ "$(echo "$ids" | wc -w)" -ge 10 ] || fail "the demo has too few ID numbers to test"
[ "$(echo "$phones" | wc -w)" -ge 10 ] || fail "the demo has too few phones to test"
for id in $ids; do
	grep -q "$id" "$T/r.ns" && fail "public roster shows ID $id"
	# nor a masked or a partial form of it
	grep -q "$(echo "$id" | cut -c1-10)" "$T/r.ns" && fail "public roster shows part of $id"
done
for ph in $phones; do
	grep -q "$ph" "$T/r.ns" && fail "public roster shows phone $ph"
done
expect_nogrep "$W_CONF" "$T/r.pdf.txt" "public roster"
# DESIGN §8: nothing that leads a stranger to an unsupervised child (no
# home address, no birth date), and 0600 like every other file
for addr in $(column "$T/demo.csv" 家庭住址 | head -20); do
	grep -q "$(printf %s "$addr" | sed "s/^\\(......\\).*/\\1/")" "$T/r.ns" && fail "public roster shows address $addr"
done
for bd in $(column "$T/demo.csv" 出生日期 | head -20); do
	grep -q -- "$bd" "$T/r.ns" && fail "public roster shows birth date $bd"
done
[ "$(stat -c %a "$T/r.pdf")" = 600 ] || fail "public roster mode $(stat -c %a "$T/r.pdf")"

expect_rc 0 "$G" --db "$DB" print roster --confidential -o "$T/c.pdf" || finish
text "$T/c.pdf"
nospace "$T/c.pdf.txt" >"$T/c.ns"
cn=$(pages "$T/c.pdf")
[ "$(count_in "$T/c.pdf.txt" "$W_CONF")" = "$cn" ] || fail "confidential mark not on each of $cn pages"
for id in $ids; do
	grep -q "$id" "$T/c.ns" || fail "confidential roster lacks ID $id"
done
[ "$(stat -c %a "$T/c.pdf")" = 600 ] || fail "confidential roster mode $(stat -c %a "$T/c.pdf")"
pdfinfo "$T/c.pdf" | grep -q "841.89 x 595.27" || fail "confidential roster is not A4 landscape"
pdfinfo "$T/r.pdf" | grep -q "595.27.* x 841.89" || fail "public roster is not A4 portrait"

# one class: its children and nobody else's
expect_rc 0 "$G" --db "$DB" print roster --class 3-1 -o "$T/k.pdf" || finish
text "$T/k.pdf"
nospace "$T/k.pdf.txt" >"$T/k.ns"
in=$(names_of_class "$T/demo.csv" 三年级 1班)
[ -n "$in" ] || fail "demo has no class 3-1"
for name in $in; do grep -q "$name" "$T/k.ns" || fail "class roster lacks $name"; done
for name in $(names_of_class "$T/demo.csv" 一年级 1班); do
	grep -q "$name" "$T/k.ns" && fail "class 3-1 roster shows $name of 1-1"
done

# usage errors and an unknown class
expect_rc 1 "$G" --db "$DB" print
expect_rc 1 "$G" --db "$DB" print bogus -o "$T/x.pdf"
expect_rc 1 "$G" --db "$DB" print roster
expect_rc 1 "$G" --db "$DB" print roster -o "$T/x.pdf" --printer P
expect_rc 1 "$G" --db "$DB" print roster --class 3 -o "$T/x.pdf"
expect_rc 1 "$G" --db "$DB" print roster --class 9-9 -o "$T/x.pdf"
[ -e "$T/x.pdf" ] && fail "a failed print left $T/x.pdf"

# every print is in the audit log, without ID numbers
if command -v sqlite3 >/dev/null; then
	sqlite3 "$DB" "select detail from audit where action = 'print'" >"$T/audit"
	[ "$(wc -l <"$T/audit")" = 3 ] || fail "audit has $(wc -l <"$T/audit") print rows, want 3"
	expect_grep "document=roster class=3-1 count=$(echo "$in" | wc -w)" "$T/audit"
	expect_grep "mode=confidential" "$T/audit"
	for id in $ids; do grep -q "$id" "$T/audit" && fail "audit holds ID $id"; done
fi
finish
