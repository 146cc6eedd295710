#!/bin/sh
# The child record in Chinese: edit in place with Chinese input, a bad ID
# number is refused with its reason while the typed text stays, F2 saves
# (checked through `guanai export`), Esc asks about unsaved changes, a new
# child, the trash and back, quit with F10.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"
tui_start "$T/db"
tui_wait "4 条匹配" || finish
open_zhangsiyuan || finish
grep -q "张思远" "$T/screen" || fail "the record is not 张思远's"
tui_fits 80 "the record"
# a adds on the pairing, care and checklist tabs; on the form tabs it does
# nothing, so the key bar does not offer it there
tail -1 "$T/screen" | grep -q "a添加" && fail "the 基本 tab's key bar offers a添加"
tui_keys 5
tui_wait "a添加" || fail "the 帮扶记录 tab's key bar does not offer a添加"
tui_keys 1
tui_wait_gone "a添加"

# 身份证号 is the 4th field: a wrong check digit is refused, the text stays
tui_keys Down Down Down Enter
tui_type 220722201605061019
tui_keys Enter
tui_wait "校验位"
grep -q "220722201605061019" "$T/screen" || fail "the typed ID number was lost"
# correct the last character: accepted
tui_keys BSpace
tui_type 6
tui_keys Enter
tui_wait_gone "校验位"
tui_wait "未保存"

# 性格特点 (personality) in Chinese, typed as an input method sends it
# (Enter after the ID number went on to the next field)
tui_keys Down Down Down Down Down Down Down Down Down Down Down Down Enter C-u
tui_type "外向，爱笑"
tui_keys Tab
tui_wait "外向，爱笑"
tui_keys F2
tui_wait "已保存张思远的档案"
"$G" --db "$T/db" export "$T/out.csv" >/dev/null 2>&1 || fail "export after save"
grep "^张思远," "$T/out.csv" >"$T/row" || fail "张思远 not exported"
expect_grep "外向，爱笑" "$T/row" "exported row"
expect_grep "220722201605061016" "$T/row" "exported row"

# unsaved changes: Esc asks; c stays, d discards
tui_keys Up Enter C-u
tui_type "画画、下棋"
tui_keys Enter
tui_wait "未保存"
tui_keys Escape
tui_wait "档案有修改还没有保存"
tui_keys c
tui_wait_gone "档案有修改还没有保存"
grep -q "画画、下棋" "$T/screen" || fail "cancel lost the typed hobbies"
tui_keys Escape
tui_wait "档案有修改还没有保存"
tui_keys d
tui_wait "搜索"
"$G" --db "$T/db" export "$T/out2.csv" >/dev/null 2>&1
grep -q "画画、下棋" "$T/out2.csv" && fail "discarded hobbies were saved"

# a new child: name and class are required; then to the trash and back
tui_keys Escape
tui_wait "4 条匹配"
tui_keys n
tui_wait "新增儿童"
tui_keys Enter
tui_type "孙小兵"
tui_keys Enter F2
tui_wait "年级"
tui_keys Down Down Down Down Down Down Enter
tui_type 5
tui_keys Enter Enter
tui_type 1
tui_keys Enter F2
tui_wait "已保存孙小兵的档案"
tui_keys d
tui_wait "移入回收站吗"
tui_keys y
tui_wait "4 条匹配"
tui_keys r
tui_wait "孙小兵"
tui_keys r
tui_wait "孙小兵已恢复到名单中"
tui_keys Escape
tui_wait "5 条匹配"
tui_fits 80 "the list"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
