#!/bin/sh
# print-dialog.sh — 打印 in Chinese at 80×24, with a stand-in CUPS (fake
# lpstat/lp on PATH: two printers, HP-LaserJet the default, lp records its
# arguments and the PDF): with class 三年级(2)班 on the list, p then Enter
# alone shows the page count, Enter again sends the class's roster to the
# default printer (listed first); Esc at the page count prints nothing; a
# PDF on the stick (a folder under a test media root) holds the roster of
# the class and no phone; confidential forms ask once, and No prints
# nothing; Esc leaves nothing behind; Esc cancels a long print.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
command -v pdftotext >/dev/null || { echo "no pdftotext: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs" "$T/bin"
cat >"$T/bin/lpstat" <<'SH'
#!/bin/sh
echo "printer Office-Old is idle.  enabled since Mon 07 Dec 2026"
echo "printer HP-LaserJet is idle.  enabled since Mon 07 Dec 2026"
echo "system default destination: HP-LaserJet"
SH
cat >"$T/bin/lp" <<SH
#!/bin/sh
if [ -e "$T/refuse" ]; then
	echo "lp: The printer or class is not accepting jobs." >&2
	exit 1
fi
echo "\$@" >>"$T/lp.args"
for f; do :; done
cp "\$f" "$T/lp-\$(wc -l <"$T/lp.args").pdf"
echo "request id is HP-LaserJet-7 (1 file(s))"
SH
chmod +x "$T/bin/lpstat" "$T/bin/lp"
TUI_ENV="PATH=$T/bin:$PATH GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
make_school "$T/db"

tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_keys c
tui_wait "三年级(2)班"
tui_type "三年级(2)"
tui_keys Enter
tui_wait "共3人"

# Enter alone: the roster of the class, the page count, then the printer
tui_keys p
tui_wait "打印机 HP-LaserJet（默认）" || finish
tui_fits 80 "the print dialog"
grep -q "打印什么？ *▶花名册" "$T/screen" || fail "the roster is not the default"
tui_keys Enter
tui_wait "共 1 页，打印机 HP-LaserJet" || finish
tui_fits 80 "the page count"
tui_keys Enter
tui_wait "已送到打印机 HP-LaserJet，共 1 页" || finish
[ -f "$T/lp.args" ] || { fail "lp was not called"; finish; }
expect_grep "^-d HP-LaserJet " "$T/lp.args" "lp's arguments"
pdftotext "$T/lp-1.pdf" "$T/lp-1.txt" || fail "lp got no PDF"
expect_grep "张思远" "$T/lp-1.txt" "the printed roster"
expect_nogrep "钱多多" "$T/lp-1.txt" "the printed roster (another class)"
expect_nogrep "13800138000" "$T/lp-1.txt" "the public roster"
ls "$XDG_DATA_HOME"/guanai/prints/*.pdf >/dev/null 2>&1 && fail "the spooled PDF was left behind"

# Esc at the page count: nothing reaches the printer, nothing is left
tui_keys p
tui_wait "打印什么？"
tui_keys Enter
tui_wait "按回车开始打印"
tui_keys Escape
tui_wait "没有打印"
[ "$(wc -l <"$T/lp.args")" = 1 ] || fail "Esc still printed"
ls "$XDG_DATA_HOME"/guanai/prints/*.pdf >/dev/null 2>&1 && fail "Esc left a PDF in prints/"

# a printer that refuses: the message says so, the dialog stays
touch "$T/refuse"
tui_keys p
tui_wait "打印什么？"
tui_keys Enter
tui_wait "按回车开始打印"
tui_keys Enter
tui_wait "无法在打印机 HP-LaserJet 上打印：lp: The printer" || finish
grep -q "打印什么？" "$T/screen" || fail "the dialog closed after the printer refused"
[ "$(wc -l <"$T/lp.args")" = 1 ] || fail "a refused job was counted as printed"
rm -f "$T/refuse"
tui_keys Escape
tui_wait "共3人"

# Esc in the dialog: nothing written anywhere
tui_keys p
tui_wait "打印什么？"
tui_keys Escape
tui_wait "共3人"
[ -z "$(find "$STICK" "$T/docs" -type f)" ] || fail "Esc left files"

# a PDF on the stick (the third destination: after the two printers)
tui_keys p
tui_wait "打印什么？"
tui_keys Down Down Down Right Right
tui_wait "▶U盘 KINGSTON（存为PDF）"
tui_keys Enter
tui_wait "已保存到" || finish
grep -q "共 1 页" "$T/screen" || fail "no page count in the status line"
F="$STICK/花名册-三年级2班-20261129.pdf"
[ -f "$F" ] || { fail "no $F"; ls -R "$T/m" >&2; finish; }
pdftotext "$F" "$T/stick.txt"
expect_grep "张思远" "$T/stick.txt" "the roster on the stick"
expect_nogrep "13800138000" "$T/stick.txt" "the public roster on the stick"

# confidential forms ask once what they hold; No prints nothing
tui_keys p
tui_wait "打印什么？"
tui_keys Right
tui_wait "按保密资料打印"
tui_keys Enter
tui_wait "请妥善保管" || finish
tui_keys n
tui_wait_gone "请妥善保管"
[ "$(wc -l <"$T/lp.args")" = 1 ] || fail "No still printed"
tui_keys Escape
tui_keys q
tui_wait "GUANAI-EXIT=0"

# a long document (a form a child for 200 children): the bar counts the
# pages, Esc cancels, nothing is written
"$G" --db "$T/big" init --school "大学校" >/dev/null 2>&1 || fail "init big"
"$G" --db "$T/big" demo --children 200 >/dev/null 2>&1 || fail "demo"
tui_restart "$T/big"
tui_wait "条匹配" || finish
tui_keys p
tui_wait "打印什么？"
tui_keys Right Down Down Down Right Right
tui_wait "▶U盘 KINGSTON（存为PDF）"
tui_keys Enter
tui_wait "请妥善保管" || finish
tui_keys y
tui_wait "正在排版（按 Esc 取消）" || finish
tui_keys Escape
tui_wait "打印已取消" 30 || finish
[ -z "$(find "$STICK" -name '登记表*')" ] || fail "a cancelled print left a file"
tui_keys Escape q
tui_wait "GUANAI-EXIT=0"
finish
