#!/bin/sh
# helper-scope.sh — a class teacher's helper list (the CLI's `helper list`
# and the TUI's pairing screen, through the same use case) counts only the
# children of her own classes beside each helper: the number of a helper's
# children elsewhere in the school is outside her scope too.
. "$GUANAI_SRCDIR/tests/lib.sh"
. "$SRC/tests/security/lib-sec.sh"
command -v sqlite3 >/dev/null || { echo "SKIP: needs the sqlite3 tool"; exit 77; }
use_en
D=$T/s.db
"$G" --db "$D" init --school "Test school" >/dev/null 2>&1 || { fail init; finish; }
setup_school "$D"
# each helper's active children: in the whole school, and in 3-1
q "$D" "select h.id, (select count(*) from pairing p join child c on c.id = p.child_id
	where p.helper_id = h.id and p.end_date is null and p.deleted_at is null and c.deleted_at is null),
	(select count(*) from pairing p join child c on c.id = p.child_id join class k on k.id = c.class_id
	where p.helper_id = h.id and p.end_date is null and p.deleted_at is null and c.deleted_at is null
	and k.grade = 3 and k.number = 1)
	from helper h where h.deleted_at is null" >"$T/want"
# the test means something only when some helper has children outside 3-1
awk -F'|' '$2 != $3' "$T/want" | grep -q . || fail "the demo school has no helper with children outside 3-1"
as_boss expect_rc 0 "$G" --db "$D" helper list --format tsv
cp "$T/out" "$T/boss"
as_wang expect_rc 0 "$G" --db "$D" helper list --format tsv
cp "$T/out" "$T/wang"
while IFS='|' read -r id all mine; do
	short=$(echo "$id" | cut -c1-8)
	b=$(grep "^$short" "$T/boss" | awk -F'\t' '{ print $NF }' | tr -dc 0-9)
	w=$(grep "^$short" "$T/wang" | awk -F'\t' '{ print $NF }' | tr -dc 0-9)
	[ "$b" = "$all" ] || fail "helper $short: the headteacher sees $b children, the school has $all"
	[ "$w" = "$mine" ] || fail "helper $short: the 3-1 teacher sees $w children, 3-1 has $mine"
done <"$T/want"
finish
