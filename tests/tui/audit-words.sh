#!/bin/sh
# audit-words.sh — 操作日志 in a teacher's words for the tables outside
# the child's record too: a class's 在校学生数 and 班主任 (the log showed
# 「修改班级 · enrolled：0 → 45」 and 「head_teacher_id：- → a88ad8ac-…」),
# a care record's kind as its word (家访, not home_visit), and no row key
# of another table (a UUID) anywhere on the screen.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
"$G" --db "$T/db" class set 3-2 --enrolled 45 --teacher 王老师 >/dev/null 2>&1 || fail "class set"
"$G" --db "$T/db" care add 张思远 --kind 家访 --note 了解学习 >/dev/null 2>&1 || fail "care add"
CARE=$("$G" --db "$T/db" care list 张思远 --format tsv | awk -F'\t' 'NR == 2 { print $1 }')
"$G" --db "$T/db" care edit "$CARE" --kind 谈心 >/dev/null 2>&1 || fail "care edit"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys l
tui_wait "操作日志" || finish
tui_wait "在校学生数：0 → 45" || finish
grep -q "班主任：- → （已设置）" "$T/screen" || fail "the head teacher's change is not in words"
grep -q "类别：家访 → 谈心" "$T/screen" || fail "the care record's kind is not in words"
grep -qE "enrolled|head_teacher_id|home_visit|talk" "$T/screen" && fail "a code on the log's screen"
grep -qE "[0-9a-f]{8}-[0-9a-f]{4}" "$T/screen" && fail "a row key (UUID) on the log's screen"
tui_fits 80 "the log"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
