#!/bin/sh
# excel-import.sh — Excel files made the way a teacher's machine makes them
# (LibreOffice, headless, from a roster typed as CSV) import to the same
# children as the CSV: .xlsx and .xls, ID / 学籍号 / phone columns formatted
# as text, dates as dates.  The same roster with the ID column left as
# numbers (what Excel does to a typed ID) gives the reason that says so.
# --sheet picks a sheet by name; a missing sheet lists the sheets.
. "$GUANAI_SRCDIR/tests/lib.sh"
command -v soffice >/dev/null 2>&1 || {
	echo "SKIP: soffice (libreoffice-calc-nogui) is not installed: no real Excel files to read"
	exit 77
}
export GUANAI_DB="$T/csv.db"
# LibreOffice wants a profile it can write; keep it in the test's dir
LO="-env:UserInstallation=file://$T/lo"
lo() { soffice "$LO" --headless "$@" >"$T/lo.log" 2>&1 || { cat "$T/lo.log" >&2; return 1; }; }

cp "$SRC/tests/data/excel/roster.csv" "$T/roster.csv"
expect_rc 0 "$G" init
expect_rc 0 "$G" import "$T/roster.csv"
expect_grep '4 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "CSV import"
expect_rc 0 "$G" export "$T/want.csv"

# a teacher's workbook: UTF-8 text, columns 4 (ID), 5 (学籍号), 8 (phone) as Text
mkdir "$T/text"
cp "$T/roster.csv" "$T/text/roster.csv"
lo --infilter=CSV:44,34,76,1,4/2/5/2/8/2 --convert-to xlsx --outdir "$T/text" "$T/text/roster.csv" || fail "soffice xlsx"
lo --infilter=CSV:44,34,76,1,4/2/5/2/8/2 --convert-to xls --outdir "$T/text" "$T/text/roster.csv" || fail "soffice xls"
for ext in xlsx xls; do
	f="$T/text/roster.$ext"
	[ -s "$f" ] || { fail "no $ext from soffice"; continue; }
	expect_rc 0 "$G" --db "$T/$ext.db" init
	expect_rc 0 "$G" --db "$T/$ext.db" import "$f"
	expect_grep '4 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "$ext import"
	expect_rc 0 "$G" --db "$T/$ext.db" export "$T/got-$ext.csv"
	cmp -s "$T/want.csv" "$T/got-$ext.csv" || {
		fail "$ext import differs from the CSV import"
		diff "$T/want.csv" "$T/got-$ext.csv" | head -10 >&2
	}
	# a second import of the same workbook changes nothing
	expect_rc 0 "$G" --db "$T/$ext.db" import "$f"
	expect_grep '0 new, 0 updated, 4 unchanged, 0 rejected' "$T/out" "$ext twice"
done
# the dates really were dates in the workbook (not text), and came back as dates
unzip -p "$T/text/roster.xlsx" xl/worksheets/sheet1.xml | grep -q '<c r="C2" s="[0-9]*" t="n"><v>42496</v>' ||
	fail "the xlsx made by soffice should hold 2016-05-06 as the date number 42496"
expect_grep '^张思远,男,2016-05-06,' "$T/got-xlsx.csv" "date cell read as a date"
expect_grep '="00431102160001"' "$T/got-xls.csv" "学籍号 with its leading zeros"

# the same roster typed with the ID column left as numbers
mkdir "$T/num"
cp "$T/roster.csv" "$T/num/roster.csv"
lo --infilter=CSV:44,34,76,1,5/2/8/2 --convert-to xlsx --outdir "$T/num" "$T/num/roster.csv" || fail "soffice xlsx (numbers)"
expect_rc 0 "$G" --db "$T/num.db" init
expect_rc 2 "$G" --db "$T/num.db" import "$T/num/roster.xlsx"
expect_grep '4 new' "$T/out" "the children are kept"
rej="$T/num/roster.rejected.csv"
[ -f "$rej" ] || fail "no roster.rejected.csv beside the workbook"
expect_grep '4.31102E+17' "$rej" "what Excel shows"
expect_grep 'cell format to Text' "$rej" "how to fix it in Excel"
expect_grep 'ID number not imported' "$rej"
expect_rc 0 "$G" --db "$T/num.db" list --format tsv
expect_grep '张思远	m	2016-05-06' "$T/out" "the child is there, without the ID"

# --sheet: our own export has three sheets; import reads the first by default
expect_rc 0 "$G" export "$T/three.xlsx"
expect_rc 0 "$G" --db "$T/s.db" init
expect_rc 0 "$G" --db "$T/s.db" import "$T/three.xlsx"
expect_grep '4 new' "$T/out" "first sheet"
sheets=$(unzip -p "$T/three.xlsx" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | sed 's/<sheet name="//;s/"$//')
first=$(echo "$sheets" | head -1)
second=$(echo "$sheets" | sed -n 2p)
expect_rc 0 "$G" --db "$T/s.db" import --sheet "$first" "$T/three.xlsx"
expect_grep '4 unchanged' "$T/out" "--sheet first"
expect_rc 3 "$G" --db "$T/s.db" import --sheet "$second" "$T/three.xlsx"
expect_grep '姓名' "$T/err" "a sheet without a header"
expect_rc 3 "$G" --db "$T/s.db" import --sheet 没有这张表 "$T/three.xlsx"
expect_grep "no sheet called 没有这张表; its sheets are: $first" "$T/err"
# not a workbook at all
cp "$T/roster.csv" "$T/fake.xls"
expect_rc 3 "$G" --db "$T/s.db" import "$T/fake.xls"
expect_grep 'not an .xls workbook' "$T/err"
finish
