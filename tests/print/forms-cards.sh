#!/bin/sh
# forms-cards.sh — 基本情况登记表: exactly one page per child, each with the
# signature lines and the confidential mark; 联系卡: ⌈children/8⌉ pages with
# the guardian's phone whole; names with a CJK Extension B character (𠮷)
# and the school name survive into the PDF.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/print/common.sh"
make_demo
total=$(column "$T/demo.csv" 姓名 | wc -l)
[ "$total" = 20 ] || fail "demo export has $total children, want 20"

expect_rc 0 "$G" --db "$DB" print forms -o "$T/f.pdf" || finish
text "$T/f.pdf"
[ "$(pages "$T/f.pdf")" = "$total" ] || fail "forms: $(pages "$T/f.pdf") pages for $total children"
[ "$(count_in "$T/f.pdf.txt" "$W_SIGN")" = "$total" ] || fail "signature lines not on each form"
[ "$(count_in "$T/f.pdf.txt" "$W_CONF")" = "$total" ] || fail "confidential mark not on each form"
[ "$(count_in "$T/f.pdf.txt" "$W_FORM")" = "$total" ] || fail "title not on each form"
# page k holds child k's ID number (one child per page, nothing spilled)
nospace "$T/f.pdf.txt" | awk -v dir="$T" 'BEGIN { RS = "\f" } { print > (dir "/page." NR) }'
for id in $(column "$T/demo.csv" 身份证号); do
	hits=$(grep -l "$id" "$T"/page.* | wc -l)
	[ "$hits" = 1 ] || fail "ID $id on $hits form pages"
done
[ "$(stat -c %a "$T/f.pdf")" = 600 ] || fail "forms mode $(stat -c %a "$T/f.pdf")"

expect_rc 0 "$G" --db "$DB" print cards -o "$T/c.pdf" || finish
text "$T/c.pdf"
nospace "$T/c.pdf.txt" >"$T/c.ns"
[ "$(pages "$T/c.pdf")" = $(((total + 7) / 8)) ] || fail "cards: $(pages "$T/c.pdf") pages for $total"
[ "$(count_in "$T/c.pdf.txt" "$W_CONF")" = $(((total + 7) / 8)) ] || fail "cards lack the mark"
for ph in $(column "$T/demo.csv" 监护人电话); do
	grep -q "$ph" "$T/c.ns" || fail "cards lack guardian phone $ph"
done
for name in $(column "$T/demo.csv" 姓名); do
	grep -q "$name" "$T/c.ns" || fail "cards lack $name"
done

# one class: forms = its children, cards = ⌈k/8⌉
k=$(names_of_class "$T/demo.csv" 三年级 1班 | wc -l)
expect_rc 0 "$G" --db "$DB" print forms --class 3-1 -o "$T/f31.pdf"
[ "$(pages "$T/f31.pdf")" = "$k" ] || fail "forms 3-1: $(pages "$T/f31.pdf") pages, want $k"
expect_rc 0 "$G" --db "$DB" print cards --class 3-1 -o "$T/c31.pdf"
[ "$(pages "$T/c31.pdf")" = $(((k + 7) / 8)) ] || fail "cards 3-1: $(pages "$T/c31.pdf") pages"

# a hand-made school through init + import: 𠮷 in a child's and the school's name
D2="$T/mine.db"
expect_rc 0 "$G" --db "$D2" init --school "太平山镇𠮷家小学"
sed '2s/^[^,]*/𠮷祥/' "$T/demo.csv" >"$T/mine.csv"
expect_rc 0 "$G" --db "$D2" import "$T/mine.csv" || finish
for doc in roster cards forms; do
	expect_rc 0 "$G" --db "$D2" print $doc -o "$T/m-$doc.pdf" || continue
	text "$T/m-$doc.pdf"
	expect_grep "𠮷祥" "$T/m-$doc.pdf.txt" "$doc"
	[ "$(count_in "$T/m-$doc.pdf.txt" "太平山镇𠮷家小学")" = "$(pages "$T/m-$doc.pdf")" ] ||
		fail "$doc: school name not on every page"
done
# the font embedded is a Chinese one
pdffonts "$T/m-forms.pdf" | grep -qi "CJK\|Hei\|Han" || fail "no CJK font embedded"
finish
