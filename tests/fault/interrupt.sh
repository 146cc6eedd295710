#!/bin/bash
# interrupt.sh — Ctrl-C (SIGINT) in the middle of `guanai import`, `export`
# and `pack`: the process dies of it (status 130), the database is as it
# was (SQLite rolls the open transaction back), no temporary file stays
# in the folder written to and no half file takes the target's name.
#
# A job started with & by a script ignores SIGINT (POSIX), so the test
# restores the default first (env --default-signal): without it the
# signal is simply never delivered and the test would prove nothing —
# each case also checks that the process did die of it.
. "$GUANAI_SRCDIR/tests/lib.sh"
env --default-signal=INT true 2>/dev/null ||
	{ echo "env --default-signal missing: skipped"; exit 77; }
export GUANAI_PASSPHRASE='Qz7-river-lamp-9'
B="$T/big.db"
expect_rc 0 "$G" --db "$B" demo --children 8000 --seed 3 || finish
S="$T/sig"; mkdir -p "$S"
# the roster to import: the big school, with one bad row near the top so
# that the problem file's temporary file is open while rows go in
"$G" --db "$B" export "$T/roster.csv" >/dev/null 2>&1 || { fail "export"; finish; }
sed '3s/^\([^,]*,[^,]*,\)[^,]*,/\1出生日期不对,/' "$T/roster.csv" >"$T/r.csv"
"$G" --db "$T/d.db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
count() { "$G" --db "$1" list --format tsv 2>/dev/null | tail -n +2 | wc -l; }

# interrupt WHAT CMD...: start CMD with SIGINT at its default, send SIGINT
# once its temporary file is in $S, and keep its exit status in $rc
interrupt() {
	local what=$1 i; shift
	env --default-signal=INT "$@" >/dev/null 2>"$T/err" &
	pid=$!
	for i in $(seq 1 500); do
		ls -A "$S" | grep -q '^\.guanai-tmp-' && break
		sleep 0.01
	done
	kill -INT "$pid" 2>/dev/null
	wait "$pid"; rc=$?
}

# import: 5 tries to catch it in the middle (a fast machine may finish)
killed=0
for try in 1 2 3 4 5; do
	rm -rf "${S:?}"/* "$S"/.[!.]*
	cp "$T/r.csv" "$S/r.csv"
	interrupt import "$G" --db "$T/d.db" import "$S/r.csv"
	[ "$rc" = 130 ] || { [ "$(count "$T/d.db")" = 0 ] || break; continue; }
	killed=$((killed + 1))
	[ "$(count "$T/d.db")" = 0 ] || fail "an interrupted import left $(count "$T/d.db") children"
	left=$(ls -A "$S" | grep -v '^r\.csv$')
	[ -z "$left" ] || fail "an interrupted import left $left"
done
[ "$killed" -gt 0 ] || fail "no import was caught by SIGINT (status $rc)"
echo "ok: $killed of 5 imports interrupted, nothing kept"

# export and pack: an old file of the name stays as it was
for cmd in "export k.csv" "export k.xlsx" "pack k.gak"; do
	set -- $cmd
	killed=0
	for try in 1 2 3 4 5; do
		rm -rf "${S:?}"/* "$S"/.[!.]*
		echo "the old file" >"$S/$2"
		interrupt "$1" "$G" --db "$B" "$1" "$S/$2"
		[ "$rc" = 130 ] || continue
		killed=$((killed + 1))
		[ "$(cat "$S/$2")" = "the old file" ] || fail "an interrupted $cmd replaced the old file"
		left=$(ls -A "$S" | grep -vxF "$2")
		[ -z "$left" ] || fail "an interrupted $cmd left $left"
	done
	[ "$killed" -gt 0 ] || fail "no $cmd was caught by SIGINT (status $rc)"
	echo "ok: $killed of 5 runs of $cmd interrupted, nothing written"
done
finish
