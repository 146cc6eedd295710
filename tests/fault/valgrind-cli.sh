#!/bin/bash
# valgrind-cli.sh — a representative set of CLI commands on a small school
# under valgrind memcheck: no invalid read or write, no use of an
# uninitialised value, no definitely lost block (--error-exitcode=99
# --leak-check=full --errors-for-leak-kinds=definite).  Skips (77) when
# valgrind is missing or cannot run here, or the binary is a sanitizer
# build (ASan and valgrind cannot share a process).
set -u
. "${GUANAI_SRCDIR:?}/tests/lib.sh" || exit 99
case "$T" in /tmp/guanai-test.*) ;; *) exit 99 ;; esac
command -v valgrind >/dev/null || { echo "skip: no valgrind" >&2; exit 77; }
# valgrind that cannot run at all here (under qemu-user emulation it stops
# with "the 'impossible' happened"): nothing to learn about guanai.
valgrind -q --error-exitcode=99 true >/dev/null 2>&1 ||
	{ echo "skip: valgrind cannot run a program on this machine" >&2; exit 77; }
if ldd "$G" 2>/dev/null | grep -q 'lib[at]san' ||
    nm "$G" 2>/dev/null | grep -q '__asan_init\|__tsan_init'; then
	echo "skip: $G is a sanitizer build; valgrind runs on the plain build" >&2
	exit 77
fi
export GUANAI_PASSPHRASE='内存-检查-口令'
DB="$T/school.db"
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --track-origins=yes --num-callers=30"
[ -f "$SRC/tests/fault/valgrind.supp" ] && VG="$VG --suppressions=$SRC/tests/fault/valgrind.supp"
n=0 skipped=0
# Bounded: no new command after GUANAI_VALGRIND_SECONDS (default 150).
end=$(( $(date +%s) + ${GUANAI_VALGRIND_SECONDS:-150} ))
# vg WANT_RC ARGS...: run guanai ARGS under valgrind; a memcheck error
# (exit 99) fails whatever the command's own status.
vg() {
	local want=$1 rc; shift
	[ "$(date +%s)" -lt "$end" ] || { skipped=$((skipped + 1)); return 0; }
	n=$((n + 1))
	$VG --log-file="$T/vg.$n.log" "$G" "$@" >"$T/out.$n" 2>&1 </dev/null; rc=$?
	if [ "$rc" = 99 ] || [ -s "$T/vg.$n.log" ]; then
		fail "valgrind: guanai $*"; head -40 "$T/vg.$n.log" | sed 's/^/  | /' >&2
	elif [ "$rc" != "$want" ]; then
		fail "exit $rc (want $want): guanai $*"; sed 's/^/  | /' "$T/out.$n" | head -5 >&2
	else
		ok "guanai $*"
	fi
}
vg 0 --db "$DB" init --school 内存小学
vg 0 --db "$DB" demo --children 20 --seed 3
vg 0 --db "$DB" list
vg 0 --db "$DB" list --search 张 --format tsv
vg 0 --db "$DB" list --search zs --format json
vg 0 --db "$DB" list --class 3-1
name=$("$G" --db "$DB" list --format tsv | sed -n 2p | cut -f2)
vg 0 --db "$DB" show "$name"
vg 0 --db "$DB" check --format tsv
id=$("$G" --db "$DB" list --format tsv | sed -n 2p | cut -f1)
vg 0 --db "$DB" check --confirm "$id" 1
vg 0 --db "$DB" stats --format json
vg 0 --db "$DB" stats
vg 0 --db "$DB" remind --days 30
vg 0 --db "$DB" export "$T/all.csv"
vg 0 --db "$DB" export "$T/all.xlsx"
vg 0 --db "$DB" export "$T/gb.csv" --encoding gb18030
vg 0 --db "$DB" export "$T/mca.csv" --layout mca
vg 0 --db "$DB" template "$T/tpl.csv"
vg 0 --db "$T/other.db" init
vg 0 --db "$T/other.db" import "$T/gb.csv" --dry-run
vg 0 --db "$T/other.db" import "$T/all.csv"
printf '姓名,性别,出生日期,身份证号,年级,班级\n坏行,男,2015-02-30,123,十三,x\n' >"$T/bad.csv"
vg 2 --db "$T/other.db" import "$T/bad.csv"
vg 0 --db "$DB" pack "$T/p.pkg" --class 3-1
vg 0 --db "$T/other.db" unpack "$T/p.pkg" --preview
vg 0 --db "$T/other.db" unpack "$T/p.pkg"
GUANAI_PASSPHRASE=wrong-passphrase vg 3 --db "$T/other.db" unpack "$T/p.pkg"
vg 0 --db "$DB" backup "$T/b.db"
vg 0 --db "$T/other.db" restore "$T/b.db"
# the first account must be a headteacher's; after it, commands sign in
GUANAI_PASSWORD=head-pass-1 vg 0 --db "$DB" user add 校长 --role head
GUANAI_USER=校长 GUANAI_PASSWORD=head-pass-1 GUANAI_NEW_PASSWORD=teacher-pass-1 \
	vg 0 --db "$DB" user add 王老师 --role teacher --class 3-1
GUANAI_USER=校长 GUANAI_PASSWORD=head-pass-1 vg 0 --db "$DB" user list
GUANAI_USER=校长 GUANAI_PASSWORD=head-pass-1 vg 1 --db "$DB" list --class 99-99x
# Not print: under memcheck fontconfig alone spends minutes scanning the
# CJK fonts (and leaks in its own threads); the PDF code runs under ASan.
echo "valgrind: $n commands, $skipped not run (time bound)"
finish
