#!/bin/sh
# check-layers.sh — the layers include downward only (DESIGN.md §3):
# <sqlite3.h> only in store/, curses only in tui/, store and io never
# include each other, core and base include no upper layer.
cd "${GUANAI_SRCDIR:-.}" || exit 1
bad=0
report() { echo "layer violation: $*" >&2; bad=1; }
for f in $(grep -rlE '#include *<sqlite3\.h>' src include | grep -v '^src/store/'); do report "$f includes sqlite3.h"; done
for f in $(grep -rlE '#include *<(n?curses(w)?\.h|ncursesw/)' src include | grep -v '^src/tui/'); do report "$f includes curses"; done
for f in $(grep -rlE '#include *<(cairo|pango|xlsxwriter|sodium)' src include | grep -vE '^src/(io|app|store)/'); do report "$f includes a file-format library"; done
hdr() { # hdr DIR HEADER...: DIR's sources must not include these headers
	d=$1; shift
	for h in "$@"; do
		for f in $(grep -rl "#include \"guanai/$h.h\"" "src/$d" 2>/dev/null); do report "$f includes guanai/$h.h"; done
	done
}
hdr base field validate checklist pinyin store app cli tui stats remind
hdr core store app cli tui ref edit classes helper trash
hdr store app cli tui csv xlsx pdf package ref edit classes helper trash
hdr io store app cli tui ref edit classes helper trash
hdr app cli tui
hdr cli tui
hdr tui cli
[ $bad = 0 ] && echo "layers: ok"
exit $bad
