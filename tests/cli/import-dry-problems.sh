#!/bin/sh
# import-dry-problems.sh — `import --dry-run` of a file with a bad value
# says which row and field and why, as the TUI's preview does: it wrote
# only the summary (「未导入 0 行」) and exit 2, with no word of the row
# whose 母亲姓名 would not be imported (the real run names its
# .rejected.csv; a dry run writes none).
. "${GUANAI_SRCDIR:?run through make check}/tests/lib.sh" || exit 99
"$G" --db "$T/db" init --school "太平山镇中心小学" >/dev/null 2>&1 || fail "init"
cat >"$T/roster.csv" <<'CSV'
姓名,性别,出生日期,年级,班级,母亲姓名
张思远,男,2016-05-06,3,2,李芳1
章诗怡,女,2017-01-12,3,2,刘丽
CSV
use_en
expect_rc 2 "$G" --db "$T/db" import --dry-run "$T/roster.csv"
expect_grep "roster.csv: line 2: Mother's name" "$T/err" "the dry run's stderr"
expect_nogrep "line 3" "$T/err" "the dry run's stderr"
[ -e "$T/roster.rejected.csv" ] && fail "--dry-run wrote a rejected file"
if have_zh; then
	use_zh
	expect_rc 2 "$G" --db "$T/db" import --dry-run "$T/roster.csv"
	expect_grep "roster.csv: 第 2 行：母亲姓名" "$T/err" "the dry run's stderr (zh)"
fi
"$G" --db "$T/db" list --format tsv >"$T/list" 2>&1
[ "$(wc -l <"$T/list")" = 1 ] || fail "the dry run wrote children: $(cat "$T/list")"
finish
