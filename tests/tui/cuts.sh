#!/bin/sh
# Nothing cut at 80×24, in Chinese and in English: the print dialog shows
# every choice whole, selected or not (the long 公开（…） and 保密（内部资料）,
# a long printer name, the stick, 其他文件夹…（输入路径）), going on to a
# second row when a row is full; the list's 留守类型 and 监护人 columns show
# short words whole (一方外出无监护, 其他亲属), a type worked out from the
# parents ends in * (explained at the foot), never in a … like a cut, and
# the record shows the whole words; the 七清楚 matrix names a missing field
# whole in its column (家庭经济, 年龄 under 7监护人); in English the backup
# dialog's hint is whole, and the record's title keeps the child and the
# class whole when it says a value was refused, under a long school name.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
STICK="$T/m/media/$(id -un)/KINGSTON"
mkdir -p "$STICK" "$T/docs" "$T/bin"
cat >"$T/bin/lpstat" <<'SH'
#!/bin/sh
echo "printer Office-Old is idle.  enabled since Mon 07 Dec 2026"
echo "printer HP-LaserJet-Pro-M404dn is idle.  enabled since Mon 07 Dec 2026"
echo "system default destination: HP-LaserJet-Pro-M404dn"
SH
chmod +x "$T/bin/lpstat"
TUI_ENV="PATH=$T/bin:$PATH GUANAI_MEDIA_ROOT=$T/m XDG_DOCUMENTS_DIR=$T/docs"
"$G" --db "$T/db" init --school "测试小学" >/dev/null 2>&1 || fail "init"
cat >"$T/r.csv" <<'CSV'
姓名,性别,年级,班级,留守类型,父亲是否外出,母亲是否外出,监护人姓名,监护人关系
韩梅,女,3,2,,是,否,韩奶奶,奶奶
李雷,男,3,2,一方外出另一方无监护能力,是,否,李叔,叔叔
王芳,女,3,2,,是,是,王姥爷,外公
欧阳娜娜,女,3,2,母亲外出,否,是,欧阳哥,哥哥
CSV
"$G" --db "$T/db" import "$T/r.csv" >/dev/null 2>&1 || fail "import"

# whole WHAT TEXT...: each TEXT is on the screen whole
whole() {
	local what=$1; shift
	for s; do
		grep -qF -- "$s" "$T/screen" || fail "$what: 「$s」 is not shown whole"
	done
}
# no_cut WHAT FIRST LAST: no … on the screen's rows FIRST..LAST
no_cut() {
	sed -n "$2,$3p" "$T/screen" | grep -F "…" >"$T/cut" &&
		{ fail "$1: cut"; sed 's/^/  | /' "$T/cut" >&2; }
}

# ---- Chinese ----------------------------------------------------------
use_zh
tui_start "$T/db"
tui_wait "4 条匹配" || finish
tui_fits 80 "the list"
no_cut "the list" 3 7
whole "the list" "一方外出无监护" "其他亲属" "外祖父" "兄姐" "父亲外出*" "父母均外出*" \
    "* 留守类型据父母外出情况推算"
grep "欧阳娜娜" "$T/screen" | grep -q "母亲外出\*" && fail "a type filled in is marked as worked out"
# the record has the whole words
tui_keys /
tui_type lilei
tui_wait "1 条匹配"
tui_keys Enter Enter
tui_wait "[基本]" || finish
tui_wait "一方外出另一方无监护能力"
tui_keys 3
tui_wait "叔伯姑姨舅等亲属"
tui_keys Escape
tui_wait "1 条匹配"
tui_keys Escape
tui_wait "4 条匹配"
# the 七清楚 matrix names a missing field in its column whole
tui_keys k
tui_wait "待复核（本学年未确认）" || finish
tui_fits 80 "the checklist matrix"
no_cut "the checklist matrix" 2 6
whole "the checklist matrix" "出生日期" "性格特点" "家庭经济" "父亲电话" "母亲电话" "年龄"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys p
tui_wait "打印机 HP-LaserJet-Pro-M404dn（默认）" || finish
tui_fits 80 "the print dialog"
whole "the print dialog" 花名册 登记表 联系卡 结对表 七清楚表 统计表 \
    "公开（不含身份证号、电话、住址、成绩、健康）" "保密（内部资料）" \
    "打印机 Office-Old" "U盘 KINGSTON（存为PDF）" "其他文件夹…（输入路径）"
