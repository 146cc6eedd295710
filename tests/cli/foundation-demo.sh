#!/bin/sh
# foundation-demo.sh — init, demo, list, show, check, stats, remind on a
# demo school: shapes of the machine outputs, masking, exit codes, the
# database file mode, Chinese messages under a zh_CN locale.
. "$GUANAI_SRCDIR/tests/lib.sh"
DB=$T/demo.db

expect_rc 0 "$G" --db "$DB" init --school 太平山镇中心学校 && expect_grep 太平山镇中心学校 "$T/out"
[ "$(stat -c %a "$DB")" = 600 ] || fail "database mode is $(stat -c %a "$DB"), want 600"
expect_rc 0 "$G" --db "$DB" init		# again: nothing lost
expect_rc 0 "$G" --db "$DB" demo --children 150 --seed 3 && expect_grep "150" "$T/out"
expect_rc 1 "$G" --db "$DB" demo --children 5	# not empty
expect_rc 1 "$G" --db "$T/x.db" demo --children 0
expect_rc 1 "$G" --db "$T/x.db" demo --children lots

# the same seed gives the same school
expect_rc 0 "$G" --db "$T/demo2.db" demo --children 150 --seed 3
"$G" --db "$DB" list --format tsv >"$T/l1"
"$G" --db "$T/demo2.db" list --format tsv >"$T/l2"
cmp -s "$T/l1" "$T/l2" || fail "demo --seed 3 twice gave different schools"

# list --format tsv: header, 150 rows of 7 columns, codes not labels
[ "$(head -1 "$T/l1")" = "$(printf 'id\tname\tgender\tbirth_date\tgrade\tclass\tleft_behind_type')" ] ||
	fail "list tsv header: $(head -1 "$T/l1")"
[ "$(tail -n +2 "$T/l1" | wc -l)" = 150 ] || fail "list tsv rows: $(tail -n +2 "$T/l1" | wc -l)"
awk -F'\t' 'NR > 1 && (NF != 7 || ($3 != "m" && $3 != "f") || $4 !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/ ||
	$5 !~ /^[1-9]$/ || $7 !~ /^(both_away|father_away|mother_away|one_away_other_unable)$/) { bad = 1 }
	END { exit bad }' "$T/l1" || fail "list tsv rows are not id/name/m|f/date/grade/class/code"
grep -q '𠮷' "$T/l1" || fail "the demo has no CJK Extension B name"

# the table masks ID numbers
expect_rc 0 "$G" --db "$DB" list
grep -Eq '[0-9]{17}[0-9X]' "$T/out" && fail "list shows a whole ID number"
expect_grep '4311\*\*\*\*\*\*\*\*\*\*' "$T/out"
expect_grep '150 children' "$T/out"

# json: an array of 150 objects with the code names
expect_rc 0 "$G" --db "$DB" list --format json
[ "$(grep -c '"left_behind_type": ' "$T/out")" = 150 ] || fail "json objects"
head -c 1 "$T/out" | grep -q '\[' || fail "json is not an array"
expect_grep '"guardian_relation": ' "$T/out"

# search and class filter
"$G" --db "$DB" list --format tsv --search 李 | tail -n +2 | cut -f2 >"$T/s"
[ -s "$T/s" ] || fail "search 李 found nothing"
grep -v 李 "$T/s" && fail "search 李 found other names"
"$G" --db "$DB" list --format tsv --class 2-1 | tail -n +2 | awk -F'\t' '$5 != 2 || $6 != 1 { exit 1 }' ||
	fail "--class 2-1 lists other classes"
expect_rc 1 "$G" --db "$DB" list --class 3班
expect_rc 1 "$G" --db "$DB" list --format xml

# show: by id (whole ID number), unknown name exits 1
id=$(sed -n 2p "$T/l1" | cut -f1)
expect_rc 0 "$G" --db "$DB" show "$id"
expect_grep 'Guardian' "$T/out"
expect_rc 1 "$G" --db "$DB" show 没有这个人
dup=$(tail -n +2 "$T/l1" | cut -f2 | sort | uniq -d | head -1)
if [ -n "$dup" ]; then
	expect_rc 1 "$G" --db "$DB" show "$dup"
	[ "$(grep -c -- '-4[0-9a-f]\{3\}-' "$T/err")" -ge 2 ] || fail "several $dup: ids not listed"
fi

# check --format tsv: 150 rows, each item clear/missing/stale
expect_rc 0 "$G" --db "$DB" check --format tsv
awk -F'\t' 'NR == 1 { if ($5 != "item1" || $11 != "item7") bad = 1; next }
	NF != 11 { bad = 1 } { for (i = 5; i <= 11; i++) if ($i !~ /^(clear|missing|stale)$/) bad = 1 }
	END { if (NR != 151) bad = 1; exit bad }' "$T/out" || fail "check tsv shape"
expect_rc 0 "$G" --db "$DB" check --class 2-1
expect_grep 'children complete' "$T/out"
expect_rc 1 "$G" --db "$DB" check --confirm "$id" 8
"$G" --db "$DB" check --format tsv | awk -F'\t' '$10 == "stale" { print $1; exit }' >"$T/stale"
if [ -s "$T/stale" ]; then
	sid=$(cat "$T/stale")
	expect_rc 0 "$G" --db "$DB" check --confirm "$sid" 6
	"$G" --db "$DB" check --format tsv | grep "^$sid" | cut -f10 | grep -qx clear ||
		fail "confirmed item 6 is not clear"
fi

# stats --format json: every key of DESIGN §11
expect_rc 0 "$G" --db "$DB" stats --format json
for k in by_grade_gender by_left_behind_type by_guardian_relation by_guardian_education \
    study_by_left_behind_type checklist_by_class pairing_coverage care_by_kind aid_total summary_text; do
	expect_grep "\"$k\": " "$T/out"
done
expect_grep '"pairing_coverage": {"children": 150, "paired": ' "$T/out"
expect_rc 0 "$G" --db "$DB" stats --format csv
expect_grep '^table,item,sub-item,number$' "$T/out"
expect_grep '^Pairing coverage,left-behind children,,150$' "$T/out" "stats csv in the UI language"
expect_rc 0 "$G" --db "$DB" stats
expect_grep '150 left-behind children' "$T/out"

# remind --format tsv: kinds of DESIGN §6 only
expect_rc 0 "$G" --db "$DB" remind --format tsv --days 30
awk -F'\t' 'NR > 1 && $1 !~ /^(birthday|unpaired|no_contact|turning_16|guardian_risk)$/ { bad = 1 }
	END { exit bad }' "$T/out" || fail "remind kinds"
expect_grep '^unpaired	' "$T/out"
expect_rc 1 "$G" --db "$DB" remind --days -3

# errors: a missing database is exit 3, in the UI language
expect_rc 3 "$G" --db "$T/none.db" list
expect_grep 'guanai init' "$T/err"
[ -e "$T/none.db" ] && fail "list created a database"
if have_zh; then
	use_zh
	expect_rc 3 "$G" --db "$T/none.db" list && expect_grep '没有数据库' "$T/err"
	expect_rc 1 "$G" --db "$DB" show 没有这个人 && expect_grep '没有编号或姓名' "$T/err"
	expect_rc 0 "$G" --db "$DB" stats && expect_grep '本校共有留守儿童150人' "$T/out"
	use_en
fi
finish
