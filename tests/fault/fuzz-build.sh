# fuzz-build.sh — sourced by fuzz.sh and fuzz-long.sh: build the libFuzzer
# targets of tests/fuzz/ (other than the exchange ones) with clang; the
# search target also links the store and SQLite.
#   fuzz_build OUTDIR   → OUTDIR/fuzz-NAME for each of $FUZZ_TARGETS, and
#                         OUTDIR/package-seeds (the seed writer)
# Library sources are compiled once with -fsanitize=fuzzer-no-link and
# linked into every target.  Returns 77 when clang cannot build a fuzzer
# (no clang, or no libclang-rt with the libFuzzer runtime), 1 on a
# compile error, 0 otherwise.  Needs $SRC (source tree) and $GUANAI_BUILDDIR
# (config.h and the generated pinyin table).
FUZZ_TARGETS="date validate fields pinyin package search gb18030"
FUZZ_CC=${CLANG:-clang}

fuzz_build() {
	local out=$1 b=${GUANAI_BUILDDIR:?} f o objs="" cf pkgs
	command -v "$FUZZ_CC" >/dev/null 2>&1 || { echo "no clang" >&2; return 77; }
	mkdir -p "$out/obj" || return 1
	printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n)\n{ (void)d; (void)n; return 0; }\n' >"$out/probe.c"
	if ! "$FUZZ_CC" -fsanitize=fuzzer,address,undefined -o "$out/probe" "$out/probe.c" >"$out/probe.log" 2>&1; then
		echo "clang cannot link a fuzzer (libclang-rt with libFuzzer missing?):" >&2
		sed 's/^/  | /' "$out/probe.log" | head -5 >&2
		return 77
	fi
	pkgs=$(pkg-config --cflags libsodium sqlite3 2>/dev/null)
	cf="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
	cf="$cf -I$SRC/include -I$b -I$b/src/core -I$SRC/src/core -DLOCALEDIR=\"/nonexistent\" $pkgs"
	FUZZ_CF=$cf
	# The store (SQLite) is linked into fuzz-search only.
	for f in base/err base/mem base/buf base/utf8 base/termsafe base/date base/fsutil base/plat-posix base/charset \
	    base/gb18030 base/uuid core/field core/field-text core/field-parse core/validate \
	    core/pinyin core/checklist core/remind core/stats core/records core/account io/package; do
		echo "$f"
	done >"$out/lib.list"
	(cd "$SRC/src" && ls store/*.c | sed 's/\.c$//') >"$out/store.list" || return 1
	cat "$out/lib.list" "$out/store.list" | xargs -P 2 -I{} sh -c '
		o="$1/obj/$(echo {} | tr / -).o"
		exec "$2" $3 -fsanitize=fuzzer-no-link -c "$4/src/{}.c" -o "$o"' sh "$out" "$FUZZ_CC" "$cf" "$SRC" \
	    >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; return 1; }
	objs=$(sed "s|/|-|; s|^|$out/obj/|; s|\$|.o|" "$out/lib.list")
	store_objs=$(sed "s|/|-|; s|^|$out/obj/|; s|\$|.o|" "$out/store.list")
	for f in $FUZZ_TARGETS; do
		o=$objs
		[ "$f" = search ] && o="$objs $store_objs $(pkg-config --libs sqlite3)"
		"$FUZZ_CC" $cf -fsanitize=fuzzer -o "$out/fuzz-$f" "$SRC/tests/fuzz/fuzz-$f.c" \
		    $o $(pkg-config --libs libsodium) >>"$out/build.log" 2>&1 ||
		    { cat "$out/build.log" >&2; return 1; }
	done
	"$FUZZ_CC" $cf -DFUZZ_PACKAGE_SEEDS -o "$out/package-seeds" "$SRC/tests/fuzz/fuzz-package.c" \
	    $objs $(pkg-config --libs libsodium) >>"$out/build.log" 2>&1 ||
	    { cat "$out/build.log" >&2; return 1; }
	return 0
}
