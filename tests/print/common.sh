# common.sh — shared by the print tests: a school to print, text helpers.
# Sourced after tests/lib.sh.  Needs poppler-utils (pdftotext, pdfinfo).
if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
	echo "SKIP: poppler-utils (pdftotext, pdfinfo) not installed"; exit 77
fi
# Sanitizer build: full stacks, so that the suppressions of the libraries'
# own leaks (lsan.supp) match by function and nothing of ours is hidden.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
# The UI language decides the words to look for.
if have_zh; then
	use_zh
	W_ROSTER=花名册 W_CARDS=联系卡 W_FORM=基本情况登记表 W_PAIR=结对帮扶登记表
	W_CHECK=“七清楚”情况表 W_CONF='内部资料 注意保密' W_SIGN=填表人 W_STATS=统计表
	page_of() { echo "第${1}页共${2}页"; }
else
	W_ROSTER=Roster W_CARDS='Contact cards' W_FORM='Registration form'
	W_PAIR='Pairing register' W_CHECK="Seven-clear checklist" W_CONF='Confidential'
	W_SIGN='Filled in by' W_STATS=Statistics
	page_of() { echo "Page${1}of${2}"; }
fi
# pages FILE: the page count pdfinfo reports
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
# text FILE: pdftotext -layout into FILE.txt
text() { pdftotext -layout "$1" "$1.txt"; }
# nospace FILE: the text without blanks (pdftotext spaces CJK unevenly)
nospace() { tr -d ' \t' <"$1"; }
# column CSV NAME: the values of one column of a simple CSV (no quotes)
# (a long digit string is exported as ="…" so spreadsheets keep it: unwrapped)
column() {
	awk -F, -v want="$2" 'NR == 1 { sub(/^\xef\xbb\xbf/, ""); for (i = 1; i <= NF; i++)
		if ($i == want) c = i; next } c && $c != "" { v = $c
		if (v ~ /^="[0-9]+"$/) v = substr(v, 3, length(v) - 3); print v }' "$1"
}
# A school of 20 demo children, and its export (to know the IDs and phones).
make_demo() {
	DB="$T/demo.db"
	"$G" --db "$DB" demo --children 20 --seed 1 >/dev/null 2>&1 || { fail "demo"; finish; }
	"$G" --db "$DB" export "$T/demo.csv" >/dev/null 2>&1 || { fail "export"; finish; }
}
# names CSV GRADE CLASS: names of the children of one class in an export
# (grade and class as the export writes them: 三年级, 1班)
names_of_class() {
	awk -F, -v g="$2" -v c="$3" 'NR == 1 { sub(/^\xef\xbb\xbf/, "");
		for (i = 1; i <= NF; i++) { if ($i == "姓名") n = i; if ($i == "年级") gi = i;
		if ($i == "班级") ci = i }; next } $gi == g && $ci == c { print $n }' "$1"
}
# count_in FILE TEXT: lines of FILE that hold TEXT
count_in() { grep -c -- "$2" "$1"; }
