#!/bin/sh
# wine/xls.sh — guanai.exe (x86_64, from ./quickstart windows) under wine64
# imports Excel files from a folder and under a file name in Chinese
# (issue 16) to the same children as the Linux build imports from the same
# files: an .xls of Excel 97–2003 (BIFF8: UTF-16 text), an Excel 4.0 sheet
# whose text is GBK (code page 936, through the program's own iconv for
# FreeXL), an .xlsx (minizip).  An .xls that names a code page the
# program's iconv lacks is refused with its own message; rows with problems
# go to NAME.rejected.csv beside the file (a path with backslashes).  In
# Chinese where the machine has it (code page 936).  Skips when wine64,
# guanai.exe or soffice is missing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/wine/lib-wine.sh"
command -v soffice >/dev/null 2>&1 ||
	{ echo "skip: soffice (libreoffice-calc-nogui) is not installed: no real Excel files"; exit 77; }
command -v iconv >/dev/null 2>&1 || { echo "skip: no iconv to write GBK"; exit 77; }

# Chinese where the machine has it: wine's ANSI code page is then 936, the
# one of a Chinese Windows, where a narrow fopen of a UTF-8 path fails.
have_zh && use_zh
wine_boot

# biff4 CODEPAGE CSV OUT: a one-sheet Excel 4.0 worksheet (a BIFF4 record
# stream: BOF, CODEPAGE, DIMENSION, a LABEL per cell, EOF), the CSV's cells
# as text in code page CODEPAGE.  Simple CSV: no quotes, no commas in cells.
b16() { printf "\\$(printf %03o $(($1 & 255)))\\$(printf %03o $(($1 >> 8 & 255)))"; }
biff4() {
	rows=$(wc -l <"$2")
	cols=$(head -1 "$2" | awk -F, '{ print NF }')
	{
		b16 1033; b16 6; b16 0; b16 16; b16 0
		b16 66; b16 2; b16 "$1"
		b16 512; b16 10; b16 0; b16 "$rows"; b16 0; b16 "$cols"; b16 0
		r=0
		while IFS= read -r line; do
			c=0
			printf '%s\n' "$line" | tr , '\n' >"$T/cells"
			while IFS= read -r cell; do
				printf '%s' "$cell" | iconv -f UTF-8 -t "CP$1" >"$T/cell" || return 1
				n=$(wc -c <"$T/cell")
				b16 516; b16 $((8 + n)); b16 "$r"; b16 "$c"; b16 0; b16 "$n"
				cat "$T/cell"
				c=$((c + 1))
			done <"$T/cells"
			r=$((r + 1))
		done <"$2"
		b16 10; b16 0
	} >"$3"
}

# The files, as a county office sends them, in a folder with a Chinese name
d="$T/县教育局 名单"
mkdir -p "$d" "$T/lo"
cp "$SRC/tests/data/excel/roster.csv" "$T/lo/roster.csv"
for to in xls xlsx; do
	soffice "-env:UserInstallation=file://$T/lo/profile" --headless \
	    --infilter=CSV:44,34,76,1,4/2/5/2/8/2 --convert-to "$to" --outdir "$T/lo" \
	    "$T/lo/roster.csv" >"$T/lo.log" 2>&1 || { cat "$T/lo.log" >&2; fail "soffice $to"; }
done
cp "$T/lo/roster.xls" "$d/学生名单.xls"
cp "$T/lo/roster.xlsx" "$d/学生名单.xlsx"
cat >"$T/gbk.csv" <<'CSV'
姓名,性别,出生日期,身份证号,学籍号,年级,班级,监护人姓名,监护人关系
张思远,男,2016-05-06,431102201605061018,00431102160001,三年级,2班,王秀英,奶奶
欧阳晓燕,女,2015-12-31,,00431102150009,三年级,2班,欧阳峰,爷爷
龚玥,女,2016-01-02,,,二年级,1班,龚德彪,外公
CSV
biff4 936 "$T/gbk.csv" "$d/老表格.xls" || fail "writing the GBK sheet"
# (the GBK bytes really are in it: 龚玥 in code page 936)
printf '龚玥' | iconv -f UTF-8 -t CP936 >"$T/gong"
LC_ALL=C grep -q "$(cat "$T/gong")" "$d/老表格.xls" || fail "no GBK 龚玥 in 老表格.xls"

