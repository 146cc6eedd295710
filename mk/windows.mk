# Windows (issue 16): ./quickstart windows cross-builds guanai.exe with the
# scripts in dist/windows; tests/wine runs that .exe under wine64 against the
# Linux build (skipped where wine64 or build-windows/…/guanai.exe is missing).
EXTRA_DIST += dist/windows/fetch-sources.sh dist/windows/build-deps.sh \
	dist/windows/make-zip.sh dist/windows/guanai.bat \
	dist/windows/guanai-console.reg dist/windows/readme-zh-en.txt \
	dist/windows/patches/libxlsxwriter-ascii-sheet-names.patch \
	dist/windows/patches/libxlsxwriter-mingw-utf8-names.patch
TESTS += tests/wine/cli.sh tests/wine/pack.sh tests/wine/tui.sh
EXTRA_DIST += tests/wine/cli.sh tests/wine/pack.sh tests/wine/tui.sh
