#!/bin/sh
# exchange-import.sh — `guanai import` on hand-made files, in UTF-8 and in
# GB18030 (made here with iconv): every CSV quirk, headers in any order and
# by alias, rare characters, the whole-file encoding decision, one rejected
# row per kind of bad value (exit 2, rejected file, nothing half applied),
# twice is a no-op, --dry-run writes nothing.
. "$GUANAI_SRCDIR/tests/lib.sh"
D="$SRC/tests/data/exchange"
export GUANAI_DB="$T/g.db"
expect_rc 0 "$G" init || finish

# ---- quirks, UTF-8 then GB18030 into a second database --------------------
cp "$D/quirks.csv" "$T/quirks.csv"
expect_rc 0 "$G" import "$T/quirks.csv"
expect_grep '4 new, 0 updated, 0 unchanged, 0 rejected' "$T/out" "summary"
expect_grep 'encoding UTF-8' "$T/out"
expect_grep 'ignored: 县里加的列' "$T/err" "unknown column warning"
[ "$(grep -c 'ignored' "$T/err")" = 1 ] || fail "unknown columns reported more than once"
expect_rc 0 "$G" export "$T/q.csv"
expect_grep '𠮷祥,男,2016-05-06,="431102201605061018",,三年级,2班' "$T/q.csv" "𠮷祥's row"
expect_grep '13812345678' "$T/q.csv" "phone with blanks, canonical"
expect_grep '"长岭县太平山镇单家堡3组,靠河边"' "$T/q.csv" "comma inside quotes"
expect_grep '"他说：""我想妈妈"""' "$T/q.csv" "quotes inside quotes"
expect_grep '^第二行' "$T/q.csv" "newline inside quotes"
expect_grep '^肖袁姚卢,男,2014-01-09,="431102201401090116",,初一,1班' "$T/q.csv" "short row"
expect_grep "^叶魏,.*'=1+2" "$T/q.csv" "formula escaped on export, last row without newline"
expect_grep '祖父' "$T/q.csv" "爷爷 read as 祖父"

iconv -f UTF-8 -t GB18030 "$D/quirks.csv" >"$T/quirks-gb.csv" || fail iconv
expect_rc 0 "$G" --db "$T/gb.db" init
expect_rc 0 "$G" --db "$T/gb.db" import "$T/quirks-gb.csv"
expect_grep '4 new' "$T/out"
expect_grep 'encoding GB18030' "$T/out"
expect_rc 0 "$G" --db "$T/gb.db" export "$T/q-gb.csv"
cmp -s "$T/q.csv" "$T/q-gb.csv" || fail "GB18030 import differs from UTF-8 import"
# forcing the wrong encoding is refused, nothing changes (exit 3)
expect_rc 3 "$G" --db "$T/gb.db" import --encoding utf-8 "$T/quirks-gb.csv"
expect_grep 'line 1 is not valid UTF-8' "$T/err"

# ---- the whole file decides: a long GBK prefix that is valid UTF-8 --------
{
	echo "姓名,年级,班级"
	i=0
	while [ $i -lt 3000 ]; do
		echo "郑谢,3,1"; echo "肖袁,3,2"; echo "叶魏,4,1"; echo "姚卢,4,2"
		i=$((i + 1))
	done
	echo "张三,5,1"
} | iconv -f UTF-8 -t GB18030 >"$T/trap.csv"
tail -n +2 "$T/trap.csv" | head -n 12000 | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 ||
	fail "the prefix of trap.csv should be valid UTF-8"
expect_rc 0 "$G" --db "$T/trap.db" init
# (exit 2: its rows repeat the same four children, each repeat a
# problem row that names the first one — import-dup-row.sh)
expect_rc 2 "$G" --db "$T/trap.db" import "$T/trap.csv"
expect_grep 'encoding GB18030' "$T/out" "whole-file detection"
expect_grep '5 new, 0 updated, 11996 unchanged' "$T/out"
expect_rc 0 "$G" --db "$T/trap.db" export "$T/trap-out.csv"
expect_grep '^郑谢,' "$T/trap-out.csv"
expect_grep '^张三,' "$T/trap-out.csv"

