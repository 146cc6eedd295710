#!/bin/sh
# lists.sh — the 结对帮扶登记表 and the 七清楚 sheet: titles, page numbers,
# every child named (paired under a helper, or in the list of children
# without one), one completion line per class; the 统计表 carries the same
# summary paragraph as `guanai stats`.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/print/common.sh"
make_demo

expect_rc 0 "$G" --db "$DB" print pairings -o "$T/p.pdf" || finish
text "$T/p.pdf"
nospace "$T/p.pdf.txt" >"$T/p.ns"
n=$(pages "$T/p.pdf")
[ "$(count_in "$T/p.pdf.txt" "$W_PAIR")" = "$n" ] || fail "pairings title not on each page"
grep -q "$(page_of "$n" "$n")" "$T/p.ns" || fail "pairings lack '$(page_of "$n" "$n")'"
for name in $(column "$T/demo.csv" 姓名); do
	grep -q "$name" "$T/p.ns" || fail "pairings do not name $name"
done
expect_nogrep "$W_CONF" "$T/p.pdf.txt" "public pairings"
expect_rc 0 "$G" --db "$DB" print pairings --confidential -o "$T/pc.pdf"
text "$T/pc.pdf"
expect_grep "$W_CONF" "$T/pc.pdf.txt" "confidential pairings"
# the helpers' phones only in the confidential list
grep -Eq '1[3-9][0-9]{9}' "$T/p.pdf.txt" && fail "public pairings show a phone"
grep -Eq '1[3-9][0-9]{9}' "$T/pc.pdf.txt" || fail "confidential pairings show no phone"

expect_rc 0 "$G" --db "$DB" print checklist -o "$T/k.pdf" || finish
text "$T/k.pdf"
nospace "$T/k.pdf.txt" >"$T/k.ns"
n=$(pages "$T/k.pdf")
[ "$(count_in "$T/k.pdf.txt" "$W_CHECK")" = "$n" ] || fail "checklist title not on each page"
for name in $(column "$T/demo.csv" 姓名); do
	grep -q "$name" "$T/k.ns" || fail "checklist does not name $name"
done
classes=$(awk -F, 'NR > 1 { print $6 "-" $7 }' "$T/demo.csv" | sort -u | wc -l)
[ "$(grep -c '%)\|%）' "$T/k.ns")" = "$classes" ] || fail "want $classes class completion lines"

expect_rc 0 "$G" --db "$DB" print stats -o "$T/s.pdf" || finish
text "$T/s.pdf"
nospace "$T/s.pdf.txt" | tr -d '\n' >"$T/s.ns"
n=$(pages "$T/s.pdf")
[ "$(count_in "$T/s.pdf.txt" "$W_STATS")" = "$n" ] || fail "stats title not on each page"
grep -q "$(page_of "$n" "$n")" "$T/s.ns" || fail "stats lack '$(page_of "$n" "$n")'"
"$G" --db "$DB" stats --format text >"$T/stats.txt" 2>&1 || fail "guanai stats"
summary=$(tail -1 "$T/stats.txt" | tr -d ' ')
[ "${#summary}" -gt 20 ] || fail "no summary from guanai stats"
grep -qF -- "$summary" "$T/s.ns" || fail "stats PDF lacks the summary: $summary"
finish
