#!/bin/sh
# excel-template.sh — `guanai template x.xlsx` reads back through import;
# its ID, phone and 学籍号 columns are text, so that what a teacher TYPES
# there in a spreadsheet (LibreOffice, driven by a Basic macro through the
# keyboard's own command) keeps every digit; coded columns have drop-down
# lists; the example row is skipped; 填写说明 lists the allowed values.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$SRC/tests/cli/excel-lo.sh"
export GUANAI_DB="$T/g.db"
expect_rc 0 "$G" init
expect_rc 0 "$G" template "$T/t.xlsx"

# the template alone: nothing to import, the example row skipped, exit 0
expect_rc 0 "$G" import "$T/t.xlsx"
expect_grep '0 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "empty template"
expect_grep '1 row was skipped' "$T/err" "example row"

# what is inside: the sheets, drop-down lists, text columns
unzip -p "$T/t.xlsx" xl/workbook.xml >"$T/wb.xml"
expect_grep '<sheet name="留守儿童"' "$T/wb.xml"
expect_grep '<sheet name="填写说明"' "$T/wb.xml"
unzip -p "$T/t.xlsx" xl/worksheets/sheet1.xml >"$T/s1.xml"
expect_grep 'sqref="B2:B5000"><formula1>"男,女"</formula1>' "$T/s1.xml" "gender list"
expect_grep '<formula1>"父母均外出,父亲外出,母亲外出,一方外出另一方无监护能力"</formula1>' "$T/s1.xml" "left-behind type list"
expect_grep '<formula1>"是,否"</formula1>' "$T/s1.xml" "yes/no list"
unzip -p "$T/t.xlsx" xl/worksheets/sheet2.xml >"$T/s2.xml"
expect_grep '祖父、祖母、外祖父、外祖母' "$T/s2.xml" "allowed guardian relations in 填写说明"

# a teacher types four children into it
tab=$(printf '\t')
{
	echo "张思远${tab}男${tab}2016-05-06${tab}431102201605061018${tab}00431102160001${tab}三年级${tab}2班${tab}${tab}${tab}父母均外出"
	echo "李小红${tab}女${tab}2015-03-08${tab}431102201503082029${tab}00431102150002${tab}三年级${tab}2班${tab}${tab}${tab}母亲外出"
	echo "𠮷祥${tab}男${tab}2016/11/20${tab}431102201611203035${tab}00431102160003${tab}三年级${tab}2班"
	echo "欧阳晓燕${tab}女${tab}2015-12-31${tab}431102201512314047${tab}00431102150004${tab}3${tab}2"
} >"$T/typed.txt"
lo_fill "$T/t.xlsx" "$T/typed.txt" "$T/filled.xlsx" || { fail "LibreOffice could not fill the template"; finish; }
expect_rc 0 "$G" import "$T/filled.xlsx"
expect_grep '4 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "filled template"
expect_grep '1 row was skipped' "$T/err" "example row in the filled template"
expect_rc 0 "$G" export "$T/out.csv"
expect_grep '^张思远,男,2016-05-06,="431102201605061018",="00431102160001",三年级,2班,.*,父母均外出,' "$T/out.csv" "typed ID and 学籍号 whole"
expect_grep '^𠮷祥,男,2016-11-20,="431102201611203035",="00431102160003",' "$T/out.csv"
expect_grep '^欧阳晓燕,女,2015-12-31,="431102201512314047",="00431102150004",三年级,2班' "$T/out.csv"
expect_nogrep '示例' "$T/out.csv" "the example row imported"
finish
