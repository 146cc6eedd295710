#!/bin/sh
# exchange-export.sh — `guanai export` and `guanai template`: UTF-8 with
# BOM by default, GB18030 on request, formula escaping, the mca and xueji
# layouts, --class, an .xlsx unzipped and read back (text cells for ID and
# phone numbers, frozen header, three sheets), atomic writes, the audit
# row, and the templates.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$SRC/tests/data/exchange"
export GUANAI_DB="$T/g.db"
expect_rc 0 "$G" init --school 太平山镇中心小学 || finish
cp "$D/quirks.csv" "$T/quirks.csv"
expect_rc 0 "$G" import "$T/quirks.csv" || finish

# ---- CSV -------------------------------------------------------------------
expect_rc 0 "$G" export "$T/a.csv"
expect_grep '4 children exported' "$T/out"
[ "$(head -c 3 "$T/a.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no BOM"
head -1 "$T/a.csv" | grep -q "$(printf '\r$')" || fail "header line does not end in CRLF"
expect_grep '姓名,性别,出生日期,身份证号,学籍号,年级,班级,民族,是否寄宿,留守类型,' "$T/a.csv" "§6 headers"
expect_grep "'=1+2" "$T/a.csv" "formula escaped"
expect_nogrep ',=1+2' "$T/a.csv" "unescaped formula"
[ "$(stat -c %a "$T/a.csv")" = 600 ] || fail "export is not mode 0600"
ls "$T" | grep -q 'tmp-' && fail "a temporary file was left behind"

expect_rc 0 "$G" export --encoding gb18030 "$T/g.csv"
iconv -f GB18030 -t UTF-8 "$T/g.csv" >"$T/g8.csv" || fail "not GB18030"
tail -c +4 "$T/a.csv" | cmp -s - "$T/g8.csv" || fail "GB18030 export differs from UTF-8 export"
LC_ALL=C grep -a -q "$(printf '\326\243\320\273')" "$T/g.csv" || fail "郑谢 not in GBK bytes"

expect_rc 0 "$G" export --class 3-2 "$T/c.csv"
expect_grep '2 children exported' "$T/out" "--class 3-2"
expect_nogrep '^叶魏' "$T/c.csv" "--class 3-2"

# ---- layouts ---------------------------------------------------------------
expect_rc 0 "$G" export --layout mca "$T/m.csv"
expect_grep '序号,姓名,性别,民族,出生日期,公民身份证号码,是否登记户口,户籍所在地,现居住地,是否学校寄宿,身体情况,就学情况,父母双方是否同时外出,父母一方外出另一方是否无监护能力,父亲姓名,父亲身份证号,父亲务工地点,父亲联系电话,母亲姓名,母亲身份证号,母亲务工地点,母亲联系电话,委托监护人姓名,与儿童关系,委托监护人联系电话,委托监护人身份证号,监护情况,家庭经济来源,救助帮扶情况,填报单位,填报日期' "$T/m.csv" "mca header"
expect_grep '^1,.*,太平山镇中心小学,2026-11-29' "$T/m.csv" "mca 序号/填报单位/填报日期"
expect_grep ',小学,是,否,' "$T/m.csv" "mca 就学情况 and both-away"
expect_rc 0 "$G" export --layout xueji "$T/x.csv"
expect_grep ',班级,学籍留守类型,填报单位,填报日期' "$T/x.csv" "xueji header"
expect_grep '双亲留守' "$T/x.csv"
expect_grep '单亲留守' "$T/x.csv"
expect_rc 1 "$G" export --layout county9 "$T/bad.csv"
expect_rc 1 "$G" export "$T/bad.txt"
expect_rc 1 "$G" export --class 3 "$T/bad.csv"
[ -e "$T/bad.csv" ] && fail "a failed export left a file"

# ---- XLSX, read back -------------------------------------------------------
if command -v unzip >/dev/null; then
	expect_rc 0 "$G" export "$T/w.xlsx"
	expect_grep '4 children exported (0 pairings, 0 care records)' "$T/out"
	[ "$(stat -c %a "$T/w.xlsx")" = 600 ] || fail "xlsx is not mode 0600"
	unzip -p "$T/w.xlsx" xl/workbook.xml >"$T/wb.xml"
	expect_grep 'name="留守儿童"' "$T/wb.xml"
	expect_grep 'name="结对帮扶"' "$T/wb.xml"
	expect_grep 'name="帮扶记录"' "$T/wb.xml"
	unzip -p "$T/w.xlsx" xl/worksheets/sheet1.xml >"$T/s1.xml"
	expect_grep '<pane ySplit="1"' "$T/s1.xml" "frozen header"
	expect_grep '<t>𠮷祥</t>' "$T/s1.xml" "names"
	expect_grep 't="inlineStr"><is><t>431102201605061018</t>' "$T/s1.xml" "ID as text"
	expect_grep 't="inlineStr"><is><t>13812345678</t>' "$T/s1.xml" "phone as text"
	# a string cell cannot run: no apostrophe in XLSX (DESIGN §6)
	expect_grep "<t>=1+2</t>" "$T/s1.xml" "formula text in xlsx"
	expect_nogrep "<t>'" "$T/s1.xml" "an apostrophe in xlsx"
	expect_grep '<col min="1" max="1" width=' "$T/s1.xml" "column widths"
	# 姓名 column: width in cells of the widest name + 2 (CJK = 2 cells)
	expect_grep '<col min="3" max="3" width="12' "$T/s1.xml" "出生日期 width"
	expect_grep '<col min="19" max="19" width="32' "$T/s1.xml" "家庭住址 width"
	expect_rc 0 "$G" export --class 3-2 "$T/c.xlsx"
	unzip -p "$T/c.xlsx" xl/worksheets/sheet1.xml >"$T/c1.xml"
	expect_grep '<t>郑谢</t>' "$T/c1.xml" "--class in xlsx"
	expect_nogrep '<t>六年级</t>' "$T/c1.xml" "--class in xlsx"
	# pairings and care records of a demo school, limited by --class
	expect_rc 0 "$G" --db "$T/demo.db" demo --children 60 --seed 7
	expect_rc 0 "$G" --db "$T/demo.db" export "$T/d.xlsx"
	pairs=$(sed -n 's/.*(\([0-9]*\) pairings, \([0-9]*\) care.*/\1 \2/p' "$T/out")
	set -- $pairs
	allpairs=${1:-0}
	[ "${1:-0}" -gt 0 ] && [ "${2:-0}" -gt 0 ] || fail "no pairings or care exported: $pairs"
	unzip -p "$T/d.xlsx" xl/worksheets/sheet2.xml >"$T/s2.xml"
	unzip -p "$T/d.xlsx" xl/worksheets/sheet3.xml >"$T/s3.xml"
	[ "$(grep -o '<row ' "$T/s2.xml" | wc -l)" = $(($1 + 1)) ] || fail "pairings sheet rows"
	[ "$(grep -o '<row ' "$T/s3.xml" | wc -l)" = $(($2 + 1)) ] || fail "care sheet rows"
	expect_grep '<t>帮扶类型</t>' "$T/s3.xml"
	expect_rc 0 "$G" --db "$T/demo.db" export --class 1-1 "$T/d1.xlsx"
	set -- $(sed -n 's/.*: \([0-9]*\) child.*(\([0-9]*\) pairings, \([0-9]*\) care.*/\1 \2 \3/p' "$T/out")
	[ "${1:-0}" -lt 60 ] || fail "--class did not limit the children"
	[ "${2:-0}" -lt "$allpairs" ] || fail "--class did not limit the pairings"
	unzip -p "$T/d1.xlsx" xl/worksheets/sheet2.xml >"$T/s2c.xml"
	[ "$(grep -o '<row ' "$T/s2c.xml" | wc -l)" = $((${2:-0} + 1)) ] || fail "--class pairings sheet rows"
fi

# ---- templates -------------------------------------------------------------
expect_rc 0 "$G" template "$T/t.csv"
tail -c +4 "$T/t.csv" | tr -d '\r' >"$T/t.txt"
printf '姓名,性别,出生日期,身份证号,学籍号,年级,班级,民族,是否寄宿,留守类型,困境类型,健康状况,性格特点,兴趣爱好,学习成绩,现实表现,心理状况,家庭经济状况,家庭住址,生活情况,父亲姓名,父亲电话,父亲是否外出,父亲务工地,母亲姓名,母亲电话,母亲是否外出,母亲务工地,监护人姓名,监护人关系,监护人年龄,监护人健康状况,监护人文化程度,监护人电话,备注\n' >"$T/want.txt"
cmp -s "$T/t.txt" "$T/want.txt" || fail "template.csv is not the §6 header line"
if command -v unzip >/dev/null; then
	expect_rc 0 "$G" template "$T/t.xlsx"
	unzip -p "$T/t.xlsx" xl/worksheets/sheet1.xml >"$T/t1.xml"
	expect_grep '<t>监护人文化程度</t>' "$T/t1.xml" "template.xlsx header"
fi
expect_rc 1 "$G" template "$T/t.doc"
expect_rc 1 "$G" template
# the filled template imports
printf '\n王小明,男,2016-01-02,,,3,2\n' >>"$T/t.csv"
expect_rc 0 "$G" --db "$T/t.db" init
expect_rc 0 "$G" --db "$T/t.db" import "$T/t.csv"
expect_grep '1 new' "$T/out"

# ---- every export is in the audit log, without ID or phone -----------------
if command -v sqlite3 >/dev/null; then
	n=$(sqlite3 "$T/g.db" "select count(*) from audit where action = 'export'" 2>/dev/null)
	[ "${n:-0}" -ge 6 ] || fail "exports not audited (found ${n:-none})"
	sqlite3 "$T/g.db" "select * from audit where action in ('export', 'import')" >"$T/audit.txt" 2>/dev/null
	expect_nogrep '431102201605061018' "$T/audit.txt" "audit"
	expect_nogrep '13812345678' "$T/audit.txt" "audit"
fi
finish
