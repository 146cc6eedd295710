#!/bin/sh
# import-read.sh — the reading side of `guanai import` (issue 15): the CSV
# reader copies runs of bytes and checks UTF-8 once, the GB18030 decoder
# takes a short cut for 2-byte characters, field_parse skips blank cells.
# Here, end to end in both encodings: a rejected row is written back byte
# for byte (a quoted cell with a doubled quote and a CRLF inside, blank
# and U+3000 cells), rows past the reader's 64 KiB buffer are read whole,
# and a bad byte or a NUL deep in a file is refused with its line.
. "$GUANAI_SRCDIR/tests/lib.sh"

# the rows: a good one with blanks, a 4-byte character, a quoted cell; a
# bad class (rejected whole) whose notes hold "" and a CRLF; then 1000
# rows of padding so that later rows lie past the first 64 KiB
{
	printf '\357\273\277姓名,性别,出生日期,年级,班级,备注,家庭住址\r\n'
	printf '\343\200\200张 思远 \343\200\200,男,2016-01-02,3,2,  ,\343\200\200\r\n'
	printf '李𠮷,女,,3,2,"他说：""好""",\r\n'
	printf '坏班级,男,,3,第二组,"第一行""引号""\r\n第二行",村 3 组\r\n'
	i=0
	while [ $i -lt 1000 ]; do
		printf '填充%s,女,,3,2,"这一行只是为了把文件撑过六十四千字节的缓冲区，每一行都差不多长，再多写一点字：%s",东\r\n' \
		    "$(echo $i | sed 's/0/零/g;s/1/一/g;s/2/二/g;s/3/三/g;s/4/四/g;s/5/五/g;s/6/六/g;s/7/七/g;s/8/八/g;s/9/九/g')" $i
		i=$((i + 1))
	done
	printf '末行,男,,3,2,,\r\n'
} >"$T/u.csv"
iconv -f UTF-8 -t GB18030 "$T/u.csv" | tail -c +5 >"$T/g.csv"	# no BOM
[ "$(wc -c <"$T/u.csv")" -gt 131072 ] || fail "the UTF-8 file should pass 2 buffers"
[ "$(wc -c <"$T/g.csv")" -gt 65536 ] || fail "the GB18030 file should pass 1 buffer"
for enc in u g; do
	db="$T/$enc.db"
	expect_rc 0 "$G" --db "$db" init
	expect_rc 2 "$G" --db "$db" import "$T/$enc.csv"
	expect_grep '1003 new, 0 updated, 0 unchanged, 1 rejected' "$T/out" "$enc summary"
	expect_rc 0 "$G" --db "$db" export "$T/$enc-out.csv"
	expect_grep '^张 思远,男,2016-01-02,' "$T/$enc-out.csv" "$enc: U+3000 trimmed, inner blank kept"
	expect_grep '^李𠮷,女,' "$T/$enc-out.csv" "$enc: 4-byte character"
	expect_grep '他说：""好""' "$T/$enc-out.csv" "$enc: doubled quote"
	expect_grep '^填充九九九,女,' "$T/$enc-out.csv" "$enc: row past the buffer"
	expect_grep '^末行,男,' "$T/$enc-out.csv" "$enc: last row"
	# the rejected row, byte for byte as in the input, then the reason
	rej="$T/$enc.rejected.csv"
	[ -f "$rej" ] || { fail "$enc: no rejected file"; continue; }
	if [ $enc = u ]; then
		want=$(grep -a -n '^坏班级' "$T/u.csv" | cut -d: -f1)
		sed -n "${want},$((want + 1))p" "$T/u.csv" >"$T/raw-want"
		sed -n '2,3p' "$rej" | sed '2s/,"[^"]*line 4: .*$/\r/' >"$T/raw-got"
	else
		iconv -f GB18030 -t UTF-8 "$rej" >"$T/rej-u.txt" || fail "rejected file not GB18030"
		want=$(grep -a -n '^坏班级' "$T/u.csv" | cut -d: -f1)
		sed -n "${want},$((want + 1))p" "$T/u.csv" >"$T/raw-want"
		sed -n '2,3p' "$T/rej-u.txt" | sed '2s/,"[^"]*line 4: .*$/\r/' >"$T/raw-got"
	fi
	cmp "$T/raw-want" "$T/raw-got" >/dev/null || { fail "$enc: rejected row not byte for byte"; od -c "$T/raw-got" | head -8 >&2; }
	expect_grep 'line 4: Class: ' "$rej" "$enc: file, line and field of the reason"
done
# both encodings give the same school
cmp -s "$T/u-out.csv" "$T/g-out.csv" || fail "UTF-8 and GB18030 imports differ"

# a bad byte deep in the file (past the first buffer): refused, its line named
sed '500s/填充/\xd5\xc5/' "$T/u.csv" >"$T/bad.csv"
expect_rc 0 "$G" --db "$T/bad.db" init
expect_rc 3 "$G" --db "$T/bad.db" import --encoding utf-8 "$T/bad.csv"
expect_grep 'line 500 is not valid UTF-8' "$T/err" "bad byte's line"
expect_rc 0 "$G" --db "$T/bad.db" list --format tsv
[ "$(wc -l <"$T/out")" -le 1 ] || fail "a refused file imported rows"
# a NUL byte in a row
sed '300s/填充/\x00/' "$T/u.csv" >"$T/nul.csv"
expect_rc 3 "$G" --db "$T/bad.db" import "$T/nul.csv"
expect_grep 'line 300: the row holds a NUL byte' "$T/err" "NUL's line"
finish
