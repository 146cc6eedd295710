#!/bin/sh
# wine/units.sh — the unit tests that build for Windows (mk/windows.mk's
# WINE_UNITS: charset, checklist, csv, pinyin, the platform module's Windows
# side) run under wine64, from the cross build's folder.  Skips when wine64
# or the cross build is missing.
. "$GUANAI_SRCDIR/tests/lib.sh"
W=${GUANAI_WINDOWS_EXE:-$SRC/build-windows/x86_64-w64-mingw32/src/guanai.exe}
wine=$(command -v wine64 || ls /usr/lib/wine/wine64 2>/dev/null || true)
[ -n "$wine" ] || { echo "skip: no wine64 (apt-get install wine wine64)"; exit 77; }
[ -f "$W" ] || { echo "skip: no $W (./quickstart windows builds it)"; exit 77; }
units=$(dirname "$(dirname "$W")")/tests/unit
export WINEPREFIX="$T/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
server=$(command -v wineserver || echo /usr/lib/wine/wineserver64)
trap '"$server" -k 2>/dev/null; "$server" -w 2>/dev/null; rm -rf "${T:?}"' EXIT
unset TERM DISPLAY
"$wine" wineboot --init >"$T/wineboot.log" 2>&1 || { cat "$T/wineboot.log" >&2; exit 99; }
# the test data through wine's Z: drive
GUANAI_SRCDIR=$(printf 'Z:%s' "$SRC" | tr / '\\')
export GUANAI_SRCDIR

n=0
for e in "$units"/test-*.exe; do
	[ -f "$e" ] || continue
	n=$((n + 1))
	name=$(basename "$e" .exe)
	(cd "$T" && "$wine" "$e") >"$T/$name.out" 2>&1
	rc=$?
	case $rc in
	0) ok "$(tail -1 "$T/$name.out")" ;;
	77) echo "$name: skipped under wine" ;;
	*) fail "$name under wine (exit $rc)"; grep -v '^ok' "$T/$name.out" | tail -10 >&2 ;;
	esac
done
[ "$n" -ge 5 ] || fail "only $n unit tests built for Windows in $units (make wine-units)"
finish
