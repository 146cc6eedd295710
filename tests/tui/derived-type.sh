#!/bin/sh
# An empty 留守类型 is shown as the one the parents' away status gives,
# marked as worked out (DESIGN §6), in the list (父亲外出*, the * explained
# at the foot) and in the record (the whole words); a child
# whose parents' status is unknown shows nothing (never 非留守).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
"$G" --db "$T/db" init --school "测试小学" >/dev/null 2>&1 || fail "init"
printf '姓名,性别,年级,班级,父亲是否外出,母亲是否外出\n韩梅,女,3,2,是,否\n王未知,男,3,2,,\n' >"$T/r.csv"
"$G" --db "$T/db" import "$T/r.csv" >/dev/null 2>&1 || fail "import"
tui_start "$T/db"
tui_wait "2 条匹配" || finish
# the list's short mark (a * explained at the foot), never a … like a cut
grep "韩梅" "$T/screen" | grep -q "父亲外出\*" || fail "the list does not mark 韩梅's type as worked out"
grep -q "\* 留守类型据父母外出情况推算" "$T/screen" || fail "the list does not say what * means"
grep "王未知" "$T/screen" | grep -qE "外出|非留守" && fail "an unknown type is shown as a type"
tui_keys /
tui_type hanmei
tui_wait "1 条匹配"
tui_keys Enter Enter
tui_wait "[基本]"
tui_wait "父亲外出（据父母外出情况）"
tui_keys Escape
tui_keys F10
finish
