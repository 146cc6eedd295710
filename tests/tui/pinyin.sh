#!/bin/sh
# Names found by every reading in the TUI (issue 13): in the list at 80×24,
# typing /zcj finds 张长江 (长 read chang; the program used to read it
# zhang only), /zzj finds him too, /qsr finds 覃晟睿 and /tantai 澹台明月;
# the list is in the order of the likeliest readings.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$GUANAI_SRCDIR/tests/tui/lib-tmux.sh"
have_zh || { echo "no zh_CN.UTF-8 locale: skipped"; exit 77; }
use_zh
cat >"$T/in.csv" <<'CSV'
姓名,性别,出生日期,年级,班级
张长江,男,2017-03-01,3,2
张章,男,2017-04-01,3,2
覃晟睿,男,2016-05-02,4,1
澹台明月,女,2017-07-09,3,2
赵松,男,2015-03-08,3,2
CSV
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
"$G" --db "$T/db" import "$T/in.csv" >/dev/null 2>&1 || fail "import"
tui_start "$T/db"
tui_wait "共5人" || finish
# order of the likeliest readings: qin sheng rui, tan tai, zhang chang
# jiang, zhang zhang, zhao song
tui_screen >"$T/s0"
order=$(grep -oE '张长江|张章|覃晟睿|澹台明月|赵松' "$T/s0" | tr '\n' ' ')
[ "$order" = "覃晟睿 澹台明月 张长江 张章 赵松 " ] || fail "not in pinyin order: $order"

# search: q is the query, want the one name listed
find_one() { # find_one QUERY NAME
	tui_keys /
	tui_type "$1"
	tui_wait "1 条匹配" || return
	grep -q "$2" "$T/screen" || fail "/$1 should find $2"
	tui_keys Escape
	tui_wait "5 条匹配"
}
find_one zcj 张长江
find_one zzj 张长江
find_one zhangchangj 张长江
find_one qsr 覃晟睿
find_one qcr 覃晟睿
find_one tantai 澹台明月
# zhangzhang: 张章, and 张长江 read zhang zhang
tui_keys /
tui_type zhangzhang
tui_wait "2 条匹配"
grep -q "张长江" "$T/screen" || fail "/zhangzhang should find 张长江"
grep -q "张章" "$T/screen" || fail "/zhangzhang should find 张章"
tui_keys Escape
tui_wait "5 条匹配"
tui_keys q
tui_wait "GUANAI-EXIT=0"
finish
