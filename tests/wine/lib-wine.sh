# lib-wine.sh — run the Windows build (guanai.exe, x86_64, from ./quickstart
# windows) under wine64 in a wine prefix of the test's own.  Source after
# tests/lib.sh; it skips (exit 77) when wine64 or guanai.exe is missing.
# Gives: $W (guanai.exe; GUANAI_WINDOWS_EXE overrides), $wine, $server (the
# prefix's wineserver), WINEPREFIX in $T (quiet, without the Mono and Gecko
# install dialogs), win PATH and ge ARGS...; then, after the test's own
# skips and its locale, wine_boot makes the prefix.
W=${GUANAI_WINDOWS_EXE:-$SRC/build-windows/x86_64-w64-mingw32/src/guanai.exe}
wine=$(command -v wine64 || ls /usr/lib/wine/wine64 2>/dev/null || true)
[ -n "$wine" ] || { echo "skip: no wine64 (apt-get install wine wine64)"; exit 77; }
[ -f "$W" ] || { echo "skip: no $W (./quickstart windows builds it)"; exit 77; }
export WINEPREFIX="$T/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
server=$(command -v wineserver || echo /usr/lib/wine/wineserver64)

# wine_boot: the prefix made (exit 99 when wine cannot), its server gone
# before $T is removed (it writes into the prefix), TERM unset for
# ncurses' console driver under wine (issue 16).
wine_boot() {
	trap '"$server" -k 2>/dev/null; "$server" -w 2>/dev/null; rm -rf "${T:?}"' EXIT
	unset TERM DISPLAY
	"$wine" wineboot --init >"$T/wineboot.log" 2>&1 || { cat "$T/wineboot.log" >&2; exit 99; }
}
# win PATH: the same file as a Windows path (wine's Z: is /)
win() { printf 'Z:%s' "$1" | tr / '\\'; }
# ge ARGS...: guanai.exe under wine, in $T
ge() { (cd "$T" && "$wine" "$W" "$@"); }
