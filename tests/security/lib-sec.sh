# lib-sec.sh — shared by tests/security/*.sh (source after tests/lib.sh):
# a demo school with a headteacher "boss" and a teacher "wang" of 3-1, and
# a fingerprint of everything a teacher could change.
# setup_school DB: demo school, accounts; leaves GUANAI_USER unset.
setup_school() {
	"$G" --db "$1" demo --children 60 --seed 2 >/dev/null 2>&1 || { fail "demo"; finish; }
	GUANAI_PASSWORD=boss-secret "$G" --db "$1" user add boss --role head \
		>/dev/null 2>&1 || { fail "add boss"; finish; }
	GUANAI_USER=boss GUANAI_PASSWORD=boss-secret GUANAI_NEW_PASSWORD=wang-secret \
		"$G" --db "$1" user add wang --role teacher --class 3-1 >/dev/null 2>&1 ||
		{ fail "add wang"; finish; }
}
as_boss() { GUANAI_USER=boss GUANAI_PASSWORD=boss-secret "$@"; }
as_wang() { GUANAI_USER=wang GUANAI_PASSWORD=wang-secret "$@"; }
# fingerprint DB: every child, parent, guardian, helper and confirmation
# row (audit rows aside), one line each.
fingerprint() {
	sqlite3 "$1" "select * from child order by id; select * from parent order by id;
		select * from guardian order by id; select * from helper order by id;
		select * from class order by id;" 2>&1
	sqlite3 "$1" "select * from checklist_confirm order by id; select * from pairing order by id; select * from care order by id; select name, role from "user" order by name" 2>/dev/null
}
# q DB SQL: one value
q() { sqlite3 "$1" "$2"; }
# attacker_copy SRC DST: the attacker's own database, a copy of SRC with
# its audit triggers dropped so that sqlite3 can edit it freely
attacker_copy() {
	cp "$1" "$2" || return 1
	sqlite3 "$2" "select 'drop trigger ' || name || ';' from sqlite_master where type = 'trigger'" |
		sqlite3 "$2" || return 1
	# its own site identity, as a second PC would have (guanai gives a
	# copy one by itself: tests/security/site-copy.sh)
	sqlite3 "$2" "update sync_site set id = '$(cat /proc/sys/kernel/random/uuid)'" || return 1
}
FORGE=${GUANAI_FORGE:-$(dirname "$G")/../tests/security/forge}
