#!/bin/sh
# bench/coldstart.sh [BUILD_DIR] [N] [REPS] — a COLD start, guanai beside
# sqlite3 (issue 15): before every run the program, every shared library
# it maps (ldd, and guanai-docs.so) and the database (and its -wal, -shm)
# are dropped from the page cache, so the run reads them from the disk as
# on a school PC switched on in the morning.  Each figure is the median of
# REPS runs (default 5); the warm median (the same command right after) is
# printed beside it.
#
#   guanai --version               sqlite3 -version
#   guanai list --class X          the same query in sqlite3 (bench/run's)
#   guanai list --search 张伟      sqlite3 LIKE '%张伟%', same order
#   the TUI's first screen (tmux,  sqlite3 printing its first 50 in pinyin
#   new-session to "page 1")       order in the same tmux
#
# Eviction is posix_fadvise(POSIX_FADV_DONTNEED) by bench/coldtool.c
# (compiled here), which prints the resident pages before and after
# (mincore): pages a live process maps (libc, libtinfo of the shells and
# tmux) cannot be dropped, by this or by /proc/sys/vm/drop_caches alike;
# the "left" figure says how much stayed.  drop_caches is not used: it
# would empty the whole machine's cache under the other users' feet.
#
# The N-children demo database is made once and kept in
# BUILD_DIR/bench-cache/ (100k takes minutes).  Needs cc, sqlite3, tmux.
set -eu
B=${1:-.}
N=${2:-100000}
R=${3:-5}
G=$B/src/guanai
[ -x "$G" ] || { echo "no $G (give the build directory)" >&2; exit 1; }
for t in cc sqlite3 tmux ldd; do
	command -v "$t" >/dev/null || { echo "coldstart.sh needs $t" >&2; exit 1; }
done
here=$(cd "$(dirname "$0")" && pwd)
G=$(cd "$(dirname "$G")" && pwd)/guanai
W=$(mktemp -d "${TMPDIR:-/tmp}/guanai-cold.XXXXXX")
SOCK=guanai-cold-$$
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "${W:?}"' EXIT
export HOME="$W" XDG_DATA_HOME="$W/share" GUANAI_TODAY=2026-11-29 LC_ALL=C.UTF-8
unset GUANAI_DB LANGUAGE
cc -O2 -std=c11 -o "$W/coldtool" "$here/coldtool.c"
T=$W/coldtool

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

# the files a cold start of PROGRAM reads: itself, its shared libraries
# and the loader (ldd), followed to their real names
libs() {
	{ echo "$1"; ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'; } |
		while read -r f; do readlink -f "$f"; done | sort -u
}
docs=$(ls "$(dirname "$G")"/guanai-docs.so "$(dirname "$G")"/.libs/guanai-docs.so 2>/dev/null | head -1 || true)
gfiles="$(libs "$G") $docs $DB $DB-wal $DB-shm"
sfiles="$(libs "$(command -v sqlite3)") $DB $DB-wal $DB-shm"

cls=$(sqlite3 "$DB" "SELECT grade || '-' || number FROM class ORDER BY grade, number LIMIT 1")
cid=$(sqlite3 "$DB" "SELECT id FROM class ORDER BY grade, number LIMIT 1")
SEARCH=张伟
COLS="c.id, c.name, c.gender, c.birth_date, k.grade, k.number, c.left_behind_type"
QCLASS="SELECT $COLS FROM child c JOIN class k ON k.id = c.class_id WHERE c.class_id = '$cid' AND c.deleted_at IS NULL ORDER BY c.sort_key, c.id"
QSEARCH="SELECT $COLS FROM child c JOIN class k ON k.id = c.class_id WHERE c.deleted_at IS NULL AND c.name LIKE '%$SEARCH%' ORDER BY c.sort_key, c.id"
QFIRST="SELECT name, gender, birth_date FROM child WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 50"

# med COLUMN FILE: the median of one column ("-" where there is none)
med() { awk -v c="$1" '$c != "-" { print $c }' "$2" | sort -n |
	awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "-" }'; }
# evicted FILES: evict, append the KiB that stayed resident to $W/left
evicted() {
	# shellcheck disable=SC2086
	"$T" evict -q $1 | sed -n 's/.*(\([0-9]*\) KiB left.*/\1/p' >>"$W/left"
}
# summary LABEL: "LABEL wall cpu majflt readKiB warm_wall leftKiB" (medians)
summary() {
	echo "$1 $(med 1 "$W/c") $(med 2 "$W/c") $(med 3 "$W/c") $(med 4 "$W/c")" \
	    "$(med 1 "$W/w") $(med 1 "$W/left")"
}

# cold LABEL FILES -- CMD…: REPS cold runs of a whole process (output to
# /dev/null), each followed by a warm one
cold() {
	label=$1 files=$2
	shift 3
	: >"$W/c"; : >"$W/w"; : >"$W/left"
	i=0
	while [ "$i" -lt "$R" ]; do
		evicted "$files"
		"$T" time "$@" >>"$W/c"
		"$T" time "$@" >>"$W/w"
		i=$((i + 1))
	done
	summary "$label"
}

# the TUI (or sqlite3) in a tmux pane at 80x24: "wall cpu - readKiB", wall
# ms from new-session until MARK is on the screen; CPU and the bytes read
# from the disk from /proc while the TUI still runs (sqlite3 has exited:
# "-"); the pane's process is gone before the next run
pane_ms() {
	mark=$1 cmd=$2
	t0=$(date +%s%N)
	tm new-session -d -s p -x 80 -y 24 "$cmd"
	until tm capture-pane -p -t p 2>/dev/null | grep -q "$mark"; do sleep 0.005; done
	t1=$(date +%s%N)
	pid=$(tm display-message -p -t p '#{pane_pid}')
	cpu=- rd=-
	if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = guanai ]; then
		cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
		rd=$(awk '$1 == "read_bytes:" { print int($2 / 1024) }' "/proc/$pid/io")
	fi
	tm kill-session -t p
	while kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
	echo "$t0 $t1 $cpu $rd" | awk '{ printf "%.1f %s - %s\n", ($2 - $1) / 1e6, $3, $4 }'
}
cold_pane() {
	label=$1 files=$2 mark=$3 cmd=$4
	: >"$W/c"; : >"$W/w"; : >"$W/left"
	i=0
	while [ "$i" -lt "$R" ]; do
		evicted "$files"
		pane_ms "$mark" "$cmd" >>"$W/c"
		pane_ms "$mark" "$cmd" >>"$W/w"
		i=$((i + 1))
	done
	summary "$label"
}

