# lib-tmux.sh — drive the real guanai TUI inside a private tmux server at
# 80×24 (TERM=xterm-256color) and read the screen back.  Source after
# tests/lib.sh.  Waits poll the screen with a short sleep and a timeout;
# a fixed sleep is never the only synchronisation.
command -v tmux >/dev/null 2>&1 || { echo "tmux missing: skipped"; exit 77; }
TM_SOCK="guanai-$$"
tm() { tmux -L "$TM_SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "${T:?}"' EXIT

# A small school with known children (names, pinyin initials, phones).
make_school() { # make_school DB
	cat >"$T/school.csv" <<'CSV'
姓名,性别,出生日期,身份证号,年级,班级,留守类型,健康状况,性格特点,兴趣爱好,学习成绩,现实表现,家庭经济状况,家庭住址,生活情况,父亲姓名,父亲电话,父亲是否外出,母亲姓名,母亲电话,母亲是否外出,监护人姓名,监护人关系,监护人年龄,监护人健康状况,监护人文化程度,监护人电话
张思远,男,2016-05-06,,3,2,父母均外出,良好,内向,画画,中等,上课注意力不集中,困难,长岭县太平山镇单家堡3组,与奶奶同住,张建国,13800138000,是,李芳,13900139000,是,王秀英,祖母,66,良好,小学,13700137000
章诗怡,女,2017-01-12,,3,2,父亲外出,良好,开朗,唱歌,良好,积极,一般,太平山镇章家村,与外婆同住,章伟,13811112222,是,刘丽,,否,陈桂兰,外婆,63,一般,初中,13722223333
赵松,男,2015-03-08,,3,2,母亲外出,,,,,,,,,赵刚,,否,孙梅,,是,赵老汉,爷爷,70,,,
钱多多,女,2016-09-01,,4,1,父母均外出,良好,活泼,跳舞,优秀,好,一般,钱家湾5组,与爷爷同住,钱军,13612345678,是,吴霞,13698765432,是,钱大爷,爷爷,68,良好,小学,13511112222
CSV
	"$G" --db "$1" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
	"$G" --db "$1" import "$T/school.csv" >"$T/import.out" 2>&1 ||
		{ fail "import of the test school"; cat "$T/import.out" >&2; }
}

# open_zhangsiyuan: from the list of make_school's school (Chinese UI),
# find 张思远 by his full pinyin and open his record; fails as tui_wait.
open_zhangsiyuan() {
	tui_keys /
	tui_type zhangsiyuan
	tui_wait "1 条匹配"
	tui_keys Enter Enter
	tui_wait "[基本]"
}

# tui_start DB [extra args]: guanai in a detached 80×24 window; the pane
# prints GUANAI-EXIT=<status> when the program ends.
tui_start() {
	local db=$1; shift
	tm new-session -d -s g -x 80 -y 24 \
	    "env TERM=xterm-256color LANG=$LANG LC_ALL=$LC_ALL HOME=$HOME \
	    GUANAI_TODAY=$GUANAI_TODAY XDG_DATA_HOME=$XDG_DATA_HOME ${TUI_ENV:-} \
	    '$G' --db '$db' $*; echo GUANAI-EXIT=\$?; sleep 120"
}
# tui_restart DB [extra args]: run guanai again in the same pane.
tui_restart() {
	local db=$1; shift
	tm respawn-pane -k -t g \
	    "env TERM=xterm-256color LANG=$LANG LC_ALL=$LC_ALL HOME=$HOME \
	    GUANAI_TODAY=$GUANAI_TODAY XDG_DATA_HOME=$XDG_DATA_HOME ${TUI_ENV:-} \
	    '$G' --db '$db' $*; echo GUANAI-EXIT=\$?; sleep 120"
}
tui_keys() { tm send-keys -t g "$@"; }		# key names: Enter Escape F2 Down …
tui_type() { tm send-keys -t g -l "$1"; }	# literal text, UTF-8 included
tui_screen() { tm capture-pane -p -t g; }

# tui_wait TEXT [SECONDS]: poll until the screen shows TEXT (fixed string).
tui_wait() {
	local i=0 n=$(( ${2:-10} * 20 ))
	while [ "$i" -lt "$n" ]; do
		tui_screen >"$T/screen"
		grep -qF -- "$1" "$T/screen" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	fail "the screen never showed '$1'"
	sed 's/^/  | /' "$T/screen" >&2
	return 1
}
# tui_wait_gone TEXT [SECONDS]: poll until TEXT has left the screen.
tui_wait_gone() {
	local i=0 n=$(( ${2:-10} * 20 ))
	while [ "$i" -lt "$n" ]; do
		tui_screen >"$T/screen"
		grep -qF -- "$1" "$T/screen" || return 0
		sleep 0.05
		i=$((i + 1))
	done
	fail "the screen still shows '$1'"
	sed 's/^/  | /' "$T/screen" >&2
	return 1
}
# tui_fits COLS [what]: nothing ran into the right edge of a COLS-wide
# window.  tmux never captures a line wider than its pane, so a plain
# width check cannot fail; two things can:
#  - the screens keep the last column blank, and text that runs past its
#    field is wrapped by curses at the edge, filling that column first: a
#    line as wide as COLS is an overflow;
#  - text the terminal draws wider than the program measured makes tmux
#    wrap the line itself: -J joins such lines, so they come out wider
#    (-J also keeps trailing blanks, which are cut before measuring).
# (wc -L measures display cells in the current UTF-8 locale.)
tui_fits() {
	local w
	tm capture-pane -p -J -t g | sed 's/ *$//' >"$T/screen"
	w=$(wc -L <"$T/screen")
	[ "$w" -lt "$1" ] || { fail "${2:-screen} runs into the right edge: a line is $w cells wide (the last of $1 columns must stay blank)"; sed 's/^/  | /' "$T/screen" >&2; }
}
