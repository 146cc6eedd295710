#!/bin/sh
# restore-open.sh — restore refuses while another guanai has the database
# open (the probe: an edit the open TUI reported as saved ended in neither
# the database nor the kept copy).  The real TUI runs in tmux; restore is
# refused with a clear message and nothing changes; an edit saved in the
# TUI stays; once the TUI is gone the same restore works.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
D="$T/data/guanai.db"
mkdir -p "$T/data"
export GUANAI_PASSPHRASE='restore-open-test'
make_school "$D"
expect_rc 0 "$G" --db "$D" backup "$T/b.gbk"
tui_start "$D" --lang en
tui_wait "matching"
# the TUI has 张思远's record open
tui_keys /
tui_type zhangsiyuan
tui_wait "1 matching"
tui_keys Enter Enter
tui_wait "Name*"
sum() { sqlite3 "$D" "select group_concat(name || ':' || coalesce(personality, ''), ',') from child order by name"; }
before=$(sum)
expect_rc 3 "$G" --db "$D" restore "$T/b.gbk" &&
	expect_grep "another guanai has" "$T/err" && ok "restore beside the open TUI refused"
[ "$(sum)" = "$before" ] || fail "a refused restore changed the database"
ls "$T/data" | grep -q '\.bak$' && fail "a refused restore left a .bak"
ls -A "$T/data" | grep -q guanai-tmp && fail "a refused restore left a temporary file"
# the TUI is still working on the same file
tui_keys Escape
tui_wait "matching"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
# the TUI is gone: the restore goes through
expect_rc 0 "$G" --db "$D" restore "$T/b.gbk" && ok "restore once the TUI has quit"
finish
