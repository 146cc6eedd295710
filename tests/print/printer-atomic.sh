#!/bin/sh
# printer-atomic.sh — --printer without CUPS saves the PDF in the data folder
# and says where and why (exit 3); lp's refusal is reported the same way;
# an accepted job gets `lp -d NAME` and exit 0.  A PDF is written
# atomically: a failed print leaves nothing under the final name and keeps
# an older file intact.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/print/common.sh"
use_en
make_demo
prints="$XDG_DATA_HOME/guanai/prints"

# no CUPS at all: an empty PATH has no lp (guanai needs nothing else on it)
mkdir -p "$T/empty"
PATH="$T/empty" "$G" --db "$DB" print cards --printer Office >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 3 ] || fail "no lp: exit $rc, want 3"
saved=$(ls "$prints"/cards-*.pdf 2>/dev/null | head -1)
[ -n "$saved" ] || fail "no lp: nothing saved in $prints"
[ -n "$saved" ] && { expect_grep "$saved" "$T/err" "message"; expect_grep "CUPS" "$T/err" "message"
	[ "$(pages "$saved")" = 3 ] || fail "saved PDF has $(pages "$saved") pages"; }

# lp without a scheduler (what cups-client says then), through a stand-in
# lp: CUPS is not installed on the test machine
mkdir -p "$T/bin"
cat >"$T/bin/lp" <<'LP'
#!/bin/sh
printf '%s\n' "$@" >"$LP_ARGS"
[ "$LP_OK" = 1 ] || { echo "lp: No default destination" >&2; exit 1; }
echo "request id is Office-7 (1 file(s))"
LP
chmod +x "$T/bin/lp"
export LP_ARGS="$T/lpargs"
rm -rf "${prints:?}"
LP_OK=0 PATH="$T/bin" "$G" --db "$DB" print roster --printer Office >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 3 ] || fail "lp refused: exit $rc, want 3"
expect_grep "No default destination" "$T/err" "message"
saved=$(ls "$prints"/roster-*.pdf 2>/dev/null | head -1)
[ -n "$saved" ] && expect_grep "$saved" "$T/err" "message" || fail "lp refused: nothing saved"

LP_OK=1 PATH="$T/bin" "$G" --db "$DB" print roster --printer 'Office 2' >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 0 ] || fail "lp accepted: exit $rc"
expect_grep "Office-7" "$T/out" "output"
[ "$(sed -n 1p "$LP_ARGS")" = "-d" ] && [ "$(sed -n 2p "$LP_ARGS")" = "Office 2" ] ||
	fail "lp got: $(tr '\n' ' ' <"$LP_ARGS")"
last=$(tail -1 "$LP_ARGS")
[ -f "$last" ] && [ "$(pages "$last")" -ge 1 ] || fail "lp was not given the PDF ($last)"

# atomic: a folder that does not exist, a path through a file
expect_rc 3 "$G" --db "$DB" print roster -o "$T/no/such/dir/r.pdf"
[ -e "$T/no" ] && fail "a folder was created"
: >"$T/plain"
expect_rc 3 "$G" --db "$DB" print roster -o "$T/plain/r.pdf"
if [ "$(id -u)" != 0 ]; then
	mkdir "$T/ro" && chmod 555 "$T/ro"
	expect_rc 3 "$G" --db "$DB" print roster -o "$T/ro/r.pdf"
	[ -z "$(ls -A "$T/ro")" ] || fail "read-only folder got $(ls -A "$T/ro")"
fi
# a failure after the file was opened (no Chinese font: fontconfig sees
# none; the builtin engine is given a font file that does not exist) keeps
# the old file and leaves no temporary one
echo "old" >"$T/keep.pdf"
mkdir -p "$T/fc"
echo '<?xml version="1.0"?><fontconfig></fontconfig>' >"$T/fc/fonts.conf"
FONTCONFIG_FILE="$T/fc/fonts.conf" GUANAI_PDF_FONT="$T/fc/none.ttc" \
	"$G" --db "$DB" print roster -o "$T/keep.pdf" \
	>"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 3 ] || fail "no font: exit $rc, want 3"
expect_grep "font" "$T/err" "message"
[ "$(cat "$T/keep.pdf")" = old ] || fail "the old file was replaced"
[ "$(ls "$T" | grep -c 'keep.pdf.')" = 0 ] || fail "a temporary file was left: $(ls "$T")"
finish
