#!/bin/sh
# wine/units.sh — the unit tests that build for Windows (mk/windows.mk's
# WINE_UNITS: charset, checklist, csv, pinyin, the platform module's Windows
# side) run under wine64, from the cross build's folder.  Skips when wine64
# or the cross build is missing.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/wine/lib-wine.sh"
units=$(dirname "$(dirname "$W")")/tests/unit
wine_boot
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
