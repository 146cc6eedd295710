#!/bin/sh
# pack-words.sh — `pack` tells the one who packs whom to give the
# passphrase to: the headteacher's package goes to a teacher (she was told
# 请把口令另行告诉校长, to give it to herself); a teacher's goes to the
# headteacher.
. "${GUANAI_SRCDIR:?run through make check}/tests/lib.sh" || exit 99
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
"$G" --db "$T/db" demo --children 6 --seed 3 >/dev/null 2>&1 || fail "demo"
GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" user add 王校长 --role head >/dev/null 2>&1 ||
	fail "user add head"
cls=$(GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 "$G" --db "$T/db" list --format tsv |
	awk -F'\t' 'NR == 2 { print $5 "-" $6 }')
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 GUANAI_NEW_PASSWORD=laoshi111 \
    "$G" --db "$T/db" user add 李老师 --role teacher --class "$cls" >/dev/null 2>&1 ||
	fail "user add teacher ($cls)"
export GUANAI_PASSPHRASE=5555-6666-7777-8888
GUANAI_USER=王校长 GUANAI_PASSWORD=xiaozhang1 expect_rc 0 "$G" --db "$T/db" pack "$T/head.gak"
expect_grep "请把口令另行告诉收数据包的老师" "$T/out" "the head's pack"
expect_nogrep "告诉校长" "$T/out" "the head's pack"
GUANAI_USER=李老师 GUANAI_PASSWORD=laoshi111 expect_rc 0 "$G" --db "$T/db" pack "$T/li.gak"
expect_grep "请把口令另行告诉校长" "$T/out" "the teacher's pack"
finish
