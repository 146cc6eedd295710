#!/bin/sh
# pack.sh — time `guanai pack` and `guanai unpack` on synthetic schools, side
# by side with the sqlite3 command-line tool doing the nearest plain job on
# the same file (.dump of the database; loading that dump into an empty
# file), and print the ratios.  Usage: bench/pack.sh [BUILDDIR] [N ...]
# (default sizes 3000 100000).  BENCH_DB_<N>=FILE uses a copy of an existing
# demo database of N children instead of running `guanai demo`.
#
# Each step is a whole process: wall s, CPU s (user + system: the fairer
# figure on a shared machine) and peak resident MiB (getrusage of the
# child).  Ratios are guanai / sqlite3, of CPU and of wall.  Results go to
# stdout as a Markdown table.
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
${CC:-cc} -O2 -o "$W/measure" "$(dirname "$0")/measure.c"
# M NAME CMD...: run CMD, keep "wall cpu MiB" in $W/NAME
M() { what=$1; shift; "$W/measure" "$W/$what" "$@"; }
f() { cut -d' ' -f"$2" "$W/$1"; }
ratio() { echo "$1 $2" | awk '{ printf "%.2f", $1 / ($2 > 0.01 ? $2 : 0.01) }'; }
echo "machine: $(uname -m), $(nproc) CPU, load $(cut -d' ' -f1-3 /proc/loadavg), $(sqlite3 --version | cut -d' ' -f1) sqlite3"
echo
echo "| children | records | package MB | step | guanai wall s | CPU s | peak MiB | sqlite3 wall s | CPU s | peak MiB | ratio CPU | ratio wall |"
echo "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
	rm -f "$W"/*.db "$W"/*.db-* "$W"/p.pkg "$W"/dump.sql
	eval "given=\${BENCH_DB_$n:-}"
	if [ -n "$given" ]; then
		cp "$given" "$W/a.db"
	else
		"$G" --db "$W/a.db" demo --children "$n" --seed 1 >/dev/null
	fi
	M pack "$G" --db "$W/a.db" pack "$W/p.pkg" >"$W/pack.out"
	records=$(sed -n 's/.*(\([0-9]*\) records.*/\1/p' "$W/pack.out")
	M dump sh -c "sqlite3 '$W/a.db' .dump >'$W/dump.sql'"
	"$G" --db "$W/b.db" init >/dev/null
	M unpack "$G" --db "$W/b.db" unpack "$W/p.pkg" >/dev/null
	M load sh -c "sqlite3 '$W/c.db' <'$W/dump.sql'"
	M again "$G" --db "$W/b.db" unpack "$W/p.pkg" >/dev/null
	size=$(echo "scale=1; $(stat -c %s "$W/p.pkg") / 1048576" | bc)
	echo "| $n | $records | $size | pack / .dump | $(f pack 1) | $(f pack 2) | $(f pack 3) | $(f dump 1) | $(f dump 2) | $(f dump 3) | $(ratio "$(f pack 2)" "$(f dump 2)") | $(ratio "$(f pack 1)" "$(f dump 1)") |"
	echo "| $n | $records | $size | unpack / load the dump | $(f unpack 1) | $(f unpack 2) | $(f unpack 3) | $(f load 1) | $(f load 2) | $(f load 3) | $(ratio "$(f unpack 2)" "$(f load 2)") | $(ratio "$(f unpack 1)" "$(f load 1)") |"
	echo "| $n | $records | $size | the same package again | $(f again 1) | $(f again 2) | $(f again 3) | | | | | |"
done
