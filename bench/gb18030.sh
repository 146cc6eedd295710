#!/bin/sh
# gb18030.sh — decode/encode speed of guanai's own GB18030 codec beside
# glibc's iconv, on the GB18030 roster bench/import.sh imports.
#   bench/gb18030.sh [BUILD_DIR] [CHILDREN]       (default: build 100000)
# Makes a demo school of CHILDREN children, exports it to GB18030 CSV and
# times bench/gb18030.c (median of 7 runs) on that file.
set -e
S=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "${1:-$S/build}" && pwd)
N=${2:-100000}
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-bench-gb.XXXXXX")
trap 'rm -rf "${W:?}"' EXIT
"$B/src/guanai" --db "$W/s.db" demo --children "$N" --seed 5 >/dev/null
"$B/src/guanai" --db "$W/s.db" export --encoding gb18030 "$W/kids.csv" >/dev/null
${CC:-cc} -O2 -I"$S/include" -I"$B" -o "$W/gb18030" "$S/bench/gb18030.c" \
    "$B/src/libbase.a"
"$W/gb18030" "$W/kids.csv"
