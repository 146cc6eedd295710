#!/bin/sh
# bench/tui-import.sh BUILD_DIR [N] [ROWS] — memory while two guanai share
# one database (issue 7: "TUI RSS ≤ 16 MB steady and ≤ 32 MB at the peak
# of an import"): the TUI is open on a school of N children (default
# 100000) while `guanai import` adds ROWS new children (default 10000,
# GB18030 CSV) to the same file.  Every 50 ms the TUI's VmRSS is read from
# /proc; a key (PgDn) is sent after the import so the TUI reads the grown
# school.  Prints the TUI's RSS before, peak during and after the import,
# its VmHWM, and the import's own peak RSS and time (GNU time).
# The school of N is made once in BENCH_DIR (default /tmp/guanai-bench-tui,
# shared with bench/tui.sh).
set -eu
B=${1:?usage: bench/tui-import.sh BUILD_DIR [N] [ROWS]}
N=${2:-100000}
ROWS=${3:-10000}
G="$B/src/guanai"
D=${BENCH_DIR:-${TMPDIR:-/tmp}/guanai-bench-tui}
SOCK="guanai-bench-ti-$$"
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-bench-ti.XXXXXX")
trap 'tm kill-server 2>/dev/null || true; case "$W" in /tmp/guanai-bench-ti.*) rm -rf "$W" ;; esac' EXIT
mkdir -p "$D"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 GUANAI_TODAY=2026-11-29 HOME="$W" XDG_DATA_HOME="$W/share"
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 1; }
DB0=$D/demo-$N.db
if [ ! -f "$DB0" ]; then
	echo "making a demo school of $N children in $DB0 …" >&2
	"$G" --db "$DB0" init --school "Bench school" >/dev/null
	"$G" --db "$DB0" demo --children "$N" --seed 1 >/dev/null
fi
# ROWS other children (another seed), as the county's GB18030 file
"$G" --db "$W/other.db" init --school "Other school" >/dev/null
"$G" --db "$W/other.db" demo --children "$ROWS" --seed 77 >/dev/null
"$G" --db "$W/other.db" export "$W/other.csv" >/dev/null
# Without their ID and student numbers (another seed reuses the numbers of
# the first school's children, which import would rightly refuse), as
# GB18030.  No field of a demo export holds a comma inside quotes.
sed '1s/^\xef\xbb\xbf//' "$W/other.csv" | awk -F, 'BEGIN { OFS = "," }
	NR == 1 { for (i = 1; i <= NF; i++) if ($i == "身份证号" || $i == "学籍号") blank[i] = 1 }
	NR > 1 { for (i in blank) $i = "" } { print }' | iconv -f UTF-8 -t GB18030 >"$W/in.csv"
cp "$DB0" "$W/g.db"

rss() { sed -n "s/^$2:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$1/status" 2>/dev/null; }
tm new-session -d -s t -x 80 -y 24 \
    "exec env TERM=xterm-256color LC_ALL=C.UTF-8 GUANAI_TODAY=2026-11-29 '$G' --db '$W/g.db'"
until tm capture-pane -p -t t | grep -q "matching"; do sleep 0.05; done
pid=$(tm display -p -t t '#{pane_pid}')
tm send-keys -t t NPage NPage NPage
sleep 1
before=$(rss "$pid" VmRSS)
/usr/bin/time -f '%e %U %S %M' -o "$W/time" "$G" --db "$W/g.db" import "$W/in.csv" >"$W/import.out" 2>&1 &
ipid=$!
peak=$before
while kill -0 "$ipid" 2>/dev/null; do
	r=$(rss "$pid" VmRSS); [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r
	sleep 0.05
done
wait "$ipid" || { echo "import failed:" >&2; cat "$W/import.out" >&2; exit 1; }
tm send-keys -t t NPage
sleep 1
tm send-keys -t t Home
sleep 1
after=$(rss "$pid" VmRSS)
hwm=$(rss "$pid" VmHWM)
anon=$(rss "$pid" RssAnon)
read -r iw iu is im <"$W/time"
echo "TUI on $N children while importing $ROWS GB18030 rows into the same file:"
echo "  TUI VmRSS before $((before / 1024)) MB, peak during the import $((peak / 1024)) MB, after $((after / 1024)) MB; VmHWM $((hwm / 1024)) MB (RssAnon $((anon / 1024)) MB)"
echo "  import: ${iw} s wall, $(echo "$iu $is" | awk '{ printf "%.1f", $1 + $2 }') s CPU, peak RSS $((im / 1024)) MB; $(sed -n '$p' "$W/import.out")"
tm capture-pane -p -t t | grep -E 'children|matching' | sed 's/^ */  TUI after: /'
