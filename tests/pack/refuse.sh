#!/bin/sh
# refuse.sh — a package that is not exactly what was packed is refused with
# a clear message and exit 3, and the database does not change: wrong
# passphrase, one flipped byte, cut short, empty, a foreign file.
. "$GUANAI_SRCDIR/tests/lib.sh"
export GUANAI_PASSPHRASE='correct horse battery'
A="$T/a.db" B="$T/b.db"
expect_rc 0 "$G" --db "$A" demo --children 30 --seed 7
expect_rc 0 "$G" --db "$A" pack "$T/good.pkg"
expect_rc 0 "$G" --db "$B" init
dump() { sqlite3 "$B" .dump | md5sum; }
before=$(dump)
size=$(stat -c %s "$T/good.pkg")
# refused WHAT FILE PATTERN: unpack must fail with exit 3 and change nothing
refused() {
	expect_rc 3 "$G" --db "$B" unpack "$2" && expect_grep "$3" "$T/err" "$1"
	expect_rc 3 "$G" --db "$B" unpack "$2" --preview
	[ "$(dump)" = "$before" ] || fail "$1 changed the database"
	ok "$1 refused"
}
GUANAI_PASSPHRASE='wrong horse' refused "wrong passphrase" "$T/good.pkg" "wrong passphrase"
flip() { # flip OFFSET: copy of good.pkg with one bit of byte OFFSET flipped
	cp "$T/good.pkg" "$T/bad.pkg"
	b=$(od -An -tu1 -j "$1" -N1 "$T/good.pkg" | tr -d ' ')
	printf "$(printf '\\%03o' $((b ^ 1)))" | dd of="$T/bad.pkg" bs=1 seek="$1" conv=notrunc 2>/dev/null
	cmp -s "$T/good.pkg" "$T/bad.pkg" && fail "flip $1 did not change the file"
}
flip 30; refused "flipped salt byte" "$T/bad.pkg" "wrong passphrase"
flip 200; refused "flipped byte in the first data chunk" "$T/bad.pkg" "damaged"
flip $((size / 2)); refused "flipped byte in the middle" "$T/bad.pkg" "damaged"
flip $((size - 1)); refused "flipped last byte" "$T/bad.pkg" "damaged"
head -c $((size - 1)) "$T/good.pkg" >"$T/cut.pkg"; refused "cut by one byte" "$T/cut.pkg" "incomplete"
head -c $((size / 2)) "$T/good.pkg" >"$T/cut.pkg"; refused "cut in half" "$T/cut.pkg" "incomplete"
: >"$T/empty.pkg"; refused "empty file" "$T/empty.pkg" "empty"
cp "$A" "$T/foreign.pkg"; refused "a database instead of a package" "$T/foreign.pkg" "not a guanai package"
printf 'name,phone\n' >"$T/foreign.csv"; refused "a CSV file" "$T/foreign.csv" "not a guanai package"
expect_rc 3 "$G" --db "$B" unpack "$T/missing.pkg"
expect_rc 1 "$G" --db "$B" unpack
# a package made here cannot be merged back into the same database
expect_rc 1 "$G" --db "$A" unpack "$T/good.pkg" && expect_grep "same database" "$T/err"
# a short passphrase never writes a package
GUANAI_PASSPHRASE=abc expect_rc 1 "$G" --db "$A" pack "$T/short.pkg"
[ -e "$T/short.pkg" ] && fail "a package was written with a 3-character passphrase"
printf 'file passphrase\n' >"$T/pass"
env -u GUANAI_PASSPHRASE "$G" --db "$A" pack "$T/f.pkg" --class 3-1 --passphrase-file "$T/pass" >"$T/out" 2>"$T/err" ||
	fail "pack with --passphrase-file"
expect_rc 3 "$G" --db "$B" unpack "$T/f.pkg"
expect_rc 0 "$G" --db "$B" unpack "$T/f.pkg" --passphrase-file "$T/pass" --preview
[ "$(dump)" = "$before" ] || fail "preview changed the database"
# without a terminal and without a passphrase: a clear refusal
env -u GUANAI_PASSPHRASE setsid "$G" --db "$B" unpack "$T/f.pkg" </dev/null >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "unpack without passphrase nor terminal"
expect_grep "GUANAI_PASSPHRASE" "$T/err"
# a class that does not exist
expect_rc 1 "$G" --db "$A" pack "$T/x.pkg" --class 9-99
expect_grep "no class 9-99" "$T/err"
# the messages speak Chinese in a Chinese locale
if have_zh; then
	use_zh
	GUANAI_PASSPHRASE='wrong horse' expect_rc 3 "$G" --db "$B" unpack "$T/good.pkg"
	expect_grep "口令不对" "$T/err"
	expect_rc 3 "$G" --db "$B" unpack "$T/cut.pkg"
	expect_grep "数据包不完整" "$T/err"
	use_en
fi
# the good package still goes in after all that
expect_rc 0 "$G" --db "$B" unpack "$T/good.pkg" && expect_grep "30 new children" "$T/out"
finish
