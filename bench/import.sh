#!/bin/sh
# bench/import.sh — import and export at school-district scale, beside the
# sqlite3 command-line tool (DESIGN §12, issue 3).
#
#   bench/import.sh [BUILD_DIR] [SIZES]          (default: . "10000 100000")
#
# BENCH_DB_<N>=FILE uses a copy of an existing demo database of N children
# instead of running `guanai demo` (ten minutes at 100,000); the file itself
# is only read.
#
# For each size N: a synthetic school (`guanai demo --children N`) is
# exported to GB18030 CSV (the file a county sends); that file is imported
# into an empty database by `guanai import` and, for comparison, by
# `sqlite3 .import` into one plain table (no parsing, no checks, no index):
# the ratio of the two is the cost of understanding the rows.  Then the
# round trip is checked (the imported school exports the same rows as the
# original), and N children are exported to CSV and to XLSX.  Each step is
# timed (wall and CPU = user + system, the fairer number on a shared
# machine) with its peak resident memory (getrusage of the child, through
# a ten-line wrapper compiled here: GNU time is not always installed).
set -eu
B=${1:-.}
SIZES=${2:-"10000 100000"}
G="$B/src/guanai"
[ -x "$G" ] || { echo "no $G (give the build directory)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command-line tool" >&2; exit 1; }
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-bench.XXXXXX")
trap 'rm -rf "${W:?}"' EXIT
export HOME="$W" XDG_DATA_HOME="$W/share" GUANAI_TODAY=2026-11-29 LC_ALL=C.UTF-8
unset GUANAI_DB LANGUAGE

# measure: run a command, print "wall cpu peak_MiB" on fd 3 (time.txt)
${CC:-cc} -O2 -o "$W/measure" "$(dirname "$0")/measure.c"
M() { "$W/measure" "$W/time.txt" "$@"; }

echo "machine: $(uname -m), $(nproc) CPU, $(sqlite3 --version | cut -d' ' -f1) sqlite3"
printf '%-34s %9s %8s %9s\n' step "wall s" "CPU s" "peak MiB"
row() { set -- "$1" $(cat "$W/time.txt"); printf '%-34s %9s %8s %9s\n' "$1" "$2" "$3" "$4"; }
for n in $SIZES; do
	eval "given=\${BENCH_DB_$n:-}"
	if [ -n "$given" ]; then
		cp "$given" "$W/src-$n.db"
	else
		"$G" --db "$W/src-$n.db" demo --children "$n" --seed 5 >/dev/null
	fi
	"$G" --db "$W/src-$n.db" export --encoding gb18030 "$W/kids-$n.csv" >/dev/null
	"$G" --db "$W/dst-$n.db" init >/dev/null
	M "$G" --db "$W/dst-$n.db" import "$W/kids-$n.csv" >"$W/import.out" 2>"$W/import.err" || true
	row "guanai import $n (GB18030)"
	gi=$(cut -d' ' -f1,2 "$W/time.txt")
	M sqlite3 "$W/plain-$n.db" ".mode csv" ".import $W/kids-$n.csv t" >/dev/null
	row "sqlite3 .import $n (same file)"
	si=$(cut -d' ' -f1,2 "$W/time.txt")
	echo "$gi $si" | awk '{ printf "%-34s %9.1f %8.1f\n", "ratio guanai / sqlite3", $1 / ($3 > 0.01 ? $3 : 0.01), $2 / ($4 > 0.01 ? $4 : 0.01) }'
	sed 's/^/    /' "$W/import.out"
	grep -c 'possible duplicate:' "$W/import.err" | sed 's/^/    possible-duplicate lines: /'
	# the round trip: both schools export the same rows (sorted)
	"$G" --db "$W/src-$n.db" export "$W/a.csv" >/dev/null
	"$G" --db "$W/dst-$n.db" export "$W/b.csv" >/dev/null
	tail -n +2 "$W/a.csv" | LC_ALL=C sort >"$W/a.s"
	tail -n +2 "$W/b.csv" | LC_ALL=C sort >"$W/b.s"
	if cmp -s "$W/a.s" "$W/b.s"; then
		echo "    round trip $n: identical"
	else
		echo "    round trip $n: $(LC_ALL=C comm -23 "$W/a.s" "$W/b.s" | wc -l) rows of the original differ or are missing"
	fi
	M "$G" --db "$W/src-$n.db" export "$W/out-$n.csv" >/dev/null
	row "guanai export $n .csv"
	M "$G" --db "$W/src-$n.db" export --encoding gb18030 "$W/out-$n-gb.csv" >/dev/null
	row "guanai export $n .csv (GB18030)"
	M "$G" --db "$W/src-$n.db" export "$W/out-$n.xlsx" >/dev/null
	row "guanai export $n .xlsx"
	ls -l "$W/out-$n.csv" "$W/out-$n.xlsx" | awk '{ printf "    %s: %.1f MiB\n", $NF, $5 / 1048576 }' | sed "s|$W/||"
done
