#!/bin/sh
# excel-export.sh — a CSV export opened by a spreadsheet with its DEFAULT
# settings (LibreOffice headless, no filter options) keeps 18-digit IDs
# and the leading zeros of 学籍号 (the ="…" cells of DESIGN §6); the same
# digits written bare lose them (so the check means something); the
# workbook LibreOffice saves from it imports back to the same children.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$SRC/tests/cli/excel-lo.sh"
export GUANAI_DB="$T/g.db"
expect_rc 0 "$G" init
expect_rc 0 "$G" import "$SRC/tests/data/excel/roster.csv"
mkdir "$T/x"
expect_rc 0 "$G" export "$T/x/out.csv"
# control: the same numbers without the guard
printf 'a,b\r\n431102201605061018,00431102160001\r\n' >"$T/x/bare.csv"
lo --convert-to xlsx --outdir "$T/x" "$T/x/out.csv" "$T/x/bare.csv" || fail "soffice"
unzip -p "$T/x/bare.xlsx" xl/worksheets/sheet1.xml >"$T/bare.xml"
expect_grep '<c r="A2" s="0" t="n"><v>4.31102201605061E+017</v>' "$T/bare.xml" "control: a bare ID becomes a number"
expect_grep '<c r="B2" s="0" t="n"><v>431102160001</v>' "$T/bare.xml" "control: a bare 学籍号 loses its zeros"
unzip -p "$T/x/out.xlsx" xl/worksheets/sheet1.xml >"$T/out.xml"
for id in 431102201605061018 431102201503082029 431102201611203035 431102201512314047 \
	00431102160001 00431102150002 00431102160003 00431102150004; do
	grep -q "t=\"str\"><f aca=\"false\">&quot;$id&quot;</f><v>$id</v>" "$T/out.xml" ||
		fail "$id is not whole text in the spreadsheet"
done
expect_nogrep 'E+017' "$T/out.xml" "an ID in scientific notation"
# what the spreadsheet saves imports to the same children
expect_rc 0 "$G" --db "$T/back.db" init
# (its headers were read as Latin-1 by the default settings: use UTF-8)
lo --infilter=CSV:44,34,76,1 --convert-to xlsx --outdir "$T" "$T/x/out.csv" || fail "soffice utf-8"
expect_rc 0 "$G" --db "$T/back.db" import "$T/out.xlsx"
expect_grep '4 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "re-import"
expect_rc 0 "$G" --db "$T/back.db" export "$T/back.csv"
cmp -s "$T/x/out.csv" "$T/back.csv" || { fail "the spreadsheet's copy imports differently"; diff "$T/x/out.csv" "$T/back.csv" | head >&2; }
finish
