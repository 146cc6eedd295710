#!/bin/sh
# pack.sh — time `guanai pack` and `guanai unpack` on synthetic schools, side
# by side with the sqlite3 command-line tool doing the nearest plain job on
# the same file (.dump of the database; loading that dump into an empty
# file), and print the ratios.  Usage: bench/pack.sh [BUILDDIR] [N ...]
# (default sizes 3000 100000).  Results go to stdout as a Markdown table.
set -eu
B=${1:-.}
[ $# -gt 0 ] && shift
G=$B/src/guanai
[ -x "$G" ] || { echo "no $G: give the build directory" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 missing" >&2; exit 1; }
SIZES=${*:-3000 100000}
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-bench-pack.XXXXXX")
trap 'rm -rf "${W:?}"' EXIT
export GUANAI_PASSPHRASE='bench passphrase' GUANAI_TODAY=2026-11-29
unset GUANAI_USER GUANAI_PASSWORD
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }
echo "| children | records | package MB | pack s | sqlite3 .dump s | ratio | unpack s | sqlite3 load s | ratio | re-unpack s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
	rm -f "$W"/*
	"$G" --db "$W/a.db" demo --children "$n" --seed 1 >/dev/null
	t0=$(now); "$G" --db "$W/a.db" pack "$W/p.pkg" >"$W/pack.out"; t1=$(now)
	records=$(sed -n 's/.*(\([0-9]*\) records.*/\1/p' "$W/pack.out")
	t2=$(now); sqlite3 "$W/a.db" .dump >"$W/dump.sql"; t3=$(now)
	"$G" --db "$W/b.db" init >/dev/null
	t4=$(now); "$G" --db "$W/b.db" unpack "$W/p.pkg" >/dev/null; t5=$(now)
	t6=$(now); sqlite3 "$W/c.db" <"$W/dump.sql"; t7=$(now)
	t8=$(now); "$G" --db "$W/b.db" unpack "$W/p.pkg" >/dev/null; t9=$(now)
	size=$(echo "scale=1; $(stat -c %s "$W/p.pkg") / 1048576" | bc)
	p=$(secs "$t0" "$t1") d=$(secs "$t2" "$t3") u=$(secs "$t4" "$t5") l=$(secs "$t6" "$t7")
	echo "| $n | $records | $size | $p | $d | $(ratio "$p" "$d") | $u | $l | $(ratio "$u" "$l") | $(secs "$t8" "$t9") |"
done
