#!/bin/sh
# bench/tui.sh [N] — keystroke-to-screen latency of the terminal interface
# on a demo school of N children (default 100000), and its memory.
#
# The TUI runs in a private tmux server at 80×24 with GUANAI_TUI_BENCH=FILE:
# for every key it appends "screen key ms", the time from reading the key
# to the terminal being updated (query, marks, layout, doupdate); "start
# first-screen ms" from the exec (GUANAI_TUI_START) to the first screen;
# "idle screen ms" for work done while no key waited (the count).  Keys
# are sent one at a time, each after the previous one was logged, so the
# numbers are per key, not a burst.  RSS comes from /proc/PID/status.
# The first page of sqlite3 (same file, same order) is timed beside it,
# as a whole process and through the same tmux harness.
# Usage: GUANAI_BIN=build/src/guanai bench/tui.sh [N]
set -eu
G=${GUANAI_BIN:-build/src/guanai}
N=${1:-100000}
D=${BENCH_DIR:-${TMPDIR:-/tmp}/guanai-bench-tui}
DB=$D/demo-$N.db
LOG=$D/keys-$N.log
SOCK="guanai-bench-$$"
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true' EXIT
mkdir -p "$D"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 GUANAI_TODAY=2026-11-29
if [ ! -f "$DB" ]; then
	echo "making a demo school of $N children in $DB …" >&2
	"$G" --db "$DB" init --school "Bench school" >/dev/null
	t0=$(date +%s)
	"$G" --db "$DB" demo --children "$N" --seed 1 >/dev/null
	echo "demo: $(( $(date +%s) - t0 )) s" >&2
fi
rm -f "$LOG"
Q="SELECT name, gender, birth_date FROM child WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 50;"
# sqlite3 through the same harness: a pane that prints the first page
if command -v sqlite3 >/dev/null 2>&1; then
	for i in 1 2 3 4 5; do
		t0=$(date +%s%N)
		tm new-session -d -s s$i -x 80 -y 24 "sqlite3 '$DB' '$Q'; echo SQLITE-DONE; sleep 60"
		until tm capture-pane -p -t s$i | grep -q "SQLITE-DONE"; do sleep 0.01; done
		echo $(( ($(date +%s%N) - t0) / 1000000 ))
		tm kill-session -t s$i
	done | sort -n | sed -n 3p | sed 's/^/sqlite3 first 50 (tmux, median of 5): /; s/$/ ms/'
	for i in 1 2 3 4 5 6 7 8 9; do
		t0=$(date +%s%N)
		sqlite3 "$DB" "$Q" >/dev/null
		echo $(( ($(date +%s%N) - t0) / 100000 ))
	done | sort -n | sed -n 5p | awk '{ printf "sqlite3 first 50 (process, median of 9): %.1f ms\n", $1 / 10 }'
fi
t0=$(date +%s%N)
tm new-session -d -s b -x 80 -y 24 \
    "env TERM=xterm-256color LC_ALL=C.UTF-8 GUANAI_TODAY=2026-11-29 GUANAI_TUI_BENCH='$LOG' GUANAI_TUI_START=\$(date +%s%N) '$G' --db '$DB'; sleep 60"
until tm capture-pane -p -t b | grep -q "page 1"; do sleep 0.01; done
t1=$(date +%s%N)
until tm capture-pane -p -t b | grep -q "matching"; do sleep 0.01; done
t2=$(date +%s%N)
echo "first screen (tmux): $(( (t1 - t0) / 1000000 )) ms; count shown: $(( (t2 - t0) / 1000000 )) ms"
until grep -q "^start" "$LOG" 2>/dev/null; do sleep 0.01; done
awk '$1 == "start" { at[$2] = $3 }
END { printf "first screen (exec to doupdate): %.1f ms (main to the TUI %.1f, curses %.1f, first page and marks %.1f, paint %.1f)\n",
	at["first-screen"], at["tui-run"], at["curses"] - at["tui-run"], at["list"] - at["curses"],
	at["first-screen"] - at["list"] }' "$LOG"

# the keys' lines (not the start and idle lines)
lines() { if [ -f "$LOG" ]; then grep -cv '^start\|^idle' "$LOG" || true; else echo 0; fi; }
# key ARGS…: send one key and wait until the TUI logged it
key() {
	local before
	before=$(lines)
	tm send-keys -t b "$@"
	until [ "$(lines)" -gt "$before" ]; do sleep 0.002; done
}
typed() { tm send-keys -t b -l "$1"; }
phase() { echo "$1 $(lines)" >>"$D/phases"; }
rm -f "$D/phases"

phase paging
for i in $(seq 1 40); do key NPage; done
for i in $(seq 1 20); do key PPage; done
for i in $(seq 1 60); do key Down; done
key Home
phase end
key End
phase search
key /
for round in 1 2 3; do
	for c in z h a n g; do
		before=$(lines); typed "$c"
		until [ "$(lines)" -gt "$before" ]; do sleep 0.002; done
	done
	for c in 1 2 3 4 5; do key BSpace; done
	for c in z s; do
		before=$(lines); typed "$c"
		until [ "$(lines)" -gt "$before" ]; do sleep 0.002; done
	done
	key BSpace; key BSpace
	for c in 1 3 8; do
		before=$(lines); typed "$c"
		until [ "$(lines)" -gt "$before" ]; do sleep 0.002; done
	done
	key BSpace; key BSpace; key BSpace
done
phase done

pid=$(pgrep -n -f -- "--db $DB" || true)
if [ -n "$pid" ]; then
	grep -E 'VmRSS|VmHWM|RssAnon|RssFile' "/proc/$pid/status" | tr -s ' \t' ' '
fi
tm send-keys -t b Escape q

# summarise: median, 95th percentile and max of each phase (ms)
awk '$1 == "idle" { n++; s += $3; if ($3 > m) m = $3 }
END { if (n) printf "idle work (counts): %d, mean %.1f ms, max %.1f ms\n", n, s / n, m }' "$LOG"
grep -v '^start\|^idle' "$LOG" | awk -v phases="$D/phases" '
BEGIN { while ((getline l < phases) > 0) { split(l, a, " "); name[++np] = a[1]; at[np] = a[2] } }
{ ms[NR] = $3 }
END {
	for (p = 1; p < np; p++) {
		n = 0
		for (i = at[p] + 1; i <= at[p + 1]; i++) v[++n] = ms[i]
		if (n == 0) continue
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
		k = int(n * 0.95 + 0.5)
		if (k < 1) k = 1
		printf "%-8s keys %3d  median %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", name[p], n,
		    v[int((n + 1) / 2)], v[k], v[n]
	}
}'
