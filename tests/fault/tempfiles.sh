#!/bin/bash
# tempfiles.sh — how guanai writes files (DESIGN §8): temporary names are
# unpredictable and never followed through a symlink; a symlink, FIFO or
# device at the target is never replaced; files are 0600; temporary files
# are removed on SIGTERM/SIGHUP/SIGINT, and a killed run's leftovers are
# removed by the next run.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$T/g.db"
export GUANAI_PASSPHRASE='temp-files-test'
expect_rc 0 "$G" --db "$D" demo --children 1500 --seed 2
O="$T/tgt"; mkdir -p "$O"

# 1. a symlink planted at every name the old code could pick (OUT.tmp-PID
# for the next PIDs) must not be followed
echo "victim" >"$T/victim"
last=$(cat /proc/sys/kernel/ns_last_pid 2>/dev/null || echo 0)
for p in $(seq $((last + 1)) $((last + 300))); do
	ln -s "$T/victim" "$O/a.csv.tmp-$p"
done
expect_rc 0 "$G" --db "$D" export "$O/a.csv"
[ "$(cat "$T/victim")" = victim ] || fail "export wrote through a planted symlink"
[ "$(stat -c %a "$O/a.csv")" = 600 ] || fail "the export is not 0600"
[ -L "$O/a.csv" ] && fail "the export is a symlink"
rm -f "$O"/a.csv.tmp-*
ok "planted temporary symlinks not followed"

# 2. a symlink, a FIFO or a device at the target is never replaced
for cmd in "export" "print roster -o" "pack" "backup"; do
	ext=csv; case $cmd in print*) ext=pdf ;; pack) ext=gak ;; backup) ext=gbk ;; esac
	ln -s "$T/victim" "$O/link.$ext"
	# shellcheck disable=SC2086
	expect_rc 3 timeout 20 "$G" --db "$D" $cmd "$O/link.$ext" &&
		expect_grep "not a regular file" "$T/err" "$cmd onto a symlink"
	[ -L "$O/link.$ext" ] || fail "$cmd replaced a symlink"
	[ "$(cat "$T/victim")" = victim ] || fail "$cmd wrote through a symlink at the target"
	mkfifo "$O/fifo.$ext"
	# shellcheck disable=SC2086
	expect_rc 3 timeout 20 "$G" --db "$D" $cmd "$O/fifo.$ext"
	[ -p "$O/fifo.$ext" ] || fail "$cmd replaced a FIFO"
	ln -s /dev/null "$O/null.$ext"
	# shellcheck disable=SC2086
	expect_rc 3 timeout 20 "$G" --db "$D" $cmd "$O/null.$ext"
	[ -L "$O/null.$ext" ] || fail "$cmd replaced a symlink to /dev/null"
	if [ "$(id -u)" = 0 ]; then
		mknod "$O/dev.$ext" c 1 3
		# shellcheck disable=SC2086
		expect_rc 3 timeout 20 "$G" --db "$D" $cmd "$O/dev.$ext"
		[ -c "$O/dev.$ext" ] || fail "$cmd (root) replaced a device node"
	fi
done
ls -A "$O" | grep -q guanai-tmp && fail "a refused write left a temporary file"
ok "non-regular targets refused"

# 3. SIGTERM, SIGHUP, SIGINT in the middle of a write: no temporary file
# stays behind (the export of 1500 children takes a while).  A folder of
# its own: anything in it but the finished file is a leftover.
S="$T/sig"; mkdir -p "$S"
leftovers() { ls -A "$S" | grep -v '^k\.\(csv\|xlsx\)$'; }
killed=0
for sig in TERM HUP INT TERM HUP INT; do
	for f in csv xlsx; do
		rm -rf "${S:?}"/* "$S"/.[!.]*
		"$G" --db "$D" export "$S/k.$f" >/dev/null 2>&1 &
		pid=$!
		for i in $(seq 1 200); do
			[ -n "$(ls -A "$S")" ] && break
			sleep 0.01
		done
		kill -"$sig" "$pid" 2>/dev/null
		wait "$pid"; rc=$?
		[ "$rc" -gt 128 ] && killed=$((killed + 1))
		left=$(leftovers)
		[ -z "$left" ] || fail "SIG$sig left $left"
	done
done
echo "$killed of 12 writes killed by a signal"
[ "$killed" -gt 0 ] || fail "no write was caught by a signal (too fast?)"

# 4. SIGKILL leaves a temporary file; the next write into that folder, or
# the next start for the database's folder, removes it
for i in $(seq 1 20); do
	rm -rf "${S:?}"/* "$S"/.[!.]*
	"$G" --db "$D" export "$S/k.csv" >/dev/null 2>&1 &
	pid=$!
	for j in $(seq 1 200); do
		[ -n "$(ls -A "$S")" ] && break
		sleep 0.01
	done
	kill -KILL "$pid" 2>/dev/null; wait "$pid"
	[ -n "$(leftovers)" ] && break
done
left=$(leftovers)
if [ -n "$left" ]; then
	case $left in .guanai-tmp-??????) ;; *) fail "a predictable temporary name: $left" ;; esac
	[ "$(stat -c %a "$S/$left")" = 600 ] || fail "a temporary file is not 0600"
	expect_rc 0 "$G" --db "$D" export "$S/k2.csv"
	[ -e "$S/$left" ] && fail "the next export left the killed run's $left"
	ok "SIGKILL leftover removed by the next write"
else
	fail "no SIGKILL caught the export before it finished"
fi
# beside the database: a leftover is removed at the next start, but not a
# temporary file a live guanai still holds (locked)
printf 'plaintext child data' >"$T/.guanai-tmp-AbC123"
printf 'its journal' >"$T/.guanai-tmp-AbC123-journal"
printf 'in use' >"$T/.guanai-tmp-LiVe99"
flock "$T/.guanai-tmp-LiVe99" sleep 30 &
holder=$!
sleep 0.2
expect_rc 0 "$G" --db "$D" list --format tsv
[ -e "$T/.guanai-tmp-AbC123" ] && fail "the next start did not remove a leftover"
[ -e "$T/.guanai-tmp-AbC123-journal" ] && fail "the next start did not remove a leftover's journal"
[ -e "$T/.guanai-tmp-LiVe99" ] || fail "the next start removed a temporary file in use"
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
finish