# same FILE COUNT: Linux and guanai.exe import FILE to the same children
n=0
same() {
	n=$((n + 1))
	expect_rc 0 "$G" --db "$T/l$n.db" init
	expect_rc 0 "$G" --db "$T/l$n.db" import "$1"
	expect_rc 0 "$G" --db "$T/l$n.db" export "$T/l$n.csv"
	"$G" --db "$T/l$n.db" list --format tsv | cut -f2- | sort >"$T/l$n.tsv"
	expect_rc 0 ge --db "$(win "$T/w$n.db")" init
	expect_rc 0 ge --db "$(win "$T/w$n.db")" import "$(win "$1")"
	expect_rc 0 ge --db "$(win "$T/w$n.db")" export "$(win "$T/w$n.csv")"
	ge --db "$(win "$T/w$n.db")" list --format tsv | cut -f2- | sort >"$T/w$n.tsv"
	# (the header line and COUNT children)
	if [ "$(wc -l <"$T/l$n.tsv")" = $(($2 + 1)) ] && cmp -s "$T/l$n.tsv" "$T/w$n.tsv" &&
	    cmp -s "$T/l$n.csv" "$T/w$n.csv"; then
		ok "$(basename "$1"): the same $2 children on Linux and under wine"
	else
		fail "$(basename "$1"): guanai.exe imports other children than Linux"
		diff "$T/l$n.tsv" "$T/w$n.tsv" | head -10 >&2
		diff "$T/l$n.csv" "$T/w$n.csv" | head -6 >&2
	fi
}
same "$d/学生名单.xls" 4
same "$d/学生名单.xlsx" 4
same "$d/老表格.xls" 3
expect_grep '龚玥	f	2016-01-02	2	1' "$T/w$n.tsv" "the GBK sheet read under wine"

# a row with a problem: the rows go to NAME.rejected.csv beside the file,
# in the folder given with backslashes
printf '%s\n' 姓名,性别,出生日期,年级,班级 龚玥,女,2016-01-02,十二年级,1班 >"$d/有问题.csv"
expect_rc 0 ge --db "$(win "$T/w9.db")" init
expect_rc 2 ge --db "$(win "$T/w9.db")" import "$(win "$d/有问题.csv")"
[ -f "$d/有问题.rejected.csv" ] && grep -q 十二年级 "$d/有问题.rejected.csv" ||
	fail "no 有问题.rejected.csv beside 有问题.csv (files: $(ls "$d"))"

# an .xls that says its text is in code page 949 (Korean), which the
# program's own iconv does not convert: its own message, nothing imported
cp "$T/lo/roster.xls" "$T/korean.xls"
at=$(LC_ALL=C grep -obUaP '\x42\x00\x02\x00\xb0\x04' "$T/korean.xls" | head -1 | cut -d: -f1)
if [ -z "$at" ]; then
	fail "no CODEPAGE record (1200) in the .xls from soffice"
else
	printf '\265\003' | dd of="$T/korean.xls" bs=1 seek=$((at + 4)) conv=notrunc 2>/dev/null
	# (still a good workbook: Linux, with glibc's iconv, reads it)
	expect_rc 0 "$G" --db "$T/k.db" init
	expect_rc 0 "$G" --db "$T/k.db" import "$T/korean.xls"
	expect_rc 3 ge --db "$(win "$T/w1.db")" import "$(win "$T/korean.xls")"
	grep -q -e '关爱读不了的字符编码' -e 'character set guanai cannot read' "$T/err" ||
		{ fail "an unsupported code page: not its own message"; cat "$T/err" >&2; }
fi
finish