echo "# bench/coldstart.sh $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) CPU ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $N children, $(du -m "$DB" | cut -f1) MB; class $cls; median of $R; ms, whole processes"
echo "# what one eviction does (guanai's files, then sqlite3's):"
# shellcheck disable=SC2086
"$T" evict $gfiles >"$W/ev"
sed 's/^/#   /' "$W/ev"
# nothing maps the database or the program: if they stayed, nothing is cold
if awk -v db="$DB" -v g="$G" '($7 == db || $7 == g) && $3 != 0 { bad = 1 } END { exit !bad }' "$W/ev"; then
	echo "coldstart.sh: the database or the program stayed in the page cache: no cold start here" >&2
	exit 1
fi
# shellcheck disable=SC2086
"$T" evict $sfiles | sed 's/^/#   /'

tm new-session -d -s keep -x 80 -y 24 "sleep 100000"	# the server stays up (and warm)
{
	cold g-version "$gfiles" -- "$G" --db "$DB" --version
	cold s-version "$sfiles" -- sqlite3 -version
	cold g-class "$gfiles" -- "$G" --db "$DB" list --class "$cls" --format tsv
	cold s-class "$sfiles" -- sqlite3 "$DB" "$QCLASS"
	cold g-search "$gfiles" -- "$G" --db "$DB" list --search "$SEARCH" --format tsv
	cold s-search "$sfiles" -- sqlite3 "$DB" "$QSEARCH"
	cold s-first "$sfiles" -- sqlite3 "$DB" "$QFIRST"
	cold_pane g-tui "$gfiles" "page 1" \
	    "exec env TERM=xterm-256color LC_ALL=C.UTF-8 GUANAI_TODAY=2026-11-29 HOME='$W' '$G' --db '$DB'"
	cold_pane s-tui "$sfiles" "SQLITE-DONE" \
	    "sqlite3 '$DB' '$QFIRST'; echo SQLITE-DONE; exec sleep 60"
} >"$W/all"

printf '%-40s %9s %9s %6s  %-15s %-15s %-13s %s\n' "cold start, median of $R" guanai sqlite3 ratio \
    "read KiB (g/s)" "CPU ms (g/s)" "warm ms (g/s)" "KiB left (g/s)"
row() {
	awk -v what="$1" -v g="$2" -v s="$3" '
	function n(x) { return x == "-" ? "-" : sprintf("%.0f", x) }
	$1 == g { for (i = 2; i <= 7; i++) gv[i] = $i } $1 == s { for (i = 2; i <= 7; i++) sv[i] = $i }
	END { printf "%-40s %6.1f ms %6.1f ms %5.2fx  %-15s %-15s %-13s %s\n", what, gv[2], sv[2],
		(sv[2] > 0 ? gv[2] / sv[2] : 0), n(gv[5]) " / " n(sv[5]), n(gv[3]) " / " n(sv[3]),
		n(gv[6]) " / " n(sv[6]), n(gv[7]) " / " n(sv[7]) }' "$W/all"
}
row "--version / sqlite3 -version" g-version s-version
row "list --class $cls / same query" g-class s-class
row "list --search $SEARCH / LIKE" g-search s-search
row "TUI first screen / first 50, tmux" g-tui s-tui
awk '$1 == "s-first" { printf "%-40s %9s %6.1f ms         %-15s %-15s %-13s %s\n", "(sqlite3 first 50 as a process)", "", $2,
	"- / " int($5), "- / " int($3 + 0.5), "- / " int($6 + 0.5), "- / " $7 }' "$W/all"
echo "# ms: wall, exec (or tmux new-session) to exit (or the first page on the screen); read KiB: from the"
echo "# disk (rusage; the TUI's /proc/PID/io); warm: the same command right after; KiB left: of the files just"
echo "# evicted, what stayed cached because a live process maps it (libc, ld.so, the shells' and tmux's libtinfo)."
echo "# The TUI's read and CPU are taken when its first page is seen: they may include its count of the list"
echo "# (idle work after the first paint)."
