#!/bin/sh
# export-derived-type.sh — a 留守类型 left empty is shown derived from
# 父亲/母亲是否外出 in every output (DESIGN §6), so the county's sheet
# counts what the statistics count: the standard export writes it marked
# (父母均外出（据父母外出情况）), the 学籍 layout gives its code, the
# roster prints it marked, and importing our own export keeps it derived
# (the type stays empty) with no problem row.
. "$GUANAI_SRCDIR/tests/lib.sh"
have_zh || { echo "SKIP: no zh_CN.UTF-8 locale (quickstart makes it)"; exit 77; }
use_zh
export GUANAI_DB="$T/a.db"
expect_rc 0 "$G" init --school 太平山镇中心小学
cat >"$T/r.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,留守类型,父亲姓名,父亲是否外出,母亲姓名,母亲是否外出
李子豪,男,2015-03-01,3,1,,李大,是,王二,是
陈小雨,女,2015-06-01,3,1,,陈大,是,周二,否
张三,男,2015-04-01,3,1,母亲外出,张大,否,刘二,是
王五,女,2015-05-01,3,1,,王大,否,赵二,否
赵六,男,2015-07-01,3,1,,,,,
CSV
expect_rc 0 "$G" import "$T/r.csv"
expect_rc 0 "$G" export "$T/out.csv"
col=$(head -1 "$T/out.csv" | tr ',' '\n' | grep -n '^留守类型$' | cut -d: -f1)
[ -n "$col" ] || fail "no 留守类型 column in the export"
cell() { grep "^$1," "$T/out.csv" | cut -d, -f"$col"; }
[ "$(cell 李子豪)" = "父母均外出（据父母外出情况）" ] || fail "李子豪's derived type: '$(cell 李子豪)'"
[ "$(cell 陈小雨)" = "父亲外出（据父母外出情况）" ] || fail "陈小雨's derived type: '$(cell 陈小雨)'"
[ "$(cell 张三)" = "母亲外出" ] || fail "张三's own type: '$(cell 张三)'"
[ -z "$(cell 王五)" ] || fail "both parents at home: '$(cell 王五)' (want empty)"
[ -z "$(cell 赵六)" ] || fail "parents unknown: '$(cell 赵六)' (want empty)"
# the sheet adds up to the statistics: count each type in the export
expect_rc 0 "$G" stats --format json
for t in both_away:父母均外出 father_away:父亲外出 mother_away:母亲外出; do
	code=${t%%:*} word=${t#*:}
	want=$(jq -r ".by_left_behind_type.$code // 0" "$T/out")
	got=$(tail -n +2 "$T/out.csv" | cut -d, -f"$col" | sed 's/（据父母外出情况）$//' |
		grep -c "^$word\$")
	[ "$got" = "$want" ] || fail "$word: $got in the export, $want in the statistics"
done
# the 学籍 layout: the derived type's code, never 非留守 for the unknown
expect_rc 0 "$G" export --layout xueji "$T/xj.csv"
xc=$(head -1 "$T/xj.csv" | tr ',' '\n' | grep -n '^学籍留守类型$' | cut -d: -f1)
xcell() { grep ",$1," "$T/xj.csv" | cut -d, -f"$xc"; }
[ "$(xcell 李子豪)" = "双亲留守" ] || fail "李子豪's 学籍 code: '$(xcell 李子豪)'"
[ "$(xcell 陈小雨)" = "单亲留守" ] || fail "陈小雨's 学籍 code: '$(xcell 陈小雨)'"
[ -z "$(xcell 赵六)" ] || fail "赵六 (unknown) got 学籍 code '$(xcell 赵六)'"
# our own export, CSV and XLSX, imported back: derived again, nothing refused
for f in out.csv out.xlsx; do
	[ "$f" = out.xlsx ] && expect_rc 0 "$G" export "$T/out.xlsx"
	rm -f "$T/b.db" "$T/out.rejected.csv"
	GUANAI_DB="$T/b.db" expect_rc 0 "$G" init --school 太平山镇中心小学
	GUANAI_DB="$T/b.db" expect_rc 0 "$G" import "$T/$f"
	[ -e "$T/out.rejected.csv" ] && fail "$f read back has problem rows: $(cat "$T/out.rejected.csv")"
	GUANAI_DB="$T/b.db" expect_rc 0 "$G" show 李子豪
	expect_grep "父母均外出（据父母外出情况）" "$T/out" "李子豪 after importing $f"
	GUANAI_DB="$T/b.db" expect_rc 0 "$G" export "$T/again.csv"
	tail -n +2 "$T/out.csv" | sort >"$T/a.s"
	tail -n +2 "$T/again.csv" | sort >"$T/b.s"
	cmp -s "$T/a.s" "$T/b.s" || fail "$f: the export of the imported school differs"
done
# the printed roster shows it as lists do
if command -v pdftotext >/dev/null; then
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
	export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
	expect_rc 0 "$G" print roster -o "$T/r.pdf"
	pdftotext "$T/r.pdf" - | tr -d '\n ' >"$T/r.txt"
	expect_grep "据父母外出" "$T/r.txt" "the roster's derived type"
fi
finish
