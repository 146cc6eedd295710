#!/bin/bash
# fulldisk.sh — export (csv, xlsx), pack and backup to a full target and to
# a read-only target (a USB stick that is full or write-protected) must
# fail cleanly: exit 3 with a message naming the file, nothing left behind
# (not even a temporary file), an older file of the same name untouched,
# and the database unchanged (not even an audit row for a failed export).
#
# Full: a 64 KiB tmpfs mounted on a directory under $T when mounting works
# (root), else `ulimit -f` with SIGXFSZ ignored.  Read-only: a tmpfs
# remounted read-only, else the command run as nobody (setpriv) on a 0555
# directory.  Skips (77) only when neither way works.
# With GUANAI_FULLDISK_MESSAGES=1 (fulldisk-msg.sh) the message must also
# be guanai's own, one line naming the file, with no library output.
set -u
. "${GUANAI_SRCDIR:?}/tests/lib.sh" || exit 99
case "$T" in /tmp/guanai-test.*) ;; *) exit 99 ;; esac
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI" >&2; exit 77; }
export GUANAI_PASSPHRASE='满盘-只读-口令'

MOUNTS=""
cleanup() {
	local m
	for m in $MOUNTS; do
		case "$m" in "$T"/*) umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null ;; esac
	done
	case "$T" in /tmp/guanai-test.*) rm -rf "$T" ;; esac
}
trap cleanup EXIT

DB="$T/school.db"
"$G" --db "$DB" init --school 满盘小学 >/dev/null 2>&1 || { fail init; finish; }
"$G" --db "$DB" demo --children 200 --seed 9 >/dev/null 2>&1 || { fail demo; finish; }
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
state() { # the row count of every table: what a command could have changed
	local q="" t
	for t in $(sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"); do
		q="$q${q:+||' '||}'$t='||(SELECT count(*) FROM \"$t\")"
	done
	sqlite3 "$1" "SELECT $q" 2>&1
}
OUTS="out.csv out.xlsx out.pkg out.bak"
# run_in WRAPPER DIR: each command writes DIR/out.*; WRAPPER runs it.
run_all() {
	local how=$1 dir=$2 wrap=$3 f before after rc
	for f in $OUTS; do
		case $f in
		out.csv | out.xlsx) set -- export "$dir/$f" ;;
		out.pkg) set -- pack "$dir/$f" ;;
		out.bak) set -- backup "$dir/$f" ;;
		esac
		before=$(state "$DB")
		$wrap "$G" --db "$DB" "$@" >"$T/out" 2>"$T/err"; rc=$?
		after=$(state "$DB")
		what="$1 to a $how target ($f)"
		if [ "$rc" != 3 ]; then
			fail "$what: exit $rc, want 3"; sed 's/^/  | /' "$T/err" >&2
		elif [ ! -s "$T/err" ]; then
			fail "$what: no message"
		elif [ -n "${GUANAI_FULLDISK_MESSAGES:-}" ] && ! grep -q "^guanai: .*$f" "$T/err"; then
			fail "$what: the message does not name the file"; sed 's/^/  | /' "$T/err" >&2
		elif [ -n "${GUANAI_FULLDISK_MESSAGES:-}" ] && grep -qv '^guanai: ' "$T/err"; then
			fail "$what: a library's own message reaches the user"; sed 's/^/  | /' "$T/err" >&2
		else
			ok "$what: $(head -1 "$T/err")"
		fi
		grep -qiE 'database is locked|sqlite|assert|segmentation' "$T/err" &&
			fail "$what: an internal message: $(head -1 "$T/err")"
		[ "$before" = "$after" ] || fail "$what changed the database: $before -> $after"
		[ "$(cat "$dir/$f" 2>/dev/null)" = "old $f" ] || fail "$what: the older $f was not kept"
	done
	# Exactly the older files: nothing half-written, no temporary file.
	left=$(cd "$dir" && ls -A | sort | tr '\n' ' ')
	left=${left/filler /}
	[ "$left" = "out.bak out.csv out.pkg out.xlsx " ] || fail "$how target: left behind: $left"
}
old_files() { local f; for f in $OUTS; do echo "old $f" >"$1/$f"; done; }

# ---- full ------------------------------------------------------------
mkdir -p "$T/full"
# GUANAI_FULLDISK_NOMOUNT=1 tries the fallbacks even where mount works.
domount() { [ -z "${GUANAI_FULLDISK_NOMOUNT:-}" ] && mount "$@" 2>/dev/null; }
if domount -t tmpfs -o size=64k,mode=0755 guanai-full "$T/full"; then
	MOUNTS="$MOUNTS $T/full"
	old_files "$T/full"
	# fill_to K: leave K KiB free (0: the disk is full).
	fill_to() {
		local avail
		rm -f "$T/full/filler"
		avail=$(df -k --output=avail "$T/full" | tail -1)
		if [ "$1" = 0 ]; then
			dd if=/dev/zero of="$T/full/filler" bs=1k 2>/dev/null
		else
			dd if=/dev/zero of="$T/full/filler" bs=1k count=$((avail - $1)) 2>/dev/null
		fi
	}
	run_full() { "$@"; }
	# Two rounds: the write fails in the middle of the file, or at once.
	fill_to 8
	run_all "nearly full (tmpfs, 8 KiB free)" "$T/full" run_full
	fill_to 0
	run_all "full (tmpfs)" "$T/full" run_full
	rm -f "$T/full/filler"
else
	# No mount: a file size limit (bash counts 1 KiB blocks) on the command.
	echo "full target: ulimit -f (mount not permitted)"
	old_files "$T/full"
	run_full() { (trap '' XFSZ; ulimit -f 48; exec "$@"); }
	run_all "full (ulimit -f)" "$T/full" run_full
fi

# ---- read-only -------------------------------------------------------
mkdir -p "$T/ro"
if domount -t tmpfs -o size=1m,mode=0755 guanai-ro "$T/ro"; then
	MOUNTS="$MOUNTS $T/ro"
	old_files "$T/ro"
	if mount -o remount,ro "$T/ro" 2>/dev/null; then
		run_ro() { "$@"; }
		run_all "read-only" "$T/ro" run_ro
	else
		fail "cannot remount $T/ro read-only"
	fi
elif [ "$(id -u)" != 0 ]; then
	# Not root: a 0555 directory is read-only for us.
	old_files "$T/ro"
	chmod 0555 "$T/ro"
	run_ro() { "$@"; }
	run_all "read-only (0555)" "$T/ro" run_ro
	chmod 0755 "$T/ro"
elif command -v setpriv >/dev/null; then
	# Root ignores modes: run as nobody, on a copy of the database it owns.
	old_files "$T/ro"
	chmod 0755 "$T"
	# nobody needs a directory of its own for the database and its WAL.
	mkdir -p "$T/nobody" && sqlite3 "$DB" ".backup '$T/nobody/school.db'" &&
		chown -R 65534:65534 "$T/nobody" && DB="$T/nobody/school.db" ||
		{ fail "cannot give nobody a copy of the database"; finish; }
	chmod 0555 "$T/ro"
	run_ro() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$T" "$@"; }
	run_all "read-only (nobody, 0555)" "$T/ro" run_ro
	chmod 0755 "$T/ro"
else
	echo "skip: no read-only target here (mount refused, running as root, no setpriv)" >&2
	# A skip must not hide what the full target found above.
	[ "$failures" = 0 ] || finish
	exit 77
fi
r=$(sqlite3 "$DB" "PRAGMA integrity_check")
[ "$r" = ok ] || fail "integrity_check: $r"
finish
