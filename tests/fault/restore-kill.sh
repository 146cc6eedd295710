#!/bin/bash
# restore-kill.sh — restore killed at any moment (SIGKILL at delays spread
# over its whole run, the rename included) leaves the database whole:
# either the old one or the restored one, never "malformed", never the old
# WAL replayed into the new file.  The old database has an un-checkpointed
# WAL (a reader holds it) so the WAL handling is exercised.
. "$GUANAI_SRCDIR/tests/lib.sh"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI" >&2; exit 77; }
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); }
RUNS=${GUANAI_RESTORE_KILLS:-40}
W="$T/w"; mkdir -p "$W"
export GUANAI_PASSPHRASE='restore-kill-test'
# the backup: 300 children; the old database: 120 other children
expect_rc 0 "$G" --db "$T/new.db" demo --children 300 --seed 4
expect_rc 0 "$G" --db "$T/new.db" backup "$T/b.gbk"
expect_rc 0 "$G" --db "$T/old.db" demo --children 120 --seed 8
sig() { sqlite3 "$1" "select count(*) || ':' || coalesce(min(name), '') from child" 2>&1; }
# the old database with a change still in its WAL: copied while the
# sqlite3 shell that wrote it holds it open (no checkpoint yet)
mkdir -p "$T/frozen"
sqlite3 "$T/old.db" "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;
    CREATE TABLE wal_probe(x); INSERT INTO wal_probe VALUES ('in the wal');" \
    ".shell cp '$T/old.db' '$T/old.db-wal' '$T/frozen/'" >/dev/null
[ -s "$T/frozen/old.db-wal" ] || fail "no WAL was captured"
OLD=$(sig "$T/old.db") NEW=$(sig "$T/new.db")
[ "$OLD" != "$NEW" ] || fail "old and new databases look alike"
# reference run: how long a restore takes
cp "$T/frozen/old.db" "$W/g.db" && cp "$T/frozen/old.db-wal" "$W/g.db-wal"
t0=$(now_ms)
expect_rc 0 "$G" --db "$W/g.db" restore "$T/b.gbk"
dur=$(( $(now_ms) - t0 + 20 ))
echo "reference restore: $dur ms"
[ "$(sig "$W/g.db")" = "$NEW" ] || fail "the reference restore did not restore"
old=0 new=0
for i in $(seq 1 "$RUNS"); do
	rm -rf "${W:?}"; mkdir -p "$W"
	cp "$T/frozen/old.db" "$W/g.db" && cp "$T/frozen/old.db-wal" "$W/g.db-wal"
	delay=$(( dur * (50 + 60 * i / RUNS) / 100 ))
	"$G" --db "$W/g.db" restore "$T/b.gbk" >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk "BEGIN { print $delay / 1000 }")"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	r=$(sqlite3 "$W/g.db" "PRAGMA integrity_check" 2>&1)
	[ "$r" = ok ] || { fail "killed after $delay ms: integrity: $r"; continue; }
	s=$(sig "$W/g.db")
	case $s in
	"$OLD") old=$((old + 1))
		[ "$(sqlite3 "$W/g.db" "select x from wal_probe")" = "in the wal" ] ||
			fail "killed after $delay ms: the old database lost the change in its WAL" ;;
	"$NEW") new=$((new + 1)) ;;
	*) fail "killed after $delay ms: neither old nor new: $s" ;;
	esac
	# the next run cleans the leftovers, and a restore still works
	expect_rc 0 "$G" --db "$W/g.db" list --format tsv ||
		fail "killed after $delay ms: the database does not open"
done
echo "$RUNS kills: $old left the old database, $new the new one"
[ "$old" -gt 0 ] && [ "$new" -gt 0 ] || echo "note: the kills did not land on both sides of the rename"
finish
