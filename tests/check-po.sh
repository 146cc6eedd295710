#!/bin/sh
# check-po.sh — po/zh_CN.po stays 100% translated: every string the sources
# mark with _(), N_() or P_() has a Chinese translation (not fuzzy).
cd "${GUANAI_SRCDIR:-.}" || exit 1
if ! command -v xgettext >/dev/null || ! command -v msgcmp >/dev/null; then
	echo "skip: no gettext tools" >&2
	exit 77
fi
tmp=$(mktemp "${TMPDIR:-/tmp}/guanai-pot.XXXXXX") || exit 99
trap 'rm -f "$tmp"' EXIT
files=$(grep -rlE '(^|[^A-Za-z0-9_])(_|N_|NC_|P_)\(' src --include='*.c' --include='*.h' |
	LC_ALL=C sort)
# shellcheck disable=SC2086
xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --keyword=NC_:1c,2 --from-code=UTF-8 \
	-o "$tmp" $files || exit 1
# untranslated and fuzzy entries count as missing
msgcmp po/zh_CN.po "$tmp" || { echo "po/zh_CN.po lacks the translations above" >&2; exit 1; }
msgfmt -c -o /dev/null po/zh_CN.po || exit 1
echo "translations: complete"
