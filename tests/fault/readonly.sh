#!/bin/bash
# readonly.sh — a read-only database is used read-only (DESIGN §8): a 0444
# file is read (list, show, check, stats), never chmod'ed, and every write
# is refused with a clear message and nothing changed — export, print and
# backup too, which write no file when their audit entry cannot be written.
# In a read-only folder `list` still works.  Non-regular import files
# (/dev/zero, a FIFO) are refused at once, never a hang.
. "$GUANAI_SRCDIR/tests/lib.sh"
# Sanitizer build: cairo's and fontconfig's own leaks are suppressed as in
# the print tests (full stacks, so nothing of ours is hidden)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$SRC/tests/print/lsan.supp"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI" >&2; exit 77; }
export GUANAI_PASSPHRASE='read-only-test'
mkdir -p "$T/d" "$T/o"
D="$T/d/g.db"
expect_rc 0 "$G" --db "$D" demo --children 12 --seed 3
id=$(sqlite3 "$D" "select id from child order by name limit 1")
chmod 0444 "$D"
sum() { md5sum <"$D"; }
before=$(sum)
for c in "list" "list --format json" "show $id" "check" "stats" "remind"; do
	# shellcheck disable=SC2086
	expect_rc 0 "$G" --db "$D" $c && ok "0444: $c"
done
[ "$(stat -c %a "$D")" = 444 ] || fail "the read-only database was chmod'ed to $(stat -c %a "$D")"
expect_rc 3 "$G" --db "$D" check --confirm "$id" 1 && expect_grep "read-only" "$T/err"
printf '姓名,性别,出生日期,年级,班级\n新同学,男,2017-02-02,2,1\n' >"$T/new.csv"
expect_rc 3 "$G" --db "$D" import "$T/new.csv" && expect_grep "read-only" "$T/err"
for w in "export $T/o/x.csv" "export $T/o/x.xlsx" "print roster -o $T/o/r.pdf" \
    "pack $T/o/p.gak" "backup $T/o/b.gbk"; do
	# shellcheck disable=SC2086
	expect_rc 3 "$G" --db "$D" $w && ok "0444: $w refused"
	expect_nogrep "nothing was changed\|没有改动" "$T/out" "$w"
done
[ -z "$(ls -A "$T/o")" ] || fail "files written although the audit could not be: $(ls -A "$T/o")"
[ "$(sum)" = "$before" ] || fail "the read-only database changed"
[ "$(stat -c %a "$D")" = 444 ] || fail "the read-only database was chmod'ed"
chmod 0600 "$D"

# a read-only folder: a read-only mount as root, else a 0555 folder
R="$T/ro"; mkdir -p "$R"
"$G" --db "$R/g.db" demo --children 5 --seed 1 >/dev/null 2>&1 || fail "demo in $R"
mounted=
if [ "$(id -u)" = 0 ]; then
	if mount --bind "$R" "$R" 2>/dev/null && mount -o remount,bind,ro "$R" 2>/dev/null; then
		mounted=1
	else
		umount "$R" 2>/dev/null
		echo "skip: cannot make a read-only mount"
	fi
else
	chmod 0555 "$R"
	mounted=1
fi
if [ -n "$mounted" ]; then
	expect_rc 0 "$G" --db "$R/g.db" list && ok "list in a read-only folder"
	[ "$(grep -c . "$T/out")" -ge 5 ] || fail "list in a read-only folder lacks children"
	expect_rc 3 "$G" --db "$R/g.db" import "$T/new.csv"
	[ "$(id -u)" = 0 ] && umount "$R" 2>/dev/null
	chmod 0755 "$R"
fi

# import of a FIFO and of /dev/zero: refused at once, not read forever
mkfifo "$T/fifo.csv"
expect_rc 3 timeout 10 "$G" --db "$D" import "$T/fifo.csv" &&
	expect_grep "not a regular file" "$T/err" && ok "FIFO import refused"
expect_rc 3 timeout 10 "$G" --db "$D" import /dev/zero &&
	expect_grep "not a regular file" "$T/err" && ok "/dev/zero import refused"
expect_rc 3 timeout 10 "$G" --db "$D" unpack "$T/fifo.csv" &&
	ok "FIFO unpack refused"
finish