# ---- one rejected row per kind of bad value -------------------------------
for enc in UTF-8 GB18030; do
	db="$T/bad-$enc.db"; f="$T/bad-$enc.csv"
	iconv -f UTF-8 -t $enc "$D/bad-rows.csv" >"$f"
	expect_rc 0 "$G" --db "$db" init
	expect_rc 2 "$G" --db "$db" import "$f"
	# DESIGN §6 (2026-12): only the bad class loses its row
	expect_grep '7 new, 0 updated, 0 unchanged, 1 rejected' "$T/out" "$enc summary"
	expect_grep "bad-$enc.rejected.csv" "$T/err"
	rej="$T/bad-$enc.rejected.csv"
	[ -f "$rej" ] || { fail "$enc: no rejected file"; continue; }
	iconv -f $enc -t UTF-8 "$rej" | sed 's/^\xef\xbb\xbf//' >"$T/rej.txt"
	expect_grep '^姓名,性别,出生日期,身份证号,年级,班级,监护人姓名,监护人关系,监护人电话,留守类型,错误原因' "$T/rej.txt"
	[ "$(wc -l <"$T/rej.txt")" = 7 ] || fail "$enc: rejected file should have 1 + 6 lines"
	# each row unchanged, then file, line, field and why
	expect_grep '^坏班级,男,2016-01-02,,3,第二组,张三,爷爷,13800001111,父母均外出,"bad-.*line 3: Class:' "$T/rej.txt"
	expect_grep '^坏班级,.*the row was not imported' "$T/rej.txt"
	expect_grep '^坏日期,.*line 4: Date of birth:.*(Date of birth not imported).*imported without' "$T/rej.txt"
	expect_grep '^坏身份证,男,,431102201605061011,.*line 5: ID number:' "$T/rej.txt"
	expect_grep "^坏电话,.*line 6: Guardian's phone:" "$T/rej.txt"
	expect_grep "^坏词,.*line 7: Guardian's relation:" "$T/rej.txt"
	expect_grep '^坏类型,.*line 8: Left-behind type:' "$T/rej.txt"
	# the raw bytes of a rejected row are those of the input
	grep -a -q "$(printf '坏电话,男,2016-01-02,,3,2,张三,爷爷,1380000' | iconv -f UTF-8 -t $enc)" "$rej" ||
		fail "$enc: rejected row not byte for byte"
	# nothing of a rejected row was applied; the others lack only the bad value
	expect_rc 0 "$G" --db "$db" export "$T/after.csv"
	expect_grep '^好孩子甲,' "$T/after.csv"
	expect_grep '^好孩子乙,' "$T/after.csv"
	expect_nogrep '^坏班级' "$T/after.csv" "$enc export"
	expect_grep '^坏日期,男,,,,三年级,2班,' "$T/after.csv" "$enc export"
	expect_grep '^坏身份证,男,,,,三年级,2班,' "$T/after.csv" "$enc export"
	expect_grep '^坏电话,.*,张三,祖父,,,,' "$T/after.csv" "$enc export"
	expect_grep '^坏类型,.*,2班,,,,' "$T/after.csv" "$enc export"
done

# ---- twice changes nothing; --dry-run writes nothing ----------------------
expect_rc 0 "$G" import "$T/quirks.csv"
expect_grep '0 new, 0 updated, 4 unchanged, 0 rejected' "$T/out" "second import"
expect_rc 0 "$G" export "$T/q2.csv"
cmp -s "$T/q.csv" "$T/q2.csv" || fail "second import changed the data"
cp "$D/bad-rows.csv" "$T/dry.csv"
expect_rc 2 "$G" import --dry-run "$T/dry.csv"
expect_grep 'dry run' "$T/out"
expect_grep '7 new, 0 updated, 0 unchanged, 1 rejected' "$T/out"
[ -e "$T/dry.rejected.csv" ] && fail "--dry-run wrote a rejected file"
expect_rc 0 "$G" export "$T/q3.csv"
cmp -s "$T/q.csv" "$T/q3.csv" || fail "--dry-run changed the data"

# ---- a read-only folder: the rejected rows go to the data folder ----------
if [ "$(id -u)" != 0 ]; then
	mkdir "$T/ro" && cp "$D/bad-rows.csv" "$T/ro/" && chmod 555 "$T/ro"
	expect_rc 2 "$G" import "$T/ro/bad-rows.csv"
	[ -f "$XDG_DATA_HOME/guanai/bad-rows.rejected.csv" ] || fail "rejected file not in the data folder"
	chmod 755 "$T/ro"
fi

# ---- errors that change nothing --------------------------------------------
printf 'a,b\n1,2\n' >"$T/junk.csv"
expect_rc 3 "$G" import "$T/junk.csv"
expect_grep '姓名' "$T/err"
expect_rc 3 "$G" import "$T/missing.csv"
expect_rc 1 "$G" import "$T/quirks.csv" --encoding latin1
expect_rc 1 "$G" import
cp "$D/quirks.csv" "$T/sheet.xlsx"
expect_rc 3 "$G" import "$T/sheet.xlsx"
expect_grep 'not an .xlsx workbook' "$T/err"
printf '姓名,班级\n"never closed,3\n' >"$T/open.csv"
expect_rc 3 "$G" import "$T/open.csv"
expect_grep 'open.csv: line 2' "$T/err"
printf '姓名,年级,班级\n张\000三,3,2\n' >"$T/nul.csv"
expect_rc 3 "$G" import "$T/nul.csv"
expect_grep 'nul.csv: line 2: the row holds a NUL byte' "$T/err"

# ---- the messages in Chinese -----------------------------------------------
if have_zh; then
	use_zh
	expect_rc 2 "$G" --db "$T/bad-UTF-8.db" import "$T/bad-UTF-8.csv"
	expect_grep '新增 0 人，更新 0 人，无变化 7 人，未导入 1 行' "$T/out" "Chinese summary"
	expect_grep '第 3 行' "$T/bad-UTF-8.rejected.csv" "Chinese reason"
	use_en
fi
finish
