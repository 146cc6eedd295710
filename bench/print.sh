#!/bin/sh
# bench/print.sh — time and peak memory to print the roster (public and
# confidential), the contact cards and the registration forms of a
# synthetic school (3,000 children by default).
#
#   bench/print.sh [BUILD_DIR] [CHILDREN]
#
# BUILD_DIR holds src/guanai (default: the current directory).  Prints one
# line per document: pages, seconds (wall, and CPU = user + system: the
# fairer number on a shared machine), peak resident memory (MiB) and the
# PDF's size, measured with GNU time.
set -eu
B=${1:-.}
N=${2:-3000}
G="$B/src/guanai"
[ -x "$G" ] || { echo "no $G (give the build directory)" >&2; exit 1; }
command -v pdfinfo >/dev/null || { echo "needs pdfinfo (poppler-utils)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 1; }
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-bench.XXXXXX")
trap 'rm -rf "${W:?}"' EXIT
export HOME="$W" XDG_DATA_HOME="$W/share" GUANAI_TODAY=2026-11-29 LC_ALL=C.UTF-8
unset GUANAI_DB

"$G" --db "$W/school.db" demo --children "$N" --seed 7 >/dev/null
echo "school: $N children ($(uname -m), $(nproc) CPU)"
printf '%-22s %7s %8s %8s %9s %8s\n' document pages "wall s" "CPU s" "peak MiB" "PDF MiB"
run() { # run LABEL ARGS...
	label=$1; shift
	/usr/bin/time -f '%e %U %S %M' -o "$W/time" "$G" --db "$W/school.db" print "$@" \
		-o "$W/out.pdf" >/dev/null
	read -r secs user sys kib <"$W/time"
	pages=$(pdfinfo "$W/out.pdf" | awk '/^Pages:/ { print $2 }')
	size=$(stat -c %s "$W/out.pdf")
	awk -v l="$label" -v p="$pages" -v s="$secs" -v u="$user" -v y="$sys" \
		-v k="$kib" -v z="$size" 'BEGIN { printf "%-22s %7s %8.2f %8.2f %9.1f %8.1f\n",
		l, p, s, u + y, k / 1024, z / 1048576 }'
}
run roster roster
run "roster --confidential" roster --confidential
run cards cards
run forms forms
run "forms (one class)" forms --class 3-1
