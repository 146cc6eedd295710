#!/bin/sh
# A lean start (DESIGN §14, issue 15): the TUI's first screen maps at most
# 12 shared objects and none of the printing and Excel libraries, which
# come only with the first print (guanai-docs.so); without that module the
# program still starts, and a print says what is missing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
make_school "$T/db"

# guanai_pid: the program in the pane (a child of the pane's shell).
guanai_pid() {
	local shell i=0
	shell=$(tm list-panes -t g -F '#{pane_pid}')
	while [ $i -lt 50 ]; do
		pid=$(pgrep -P "$shell" -x guanai) && { echo "$pid"; return 0; }
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# shared_objects PID: the shared objects it has mapped, one a line — the
# sanitizers' runtimes left out (an ASan build maps four more of its own).
shared_objects() {
	awk '$6 ~ /\.so(\.[0-9]+)*$/ { print $6 }' "/proc/$1/maps" | sort -u |
	    grep -vE '/lib(asan|ubsan|lsan|stdc\+\+|gcc_s)\.so'
}

tui_start "$T/db"
tui_wait "太平山镇中心小学" || finish
pid=$(guanai_pid) || { fail "no guanai process in the pane"; finish; }
shared_objects "$pid" >"$T/maps"
n=$(wc -l <"$T/maps")
echo "shared objects at the first screen: $n"
sed 's/^/  /' "$T/maps"
[ "$n" -le 12 ] || fail "the first screen maps $n shared objects (at most 12)"
grep -E 'cairo|pango|xlsxwriter|harfbuzz|freexl|fontconfig|glib' "$T/maps" &&
	fail "the first screen maps printing or Excel libraries"
grep -q 'libsqlite3' "$T/maps" || fail "the count missed libsqlite3: the check reads the wrong process"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# Without the module: the TUI and list start; a print explains itself.
TUI_ENV="GUANAI_DOCS_MODULE=$T/missing/guanai-docs.so"
tui_restart "$T/db"
tui_wait "太平山镇中心小学"
tui_keys q
tui_wait "GUANAI-EXIT=0"
GUANAI_DOCS_MODULE="$T/missing/guanai-docs.so"
export GUANAI_DOCS_MODULE
"$G" --db "$T/db" list >"$T/list.out" 2>&1 || fail "list failed without the module"
st=0
"$G" --db "$T/db" print roster -o "$T/r.pdf" >"$T/print.out" 2>&1 || st=$?
[ "$st" = 3 ] || fail "print without the module: exit $st, not 3"
grep -q "guanai-docs.so" "$T/print.out" || fail "print without the module does not name it"
[ -e "$T/r.pdf" ] && fail "print without the module left a file"
finish
