/* schema.c — the database schema as forward-only migrations.
 *
 * `migrations[]` is a {version, sql} array keyed by PRAGMA user_version:
 * a database at version V gets every step above V, each in its own
 * BEGIN IMMEDIATE … COMMIT, and a database from a newer program is refused
 * untouched.  To change the schema APPEND a step (never edit a released
 * one): another capability (USB packages) adds its own tables that way.
 *
 * Every table has a text UUID key (rows travel between PCs), created_at,
 * updated_at (UTC ISO 8601) and deleted_at (soft delete).  Field-level audit
 * triggers record interactive edits; they stand aside while the connection
 * is in bulk mode (guanai_bulk() = 1: import, demo, unpack), which writes
 * one audit entry for the operation and links it to the children it added
 * or changed (step 6, audit_child).  The application-defined
 * functions guanai_bulk(), guanai_actor(), guanai_now() and guanai_uuid()
 * are registered by store_open(). */
#include "config.h"

#include <stdio.h>

#include "guanai/base/i18n.h"
#include "store-int.h"

#define STAMPS "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT"

static const char schema_v1[] =
	"CREATE TABLE school (id TEXT PRIMARY KEY, name TEXT, code TEXT,\n"
	" township TEXT, county TEXT, year_start TEXT, " STAMPS ");\n"
	"CREATE TABLE helper (id TEXT PRIMARY KEY, name TEXT NOT NULL,\n"
	" kind TEXT NOT NULL, phone TEXT, organisation TEXT, notes TEXT, " STAMPS ");\n"
	"CREATE TABLE class (id TEXT PRIMARY KEY,\n"
	" grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 9),\n"
	" number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),\n"
	" enrolled INTEGER NOT NULL DEFAULT 0,\n"
	" head_teacher_id TEXT REFERENCES helper(id) ON DELETE SET NULL, " STAMPS ");\n"
	"CREATE UNIQUE INDEX class_grade_number ON class(grade, number);\n"
	"CREATE TABLE child (id TEXT PRIMARY KEY,\n"
	" class_id TEXT NOT NULL REFERENCES class(id),\n"
	" name TEXT NOT NULL, gender TEXT, birth_date TEXT, id_number TEXT,\n"
	" has_hukou TEXT, hukou_place TEXT, student_no TEXT, ethnicity TEXT,\n"
	" boarding TEXT, left_behind_type TEXT, left_behind_since TEXT,\n"
	" left_behind_end TEXT, guardianship TEXT, hardship TEXT, health TEXT,\n"
	" health_note TEXT, personality TEXT, hobbies TEXT, study TEXT,\n"
	" behaviour TEXT, psychology TEXT, family_economy TEXT,\n"
	" income_sources TEXT, assistance TEXT, address TEXT, living TEXT,\n"
	" notes TEXT,\n"
	" pinyin TEXT, initials TEXT, sort_key TEXT NOT NULL DEFAULT '', " STAMPS ");\n"
	"CREATE INDEX child_sort ON child(sort_key, id);\n"
	"CREATE INDEX child_class ON child(class_id, sort_key, id);\n"
	"CREATE INDEX child_id_number ON child(id_number) WHERE id_number IS NOT NULL;\n"
	"CREATE INDEX child_student_no ON child(student_no) WHERE student_no IS NOT NULL;\n"
	"CREATE INDEX child_name ON child(name, birth_date);\n"
	"CREATE INDEX child_pinyin ON child(pinyin, birth_date);\n"
	"CREATE TABLE parent (id TEXT PRIMARY KEY,\n"
	" child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,\n"
	" relation TEXT NOT NULL CHECK (relation IN ('father', 'mother')),\n"
	" name TEXT, id_number TEXT, phone TEXT, away TEXT, work_place TEXT,\n"
	" occupation TEXT, away_since TEXT, returns_per_year TEXT,\n"
	" contact_frequency TEXT, " STAMPS ");\n"
	"CREATE INDEX parent_child ON parent(child_id, relation);\n"
	"CREATE TABLE guardian (id TEXT PRIMARY KEY,\n"
	" child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,\n"
	" is_primary INTEGER NOT NULL DEFAULT 1,\n"
	" name TEXT, relation TEXT, age TEXT, health TEXT, education TEXT,\n"
	" id_number TEXT, phone TEXT, address TEXT, notes TEXT, " STAMPS ");\n"
	"CREATE INDEX guardian_child ON guardian(child_id, is_primary);\n"
	"CREATE TABLE pairing (id TEXT PRIMARY KEY,\n"
	" child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,\n"
	" helper_id TEXT NOT NULL REFERENCES helper(id),\n"
	" role TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT, notes TEXT, "
	STAMPS ");\n"
	"CREATE INDEX pairing_child ON pairing(child_id);\n"
	"CREATE INDEX pairing_helper ON pairing(helper_id);\n"
	"CREATE TABLE care (id TEXT PRIMARY KEY,\n"
	" child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,\n"
	" helper_id TEXT REFERENCES helper(id), group_id TEXT,\n"
	" date TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT, amount REAL,\n"
	" follow_up TEXT, " STAMPS ");\n"
	"CREATE INDEX care_child ON care(child_id, date);\n"
	"CREATE INDEX care_date ON care(date);\n"
	"CREATE TABLE checklist_confirm (id TEXT PRIMARY KEY,\n"
	" child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,\n"
	" item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 7),\n"
	" confirmed_on TEXT NOT NULL, confirmed_by TEXT, " STAMPS ");\n"
	"CREATE INDEX checklist_child ON checklist_confirm(child_id, item);\n"
	"CREATE TABLE audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT,\n"
	" action TEXT NOT NULL, tbl TEXT, row_id TEXT, col TEXT, old_value TEXT,\n"
	" new_value TEXT, detail TEXT,\n"
	" created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',\n"
	" deleted_at TEXT);\n"
	"CREATE INDEX audit_row ON audit(tbl, row_id);\n"
	"CREATE TABLE \"user\" (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,\n"
	" role TEXT NOT NULL CHECK (role IN ('head', 'teacher')),\n"
	" password_hash TEXT, " STAMPS ");\n"
	"CREATE TABLE user_class (id TEXT PRIMARY KEY,\n"
	" user_id TEXT NOT NULL REFERENCES \"user\"(id) ON DELETE CASCADE,\n"
	" class_id TEXT NOT NULL REFERENCES class(id), " STAMPS ");\n"
	"CREATE UNIQUE INDEX user_class_pair ON user_class(user_id, class_id);\n"
	"CREATE TABLE conflict (id TEXT PRIMARY KEY, tbl TEXT NOT NULL,\n"
	" row_id TEXT NOT NULL, col TEXT NOT NULL, mine TEXT, theirs TEXT,\n"
	" their_actor TEXT, their_at TEXT, resolved_at TEXT, resolved_by TEXT,\n"
	" resolution TEXT, " STAMPS ");\n"
	"CREATE INDEX conflict_open ON conflict(resolved_at, tbl, row_id);\n"
	/* The n-gram side table (DESIGN.md §13): one row per searchable term
	 * of a child, kept in the child's pinyin order so that an exact term
	 * pages straight off the index.  Terms: 'n' + a character or a pair
	 * of the name, 'i' + a prefix of the pinyin initials, 'p' + the full
	 * pinyin, 'd' + an ID or phone number and its last four digits.  It
	 * is derived, local data, rebuilt from the child rows, never synced;
	 * child_seq gives each child a small local number that keeps the
	 * rows short (a UUID would triple the table). */
	"CREATE TABLE child_seq (seq INTEGER PRIMARY KEY,\n"
	" child_id TEXT NOT NULL UNIQUE REFERENCES child(id) ON DELETE CASCADE);\n"
	"CREATE TABLE child_search (term TEXT NOT NULL, sort_key TEXT NOT NULL,\n"
	" seq INTEGER NOT NULL, PRIMARY KEY (term, sort_key, seq)) WITHOUT ROWID;\n"
	"CREATE TRIGGER school_audit_ins AFTER INSERT ON \"school\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'school', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER school_audit_del AFTER DELETE ON \"school\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'school', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER school_audit_upd AFTER UPDATE ON \"school\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'school', NEW.id, col, o, n FROM (\n"
	"  SELECT 'name' AS col, OLD.\"name\" AS o, NEW.\"name\" AS n UNION ALL\n"
	"  SELECT 'code', OLD.\"code\", NEW.\"code\" UNION ALL\n"
	"  SELECT 'township', OLD.\"township\", NEW.\"township\" UNION ALL\n"
	"  SELECT 'county', OLD.\"county\", NEW.\"county\" UNION ALL\n"
	"  SELECT 'year_start', OLD.\"year_start\", NEW.\"year_start\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER class_audit_ins AFTER INSERT ON \"class\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'class', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER class_audit_del AFTER DELETE ON \"class\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'class', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER class_audit_upd AFTER UPDATE ON \"class\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'class', NEW.id, col, o, n FROM (\n"
	"  SELECT 'grade' AS col, OLD.\"grade\" AS o, NEW.\"grade\" AS n UNION ALL\n"
	"  SELECT 'number', OLD.\"number\", NEW.\"number\" UNION ALL\n"
	"  SELECT 'enrolled', OLD.\"enrolled\", NEW.\"enrolled\" UNION ALL\n"
	"  SELECT 'head_teacher_id', OLD.\"head_teacher_id\", NEW.\"head_teacher_id\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER child_audit_ins AFTER INSERT ON \"child\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'child', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER child_audit_del AFTER DELETE ON \"child\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'child', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER child_audit_upd AFTER UPDATE ON \"child\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'child', NEW.id, col, o, n FROM (\n"
	"  SELECT 'class_id' AS col, OLD.\"class_id\" AS o, NEW.\"class_id\" AS n UNION ALL\n"
	"  SELECT 'name', OLD.\"name\", NEW.\"name\" UNION ALL\n"
	"  SELECT 'gender', OLD.\"gender\", NEW.\"gender\" UNION ALL\n"
	"  SELECT 'birth_date', OLD.\"birth_date\", NEW.\"birth_date\" UNION ALL\n"
	"  SELECT 'id_number', OLD.\"id_number\", NEW.\"id_number\" UNION ALL\n"
	"  SELECT 'has_hukou', OLD.\"has_hukou\", NEW.\"has_hukou\" UNION ALL\n"
	"  SELECT 'hukou_place', OLD.\"hukou_place\", NEW.\"hukou_place\" UNION ALL\n"
	"  SELECT 'student_no', OLD.\"student_no\", NEW.\"student_no\" UNION ALL\n"
	"  SELECT 'ethnicity', OLD.\"ethnicity\", NEW.\"ethnicity\" UNION ALL\n"
	"  SELECT 'boarding', OLD.\"boarding\", NEW.\"boarding\" UNION ALL\n"
	"  SELECT 'left_behind_type', OLD.\"left_behind_type\", NEW.\"left_behind_type\" UNION ALL\n"
	"  SELECT 'left_behind_since', OLD.\"left_behind_since\", NEW.\"left_behind_since\" UNION ALL\n"
	"  SELECT 'left_behind_end', OLD.\"left_behind_end\", NEW.\"left_behind_end\" UNION ALL\n"
	"  SELECT 'guardianship', OLD.\"guardianship\", NEW.\"guardianship\" UNION ALL\n"
	"  SELECT 'hardship', OLD.\"hardship\", NEW.\"hardship\" UNION ALL\n"
	"  SELECT 'health', OLD.\"health\", NEW.\"health\" UNION ALL\n"
	"  SELECT 'health_note', OLD.\"health_note\", NEW.\"health_note\" UNION ALL\n"
	"  SELECT 'personality', OLD.\"personality\", NEW.\"personality\" UNION ALL\n"
	"  SELECT 'hobbies', OLD.\"hobbies\", NEW.\"hobbies\" UNION ALL\n"
	"  SELECT 'study', OLD.\"study\", NEW.\"study\" UNION ALL\n"
	"  SELECT 'behaviour', OLD.\"behaviour\", NEW.\"behaviour\" UNION ALL\n"
	"  SELECT 'psychology', OLD.\"psychology\", NEW.\"psychology\" UNION ALL\n"
	"  SELECT 'family_economy', OLD.\"family_economy\", NEW.\"family_economy\" UNION ALL\n"
	"  SELECT 'income_sources', OLD.\"income_sources\", NEW.\"income_sources\" UNION ALL\n"
	"  SELECT 'assistance', OLD.\"assistance\", NEW.\"assistance\" UNION ALL\n"
	"  SELECT 'address', OLD.\"address\", NEW.\"address\" UNION ALL\n"
	"  SELECT 'living', OLD.\"living\", NEW.\"living\" UNION ALL\n"
	"  SELECT 'notes', OLD.\"notes\", NEW.\"notes\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER parent_audit_ins AFTER INSERT ON \"parent\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'parent', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER parent_audit_del AFTER DELETE ON \"parent\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'parent', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER parent_audit_upd AFTER UPDATE ON \"parent\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'parent', NEW.id, col, o, n FROM (\n"
	"  SELECT 'relation' AS col, OLD.\"relation\" AS o, NEW.\"relation\" AS n UNION ALL\n"
	"  SELECT 'name', OLD.\"name\", NEW.\"name\" UNION ALL\n"
	"  SELECT 'id_number', OLD.\"id_number\", NEW.\"id_number\" UNION ALL\n"
	"  SELECT 'phone', OLD.\"phone\", NEW.\"phone\" UNION ALL\n"
	"  SELECT 'away', OLD.\"away\", NEW.\"away\" UNION ALL\n"
	"  SELECT 'work_place', OLD.\"work_place\", NEW.\"work_place\" UNION ALL\n"
	"  SELECT 'occupation', OLD.\"occupation\", NEW.\"occupation\" UNION ALL\n"
	"  SELECT 'away_since', OLD.\"away_since\", NEW.\"away_since\" UNION ALL\n"
	"  SELECT 'returns_per_year', OLD.\"returns_per_year\", NEW.\"returns_per_year\" UNION ALL\n"
	"  SELECT 'contact_frequency', OLD.\"contact_frequency\", NEW.\"contact_frequency\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER guardian_audit_ins AFTER INSERT ON \"guardian\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'guardian', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER guardian_audit_del AFTER DELETE ON \"guardian\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'guardian', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER guardian_audit_upd AFTER UPDATE ON \"guardian\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'guardian', NEW.id, col, o, n FROM (\n"
	"  SELECT 'is_primary' AS col, OLD.\"is_primary\" AS o, NEW.\"is_primary\" AS n UNION ALL\n"
	"  SELECT 'name', OLD.\"name\", NEW.\"name\" UNION ALL\n"
	"  SELECT 'relation', OLD.\"relation\", NEW.\"relation\" UNION ALL\n"
	"  SELECT 'age', OLD.\"age\", NEW.\"age\" UNION ALL\n"
	"  SELECT 'health', OLD.\"health\", NEW.\"health\" UNION ALL\n"
	"  SELECT 'education', OLD.\"education\", NEW.\"education\" UNION ALL\n"
	"  SELECT 'id_number', OLD.\"id_number\", NEW.\"id_number\" UNION ALL\n"
	"  SELECT 'phone', OLD.\"phone\", NEW.\"phone\" UNION ALL\n"
	"  SELECT 'address', OLD.\"address\", NEW.\"address\" UNION ALL\n"
	"  SELECT 'notes', OLD.\"notes\", NEW.\"notes\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER helper_audit_ins AFTER INSERT ON \"helper\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'helper', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER helper_audit_del AFTER DELETE ON \"helper\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'helper', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER helper_audit_upd AFTER UPDATE ON \"helper\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'helper', NEW.id, col, o, n FROM (\n"
	"  SELECT 'name' AS col, OLD.\"name\" AS o, NEW.\"name\" AS n UNION ALL\n"
	"  SELECT 'kind', OLD.\"kind\", NEW.\"kind\" UNION ALL\n"
	"  SELECT 'phone', OLD.\"phone\", NEW.\"phone\" UNION ALL\n"
	"  SELECT 'organisation', OLD.\"organisation\", NEW.\"organisation\" UNION ALL\n"
	"  SELECT 'notes', OLD.\"notes\", NEW.\"notes\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER pairing_audit_ins AFTER INSERT ON \"pairing\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'pairing', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER pairing_audit_del AFTER DELETE ON \"pairing\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'pairing', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER pairing_audit_upd AFTER UPDATE ON \"pairing\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'pairing', NEW.id, col, o, n FROM (\n"
	"  SELECT 'child_id' AS col, OLD.\"child_id\" AS o, NEW.\"child_id\" AS n UNION ALL\n"
	"  SELECT 'helper_id', OLD.\"helper_id\", NEW.\"helper_id\" UNION ALL\n"
	"  SELECT 'role', OLD.\"role\", NEW.\"role\" UNION ALL\n"
	"  SELECT 'start_date', OLD.\"start_date\", NEW.\"start_date\" UNION ALL\n"
	"  SELECT 'end_date', OLD.\"end_date\", NEW.\"end_date\" UNION ALL\n"
	"  SELECT 'notes', OLD.\"notes\", NEW.\"notes\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER care_audit_ins AFTER INSERT ON \"care\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'care', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER care_audit_del AFTER DELETE ON \"care\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'care', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER care_audit_upd AFTER UPDATE ON \"care\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'care', NEW.id, col, o, n FROM (\n"
	"  SELECT 'child_id' AS col, OLD.\"child_id\" AS o, NEW.\"child_id\" AS n UNION ALL\n"
	"  SELECT 'helper_id', OLD.\"helper_id\", NEW.\"helper_id\" UNION ALL\n"
	"  SELECT 'group_id', OLD.\"group_id\", NEW.\"group_id\" UNION ALL\n"
	"  SELECT 'date', OLD.\"date\", NEW.\"date\" UNION ALL\n"
	"  SELECT 'kind', OLD.\"kind\", NEW.\"kind\" UNION ALL\n"
	"  SELECT 'summary', OLD.\"summary\", NEW.\"summary\" UNION ALL\n"
	"  SELECT 'amount', OLD.\"amount\", NEW.\"amount\" UNION ALL\n"
	"  SELECT 'follow_up', OLD.\"follow_up\", NEW.\"follow_up\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER checklist_confirm_audit_ins AFTER INSERT ON \"checklist_confirm\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'checklist_confirm', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER checklist_confirm_audit_del AFTER DELETE ON \"checklist_confirm\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'checklist_confirm', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER checklist_confirm_audit_upd AFTER UPDATE ON \"checklist_confirm\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'checklist_confirm', NEW.id, col, o, n FROM (\n"
	"  SELECT 'child_id' AS col, OLD.\"child_id\" AS o, NEW.\"child_id\" AS n UNION ALL\n"
	"  SELECT 'item', OLD.\"item\", NEW.\"item\" UNION ALL\n"
	"  SELECT 'confirmed_on', OLD.\"confirmed_on\", NEW.\"confirmed_on\" UNION ALL\n"
	"  SELECT 'confirmed_by', OLD.\"confirmed_by\", NEW.\"confirmed_by\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER user_audit_ins AFTER INSERT ON \"user\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'user', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER user_audit_del AFTER DELETE ON \"user\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'user', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER user_audit_upd AFTER UPDATE ON \"user\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'user', NEW.id, col, o, n FROM (\n"
	"  SELECT 'name' AS col, OLD.\"name\" AS o, NEW.\"name\" AS n UNION ALL\n"
	"  SELECT 'role', OLD.\"role\", NEW.\"role\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	"CREATE TRIGGER user_class_audit_ins AFTER INSERT ON \"user_class\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'user_class', NEW.id);\n"
	"END;\n"
	"CREATE TRIGGER user_class_audit_del AFTER DELETE ON \"user_class\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'user_class', OLD.id);\n"
	"END;\n"
	"CREATE TRIGGER user_class_audit_upd AFTER UPDATE ON \"user_class\" WHEN guanai_bulk() = 0 BEGIN\n"
	" INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)\n"
	" SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'user_class', NEW.id, col, o, n FROM (\n"
	"  SELECT 'user_id' AS col, OLD.\"user_id\" AS o, NEW.\"user_id\" AS n UNION ALL\n"
	"  SELECT 'class_id', OLD.\"class_id\", NEW.\"class_id\" UNION ALL\n"
	"  SELECT 'deleted_at', OLD.\"deleted_at\", NEW.\"deleted_at\") WHERE o IS NOT n;\n"
	"END;\n"
	;

