#!/bin/bash
# xlsx-efbig.sh — regression: an .xlsx export whose writes fail part-way
# (here a file size limit: write() returns EFBIG, as on a FAT32 stick past
# 4 GiB or a full disk while libxlsxwriter writes its temporary sheet
# files in the target directory) must fail with exit 3 and keep the older
# file — not report "N children exported" over a sheet cut short.
set -u
. "${GUANAI_SRCDIR:?}/tests/lib.sh" || exit 99
case "$T" in /tmp/guanai-test.*) ;; *) exit 99 ;; esac
command -v unzip >/dev/null || { echo "skip: no unzip" >&2; exit 77; }
DB="$T/school.db"
"$G" --db "$DB" init >/dev/null 2>&1 && "$G" --db "$DB" demo --children 200 --seed 9 >/dev/null 2>&1 ||
	{ fail "demo"; finish; }
mkdir -p "$T/out"
echo "old" >"$T/out/x.xlsx"
(trap '' XFSZ; ulimit -f 48; exec "$G" --db "$DB" export "$T/out/x.xlsx") >"$T/o" 2>"$T/e"; rc=$?
rows=$(unzip -p "$T/out/x.xlsx" xl/worksheets/sheet1.xml 2>/dev/null | grep -o '<row ' | wc -l)
if [ "$rc" = 0 ]; then
	[ "$rows" = 201 ] || fail "export said '$(cat "$T/o")' and exited 0, but sheet 1 holds $rows rows of 201 (header + 200)"
elif [ "$rc" = 3 ]; then
	[ "$(cat "$T/out/x.xlsx")" = old ] || fail "failed export did not keep the older file"
else
	fail "exit $rc"; cat "$T/e" >&2
fi
finish
