#!/bin/sh
# dist/windows/build-deps.sh WORK CACHE TRIPLET — cross-builds the libraries
# guanai.exe links (issue 16) from the Debian source packages that
# fetch-sources.sh unpacked in WORK/src, into CACHE/TRIPLET/{include,lib}
# (static archives only).  CACHE/TRIPLET/KEY names the source versions and a
# digest of this script and the patches: when it matches, nothing is rebuilt.
# CACHE/TRIPLET/READY is written last.
#
#   sqlite3        the amalgamation with the flags Debian's rules use
#                  (SESSION, PREUPDATE_HOOK, FTS3/4/5, …)
#   ncurses        wide, static, its Windows console driver
#                  (--enable-term-driver --enable-sp-funcs); ms-terminal
#                  built in, for the Windows 10 console in VT mode
#   libsodium      static
#   libxlsxwriter  static, patched (patches/) so that file names are UTF-8
#   minizip        libxlsxwriter's copy (zip for it, unzip for .xlsx import)
#   expat          static (.xlsx import)
#   freexl         static (.xls import), compiled directly; patched (patches/)
#                  for UTF-8 paths; its iconv is guanai's own
#                  (iconv/iconv.h here; src/base/iconv-own.c)
# zlib comes from Debian's libz-mingw-w64-dev.
set -eu
work=$(cd "$1" && pwd)
cache=$2
t=$3
here=$(cd "$(dirname "$0")" && pwd)
src=$work/src
P=$cache/$t
B=$work/obj/$t
jobs=${GUANAI_JOBS:-2}
CC="$t-gcc-win32"
AR="$t-ar"
RANLIB="$t-ranlib"
command -v "$CC" >/dev/null || { echo "build-deps: no $CC (gcc-mingw-w64)" >&2; exit 1; }

say() { printf '%s\n' "build-deps($t): $*" >&2; }
srcdir() { # the unpacked source folder of package $1
	d=$(ls -d "$src/$1"-[0-9]* 2>/dev/null | sort -V | tail -1)
	[ -n "$d" ] || { echo "build-deps: $1 not fetched" >&2; exit 1; }
	echo "$d"
}

# Each library's key: its source version, the compiler and its patches.
# (After a change to how this script builds a library, remove the cache
# folder: its key does not see that.)
cc_version=$("$CC" -dumpfullversion)
libkey() { # libkey LIB PKG
	echo "$1 $(basename "$(srcdir "$2")") gcc-$cc_version $(cat "$here"/patches/"$1"-*.patch \
	    2>/dev/null | sha256sum | cut -c1-16)"
}
# freexl's key also sees the iconv.h it is compiled against
freexlkey() { echo "$(libkey freexl freexl) $(cat "$here"/iconv/*.h | sha256sum | cut -c1-16)"; }
key=$(libkey sqlite3 sqlite3; libkey ncurses ncurses; libkey sodium libsodium
	libkey expat expat; libkey libxlsxwriter libxlsxwriter; libkey minizip libxlsxwriter
	freexlkey)
if [ -f "$P/READY" ] && [ "$(cat "$P/KEY" 2>/dev/null)" = "$key" ]; then
	say "up to date in $P"
	exit 0
fi
rm -f "$P/READY"
mkdir -p "$P/include" "$P/lib" "$B"
log=$B/build.log
run() { # run STEP COMMAND...: quiet, the log's tail on failure
	say "$1"; shift
	"$@" >>"$log" 2>&1 || { tail -40 "$log" >&2; say "failed; the whole log is $log"; exit 1; }
}
# done_ LIB PKG: LIB is built, from the same sources and patches
done_() { [ "$(cat "$B/$1.done" 2>/dev/null)" = "$(libkey "$1" "$2")" ]; }
# built LIB PKG: say so
built() { libkey "$1" "$2" >"$B/$1.done"; }
# Sources released without configure are prepared as Debian's rules do
# (dh --with autoreconf), once, in their unpacked copy.
prepare() {
	[ -x "$1/configure" ] || run "$(basename "$1"): autoreconf" sh -c "cd '$1' && autoreconf -fi"
}

# ---- sqlite3: the amalgamation (made once, natively), then compiled for t
if ! done_ sqlite3 sqlite3; then
s=$(srcdir sqlite3)
amalg=$work/obj/sqlite3-amalgamation-$(basename "$s")
if [ ! -f "$amalg/sqlite3.c" ]; then
	mkdir -p "$amalg"
	run "sqlite3: making the amalgamation" sh -c \
	    "cd '$amalg' && '$s/configure' --enable-fts5 >/dev/null && make sqlite3.c"
fi
# Debian's CFLAGS from its rules, plus what its configure options add.
sqlite_flags=$(sed -n '/^export CFLAGS += /,/[^\\]$/p' "$s/debian/rules" |
	sed 's/^export CFLAGS += //; s/\\$//' | tr '\n' ' ')
sqlite_flags="$sqlite_flags -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_MATH_FUNCTIONS"
mkdir -p "$B/sqlite3"
# shellcheck disable=SC2086
run "sqlite3: compiling" "$CC" $sqlite_flags -c "$amalg/sqlite3.c" -o "$B/sqlite3/sqlite3.o"
run "sqlite3: archive" "$AR" rcs "$P/lib/libsqlite3.a" "$B/sqlite3/sqlite3.o"
cp "$amalg/sqlite3.h" "$amalg/sqlite3ext.h" "$P/include/"
built sqlite3 sqlite3
fi