/* Step 2: the USB-package bookkeeping (src/store/sync*.c) — this PC's
 * identity and clock, what each peer last sent, and the last state both
 * sides agreed on per row (the base of the three-way merge).  IF NOT EXISTS:
 * until this step the tables were made on a database's first pack or
 * unpack, so a database of version 1 may already hold them. */
static const char schema_v2[] =
	"CREATE TABLE IF NOT EXISTS sync_site (id TEXT PRIMARY KEY,\n"
	" clock INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,\n"
	" updated_at TEXT NOT NULL, deleted_at TEXT);\n"
	"CREATE TABLE IF NOT EXISTS sync_peer (id TEXT PRIMARY KEY,\n"
	" last_seq INTEGER NOT NULL, actor TEXT, packed_at TEXT,\n"
	" created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);\n"
	"CREATE TABLE IF NOT EXISTS sync_base (peer TEXT NOT NULL, tbl TEXT NOT NULL,\n"
	" row_id TEXT NOT NULL, peer_seq INTEGER NOT NULL,\n"
	" local_clock INTEGER NOT NULL, data TEXT NOT NULL,\n"
	" PRIMARY KEY (peer, tbl, row_id)) WITHOUT ROWID;\n"
	"CREATE INDEX IF NOT EXISTS sync_base_row ON sync_base(tbl, row_id);\n";

