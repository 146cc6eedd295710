#!/bin/sh
# strict-fsync.sh — every file guanai makes durable is flushed through a
# descriptor open for writing: Windows refuses FlushFileBuffers on one
# opened only for reading (an .xlsx export and a backup did that, and
# failed there).  GUANAI_STRICT_FSYNC makes Linux refuse it too (plat.h);
# exports, backup, restore, pack and unpack must all still succeed.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_DB="$T/g.db" GUANAI_PASSPHRASE='strict-fsync-passphrase'
expect_rc 0 "$G" demo --children 12 --seed 5
export GUANAI_STRICT_FSYNC=1
expect_rc 0 "$G" export "$T/out.xlsx"
[ -s "$T/out.xlsx" ] || fail "no workbook"
expect_rc 0 "$G" export "$T/out.csv"
expect_rc 0 "$G" template "$T/tpl.xlsx"
expect_rc 0 "$G" backup "$T/b.bak"
expect_rc 0 "$G" restore "$T/b.bak"
expect_rc 0 "$G" pack "$T/p.gpk"
GUANAI_DB="$T/other.db" expect_rc 0 "$G" init --school "太平山镇中心学校"
GUANAI_DB="$T/other.db" expect_rc 0 "$G" unpack "$T/p.gpk"
GUANAI_DB="$T/other.db" "$G" list --format tsv >"$T/list.tsv" 2>&1
[ "$(($(wc -l <"$T/list.tsv") - 1))" = 12 ] || fail "the unpacked school has $(($(wc -l <"$T/list.tsv") - 1)) children, not 12"
ls -a "$T" | grep -q 'guanai-tmp' && fail "a temporary file was left"
finish
