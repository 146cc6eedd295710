-- schema-v2-names.sql — a database at schema version 2, written by guanai
-- before issue 13 (commit e0612f9: init, then import of nine names read one
-- way only: 张长江 as zhangzhangjiang, 覃晟睿 qinchengrui, 澹台 dantai),
-- dumped with sqlite3 .dump.  test-search-readings opens it: schema step 3
-- must read every name again and index every reading.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE school (id TEXT PRIMARY KEY, name TEXT, code TEXT,
 township TEXT, county TEXT, year_start TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO school VALUES('6ae18bb8-c280-4416-8ec9-421d5a6909ea','测试小学',NULL,NULL,NULL,'2026-09-01','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
CREATE TABLE helper (id TEXT PRIMARY KEY, name TEXT NOT NULL,
 kind TEXT NOT NULL, phone TEXT, organisation TEXT, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE class (id TEXT PRIMARY KEY,
 grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 9),
 number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
 enrolled INTEGER NOT NULL DEFAULT 0,
 head_teacher_id TEXT REFERENCES helper(id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
INSERT INTO class VALUES('072b6f1e-d019-459a-8c67-bfac86785257',3,2,0,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO class VALUES('af82c43b-b750-4e9d-8ffe-41bd52bc53f9',4,1,0,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO class VALUES('4a92e9dd-7e8a-40fa-9c1d-872606ea9f59',3,1,0,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
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
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae26','072b6f1e-d019-459a-8c67-bfac86785257','张长江','m','2017-03-01',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'zhangzhangjiang','zzj','zhang zhang jiang	张长江','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae28','af82c43b-b750-4e9d-8ffe-41bd52bc53f9','覃晟睿','m','2016-05-02',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'qinchengrui','qcr','qin cheng rui	覃晟睿','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae2a','072b6f1e-d019-459a-8c67-bfac86785257','澹台明月','f','2017-07-09',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'dantaimingyue','dtmy','dan tai ming yue	澹台明月','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae2c','4a92e9dd-7e8a-40fa-9c1d-872606ea9f59','单于飞','m','2017-01-15',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'chanyufei','cyf','chan yu fei	单于飞','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae2e','af82c43b-b750-4e9d-8ffe-41bd52bc53f9','乐正和','m','2016-11-20',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'yuezhenghe','yzh','yue zheng he	乐正和','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae30','072b6f1e-d019-459a-8c67-bfac86785257','曾小红','f','2017-02-11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'zengxiaohong','zxh','zeng xiao hong	曾小红','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae32','4a92e9dd-7e8a-40fa-9c1d-872606ea9f59','王乐乐','f','2017-08-30',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'wanglele','wll','wang le le	王乐乐','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae34','af82c43b-b750-4e9d-8ffe-41bd52bc53f9','张朝阳','m','2016-09-09',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'zhangchaoyang','zcy','zhang chao yang	张朝阳','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO child VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae36','072b6f1e-d019-459a-8c67-bfac86785257','李华','m','2017-06-01',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'lihua','lh','li hua	李华','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
CREATE TABLE parent (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 relation TEXT NOT NULL CHECK (relation IN ('father', 'mother')),
 name TEXT, id_number TEXT, phone TEXT, away TEXT, work_place TEXT,
 occupation TEXT, away_since TEXT, returns_per_year TEXT,
 contact_frequency TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE guardian (id TEXT PRIMARY KEY,
 child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
 is_primary INTEGER NOT NULL DEFAULT 1,
 name TEXT, relation TEXT, age TEXT, health TEXT, education TEXT,
 id_number TEXT, phone TEXT, address TEXT, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
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
INSERT INTO audit VALUES('2fc62629-f648-42d4-9439-e03d35175932','2026-12-07T11:53:40Z','root','insert','school','6ae18bb8-c280-4416-8ec9-421d5a6909ea',NULL,NULL,NULL,NULL,'','',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae27','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae26',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae29','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae28',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae2b','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae2a',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae2d','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae2c',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae2f','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae2e',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae31','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae30',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae33','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae32',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae35','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae34',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('27d456f4-9dbc-4e40-934f-c4e917fdae37','2026-12-07T11:53:40Z','root','insert','child','27d456f4-9dbc-4e40-934f-c4e917fdae36',NULL,NULL,NULL,NULL,'2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
INSERT INTO audit VALUES('89d02bb8-add8-4737-b538-a8a010070a8b','2026-12-07T11:53:40Z','root','import',NULL,NULL,NULL,NULL,NULL,'file=in.csv encoding=UTF-8 new=9 updated=0 unchanged=0 rejected=0 duplicates=0','2026-12-07T11:53:40Z','2026-12-07T11:53:40Z',NULL);
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
INSERT INTO child_seq VALUES(1,'27d456f4-9dbc-4e40-934f-c4e917fdae26');
INSERT INTO child_seq VALUES(2,'27d456f4-9dbc-4e40-934f-c4e917fdae28');
INSERT INTO child_seq VALUES(3,'27d456f4-9dbc-4e40-934f-c4e917fdae2a');
INSERT INTO child_seq VALUES(4,'27d456f4-9dbc-4e40-934f-c4e917fdae2c');
INSERT INTO child_seq VALUES(5,'27d456f4-9dbc-4e40-934f-c4e917fdae2e');
INSERT INTO child_seq VALUES(6,'27d456f4-9dbc-4e40-934f-c4e917fdae30');
INSERT INTO child_seq VALUES(7,'27d456f4-9dbc-4e40-934f-c4e917fdae32');
INSERT INTO child_seq VALUES(8,'27d456f4-9dbc-4e40-934f-c4e917fdae34');
INSERT INTO child_seq VALUES(9,'27d456f4-9dbc-4e40-934f-c4e917fdae36');
CREATE TABLE child_search (term TEXT NOT NULL, sort_key TEXT NOT NULL,
 seq INTEGER NOT NULL, PRIMARY KEY (term, sort_key, seq)) WITHOUT ROWID;
INSERT INTO child_search VALUES('ic','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('icy','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('icyf','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('id','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('idt','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('idtm','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('idtmy','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('il','li hua	李华',9);
INSERT INTO child_search VALUES('ilh','li hua	李华',9);
INSERT INTO child_search VALUES('iq','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('iqc','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('iqcr','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('iw','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('iwl','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('iwll','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('iy','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('iyz','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('iyzh','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('iz','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('iz','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('iz','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('izc','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('izcy','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('izx','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('izxh','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('izz','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('izzj','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('n乐','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('n乐','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('n乐乐','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('n乐正','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('n于','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('n于飞','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('n华','li hua	李华',9);
INSERT INTO child_search VALUES('n单','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('n单于','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('n台','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n台明','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n和','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('n小','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('n小红','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('n张','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('n张','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('n张朝','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('n张长','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('n明','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n明月','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n晟','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('n晟睿','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('n曾','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('n曾小','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('n月','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n朝','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('n朝阳','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('n李','li hua	李华',9);
INSERT INTO child_search VALUES('n李华','li hua	李华',9);
INSERT INTO child_search VALUES('n正','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('n正和','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('n江','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('n澹','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n澹台','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('n王','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('n王乐','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('n睿','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('n红','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('n覃','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('n覃晟','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('n长','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('n长江','zhang zhang jiang	张长江',1);
INSERT INTO child_search VALUES('n阳','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('n飞','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('pchanyufei','chan yu fei	单于飞',4);
INSERT INTO child_search VALUES('pdantaimingyue','dan tai ming yue	澹台明月',3);
INSERT INTO child_search VALUES('plihua','li hua	李华',9);
INSERT INTO child_search VALUES('pqinchengrui','qin cheng rui	覃晟睿',2);
INSERT INTO child_search VALUES('pwanglele','wang le le	王乐乐',7);
INSERT INTO child_search VALUES('pyuezhenghe','yue zheng he	乐正和',5);
INSERT INTO child_search VALUES('pzengxiaohong','zeng xiao hong	曾小红',6);
INSERT INTO child_search VALUES('pzhangchaoyang','zhang chao yang	张朝阳',8);
INSERT INTO child_search VALUES('pzhangzhangjiang','zhang zhang jiang	张长江',1);
CREATE TABLE sync_site (id TEXT PRIMARY KEY,
 clock INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
 updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE sync_peer (id TEXT PRIMARY KEY,
 last_seq INTEGER NOT NULL, actor TEXT, packed_at TEXT,
 created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
CREATE TABLE sync_base (peer TEXT NOT NULL, tbl TEXT NOT NULL,
 row_id TEXT NOT NULL, peer_seq INTEGER NOT NULL,
 local_clock INTEGER NOT NULL, data TEXT NOT NULL,
 PRIMARY KEY (peer, tbl, row_id)) WITHOUT ROWID;
CREATE UNIQUE INDEX class_grade_number ON class(grade, number);
CREATE INDEX child_sort ON child(sort_key, id);
CREATE INDEX child_class ON child(class_id, sort_key, id);
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
COMMIT;
PRAGMA user_version = 2;
