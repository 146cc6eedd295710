#!/bin/sh
# wine/cli.sh — the Windows build (guanai.exe, x86_64, from ./quickstart
# windows) under wine64 does what the Linux build does (issue 16): init,
# demo, list, a search by pinyin initials, an .xlsx export.  The Linux build
# is the reference: the same demo school (same seed) lists the same rows on
# both, byte for byte (so stdout must be binary: no \r\n); the workbook
# written on "Windows" has the sheets of an export and imports on Linux to
# the same children (printing: tests/wine/print.sh).  Skips when
# wine64 or guanai.exe is missing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/wine/lib-wine.sh"

# Chinese, where the machine has it: wine's code page is then 936, the one
# of a Chinese Windows, where msvcrt's _stricmp took 结对帮扶 for another
# sheet's name (dist/windows/patches/libxlsxwriter-ascii-sheet-names.patch).
have_zh && use_zh
wine_boot

wdb=$(win "$T/win.db")
expect_rc 0 ge --db "$wdb" init
expect_rc 0 ge --db "$wdb" demo --children 60 --seed 16
expect_rc 0 "$G" --db "$T/lin.db" init
expect_rc 0 "$G" --db "$T/lin.db" demo --children 60 --seed 16

# list: the same rows, the same bytes
ge --db "$wdb" list --format tsv >"$T/w.tsv" 2>"$T/w.err" || fail "list under wine"
"$G" --db "$T/lin.db" list --format tsv >"$T/l.tsv" || fail "list on Linux"
[ "$(tail -n +2 "$T/l.tsv" | wc -l)" -ge 50 ] || fail "the Linux demo lists too few children"
if cmp -s "$T/w.tsv" "$T/l.tsv"; then
	ok "list: $(wc -l <"$T/w.tsv") lines, identical"
else
	fail "list differs between guanai.exe and the Linux build"
	diff "$T/l.tsv" "$T/w.tsv" | head -10 | od -c | head -20 >&2
fi

# search by the pinyin initials of a name the Linux build lists
name=$(tail -n +2 "$T/l.tsv" | cut -f2 | head -1)
"$G" --db "$T/lin.db" list --format tsv --search "$name" >/dev/null ||
	fail "search by name on Linux"
# initials: ask the Linux build which demo names match each initials guess
initials=
for i in dz zs wl lx ly lj zw wf cm; do
	n=$("$G" --db "$T/lin.db" list --format tsv --search "$i" | tail -n +2 | wc -l)
	[ "$n" -gt 0 ] && { initials=$i; break; }
done
[ -n "$initials" ] || fail "no initials found any demo child"
ge --db "$wdb" list --format tsv --search "$initials" >"$T/ws.tsv" || fail "search under wine"
"$G" --db "$T/lin.db" list --format tsv --search "$initials" >"$T/ls.tsv"
cmp -s "$T/ws.tsv" "$T/ls.tsv" && [ "$(wc -l <"$T/ls.tsv")" -ge 2 ] &&
	ok "search $initials: $(($(wc -l <"$T/ls.tsv") - 1)) children, identical" ||
	fail "search $initials differs under wine"

# .xlsx export under wine
mkdir "$T/xl"
expect_rc 0 ge --db "$wdb" export "$(win "$T/xl/school.xlsx")"
x="$T/xl/school.xlsx"
if [ ! -f "$x" ]; then
	fail "no school.xlsx (files: $(ls "$T/xl"))"
else
	unzip -tq "$x" >/dev/null || fail "the .xlsx is not a whole zip"
	unzip -p "$x" xl/workbook.xml >"$T/wb.xml"
	for sheet in 留守儿童 结对帮扶 帮扶记录; do
		expect_grep "name=\"$sheet\"" "$T/wb.xml" "the workbook's sheets"
	done
	# what "Windows" wrote, read back on Linux: the same children
	expect_rc 0 "$G" --db "$T/back.db" init
	expect_rc 0 "$G" --db "$T/back.db" import "$x"
	"$G" --db "$T/back.db" list --format tsv | cut -f2- | sort >"$T/b.tsv"
	cut -f2- "$T/l.tsv" | sort >"$T/l2.tsv"
	cmp -s "$T/b.tsv" "$T/l2.tsv" && ok "the .xlsx imports on Linux to the same list" ||
		{ fail "the .xlsx from wine imports differently"; diff "$T/l2.tsv" "$T/b.tsv" | head >&2; }
	# and a spreadsheet opens it: LibreOffice turns its first sheet into
	# CSV with a row for every child, each name in it
	if command -v soffice >/dev/null 2>&1; then
		mkdir "$T/lo-out"
		soffice "-env:UserInstallation=file://$T/lo" --headless \
			--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' \
			--outdir "$T/lo-out" "$x" >"$T/lo.log" 2>&1
		if [ -s "$T/lo-out/school.csv" ]; then
			rows=$(($(wc -l <"$T/lo-out/school.csv") - 1))
			[ "$rows" = "$(($(wc -l <"$T/l.tsv") - 1))" ] ||
				fail "LibreOffice reads $rows children from the .xlsx made under wine"
			cut -f2 "$T/l.tsv" | sed 1d | while read -r name; do
				grep -q "$name" "$T/lo-out/school.csv" || echo "$name"
			done >"$T/lo-missing"
			[ -s "$T/lo-missing" ] && fail "names LibreOffice does not show: $(head -3 "$T/lo-missing")"
			ok "LibreOffice opens the .xlsx made under wine: $rows children"
		else
			fail "LibreOffice could not open the .xlsx made under wine"; cat "$T/lo.log" >&2
		fi
	fi
fi

# Chinese on the command line: a file name and a school name arrive as UTF-8
expect_rc 0 ge --db "$wdb" export "$(win "$T/xl/全校名单.xlsx")"
[ -f "$T/xl/全校名单.xlsx" ] || fail "a Chinese file name: no 全校名单.xlsx (files: $(ls "$T/xl"))"
expect_rc 0 ge --db "$(win "$T/school.db")" init --school 测试小学
expect_rc 0 ge --db "$(win "$T/school.db")" export "$(win "$T/xl/s.xlsx")"
unzip -p "$T/xl/s.xlsx" 'xl/worksheets/*' 2>/dev/null | grep -q 测试小学 ||
	fail "the school name 测试小学 given on the command line is not in the export"

# printing: tests/wine/print.sh
finish
