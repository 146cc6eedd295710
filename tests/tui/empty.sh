#!/bin/sh
# An empty school: every screen opens, every key is harmless, a new child
# without a name is refused with the reason, and guanai exits 0 (under the
# sanitizer build this also catches undefined behaviour on empty lists).
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
"$G" --db "$T/db" init --school "空学校" >/dev/null 2>&1 || fail "init"
tui_start "$T/db"
tui_wait "还没有儿童档案" || finish
tui_keys Down Up NPage PPage Home End Enter d
tui_wait "0 条匹配"
tui_keys k
tui_wait "七清楚 · 全校"
tui_keys Down Space a Enter Right Left End Home Escape
tui_wait "0 条匹配"
tui_keys j
tui_wait "还没有帮扶人"
tui_keys a Tab u Enter Down Escape
tui_wait "0 条匹配"
tui_keys t
tui_wait "近期生日: 0"
tui_keys Down Enter End Escape
tui_wait "0 条匹配"
tui_keys s
tui_wait "分年级、性别人数"
tui_keys End Down Escape
tui_wait "0 条匹配"
tui_keys r
tui_wait "回收站是空的"
tui_keys r Enter Down Escape
tui_wait "0 条匹配"
tui_keys n
tui_wait "新增儿童"
tui_keys 4 a
tui_wait "请先保存新档案"
tui_keys 6 Space a 1 F2
tui_wait "必须填写"
tui_keys Escape
tui_wait "0 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
