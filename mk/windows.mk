# Windows (issue 16): ./quickstart windows cross-builds guanai.exe with the
# scripts in dist/windows; tests/wine runs that .exe under wine64 against the
# Linux build (skipped where wine64 or build-windows/…/guanai.exe is missing).
EXTRA_DIST += dist/windows/fetch-sources.sh dist/windows/build-deps.sh \
	dist/windows/make-zip.sh dist/windows/guanai.bat \
	dist/windows/guanai-console.reg dist/windows/readme-zh-en.txt \
	dist/windows/patches/libxlsxwriter-ascii-sheet-names.patch \
	dist/windows/patches/libxlsxwriter-mingw-utf8-names.patch \
	dist/windows/patches/minizip-utf8-fopen.patch \
	dist/windows/patches/freexl-windows.patch \
	dist/windows/iconv/iconv.h dist/windows/iconv/localcharset.h
TESTS += tests/wine/cli.sh tests/wine/pack.sh tests/wine/tui.sh tests/wine/print.sh tests/wine/xls.sh
EXTRA_DIST += tests/wine/lib-wine.sh tests/wine/cli.sh tests/wine/pack.sh tests/wine/tui.sh tests/wine/print.sh tests/wine/xls.sh
# The unit tests that build for Windows, for tests/wine/units.sh (made by
# ./quickstart check in the cross build: make wine-units).  The others
# compare with Linux-only libraries (libintl, iconv) or use POSIX calls.
WINE_UNITS = tests/unit/test-charset$(EXEEXT) tests/unit/test-checklist$(EXEEXT) \
	tests/unit/test-csv$(EXEEXT) tests/unit/test-pinyin$(EXEEXT) \
	tests/unit/test-platform-win32$(EXEEXT)
wine-units: $(WINE_UNITS)
.PHONY: wine-units
TESTS += tests/wine/units.sh
EXTRA_DIST += tests/wine/units.sh
# (distcheck: every file in dist/windows/patches must be listed)
EXTRA_DIST += dist/windows/patches/minizip-share-mode.patch
