#!/bin/sh
# layers-compile.sh — an upward include or a call without its header fails
# the build (DESIGN.md §3, §12).  Each case compiles a small, deliberately
# wrong file with the build's compiler and warning flags, as the named
# layer's library would, and wants the compiler to refuse it with the
# layer guard's message (or the implicit-declaration error); the same file
# compiled as a layer allowed to see the header must compile, so a case
# passes only because of the layer, never because of a broken command.
. "${GUANAI_SRCDIR:?run through make check}/tests/lib.sh" || exit 99
CC=${GUANAI_CC:?run through make check}
B=${GUANAI_BUILDDIR:?run through make check}
cc_as() { # cc_as LAYER FILE [FLAG...]: compile FILE as LAYER's library does
	local layer=$1 file=$2; shift 2
	$CC ${GUANAI_WARN_CFLAGS:-} -I"$SRC/include" -I"$B" "-DGUANAI_LAYER_$layer" \
	    "$@" -c "$file" -o "$T/out.o" 2>"$T/cc.err"
}
# refused WHAT LAYER ALLOWED MESSAGE CODE: CODE fails as LAYER with MESSAGE
# in the compiler's words, and compiles as ALLOWED ("LAYER [FLAG]").
refused() {
	printf '#include "config.h"\n%s\n' "$5" >"$T/case.c"
	if cc_as "$2" "$T/case.c"; then
		fail "$1: compiled as $2"
	elif ! grep -q -- "$4" "$T/cc.err"; then
		fail "$1: refused as $2, but not for the layer:"; sed 's/^/  | /' "$T/cc.err" >&2
	elif ! cc_as $3 "$T/case.c"; then
		fail "$1: does not compile as $3 either:"; sed 's/^/  | /' "$T/cc.err" >&2
	else
		ok "$1"
	fi
}
guard() { echo "may not include guanai/$1/ headers"; }

refused "a tui file includes a store header" TUI APP "$(guard store)" \
	'#include "guanai/store/store.h"'
refused "a cli file includes a store header" CLI APP "$(guard store)" \
	'#include "guanai/store/users.h"'
refused "main.c includes a store header" MAIN APP "$(guard store)" \
	'#include "guanai/store/backup.h"'
refused "a core file includes an app header" CORE APP "$(guard app)" \
	'#include "guanai/app/app.h"'
refused "a base file includes a core header" BASE CORE "$(guard core)" \
	'#include "guanai/core/field.h"'
refused "a store file includes an io header" STORE IO "$(guard io)" \
	'#include "guanai/io/csv.h"'
refused "an io file includes a store header" IO STORE "$(guard store)" \
	'#include "guanai/store/store.h"'
refused "a store file includes an app header" STORE APP "$(guard app)" \
	'#include "guanai/app/account.h"'
refused "a cli file includes a tui header" CLI MAIN "$(guard tui)" \
	'#include "guanai/tui/tui.h"'
refused "a tui file includes a cli header" TUI MAIN "$(guard cli)" \
	'#include "guanai/cli/cli.h"'
refused "a tui file includes an io header" TUI APP "$(guard io)" \
	'#include "guanai/io/pdf.h"'
# A call with no declaration in sight is an error, not a warning: a front
# end cannot reach past a header it may not include.
refused "a tui file calls a store function without its header" TUI "TUI -DDECLARED" \
	"implicit declaration of function .store_path" \
	"$(printf '%s\n' 'const char *f(void *s);' \
	    '#ifdef DECLARED' 'const char *store_path(void *s);' '#endif' \
	    'const char *f(void *s) { return store_path(s); }')"
finish
