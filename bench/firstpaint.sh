#!/bin/sh
# bench/firstpaint.sh [BUILD_DIR] [N] — the instructions (callgrind Ir) the
# TUI executes from exec up to its first paint, beside the sqlite3 CLI
# printing its first page (the first 50 children in pinyin order, the
# TUI's first screen's query) as a whole process (issue 15; goal ≤ 1.5×).
#
# The TUI runs under callgrind in tmux at 80x24 with --dump-after=doupdate:
# the first dump holds everything up to the end of the first doupdate(),
# the only place the TUI writes to the terminal (tui_flush in
# src/tui/tui.c); what it does after (the count, waiting for keys) is not
# in it.  No hook in the program: the count stops at a library call.
# Counts are the same on a loaded machine; wall times would not be.
# The N-children database is the one bench/coldstart.sh keeps in
# BUILD_DIR/bench-cache/.  Needs valgrind, sqlite3, tmux.
set -eu
B=${1:-.}
N=${2:-100000}
G=$B/src/guanai
[ -x "$G" ] || { echo "no $G (give the build directory)" >&2; exit 1; }
for t in valgrind sqlite3 tmux; do
	command -v "$t" >/dev/null || { echo "firstpaint.sh needs $t" >&2; exit 1; }
done
G=$(cd "$(dirname "$G")" && pwd)/guanai
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-paint.XXXXXX")
SOCK=guanai-paint-$$
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "${W:?}"' EXIT
export HOME="$W" XDG_DATA_HOME="$W/share" GUANAI_TODAY=2026-11-29 LC_ALL=C.UTF-8
unset GUANAI_DB LANGUAGE

cache=$B/bench-cache
DB=$cache/demo-$N.db
mkdir -p "$cache"
if [ ! -s "$DB" ]; then
	echo "making a demo school of $N children in $DB (once) …" >&2
	rm -f "$DB.part" "$DB.part-wal" "$DB.part-shm"
	"$G" --db "$DB.part" init --school "Bench school" >/dev/null
	"$G" --db "$DB.part" demo --children "$N" --seed 1 >/dev/null
	mv "$DB.part" "$DB"
fi
DB=$(cd "$cache" && pwd)/demo-$N.db
QFIRST="SELECT name, gender, birth_date FROM child WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 50"

# Ir of a callgrind output file (its totals line)
ir() { sed -n 's/^summary: *//p;s/^totals: *//p' "$1" | head -1 | cut -d' ' -f1; }

# The TUI: wait for the first dump and the first page on the screen.
tm new-session -d -s t -x 80 -y 24 \
    "exec env TERM=xterm-256color valgrind --tool=callgrind --dump-after=doupdate --callgrind-out-file='$W/tui.out' '$G' --db '$DB' 2>'$W/tui.err'"
i=0
until [ -s "$W/tui.out.1" ] && tm capture-pane -p -t t | grep -q "page 1"; do
	i=$((i + 1))
	[ $i -lt 6000 ] || { echo "no first screen under callgrind in 10 min" >&2; cat "$W/tui.err" >&2; exit 1; }
	sleep 0.1
done
sleep 0.5	# the dump file is written whole before the next line is
# the first dump must be the list's first paint, not some other doupdate
grep -q 'list_draw' "$W/tui.out.1" && grep -q 'tui_flush' "$W/tui.out.1" ||
	{ echo "firstpaint.sh: the first doupdate() was not the list's first paint" >&2; exit 1; }
gi=$(ir "$W/tui.out.1")
tm send-keys -t t Escape q
# what the first dump's largest costs were (inclusive), for the report
top=$(callgrind_annotate --inclusive=yes "$W/tui.out.1" 2>/dev/null |
	grep -E '(main|tui_run|store_open|app_open|_dl_start|initscr|newterm|list_[a-z_]*|scr_list_[a-z_]*|doupdate) ' |
	grep -E '^ *[0-9,]+ \(' | grep -v '=>' | head -12 || true)

valgrind --tool=callgrind --callgrind-out-file="$W/sq.out" sqlite3 "$DB" "$QFIRST" >/dev/null 2>"$W/sq.err"
si=$(ir "$W/sq.out")
valgrind --tool=callgrind --callgrind-out-file="$W/sv.out" sqlite3 -version >/dev/null 2>&1
sv=$(ir "$W/sv.out")
valgrind --tool=callgrind --callgrind-out-file="$W/gv.out" "$G" --version >/dev/null 2>&1
gv=$(ir "$W/gv.out")

echo "# bench/firstpaint.sh $(date -u '+%Y-%m-%d %H:%M UTC'): $N children, callgrind Ir (instructions), whole processes"
printf '%-52s %14s %14s %7s\n' figure guanai sqlite3 ratio
r() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2fx", $1 / $2; else print "-" }'; }
printf '%-52s %14s %14s %7s\n' "first screen (exec..first doupdate) / first 50" "$gi" "$si" "$(r "$gi" "$si")"
printf '%-52s %14s %14s %7s\n' "start-up alone (--version / -version)" "$gv" "$sv" "$(r "$gv" "$sv")"
printf '%-52s %14s %14s %7s\n' "the rest (first screen minus start-up)" "$((gi - gv))" "$((si - sv))" "$(r $((gi - gv)) $((si - sv)))"
if [ -n "$top" ]; then
	echo "# the first paint's largest inclusive costs (callgrind_annotate):"
	echo "$top" | sed 's/^/#   /'
fi
