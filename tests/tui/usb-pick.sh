#!/bin/sh
# usb-pick.sh — U盘导入 offers the packages on the stick, not the roster,
# the PDF and the export lying beside them (choosing one of those asked
# for a passphrase, then said 不是关爱的数据包); a package whose name ends
# in upper case .GAK is offered too, and another file can still be typed.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
make_school "$T/db"
GUANAI_PASSPHRASE='教师口令-2026-x9' "$G" --db "$T/db" pack "$STICK/guanai-3-2-20261129.gak" \
    --class 3-2 >/dev/null 2>&1 || fail "pack"
cp "$STICK/guanai-3-2-20261129.gak" "$STICK/OLD.GAK"
cp "$T/school.csv" "$STICK/花名册.csv"
echo "%PDF-1.4" >"$STICK/花名册-三年级2班.pdf"
"$G" --db "$T/db2" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db2"
tui_start "$T/db2"
tui_wait "还没有儿童档案" || finish
tui_keys i
tui_wait "guanai-3-2-20261129.gak" || finish
grep -q "OLD.GAK" "$T/screen" || fail "a .GAK package is not offered"
grep -q "花名册.csv" "$T/screen" && fail "U盘导入 offers a roster"
grep -q "\.pdf" "$T/screen" && fail "U盘导入 offers a PDF"
grep -q "其他文件" "$T/screen" || fail "no way to type another file"
tui_keys Escape
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
