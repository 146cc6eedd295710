#!/bin/sh
# passphrase.sh — issue 14: a package passphrase such as 123456 falls in
# hours (every six-digit PIN is a million tries).  Weak passphrases are
# refused with a reason and nothing written; the refusal offers a
# generated passphrase (four groups of four digits, easy to read out on
# the phone), which is accepted and opens the package on the other PC.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$T/s.db" H="$T/head.db"
expect_rc 0 "$G" --db "$D" demo --children 20 --seed 3
cp "$D" "$H"
# every six-digit PIN: a sample, the obvious ones first
pins="123456 000000 111111 654321 888888 520131 $(awk 'BEGIN { srand(14); for (i = 0; i < 4; i++) printf "%06d ", int(rand() * 1000000) }')"
for p in $pins 12345678 87654321 1234567890 00000000 1234-5678 password woaini1314 \
	password2026 abcabcabc aaaaaaaaaa abcdefgh qwertyuiop 'short'; do
	GUANAI_PASSPHRASE=$p expect_rc 1 "$G" --db "$D" pack "$T/p.gak" || continue
	[ -e "$T/p.gak" ] && { fail "a package was written with '$p'"; rm -f "$T/p.gak"; }
	grep -q "too easy to guess\|at least 8 characters" "$T/err" || fail "no reason for '$p'"
	grep -qE '[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}' "$T/err" || fail "no passphrase offered for '$p'"
done
ok "weak passphrases refused"
# the offered passphrase is accepted, and opens the package elsewhere
GUANAI_PASSPHRASE=123456 "$G" --db "$D" pack "$T/p.gak" 2>"$T/err"
good=$(grep -oE '[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}' "$T/err" | head -1)
GUANAI_PASSPHRASE=$good expect_rc 0 "$G" --db "$D" pack "$T/p.gak" && ok "the offered passphrase is accepted"
GUANAI_PASSPHRASE=$good expect_rc 0 "$G" --db "$H" unpack "$T/p.gak" --preview &&
	ok "the offered passphrase opens the package"
# two offers differ (random, not a fixed suggestion)
GUANAI_PASSPHRASE=123456 "$G" --db "$D" pack "$T/q.gak" 2>"$T/err2"
[ "$(grep -oE '[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}' "$T/err2" | head -1)" != "$good" ] ||
	fail "the offered passphrase is always the same"
# ordinary good passphrases still work
for p in '教师口令-2026' 'correct horse battery' '太平山小学三年级二班'; do
	GUANAI_PASSPHRASE=$p expect_rc 0 "$G" --db "$D" pack "$T/p.gak" || fail "'$p' refused"
done
finish