/* Step 3: names found by every reading (issue 13): no table changes;
 * the step's function reads every child's name again and indexes it under
 * every reading (store_search_migrate). */
static const char schema_v3[] = "";
/* Step 4: where this database's site identity was minted (machine id and
 * file inode, fs_file_place): a copy or a restored backup sees another
 * place at open and mints its own identity (src/store/sync.c). */
static const char schema_v4[] =
	"CREATE TABLE IF NOT EXISTS sync_place (site TEXT PRIMARY KEY,\n"
	" place TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;\n";

/* Step 5: the sites this database was copied from, each up to its clock
 * at the copy (issue 14; src/store/sync-split.c): a base a third PC holds
 * from one of them up to then is one of this database's too. */
static const char schema_v5[] =
	"CREATE TABLE IF NOT EXISTS sync_origin (site TEXT PRIMARY KEY,\n"
	" seq INTEGER NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;\n";

/* Step 6: one audit entry per imported file (issue 15): an import, a demo
 * and an unpack write one event row and link it to the children it added
 * or changed — instead of an audit row with UUID keys a child (25 k
 * instructions and ~230 bytes a child, bench/README.md).  A link is a run
 * of child row numbers, [child_first, child_last], all added (1) or all
 * changed (2): the children an import adds take consecutive row numbers,
 * so a first import of a whole school is one row.  Local history: never in
 * a package.  Erasing a child cuts its number out of every run
 * (store_audit_unlink): SQLite may give the highest number again.  The
 * per-child rows older releases wrote are left as they were. */