# ---- ncurses
if ! done_ ncurses ncurses; then
s=$(srcdir ncurses)
mkdir -p "$B/ncurses"
run "ncurses: configure" sh -c "cd '$B/ncurses' && '$s/configure' \
	--host=$t --prefix='$P' CC=$CC AR=$AR RANLIB=$RANLIB BUILD_CC=gcc \
	--without-cxx --without-cxx-binding --without-ada --without-progs \
	--without-tests --without-manpages --without-pkg-config \
	--without-shared --with-normal --without-debug --without-libtool \
	--enable-widec --enable-sp-funcs --enable-term-driver --enable-ext-funcs \
	--disable-home-terminfo --disable-database --disable-termcap \
	--with-fallbacks=ms-terminal --with-tic-path=/usr/bin/tic \
	--with-infocmp-path=/usr/bin/infocmp --disable-overwrite"
run "ncurses: make" make -C "$B/ncurses" -j"$jobs" libs
run "ncurses: install" make -C "$B/ncurses" install.libs install.includes
built ncurses ncurses
fi

# ---- libsodium
if ! done_ sodium libsodium; then
s=$(srcdir libsodium)
prepare "$s"
mkdir -p "$B/sodium"
run "libsodium: configure" sh -c "cd '$B/sodium' && '$s/configure' \
	--host=$t --prefix='$P' CC=$CC --disable-shared --enable-static \
	--disable-ssp --with-pic=no"
run "libsodium: make" make -C "$B/sodium" -j"$jobs"
run "libsodium: install" make -C "$B/sodium" install
built sodium libsodium
fi

# ---- expat
if ! done_ expat expat; then
s=$(srcdir expat)
[ -f "$s/expat/configure.ac" ] && es=$s/expat || es=$s
prepare "$es"
mkdir -p "$B/expat"
run "expat: configure" sh -c "cd '$B/expat' && '$es/configure' \
	--host=$t --prefix='$P' CC=$CC --disable-shared --enable-static \
	--without-docbook --without-examples --without-tests --without-xmlwf"
run "expat: make" make -C "$B/expat/lib" -j"$jobs"
run "expat: install" sh -c "make -C '$B/expat/lib' install && make -C '$B/expat' install-pkgconfigDATA"
built expat expat
fi

# ---- libxlsxwriter and its minizip, patched
if ! done_ libxlsxwriter libxlsxwriter || ! done_ minizip libxlsxwriter; then
s=$(srcdir libxlsxwriter)
x=$B/xlsxwriter
case "$x" in */xlsxwriter) rm -rf "$x" ;; esac
mkdir -p "$x"
(cd "$s" && tar cf - include src third_party) | (cd "$x" && tar xf -)
for p in "$here"/patches/libxlsxwriter-*.patch "$here"/patches/minizip-*.patch; do
	[ -f "$p" ] || continue
	run "libxlsxwriter: $(basename "$p")" patch -d "$x" -p1 -i "$p"
done
zinc=/usr/$t/include
mz="$x/third_party/minizip"
for f in ioapi unzip zip iowin32; do
	run "minizip: $f.c" "$CC" -O2 -DNOCRYPT -DNOUNCRYPT -DIOWIN32_USING_WINRT_API=0 \
	    -I"$zinc" -c "$mz/$f.c" -o "$mz/$f.o"
done
run "minizip: archive" "$AR" rcs "$P/lib/libminizip.a" "$mz/ioapi.o" "$mz/unzip.o" \
    "$mz/zip.o" "$mz/iowin32.o"
mkdir -p "$P/include/minizip"
cp "$mz/ioapi.h" "$mz/unzip.h" "$mz/zip.h" "$mz/iowin32.h" "$mz/crypt.h" "$P/include/minizip/"
objs=
for c in "$x"/src/*.c "$x"/third_party/tmpfileplus/tmpfileplus.c \
    "$x"/third_party/md5/md5.c "$x"/third_party/dtoa/emyg_dtoa.c; do
	o=${c%.c}.o
	run "libxlsxwriter: $(basename "$c")" "$CC" -O2 -DNOCRYPT -DNOUNCRYPT \
	    -DUSE_SYSTEM_MINIZIP -I"$x/include" -I"$P/include" -c "$c" -o "$o"
	objs="$objs $o"
done
# shellcheck disable=SC2086
run "libxlsxwriter: archive" "$AR" rcs "$P/lib/libxlsxwriter.a" $objs
cp -r "$x/include/xlsxwriter" "$x/include/xlsxwriter.h" "$P/include/"

built libxlsxwriter libxlsxwriter
built minizip libxlsxwriter
fi

# ---- freexl: its one .c file, patched, against guanai's iconv.h; a
# config.h of its own (only VERSION is used) instead of its configure
if [ "$(cat "$B/freexl.done" 2>/dev/null)" != "$(freexlkey)" ]; then
s=$(srcdir freexl)
x=$B/freexl
case "$x" in */freexl) rm -rf "$x" ;; esac
mkdir -p "$x"
(cd "$s" && tar cf - src headers) | (cd "$x" && tar xf -)
for p in "$here"/patches/freexl-*.patch; do
	[ -f "$p" ] || continue
	run "freexl: $(basename "$p")" patch -d "$x" -p1 -i "$p"
done
v=$(basename "$s" | sed 's/^freexl-//; s/-[^-]*$//')
printf '#define VERSION "%s"\n' "$v" >"$x/config.h"
run "freexl: freexl.c" "$CC" -O2 -I"$x" -I"$x/headers" -I"$here/iconv" \
    -c "$x/src/freexl.c" -o "$x/freexl.o"
run "freexl: archive" "$AR" rcs "$P/lib/libfreexl.a" "$x/freexl.o"
cp "$x/headers/freexl.h" "$P/include/"
freexlkey >"$B/freexl.done"
fi

echo "$key" >"$P/KEY"
date -u '+%Y-%m-%dT%H:%M:%SZ' >"$P/READY"
say "ready in $P"
