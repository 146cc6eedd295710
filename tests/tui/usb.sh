#!/bin/sh
# usb.sh — U盘导出 and U盘导入 in Chinese: the stick found under a test media
# root (GUANAI_MEDIA_ROOT), a typed folder that is not one kept for the next
# try, a short and a mistyped passphrase refused, class 三年级(2)班 written
# with the status line's count; then a second database sees the package on
# the stick, refuses a wrong passphrase with nothing changed, previews
# 3 new children and merges them; the same package again changes nothing;
# a field changed on both PCs leads to the conflicts screen.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK"
TUI_ENV="GUANAI_MEDIA_ROOT=$T/m"
PASS='教师口令-2026'
PKG="$STICK/关爱数据包-三年级2班-20261129.gak"
make_school "$T/db"
"$G" --db "$T/db2" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db2"

# choose_class_3_2: from the list, the class menu narrows to 三年级(2)班
choose_class_3_2() {
	tui_keys c
	tui_wait "三年级(2)班"
	tui_type "三年级(2)"
	tui_keys Enter
	tui_wait "共3人"
}
# new_passphrase: the package's passphrase, given twice
new_passphrase() {
	tui_wait "口令："
	tui_type "$PASS"
	tui_keys Enter
	tui_wait "再输入一次口令"
	tui_type "$PASS"
	tui_keys Enter
}
# unpack_stick DB: guanai on DB (3 children), the stick's package, the passphrase
unpack_stick() {
	tui_restart "$1"
	tui_wait "3 条匹配" || finish
	tui_keys i
	tui_wait "关爱数据包-三年级2班-20261129.gak"
	tui_keys Enter
	tui_wait "口令："
	tui_type "$PASS"
	tui_keys Enter
}

tui_start "$T/db"
tui_wait "4 条匹配" || finish
choose_class_3_2
tui_keys e
tui_wait "选择把加密数据包写到哪里" || finish
tui_wait "$STICK"
grep -q "其他文件夹" "$T/screen" || fail "no 其他文件夹 line"
tui_fits 80 "the export screen"

# a typed folder that does not exist: refused, and offered again
tui_keys End Enter
tui_wait "文件夹："
tui_type "$T/nowhere"
tui_keys Enter
tui_wait "不是一个文件夹"
tui_keys Enter
tui_wait "文件夹："
grep -qF "$T/nowhere" "$T/screen" || fail "the typed folder was lost"
tui_keys Escape
tui_wait_gone "文件夹："

# the stick: class, file name, passphrases (short, mistyped, then right)
tui_keys Home Enter
tui_wait "数据包里装哪些孩子的档案"
tui_keys Enter
tui_wait "关爱数据包-三年级2班-20261129.gak"
tui_keys Enter
tui_wait "口令："
# a passphrase one can read out on the phone is offered (issue 14)
grep -qE "例如 [0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}" "$T/screen" || fail "no passphrase offered"
tui_type "short"
tui_keys Enter
tui_wait "至少"
tui_keys Enter
tui_wait "数据包里装哪些孩子的档案"
tui_keys Enter
tui_wait "文件名："
tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_wait "输入时不显示"
grep -qF "$PASS" "$T/screen" && fail "the passphrase is shown"
tui_keys Enter
tui_wait "再输入一次口令"
tui_type "${PASS}x"
tui_keys Enter
tui_wait "两次输入的口令不一样"
[ -e "$PKG" ] && fail "a package was written after mistyped passphrases"
tui_keys Enter
tui_wait "数据包里装哪些孩子的档案"
tui_keys Enter
tui_wait "文件名："
tui_keys Enter
new_passphrase
tui_wait "已把三年级(2)班 3 个孩子的档案写到" || finish
tui_wait "3 条匹配"		# back on the list, still on 三年级(2)班
[ -f "$PKG" ] || fail "no package on the stick"
LC_ALL=C grep -qaF "张思远" "$PKG" && fail "the package shows a name"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# the second PC: a wrong passphrase changes nothing, then the merge
tui_restart "$T/db2"
tui_wait "0 条匹配" || finish
tui_keys i
tui_wait "选择要导入的数据包" || finish
tui_wait "关爱数据包-三年级2班-20261129.gak"
grep -q "其他文件" "$T/screen" || fail "no 其他文件 line"
tui_fits 80 "the import screen"
tui_keys Enter
tui_wait "口令："
tui_type "错误的口令abc"
tui_keys Enter
tui_wait "口令不对"
"$G" --db "$T/db2" list --format tsv >"$T/list2" 2>&1 || fail "list db2"
grep -q "张思远" "$T/list2" && fail "a wrong passphrase changed the database"
tui_keys Enter
tui_wait "口令："
tui_type "$PASS"
tui_keys Enter
tui_wait "新增 3 人，更新 0 人，冲突 0 处。要合并" || finish	# 吗？ may wrap
# the question names the school and who packed it (issue 14), not the date
grep -q "来自 太平山镇中心小学 · " "$T/screen" || fail "the merge question does not name the school"
tui_fits 80 "the preview"
"$G" --db "$T/db2" list --format tsv >"$T/list2" 2>&1 || fail "list db2"
grep -q "张思远" "$T/list2" && fail "the preview changed the database"
tui_keys y
tui_wait "已合并：新增 3 人" || finish
tui_wait "3 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"
"$G" --db "$T/db2" list --format tsv >"$T/list2" 2>&1 || fail "list db2"
for n in 张思远 章诗怡 赵松; do
	grep -q "$n" "$T/list2" || fail "$n did not arrive"
done
grep -q "钱多多" "$T/list2" && fail "钱多多 of 四(1) came with class 三(2)"

# the same package again changes nothing
unpack_stick "$T/db2"
tui_wait "以前已经导入过"
tui_keys Escape
tui_wait "条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"

# a field changed on both PCs: the merge offers the conflicts screen
hobby() { # hobby DB VALUE
	printf '姓名,出生日期,年级,班级,兴趣爱好\n张思远,2016-05-06,3,2,%s\n' "$2" >"$T/edit.csv"
	"$G" --db "$1" import "$T/edit.csv" >/dev/null 2>&1 || fail "edit $1"
}
hobby "$T/db" 下棋
hobby "$T/db2" 足球
tui_restart "$T/db"
tui_wait "4 条匹配" || finish
choose_class_3_2
tui_keys e
tui_wait "$STICK"
tui_keys Enter
tui_wait "数据包里装哪些孩子的档案"
tui_keys Enter
tui_wait "文件名："
tui_keys Enter
tui_wait "已经存在，要替换吗"
tui_keys y
new_passphrase
tui_wait "已把三年级(2)班 3 个孩子的档案写到" || finish
tui_keys q
tui_wait "GUANAI-EXIT=0"
unpack_stick "$T/db2"
tui_wait "冲突 1 处。要合并" || finish
tui_keys y
tui_wait "有 1 处冲突等您处理" || finish
tui_keys y
tui_wait "张思远 · 兴趣爱好"
tui_wait "已合并：新增 0 人"
tui_keys t
tui_wait "已采用对方的内容"
tui_keys Escape
tui_wait "3 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
