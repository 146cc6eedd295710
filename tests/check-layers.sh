#!/bin/sh
# check-layers.sh — what the compiler cannot check about the layers
# (DESIGN.md §3; the compiler checks the includes: guanai/layer.h, and
# tests/layers-compile.sh shows it).  Every header is looked at, none is
# listed by hand:
#  - every public header sits in include/guanai/<layer>/ and includes its
#    layer's visible.h first, so that no header escapes the guard;
#  - every source file of src/<layer>/ is built into lib<layer>.a (compiled
#    with that layer's define) and nothing else is;
#  - a private header (src/<layer>/*.h) is included from its own layer only;
#  - the front ends do not touch the app's store handle;
#  - system libraries: <sqlite3.h> only in store/, curses only in tui/,
#    the file-format and crypto libraries only in io/, store/ and app/.
cd "${GUANAI_SRCDIR:-.}" || exit 1
bad=0
report() { echo "layer violation: $*" >&2; bad=1; }
layers="base core store io app cli tui"

for h in $(find include -name '*.h' | LC_ALL=C sort); do
	case $h in
	include/guanai/layer.h) continue ;;
	include/guanai/base/*.h) continue ;;	# base is seen by all
	include/guanai/*/visible.h) continue ;;
	esac
	l=${h#include/guanai/}; l=${l%%/*}
	case " $layers " in
	*" $l "*) ;;
	*) report "$h is not in a layer's directory (include/guanai/<layer>/)"; continue ;;
	esac
	first=$(grep -m1 '^#include' "$h")
	[ "$first" = "#include \"guanai/$l/visible.h\"" ] ||
		report "$h: the first #include must be \"guanai/$l/visible.h\" (is: ${first:-none})"
done

# Each layer's library lists exactly its own directory's sources.
for l in $layers; do
	# io's PDF and Excel files are built into guanai-docs.so instead
	# (with io's define too: mk/io.mk); some only in some builds (+=)
	listed=$(sed -n -e "/^src_lib${l}_a_SOURCES *+*=/,/[^\\\\]\$/p" \
	    -e "/^src_guanai_docs_so_SOURCES *+*=/,/[^\\\\]\$/p" "mk/$l.mk" |
		tr ' \t\\' '\n\n\n' | grep '\.c$' | LC_ALL=C sort)
	there=$(find "src/$l" -name '*.c' | LC_ALL=C sort)
	for f in $listed; do
		case $f in src/$l/*) ;; *) report "mk/$l.mk builds $f into lib$l.a" ;; esac
	done
	for f in $there; do
		echo "$listed" | grep -qx "$f" || report "$f is not in src_lib${l}_a_SOURCES (mk/$l.mk)"
	done
done
for f in $(find src -mindepth 1 -maxdepth 1 -name '*.c'); do
	[ "$f" = src/main.c ] || report "$f is in no layer"
done

# The front ends reach the data through app/ only: the compiler refuses a
# store header there, and with it any store_ call; handing the app's own
# store handle to a function is caught here.
for f in $(grep -lE -- '->store\b|\bstore_[a-z_]+ *\(' src/cli/*.[ch] src/tui/*.[ch] src/main.c); do
	report "$f reaches the store past src/app"
done

# Private headers stay in their layer.
for f in $(grep -rlE '#include *"\.\./' src include); do report "$f includes another directory's private header"; done

for f in $(grep -rlE '#include *<sqlite3\.h>' src include | grep -v '^src/store/'); do report "$f includes sqlite3.h"; done
for f in $(grep -rlE '#include *<(n?curses(w)?\.h|ncursesw/)' src include | grep -v '^src/tui/'); do report "$f includes curses"; done
for f in $(grep -rlE '#include *<(cairo|pango|xlsxwriter|sodium)' src include | grep -vE '^src/(io|app|store)/'); do report "$f includes a file-format library"; done

[ $bad = 0 ] && echo "layers: ok"
exit $bad
