-- schema-v5-audit.sql — a database at schema version 5, written by guanai
-- before issue 15's one audit entry per imported file (main at 2bb2d81:
-- init, import of kids.csv (3 new), an edit of 李小红's 性格特点, import of
-- more.csv (1 new, 王五 updated)), dumped with sqlite3 .dump.  Its imports
-- wrote one audit row a child.  tests/cli/migrate-audit.sh opens it: schema
-- step 6 adds audit_child and keeps that history as it was.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE school (id TEXT PRIMARY KEY, name TEXT, code TEXT,
 township TEXT, county TEXT, year_start TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO school VALUES('8a83879d-8407-47e3-b69e-a8e9249f66fc','太平山镇中心小学',NULL,NULL,NULL,'2026-09-01','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE helper (id TEXT PRIMARY KEY, name TEXT NOT NULL,
 kind TEXT NOT NULL, phone TEXT, organisation TEXT, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE class (id TEXT PRIMARY KEY,
 grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 9),
 number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
 enrolled INTEGER NOT NULL DEFAULT 0,
 head_teacher_id TEXT REFERENCES helper(id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO class VALUES('42009947-aaa7-4b9f-9af9-c1e1796e8a5c',3,2,0,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO class VALUES('f5a38b27-97d1-48e2-994e-31d1f984879a',4,1,0,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE child (id TEXT PRIMARY KEY,
 class_id TEXT NOT NULL REFERENCES class(id),
 name TEXT NOT NULL, gender TEXT, birth_date TEXT, id_number TEXT,
 has_hukou TEXT, hukou_place TEXT, student_no TEXT, ethnicity TEXT,
 boarding TEXT, left_behind_type TEXT, left_behind_since TEXT,
 left_behind_end TEXT, guardianship TEXT, hardship TEXT, health TEXT,
 health_note TEXT, personality TEXT, hobbies TEXT, study TEXT,
 behaviour TEXT, psychology TEXT, family_economy TEXT,
 income_sources TEXT, assistance TEXT, address TEXT, living TEXT,
 notes TEXT,
 pinyin TEXT, initials TEXT, sort_key TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO child VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db1d','42009947-aaa7-4b9f-9af9-c1e1796e8a5c','张思远','m','2016-05-06',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'内向',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'zhangsiyuan','zsy','zhang si yuan	张思远','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO child VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db21','42009947-aaa7-4b9f-9af9-c1e1796e8a5c','李小红','f','2016-07-01',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'文静',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'lixiaohong','lxh','li xiao hong	李小红','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO child VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db23','f5a38b27-97d1-48e2-994e-31d1f984879a','王五','m','2015-03-08',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'活泼',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'wangwu','ww','wang wu	王五','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO child VALUES('558c7b48-fbd4-4333-9866-f9f0ae15bf70','f5a38b27-97d1-48e2-994e-31d1f984879a','赵松','m','2015-04-09',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'zhaosong','zs','zhao song	赵松','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE parent (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 relation TEXT NOT NULL CHECK (relation IN ('father', 'mother')),
 name TEXT, id_number TEXT, phone TEXT, away TEXT, work_place TEXT,
 occupation TEXT, away_since TEXT, returns_per_year TEXT,
 contact_frequency TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO parent VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db1e','544bdfad-c991-4cdc-b8c7-169f9f99db1d','father','张建国',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO parent VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db24','544bdfad-c991-4cdc-b8c7-169f9f99db23','father','王大',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE guardian (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 is_primary INTEGER NOT NULL DEFAULT 1,
 name TEXT, relation TEXT, age TEXT, health TEXT, education TEXT,
 id_number TEXT, phone TEXT, address TEXT, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO guardian VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db1f','544bdfad-c991-4cdc-b8c7-169f9f99db1d',1,'王秀英','grandmother',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO guardian VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db25','544bdfad-c991-4cdc-b8c7-169f9f99db23',1,'王奶奶','grandmother',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE pairing (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 helper_id TEXT NOT NULL REFERENCES helper(id),
 role TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE care (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 helper_id TEXT REFERENCES helper(id), group_id TEXT,
 date TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT, amount REAL,
 follow_up TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE checklist_confirm (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 7),
 confirmed_on TEXT NOT NULL, confirmed_by TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT,
 action TEXT NOT NULL, tbl TEXT, row_id TEXT, col TEXT, old_value TEXT,
 new_value TEXT, detail TEXT,
 created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
 deleted_at TEXT);
INSERT INTO audit VALUES('06929985-b7f2-400d-b262-1387fbf341c0','2026-12-07T23:51:48Z','root','insert','school','8a83879d-8407-47e3-b69e-a8e9249f66fc',NULL,NULL,NULL,NULL,'','',NULL);
INSERT INTO audit VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db20','2026-12-07T23:51:48Z','root','insert','child','544bdfad-c991-4cdc-b8c7-169f9f99db1d',NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO audit VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db22','2026-12-07T23:51:48Z','root','insert','child','544bdfad-c991-4cdc-b8c7-169f9f99db21',NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO audit VALUES('544bdfad-c991-4cdc-b8c7-169f9f99db26','2026-12-07T23:51:48Z','root','insert','child','544bdfad-c991-4cdc-b8c7-169f9f99db23',NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO audit VALUES('0b72ee57-2374-4570-80b3-e60550804f3f','2026-12-07T23:51:48Z','root','import',NULL,NULL,NULL,NULL,NULL,'file=kids.csv encoding=UTF-8 new=3 updated=0 unchanged=0 rejected=0 partial=0 duplicates=0','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO audit VALUES('c1dc5a19-b7ae-4571-a8e7-a3f57da15ecf','2026-12-07T23:51:48Z','root','update','child','544bdfad-c991-4cdc-b8c7-169f9f99db21','personality','开朗','文静',NULL,'','',NULL);
INSERT INTO audit VALUES('558c7b48-fbd4-4333-9866-f9f0ae15bf6f','2026-12-07T23:51:48Z','root','update','child','544bdfad-c991-4cdc-b8c7-169f9f99db23',NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO audit VALUES('558c7b48-fbd4-4333-9866-f9f0ae15bf71','2026-12-07T23:51:48Z','root','insert','child','558c7b48-fbd4-4333-9866-f9f0ae15bf70',NULL,NULL,NULL,NULL,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
INSERT INTO audit VALUES('687cff33-e67b-4794-b1c6-709d3714c50c','2026-12-07T23:51:48Z','root','import',NULL,NULL,NULL,NULL,NULL,'file=more.csv encoding=UTF-8 new=1 updated=1 unchanged=0 rejected=0 partial=0 duplicates=0','2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE IF NOT EXISTS "user" (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,
 role TEXT NOT NULL CHECK (role IN ('head', 'teacher')),
 password_hash TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE user_class (id TEXT PRIMARY KEY,
 user_id TEXT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
 class_id TEXT NOT NULL REFERENCES class(id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE conflict (id TEXT PRIMARY KEY, tbl TEXT NOT NULL,
 row_id TEXT NOT NULL, col TEXT NOT NULL, mine TEXT, theirs TEXT,
 their_actor TEXT, their_at TEXT, resolved_at TEXT, resolved_by TEXT,
 resolution TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE child_seq (seq INTEGER PRIMARY KEY,
 child_id TEXT NOT NULL UNIQUE REFERENCES child(id) ON DELETE CASCADE);
INSERT INTO child_seq VALUES(1,'544bdfad-c991-4cdc-b8c7-169f9f99db1d');
INSERT INTO child_seq VALUES(2,'544bdfad-c991-4cdc-b8c7-169f9f99db21');
INSERT INTO child_seq VALUES(3,'544bdfad-c991-4cdc-b8c7-169f9f99db23');
INSERT INTO child_seq VALUES(4,'558c7b48-fbd4-4333-9866-f9f0ae15bf70');
CREATE TABLE child_search (term TEXT NOT NULL, sort_key TEXT NOT NULL,
 seq INTEGER NOT NULL, PRIMARY KEY (term, sort_key, seq)) WITHOUT ROWID;
INSERT INTO child_search VALUES('il','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('ilx','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('ilxg','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('ilxh','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('iz','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('iz','zhao song	赵松',4);
INSERT INTO child_search VALUES('izs','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('izs','zhao song	赵松',4);
INSERT INTO child_search VALUES('izsy','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('n小','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('n小红','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('n张','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('n张思','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('n思','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('n思远','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('n李','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('n李小','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('n松','zhao song	赵松',4);
INSERT INTO child_search VALUES('n红','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('n赵','zhao song	赵松',4);
INSERT INTO child_search VALUES('n赵松','zhao song	赵松',4);
INSERT INTO child_search VALUES('n远','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('plixiaogong','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('plixiaohong','li xiao hong	李小红',2);
INSERT INTO child_search VALUES('pzhangsaiyuan','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('pzhangsiyuan','zhang si yuan	张思远',1);
INSERT INTO child_search VALUES('pzhaosong','zhao song	赵松',4);
CREATE TABLE sync_site (id TEXT PRIMARY KEY,
 clock INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
 updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO sync_site VALUES('a290eaf4-5f80-4633-979e-ccbd7b6d1610',0,'2026-12-07T23:51:48Z','2026-12-07T23:51:48Z',NULL);
CREATE TABLE sync_peer (id TEXT PRIMARY KEY,
 last_seq INTEGER NOT NULL, actor TEXT, packed_at TEXT,
 created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE sync_base (peer TEXT NOT NULL, tbl TEXT NOT NULL,
 row_id TEXT NOT NULL, peer_seq INTEGER NOT NULL,
 local_clock INTEGER NOT NULL, data TEXT NOT NULL,
 PRIMARY KEY (peer, tbl, row_id)) WITHOUT ROWID;
CREATE TABLE sync_place (site TEXT PRIMARY KEY,
 place TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO sync_place VALUES('a290eaf4-5f80-4633-979e-ccbd7b6d1610','3d1219c7c4c5404aaa1f6d2a48adfda4:11297251','2026-12-07T23:51:48Z');
CREATE TABLE sync_origin (site TEXT PRIMARY KEY,
 seq INTEGER NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;
CREATE UNIQUE INDEX class_grade_number ON class(grade, number);
CREATE INDEX child_id_number ON child(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX child_student_no ON child(student_no) WHERE student_no IS NOT NULL;
CREATE INDEX child_name ON child(name, birth_date);
CREATE INDEX child_pinyin ON child(pinyin, birth_date);
CREATE INDEX parent_child ON parent(child_id, relation);
CREATE INDEX guardian_child ON guardian(child_id, is_primary);
CREATE INDEX pairing_child ON pairing(child_id);
CREATE INDEX pairing_helper ON pairing(helper_id);
CREATE INDEX care_child ON care(child_id, date);
CREATE INDEX care_date ON care(date);
CREATE INDEX checklist_child ON checklist_confirm(child_id, item);
CREATE INDEX audit_row ON audit(tbl, row_id);
CREATE UNIQUE INDEX user_class_pair ON user_class(user_id, class_id);
CREATE INDEX conflict_open ON conflict(resolved_at, tbl, row_id);
CREATE TRIGGER school_audit_ins AFTER INSERT ON "school" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'school', NEW.id);
END;
CREATE TRIGGER school_audit_del AFTER DELETE ON "school" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'school', OLD.id);
END;
CREATE TRIGGER school_audit_upd AFTER UPDATE ON "school" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'school', NEW.id, col, o, n FROM (
  SELECT 'name' AS col, OLD."name" AS o, NEW."name" AS n UNION ALL
  SELECT 'code', OLD."code", NEW."code" UNION ALL
  SELECT 'township', OLD."township", NEW."township" UNION ALL
  SELECT 'county', OLD."county", NEW."county" UNION ALL
  SELECT 'year_start', OLD."year_start", NEW."year_start" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER class_audit_ins AFTER INSERT ON "class" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'class', NEW.id);
END;
CREATE TRIGGER class_audit_del AFTER DELETE ON "class" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'class', OLD.id);
END;
CREATE TRIGGER class_audit_upd AFTER UPDATE ON "class" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'class', NEW.id, col, o, n FROM (
  SELECT 'grade' AS col, OLD."grade" AS o, NEW."grade" AS n UNION ALL
  SELECT 'number', OLD."number", NEW."number" UNION ALL
  SELECT 'enrolled', OLD."enrolled", NEW."enrolled" UNION ALL
  SELECT 'head_teacher_id', OLD."head_teacher_id", NEW."head_teacher_id" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER child_audit_ins AFTER INSERT ON "child" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'child', NEW.id);
END;
CREATE TRIGGER child_audit_del AFTER DELETE ON "child" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'child', OLD.id);
END;
CREATE TRIGGER child_audit_upd AFTER UPDATE ON "child" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'child', NEW.id, col, o, n FROM (
  SELECT 'class_id' AS col, OLD."class_id" AS o, NEW."class_id" AS n UNION ALL
  SELECT 'name', OLD."name", NEW."name" UNION ALL
  SELECT 'gender', OLD."gender", NEW."gender" UNION ALL
  SELECT 'birth_date', OLD."birth_date", NEW."birth_date" UNION ALL
  SELECT 'id_number', OLD."id_number", NEW."id_number" UNION ALL
  SELECT 'has_hukou', OLD."has_hukou", NEW."has_hukou" UNION ALL
  SELECT 'hukou_place', OLD."hukou_place", NEW."hukou_place" UNION ALL
  SELECT 'student_no', OLD."student_no", NEW."student_no" UNION ALL
  SELECT 'ethnicity', OLD."ethnicity", NEW."ethnicity" UNION ALL
  SELECT 'boarding', OLD."boarding", NEW."boarding" UNION ALL
  SELECT 'left_behind_type', OLD."left_behind_type", NEW."left_behind_type" UNION ALL
  SELECT 'left_behind_since', OLD."left_behind_since", NEW."left_behind_since" UNION ALL
  SELECT 'left_behind_end', OLD."left_behind_end", NEW."left_behind_end" UNION ALL
  SELECT 'guardianship', OLD."guardianship", NEW."guardianship" UNION ALL
  SELECT 'hardship', OLD."hardship", NEW."hardship" UNION ALL
  SELECT 'health', OLD."health", NEW."health" UNION ALL
  SELECT 'health_note', OLD."health_note", NEW."health_note" UNION ALL
  SELECT 'personality', OLD."personality", NEW."personality" UNION ALL
  SELECT 'hobbies', OLD."hobbies", NEW."hobbies" UNION ALL
  SELECT 'study', OLD."study", NEW."study" UNION ALL
  SELECT 'behaviour', OLD."behaviour", NEW."behaviour" UNION ALL
  SELECT 'psychology', OLD."psychology", NEW."psychology" UNION ALL
  SELECT 'family_economy', OLD."family_economy", NEW."family_economy" UNION ALL
  SELECT 'income_sources', OLD."income_sources", NEW."income_sources" UNION ALL
  SELECT 'assistance', OLD."assistance", NEW."assistance" UNION ALL
  SELECT 'address', OLD."address", NEW."address" UNION ALL
  SELECT 'living', OLD."living", NEW."living" UNION ALL
  SELECT 'notes', OLD."notes", NEW."notes" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER parent_audit_ins AFTER INSERT ON "parent" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'parent', NEW.id);
END;
CREATE TRIGGER parent_audit_del AFTER DELETE ON "parent" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'parent', OLD.id);
END;
CREATE TRIGGER parent_audit_upd AFTER UPDATE ON "parent" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'parent', NEW.id, col, o, n FROM (
  SELECT 'relation' AS col, OLD."relation" AS o, NEW."relation" AS n UNION ALL
  SELECT 'name', OLD."name", NEW."name" UNION ALL
  SELECT 'id_number', OLD."id_number", NEW."id_number" UNION ALL
  SELECT 'phone', OLD."phone", NEW."phone" UNION ALL
  SELECT 'away', OLD."away", NEW."away" UNION ALL
  SELECT 'work_place', OLD."work_place", NEW."work_place" UNION ALL
  SELECT 'occupation', OLD."occupation", NEW."occupation" UNION ALL
  SELECT 'away_since', OLD."away_since", NEW."away_since" UNION ALL
  SELECT 'returns_per_year', OLD."returns_per_year", NEW."returns_per_year" UNION ALL
  SELECT 'contact_frequency', OLD."contact_frequency", NEW."contact_frequency" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER guardian_audit_ins AFTER INSERT ON "guardian" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'guardian', NEW.id);
END;
CREATE TRIGGER guardian_audit_del AFTER DELETE ON "guardian" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'guardian', OLD.id);
END;
CREATE TRIGGER guardian_audit_upd AFTER UPDATE ON "guardian" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'guardian', NEW.id, col, o, n FROM (
  SELECT 'is_primary' AS col, OLD."is_primary" AS o, NEW."is_primary" AS n UNION ALL
  SELECT 'name', OLD."name", NEW."name" UNION ALL
  SELECT 'relation', OLD."relation", NEW."relation" UNION ALL
  SELECT 'age', OLD."age", NEW."age" UNION ALL
  SELECT 'health', OLD."health", NEW."health" UNION ALL
  SELECT 'education', OLD."education", NEW."education" UNION ALL
  SELECT 'id_number', OLD."id_number", NEW."id_number" UNION ALL
  SELECT 'phone', OLD."phone", NEW."phone" UNION ALL
  SELECT 'address', OLD."address", NEW."address" UNION ALL
  SELECT 'notes', OLD."notes", NEW."notes" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER helper_audit_ins AFTER INSERT ON "helper" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'helper', NEW.id);
END;
CREATE TRIGGER helper_audit_del AFTER DELETE ON "helper" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'helper', OLD.id);
END;
CREATE TRIGGER helper_audit_upd AFTER UPDATE ON "helper" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'helper', NEW.id, col, o, n FROM (
  SELECT 'name' AS col, OLD."name" AS o, NEW."name" AS n UNION ALL
  SELECT 'kind', OLD."kind", NEW."kind" UNION ALL
  SELECT 'phone', OLD."phone", NEW."phone" UNION ALL
  SELECT 'organisation', OLD."organisation", NEW."organisation" UNION ALL
  SELECT 'notes', OLD."notes", NEW."notes" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER pairing_audit_ins AFTER INSERT ON "pairing" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'pairing', NEW.id);
END;
CREATE TRIGGER pairing_audit_del AFTER DELETE ON "pairing" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'pairing', OLD.id);
END;
CREATE TRIGGER pairing_audit_upd AFTER UPDATE ON "pairing" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'pairing', NEW.id, col, o, n FROM (
  SELECT 'child_id' AS col, OLD."child_id" AS o, NEW."child_id" AS n UNION ALL
  SELECT 'helper_id', OLD."helper_id", NEW."helper_id" UNION ALL
  SELECT 'role', OLD."role", NEW."role" UNION ALL
  SELECT 'start_date', OLD."start_date", NEW."start_date" UNION ALL
  SELECT 'end_date', OLD."end_date", NEW."end_date" UNION ALL
  SELECT 'notes', OLD."notes", NEW."notes" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER care_audit_ins AFTER INSERT ON "care" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'care', NEW.id);
END;
CREATE TRIGGER care_audit_del AFTER DELETE ON "care" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'care', OLD.id);
END;
CREATE TRIGGER care_audit_upd AFTER UPDATE ON "care" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'care', NEW.id, col, o, n FROM (
  SELECT 'child_id' AS col, OLD."child_id" AS o, NEW."child_id" AS n UNION ALL
  SELECT 'helper_id', OLD."helper_id", NEW."helper_id" UNION ALL
  SELECT 'group_id', OLD."group_id", NEW."group_id" UNION ALL
  SELECT 'date', OLD."date", NEW."date" UNION ALL
  SELECT 'kind', OLD."kind", NEW."kind" UNION ALL
  SELECT 'summary', OLD."summary", NEW."summary" UNION ALL
  SELECT 'amount', OLD."amount", NEW."amount" UNION ALL
  SELECT 'follow_up', OLD."follow_up", NEW."follow_up" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER checklist_confirm_audit_ins AFTER INSERT ON "checklist_confirm" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'checklist_confirm', NEW.id);
END;
CREATE TRIGGER checklist_confirm_audit_del AFTER DELETE ON "checklist_confirm" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'checklist_confirm', OLD.id);
END;
CREATE TRIGGER checklist_confirm_audit_upd AFTER UPDATE ON "checklist_confirm" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'checklist_confirm', NEW.id, col, o, n FROM (
  SELECT 'child_id' AS col, OLD."child_id" AS o, NEW."child_id" AS n UNION ALL
  SELECT 'item', OLD."item", NEW."item" UNION ALL
  SELECT 'confirmed_on', OLD."confirmed_on", NEW."confirmed_on" UNION ALL
  SELECT 'confirmed_by', OLD."confirmed_by", NEW."confirmed_by" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER user_audit_ins AFTER INSERT ON "user" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'user', NEW.id);
END;
CREATE TRIGGER user_audit_del AFTER DELETE ON "user" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'user', OLD.id);
END;
CREATE TRIGGER user_audit_upd AFTER UPDATE ON "user" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'user', NEW.id, col, o, n FROM (
  SELECT 'name' AS col, OLD."name" AS o, NEW."name" AS n UNION ALL
  SELECT 'role', OLD."role", NEW."role" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE TRIGGER user_class_audit_ins AFTER INSERT ON "user_class" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'insert', 'user_class', NEW.id);
END;
CREATE TRIGGER user_class_audit_del AFTER DELETE ON "user_class" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id) VALUES (guanai_uuid(), guanai_now(), guanai_actor(), 'erase', 'user_class', OLD.id);
END;
CREATE TRIGGER user_class_audit_upd AFTER UPDATE ON "user_class" WHEN guanai_bulk() = 0 BEGIN
 INSERT INTO audit(id, at, actor, action, tbl, row_id, col, old_value, new_value)
 SELECT guanai_uuid(), guanai_now(), guanai_actor(), 'update', 'user_class', NEW.id, col, o, n FROM (
  SELECT 'user_id' AS col, OLD."user_id" AS o, NEW."user_id" AS n UNION ALL
  SELECT 'class_id', OLD."class_id", NEW."class_id" UNION ALL
  SELECT 'deleted_at', OLD."deleted_at", NEW."deleted_at") WHERE o IS NOT n;
END;
CREATE INDEX sync_base_row ON sync_base(tbl, row_id);
CREATE INDEX child_sort ON child(sort_key, id);
CREATE INDEX child_class ON child(class_id, sort_key, id);
COMMIT;
PRAGMA user_version = 5;
