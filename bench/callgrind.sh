#!/bin/sh
# bench/callgrind.sh — instruction counts (callgrind Ir), the noise-free
# figure: `guanai import` of N GB18030 rows into an empty database, `guanai
# unpack` of the demo school's package into an empty database (beside
# sqlite3 loading the school's .dump: every row written), and a
# 2-character name search and an initials search (`list --search`, first
# page) on the same N children, each beside the sqlite3 CLI doing the
# nearest plain job (.import into one plain table; LIKE '%..%').
#
#   bench/callgrind.sh [BUILD_DIR] [N]        (default: . 10000)
set -eu
B=${1:-.}
N=${2:-10000}
G="$B/src/guanai"
[ -x "$G" ] || { echo "no $G (give the build directory)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-bench-cg.XXXXXX")
case "$W" in /tmp/guanai-bench-cg.*) ;; *) exit 1 ;; esac
trap 'rm -rf "${W:?}"' EXIT
export HOME="$W" XDG_DATA_HOME="$W/share" GUANAI_TODAY=2026-11-29 LC_ALL=C.UTF-8
unset GUANAI_DB LANGUAGE
# ir CMD...: total instructions (Ir) of CMD under callgrind
ir() {
	valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" "$@" >/dev/null 2>"$W/cg.err" </dev/null
	sed -n 's/^summary: *//p;s/^totals: *//p' "$W/cg.out" | head -1 | cut -d' ' -f1
}
"$G" --db "$W/src.db" demo --children "$N" --seed 1 >/dev/null
"$G" --db "$W/src.db" export "$W/raw.csv" --encoding gb18030 >/dev/null
"$G" --db "$W/a.db" init >/dev/null
"$G" --db "$W/a.db" import "$W/raw.csv" >/dev/null 2>&1 || true
"$G" --db "$W/a.db" export "$W/rows.csv" --encoding gb18030 >/dev/null
iconv -f GB18030 -t UTF-8 "$W/rows.csv" >"$W/rows-utf8.csv"
rows=$(( $(wc -l <"$W/rows-utf8.csv") - 1 ))
"$G" --db "$W/b.db" init >/dev/null
gi=$(ir "$G" --db "$W/b.db" import "$W/rows.csv")
si=$(ir sqlite3 "$W/plain.db" ".mode csv" ".import $W/rows-utf8.csv plain")
name=$(sqlite3 "$W/b.db" "SELECT substr(name, 2, 2) FROM child ORDER BY sort_key LIMIT 1 OFFSET $((rows / 2))")
ini=$(sqlite3 "$W/b.db" "SELECT substr(initials, 1, 2) FROM child ORDER BY sort_key LIMIT 1 OFFSET $((rows / 2))")
g0=$(ir "$G" --db "$W/b.db" --version)
gn=$(ir "$G" --db "$W/b.db" list --search "$name" --format tsv)
gs=$(ir "$G" --db "$W/b.db" list --search "$ini" --format tsv)
s0=$(ir sqlite3 "$W/b.db" "SELECT 1")
sn=$(ir sqlite3 "$W/b.db" "SELECT id, name FROM child WHERE deleted_at IS NULL AND name LIKE '%$name%' ORDER BY sort_key, id LIMIT 50")
ss=$(ir sqlite3 "$W/b.db" "SELECT id, name FROM child WHERE deleted_at IS NULL AND (initials LIKE '$ini%' OR pinyin LIKE '$ini%') ORDER BY sort_key, id LIMIT 50")
# unpack (key derivation included: argon2id, once) vs loading the SQL dump
export GUANAI_PASSPHRASE='bench passphrase'
"$G" --db "$W/src.db" pack "$W/p.pkg" >/dev/null
sqlite3 "$W/src.db" .dump >"$W/dump.sql"
"$G" --db "$W/u.db" init >/dev/null
gu=$(ir "$G" --db "$W/u.db" unpack "$W/p.pkg")
su=$(ir sqlite3 "$W/load.db" ".read $W/dump.sql")
printf '%-34s %16s %16s %7s\n' "callgrind, $rows rows" "guanai Ir" "sqlite3 Ir" ratio
r() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2f", $1 / $2; else print "-" }'; }
printf '%-34s %16s %16s %7s\n' "import GB18030 / .import" "$gi" "$si" "$(r "$gi" "$si")"
printf '%-34s %16s %16s %7s\n' "unpack ($N demo) / load .dump" "$gu" "$su" "$(r "$gu" "$su")"
printf '%-34s %16s %16s %7s\n' "search '$name' (minus startup)" "$((gn - g0))" "$((sn - s0))" "$(r $((gn - g0)) $((sn - s0)))"
printf '%-34s %16s %16s %7s\n' "search '$ini' (minus startup)" "$((gs - g0))" "$((ss - s0))" "$(r $((gs - g0)) $((ss - s0)))"
printf '%-34s %16s %16s\n' "process startup (--version / SELECT 1)" "$g0" "$s0"