# only 其他文件夹… has a … of its own
sed -n '3,12p' "$T/screen" | sed 's/其他文件夹…//' | grep -F "…" &&
	fail "the print dialog cuts a choice"
# moving the selection keeps them whole
tui_keys Down Down Right Down Right Right
tui_wait "▶保密（内部资料）"
tui_fits 80 "the print dialog, confidential chosen"
whole "the print dialog (moved)" "公开（不含身份证号、电话、住址、成绩、健康）" \
    "打印机 HP-LaserJet-Pro-M404dn（默认）" "其他文件夹…（输入路径）"
tui_keys Escape
tui_wait "4 条匹配"
tui_keys F10
tui_wait "GUANAI-EXIT=0"

# ---- English ----------------------------------------------------------
use_en
tui_restart "$T/db"
tui_wait "4 matching" || finish
tui_fits 80 "the list (English)"
no_cut "the list (English)" 3 7
whole "the list (English)" "1 away+unable" "Relative" "Grandpa(m)" "Sibling" \
    "Father away*" "Both away*" "* type worked out from the parents' away status"
# the matrix scrolls sideways (its header may be cut at the edge), but
# a missing field is named whole in its column
tui_keys k
tui_wait "to confirm (not this school year)" || finish
no_cut "the checklist matrix (English)" 3 6
whole "the checklist matrix (English)" "Birthday" "Personality"
tui_keys Right Right Right Right Right Right
tui_wait "7Guardian"
no_cut "the checklist matrix (English), items 3-7" 3 6
whole "the checklist matrix (English), items 3-7" "Economy" "Father's phone" "Age"
tui_keys Escape
tui_wait "4 matching"
# the classes' names whole
tui_keys g
tui_wait "Grade 3 Class 2" || finish
tui_fits 80 "the classes (English)"
no_cut "the classes (English)" 2 4
tui_keys Escape
tui_wait "4 matching"
# the trash says what it is whole
tui_keys r
tui_wait "Children in the trash" || finish
no_cut "the trash (English)" 2 2
tui_keys Escape
tui_wait "4 matching"
tui_keys p
tui_wait "Printer HP-LaserJet-Pro-M404dn (default)" || finish
tui_fits 80 "the print dialog (English)"
whole "the print dialog (English)" Roster Forms Cards "Pairing list" \
    "Checklist sheet" "Stats tables" "Public (no ID, phone, address, grades, health)" \
    "Confidential (internal)" "Printer Office-Old" "USB stick KINGSTON (PDF)"
sed -n '3,12p' "$T/screen" | sed 's/Another folder…//' | grep -F "…" &&
	fail "the print dialog cuts a choice (English)"
tui_keys Escape
tui_wait "4 matching"
# the backup dialog's hint whole
tui_keys b
tui_wait "Enter backs up" || finish
tui_fits 80 "the backup dialog (English)"
no_cut "the backup dialog (English)" 1 3
whole "the backup dialog (English)" \
    "The whole database, every class. Enter backs up, ←→ where, Esc cancels."
tui_keys Escape
tui_wait "4 matching"
tui_keys F10
tui_wait "GUANAI-EXIT=0"

# a long school's record with a refused value: the title says so and
# still shows the child and the class whole
"$G" --db "$T/db3" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init db3"
"$G" --db "$T/db3" import "$T/r.csv" >/dev/null 2>&1 || fail "import db3"
tui_restart "$T/db3"
tui_wait "4 matching" || finish
tui_keys /
tui_type ouyang
tui_wait "1 matching"
tui_keys Enter Enter
tui_wait "[Basic]" || finish
tui_keys 3 Home Down Down Down Down Down Down Enter C-u
tui_type 1371234
tui_keys Enter
tui_wait "unsaved: bad value" || finish
tui_fits 80 "the record's title (English)"
no_cut "the record's title (English)" 1 1
head -1 "$T/screen" | grep -qF "欧阳娜娜 · Grade 3 Class 2" ||
	{ fail "the record's title cuts the child or the class"; head -1 "$T/screen" >&2; }
tui_keys Escape Escape
tui_wait "1 matching"
tui_keys F10
tui_wait "GUANAI-EXIT=0"
finish
