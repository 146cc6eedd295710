#!/bin/sh
# wine/pack.sh — a USB package between the Windows build and the Linux
# build, both ways (issue 16): the same school's database on both PCs (the
# Linux one copied to the "Windows" PC, which then takes an identity of its
# own), a change made on Windows packed there and unpacked on Linux, and a
# change made on Linux packed and unpacked on Windows, with no exchange
# before them and no conflict on either side.  Skips when wine64
# or guanai.exe is missing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/wine/lib-wine.sh"

have_zh && use_zh
export GUANAI_PASSPHRASE='4821 7730 1596 2084'
wine_boot

# one school, on Linux; its database copied to the Windows PC
expect_rc 0 "$G" --db "$T/lin.db" init --school 太平山镇中心小学
expect_rc 0 "$G" --db "$T/lin.db" demo --children 40 --seed 7
cp "$T/lin.db" "$T/win.db"
wdb=$(win "$T/win.db")
"$G" --db "$T/lin.db" list --format tsv | tail -n +2 | cut -f2 >"$T/names"
a=$(sed -n 1p "$T/names"); b=$(sed -n 2p "$T/names")
[ -n "$a" ] && [ -n "$b" ] && [ "$a" != "$b" ] || fail "two demo children by name"

# no first exchange is needed: the copy keeps what it shared with the
# original (issue 14), so the changes may come in the demo's second
# changed on Windows, packed there, unpacked on Linux
expect_rc 0 ge --db "$wdb" edit "$a" 性格特点=在Windows上改的
expect_rc 0 ge --db "$wdb" pack "$(win "$T/w2l.pkg")"
[ -s "$T/w2l.pkg" ] || fail "no package from guanai.exe"
"$G" --db "$T/lin.db" unpack "$T/w2l.pkg" >"$T/w2l.out" 2>&1 ||
	{ fail "Linux unpack of the Windows package"; cat "$T/w2l.out" >&2; }
grep -q "冲突（" "$T/w2l.out" && { fail "a conflict on Linux"; cat "$T/w2l.out" >&2; }
"$G" --db "$T/lin.db" show "$a" >"$T/a.txt" 2>&1
expect_grep "在Windows上改的" "$T/a.txt" "$a on Linux after the Windows package"

# changed on Linux, packed there, unpacked on Windows
expect_rc 0 "$G" --db "$T/lin.db" edit "$b" 兴趣爱好=在Linux上改的
expect_rc 0 "$G" --db "$T/lin.db" pack "$T/l2w.pkg"
ge --db "$wdb" unpack "$(win "$T/l2w.pkg")" >"$T/l2w.out" 2>&1 ||
	{ fail "unpack of the Linux package under wine"; cat "$T/l2w.out" >&2; }
grep -q "冲突（" "$T/l2w.out" && { fail "a conflict under wine"; cat "$T/l2w.out" >&2; }
ge --db "$wdb" show "$b" >"$T/b.txt" 2>&1
expect_grep "在Linux上改的" "$T/b.txt" "$b under wine after the Linux package"
# and the Windows change is still there
ge --db "$wdb" show "$a" >"$T/a2.txt" 2>&1
expect_grep "在Windows上改的" "$T/a2.txt" "$a under wine after the Linux package"

# a wrong passphrase is refused on either side, and changes nothing
GUANAI_PASSPHRASE='1111 2222 3333 4444' ge --db "$wdb" unpack "$(win "$T/l2w.pkg")" \
	>/dev/null 2>&1 && fail "guanai.exe unpacked with a wrong passphrase"
finish