static const char schema_v6[] =
	"CREATE TABLE IF NOT EXISTS audit_child (entry INTEGER NOT NULL,\n"
	" child_first INTEGER NOT NULL, child_last INTEGER NOT NULL,\n"
	" change INTEGER NOT NULL CHECK (change IN (1, 2)),\n"
	" PRIMARY KEY (entry, child_first)) WITHOUT ROWID;\n";

struct migration {
	int version;
	const char *sql;
	/* run after sql, in the same transaction (NULL: none) */
	int (*fn)(struct store *s, struct err *e);
};

/* Append only. */
static const struct migration migrations[] = {
	{ 1, schema_v1, NULL },
	{ 2, schema_v2, NULL },
	{ 3, schema_v3, store_search_migrate },
	{ 4, schema_v4, NULL },
	{ 5, schema_v5, NULL },
	{ 6, schema_v6, NULL },
};

#define N_MIGRATIONS (sizeof migrations / sizeof migrations[0])

int
store_schema_version(void)
{
	return migrations[N_MIGRATIONS - 1].version;
}

static int
user_version(struct store *s, int *v, struct err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*v = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("reading the schema version"), e);
	return 0;
}

static int
apply_step(struct store *s, const struct migration *m, struct err *e)
{
	char pragma[48];
	int cur;

	if (store_exec(s, "BEGIN IMMEDIATE", e) != 0)
		return -1;
	/* another guanai may have migrated while we waited for the lock */
	if (user_version(s, &cur, e) != 0)
		goto fail;
	if (cur >= m->version) {
		store_exec(s, "COMMIT", NULL);
		return 0;
	}
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", m->version);
	if (store_exec(s, m->sql, e) != 0 || (m->fn != NULL && m->fn(s, e) != 0) ||
	    store_exec(s, pragma, e) != 0 ||
	    store_exec(s, "COMMIT", e) != 0)
		goto fail;
	return 0;
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

int
store_migrate(struct store *s, struct err *e)
{
	size_t i;
	int v;

	if (user_version(s, &v, e) != 0)
		return -1;
	if (v > store_schema_version()) {
		err_set(e, ERR_IO, _("%s was written by a newer guanai (schema %d, this "
		    "program knows %d); it was left untouched: update guanai"),
		    s->path, v, store_schema_version());
		return -1;
	}
	for (i = 0; i < N_MIGRATIONS; i++)
		if (migrations[i].version > v && apply_step(s, &migrations[i], e) != 0)
			return -1;
	return 0;
}
