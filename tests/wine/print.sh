#!/bin/sh
# wine/print.sh — printing on Windows (issue 16): guanai.exe (x86_64, from
# ./quickstart windows, PDF by the builtin engine) under wine64 prints the
# same documents as the Linux build.  The font is WenQuanYi Micro Hei
# through wine's Z: drive (GUANAI_PDF_FONT).  For the same demo school
# (same seed): the roster, the confidential roster, the contact cards and
# the registration forms are valid PDFs (qpdf) whose text pdftotext reads
# back — every child's name, the page footers "第 N 页 共 M 页" — and whose
# page counts are the Linux build's for cards and forms (fixed per page).
# The roster's page count may differ: Linux lays it out with Noto Sans CJK
# through pango, Windows with the font here; there the names are compared.
# And `print roster` without -o goes to the PC's PDF program through the
# shell's print verb (seen through GUANAI_PRINT_VERB_LOG), or its open verb
# when no program offers print.  Skips without wine64, guanai.exe, the font
# or poppler-utils.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/wine/lib-wine.sh"
FONT=${GUANAI_TEST_TTF:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
[ -f "$FONT" ] || { echo "skip: no $FONT (apt-get install fonts-wqy-microhei)"; exit 77; }
command -v pdftotext >/dev/null || { echo "skip: no pdftotext (poppler-utils)"; exit 77; }

have_zh && use_zh
# beside the sanitizer build the Linux prints carry the libraries' own
# leaks (fontconfig, pango): suppressed as in tests/print/common.sh
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
wine_boot
# ge: the font through wine's Z: drive
ge() { (cd "$T" && GUANAI_PDF_FONT=$(win "$FONT") "$wine" "$W" "$@"); }
pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
# footer: the UI language's "第 N 页 共 M 页"
footer() { if have_zh; then echo "第 $1 页 共 $2 页"; else echo "Page $1 of $2"; fi; }

wdb=$(win "$T/win.db")
expect_rc 0 ge --db "$wdb" init
expect_rc 0 ge --db "$wdb" demo --children 60 --seed 16
expect_rc 0 "$G" --db "$T/lin.db" init
expect_rc 0 "$G" --db "$T/lin.db" demo --children 60 --seed 16
"$G" --db "$T/lin.db" list --format tsv | tail -n +2 | cut -f2 | sort >"$T/names"
[ "$(wc -l <"$T/names")" -ge 50 ] || fail "the Linux demo lists too few children"
mkdir -p "$T/w" "$T/l"

# check_doc NAME ARGS...: print on both, compare
check_doc() {
	name=$1; shift
	ge --db "$wdb" print "$@" -o "$(win "$T/w/$name.pdf")" >"$T/w/$name.out" 2>&1 ||
		{ fail "$name: print under wine"; sed 's/^/  | /' "$T/w/$name.out" >&2; return; }
	"$G" --db "$T/lin.db" print "$@" -o "$T/l/$name.pdf" >"$T/l/$name.out" 2>&1 ||
		{ fail "$name: print on Linux"; return; }
	if command -v qpdf >/dev/null; then
		qpdf --check "$T/w/$name.pdf" >"$T/w/$name.qpdf" 2>&1 ||
			{ fail "$name: qpdf finds the PDF from wine broken"; head "$T/w/$name.qpdf" >&2; }
	fi
	pdffonts "$T/w/$name.pdf" | grep -q 'CID TrueType.*yes yes yes' ||
		fail "$name: no embedded subset font with ToUnicode"
	# -raw: the order the text was drawn in, the spaces as drawn (-layout
	# drops those between Chinese and digits: 第1页共9页, on Linux too)
	pdftotext -raw "$T/w/$name.pdf" "$T/w/$name.txt"
	pdftotext -raw "$T/l/$name.pdf" "$T/l/$name.txt"
	# without line breaks: a name wrapped in a narrow cell is whole again
	tr -d ' \n' <"$T/w/$name.txt" >"$T/w/$name.flat"
	wp=$(pages "$T/w/$name.pdf") lp=$(pages "$T/l/$name.pdf")
	[ -n "$wp" ] && [ "$wp" -ge 1 ] || { fail "$name: pdfinfo cannot read it"; return; }
	# the count printed is the PDF's
	grep -q "$wp" "$T/w/$name.out" || fail "$name: guanai.exe said $(cat "$T/w/$name.out"), the PDF has $wp pages"
	for k in 1 "$wp"; do
		grep -q "$(footer "$k" "$wp")" "$T/w/$name.txt" ||
			fail "$name: no footer '$(footer "$k" "$wp")'"
	done
	echo "$name: $wp pages from wine, $lp from Linux"
}

check_doc roster roster
check_doc confidential roster --confidential
check_doc cards cards
check_doc forms forms --class 3-1

for d in roster confidential; do
	missing=0
	while read -r n; do
		grep -q "$n" "$T/w/$d.flat" || missing=$((missing + 1))
	done <"$T/names"
	[ "$missing" = 0 ] && ok "$d: all $(wc -l <"$T/names") names read back" ||
		fail "$d: $missing names missing from the PDF printed under wine"
done
if have_zh; then
	expect_grep '内部资料' "$T/w/confidential.txt" "the confidential mark"
	grep -q '内部资料' "$T/w/roster.txt" && fail "the public roster has the confidential mark"
fi
# cards (8 a page) and forms (one a child) have fixed page counts
for d in cards forms; do
	[ "$(pages "$T/w/$d.pdf")" = "$(pages "$T/l/$d.pdf")" ] &&
		ok "$d: $(pages "$T/w/$d.pdf") pages, as on Linux" ||
		fail "$d: $(pages "$T/w/$d.pdf") pages under wine, $(pages "$T/l/$d.pdf") on Linux"
done
# the cards and forms carry every child's name, as on Linux
for d in cards forms; do
	tr -d ' \n' <"$T/l/$d.txt" >"$T/l/$d.flat"
	found=0
	while read -r n; do
		grep -q "$n" "$T/l/$d.flat" || continue
		found=$((found + 1))
		grep -q "$n" "$T/w/$d.flat" || fail "$d: $n printed on Linux, not under wine"
	done <"$T/names"
	[ "$found" -gt 0 ] && ok "$d: the $found names of the Linux print, under wine too" ||
		fail "$d: no child's name in the Linux print"
done

# without -o: the shell's print verb of the PDF program
export GUANAI_PRINT_VERB_LOG="$(win "$T/verbs.log")"
ge --db "$wdb" print roster >"$T/v.out" 2>&1 || { fail "print roster (print verb)"; cat "$T/v.out" >&2; }
expect_grep '^print .*roster-.*\.pdf$' "$T/verbs.log" "the verb log"
if have_zh; then expect_grep '默认打印机' "$T/v.out" "print's message"
else expect_grep 'default printer' "$T/v.out" "print's message"; fi
spooled=$(sed -n 's/^print //p' "$T/verbs.log" | tr -d '\r')
upath=$("$wine" winepath -u "$spooled" 2>/dev/null | tr -d '\r')
[ -f "$upath" ] && [ "$(pages "$upath")" = "$(pages "$T/w/roster.pdf")" ] &&
	ok "print verb: $spooled ($(pages "$upath") pages)" ||
	fail "the PDF handed to the print verb ($spooled → $upath) is not the roster"
# no program offers print: it is opened, and the message says so
rm -f "$T/verbs.log"
GUANAI_PRINT_VERB_FAIL=print ge --db "$wdb" print cards >"$T/o.out" 2>&1 ||
	{ fail "print cards (open verb)"; cat "$T/o.out" >&2; }
expect_grep '^open .*cards-.*\.pdf$' "$T/verbs.log" "the verb log"
grep -q '^print' "$T/verbs.log" && fail "the failed print verb was logged as used"
if have_zh; then expect_grep '从那里打印' "$T/o.out" "print's message"
else expect_grep 'print them from there' "$T/o.out" "print's message"; fi
finish
