/* store.c — the connection: open (0600 file, WAL, FULL sync, foreign keys,
 * busy timeout, migrations), transactions, bulk mode, the teacher's class
 * scope, cancellation, the statement cache and error translation.
 * Reads go through a 3 MB page cache and no memory map (see
 * configure_connection: memory against read() calls, bench/README.md). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "guanai/base/buf.h"
#include "guanai/base/date.h"
#include "guanai/base/fsutil.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/plat.h"
#include "guanai/base/uuid.h"
#include "store-int.h"

void
store_now(char out[DATE_UTC_SIZE])
{
	date_now_utc(out);
}

/* One text a second, kept in the connection: an import asks for the time
 * twice a child, and gmtime_r with strftime was 1.4 k instructions a
 * call. */
void
store_time(struct store *s, char out[DATE_UTC_SIZE])
{
	time_t t = time(NULL);
	struct tm tm;

	if (!s->now_set || t != s->now_t) {
		gmtime_r(&t, &tm);
		strftime(s->now_text, sizeof s->now_text, "%Y-%m-%dT%H:%M:%SZ", &tm);
		s->now_t = t;
		s->now_set = 1;
	}
	memcpy(out, s->now_text, DATE_UTC_SIZE);
}

static void
xfree_int(int **p)
{
	free(*p);
	*p = NULL;
}

static int
hexval(char c)
{
	return c >= 'a' ? c - 'a' + 10 : c - '0';
}

void
store_new_id(struct store *s, char out[UUID_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char b[16];
	unsigned long long lo;
	int i, j;

	if (s->bulk == 0) {
		uuid_new(out);
		return;
	}
	/* a new random base per bulk, and when the sequence would run out;
	 * its text kept, so that each id writes only its last 16 digits */
	if (!s->id_ready || (s->id_lo & 0x3fffffffffffffffULL) == 0x3fffffffffffffffULL) {
		uuid_new(s->id_text);
		for (i = j = 0; i < 16; i++, j += 2) {
			if (s->id_text[j] == '-')
				j++;
			b[i] = (unsigned char)(hexval(s->id_text[j]) << 4 | hexval(s->id_text[j + 1]));
		}
		for (s->id_lo = 0, i = 8; i < 16; i++)
			s->id_lo = s->id_lo << 8 | b[i];
		s->id_ready = 1;
	}
	s->id_lo = (s->id_lo + 1) & 0x3fffffffffffffffULL;
	/* bytes 8-15 are the sequence, the variant bits (10) on top */
	lo = s->id_lo | 0x8000000000000000ULL;
	memcpy(out, s->id_text, 19);
	for (i = 35; i >= 19; i--) {
		if (i == 23) {
			out[i] = '-';
			continue;
		}
		out[i] = hex[lo & 15];
		lo >>= 4;
	}
	out[UUID_LEN] = '\0';
}

int
store_fail(struct store *s, int rc, const char *what, struct err *e)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		err_set(e, ERR_IO, _("the database is busy: another guanai is writing; "
		    "try again"));
		break;
	case SQLITE_INTERRUPT:
		err_set(e, ERR_IO, _("cancelled"));
		break;
	case SQLITE_FULL:
		err_set(e, ERR_IO, _("%s: the disk is full; nothing was changed"),
		    s != NULL ? s->path : "");
		break;
	case SQLITE_READONLY:
		if (s != NULL && s->readonly) {
			err_set(e, ERR_IO, _("%s is read-only: guanai reads it but does "
			    "not change it (nothing was changed; make the file and its "
			    "folder writable to make changes)"), s->path);
			break;
		}
		/* fall through */
	case SQLITE_PERM:
	case SQLITE_CANTOPEN:
		err_set(e, ERR_IO, _("%s: cannot write the database (%s)"),
		    s != NULL ? s->path : "", what);
		break;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		err_set(e, ERR_IO, _("%s is damaged or is not a guanai database; restore "
		    "a backup"), s != NULL ? s->path : "");
		break;
	case SQLITE_CONSTRAINT:
		err_set(e, ERR_INPUT, _("%s: the change breaks a rule of the database (%s)"),
		    what, s != NULL ? sqlite3_errmsg(s->db) : "");
		break;
	default:
		err_set(e, ERR_IO, _("database error while %s: %s"), what,
		    s != NULL && s->db != NULL ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
		break;
	}
	return -1;
}

int
store_scope_ready(struct store *s, struct err *e)
{
	if (s->scope_made)
		return 0;
	if (store_exec(s, "CREATE TEMP TABLE IF NOT EXISTS scope "
	    "(class_id TEXT PRIMARY KEY) WITHOUT ROWID", e) != 0)
		return -1;
	s->scope_made = 1;
	s->scope_in_tx = !sqlite3_get_autocommit(s->db);
	return 0;
}

/* After a ROLLBACK: a temp.scope made inside that transaction is gone
 * with it, while cached statements still name it (an export after a
 * stopped import once failed with "no such table"): make it again now,
 * outside any transaction.  It was empty (the headteacher's: a teacher's
 * is made and filled at sign-in), so nothing else is lost. */
static void
rolled_back(struct store *s)
{
	struct err ignored = { 0, "" };

	store_audit_links_drop(s);
	if (s->scope_in_tx) {
		s->scope_made = 0;
		s->scope_in_tx = 0;
		(void)store_scope_ready(s, &ignored);	/* else: made at the next prepare */
	}
}

int
store_exec(struct store *s, const char *sql, struct err *e)
{
	int rc;

	if (!s->scope_made && strstr(sql, "temp.scope") != NULL &&
	    store_scope_ready(s, e) != 0)
		return -1;
	rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("changing the database"), e);
	return 0;
}

static sqlite3_stmt *
stmt_hit(struct store *s, struct store_cached *c, const char *sql)
{
	c->key = sql;
	c->used = ++s->clock;
	sqlite3_reset(c->st);
	sqlite3_clear_bindings(c->st);
	return c->st;
}

/* Most callers pass the same string literal every time: a slot whose last
 * hit came with this very pointer is tried first (one comparison of the
 * text, which a buffer reused for other SQL would fail), and only then the
 * other slots, by length before text.  Many statements share long prefixes
 * (SELECT ... FROM child ...), so a strcmp against every slot was 12.7 k
 * instructions an imported child (bench/README.md). */
sqlite3_stmt *
store_stmt(struct store *s, const char *sql, struct err *e)
{
	struct store_cached *c, *victim = &s->cache[0];
	sqlite3_stmt *st = NULL;
	size_t len;
	int i, rc;

	for (i = 0; i < STORE_CACHE; i++) {
		c = &s->cache[i];
		if (c->key == sql && !c->busy && c->sql != NULL && strcmp(c->sql, sql) == 0)
			return stmt_hit(s, c, sql);
	}
	len = strlen(sql);
	for (i = 0; i < STORE_CACHE; i++) {
		c = &s->cache[i];
		if (c->busy)
			continue;
		if (c->sql != NULL && c->len == len && memcmp(c->sql, sql, len) == 0)
			return stmt_hit(s, c, sql);
		if (victim->busy || c->used < victim->used)
			victim = c;
	}
	if (victim->busy) {	/* every slot held: cannot happen with sane nesting */
		err_set(e, ERR_IO, _("database error while %s: %s"), _("reading the database"),
		    "statement cache full");
		return NULL;
	}
	if (!s->scope_made && strstr(sql, "temp.scope") != NULL &&
	    store_scope_ready(s, e) != 0)
		return NULL;
	rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, _("reading the database"), e);
		return NULL;
	}
	sqlite3_finalize(victim->st);
	free(victim->sql);
	victim->sql = xstrdup(sql);
	victim->len = len;
	victim->key = sql;
	victim->st = st;
	victim->used = ++s->clock;
	return st;
}

void
store_stmt_hold(struct store *s, sqlite3_stmt *st, int busy)
{
	int i;

	for (i = 0; i < STORE_CACHE; i++)
		if (s->cache[i].st == st)
			s->cache[i].busy = busy;
}

int
store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL || v[0] == '\0')
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

int
store_bind_static(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL || v[0] == '\0')
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

char *
store_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t != NULL ? xstrdup((const char *)t) : NULL;
}

void
store_col_id(sqlite3_stmt *st, int i, char out[UUID_LEN + 1])
{
	const unsigned char *t = sqlite3_column_text(st, i);

	out[0] = '\0';
	if (t != NULL) {
		strncpy(out, (const char *)t, UUID_LEN);
		out[UUID_LEN] = '\0';
	}
}

int
store_step_done(struct store *s, sqlite3_stmt *st, const char *what, struct err *e)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, rc, what, e);
	return 0;
}

/* ---- application-defined SQL functions used by the triggers ---------- */

static void
fn_bulk(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct store *s = sqlite3_user_data(cx);

	(void)argc, (void)argv;
	sqlite3_result_int(cx, s->bulk > 0);
}

static void
fn_actor(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct store *s = sqlite3_user_data(cx);

	(void)argc, (void)argv;
	sqlite3_result_text(cx, s->actor != NULL ? s->actor : "", -1, SQLITE_TRANSIENT);
}

static void
fn_now(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	char now[DATE_UTC_SIZE];

	(void)argc, (void)argv;
	store_now(now);
	sqlite3_result_text(cx, now, -1, SQLITE_TRANSIENT);
}

static void
fn_uuid(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	char id[UUID_LEN + 1];

	(void)argc, (void)argv;
	uuid_new(id);
	sqlite3_result_text(cx, id, -1, SQLITE_TRANSIENT);
}

static int
register_functions(struct store *s, struct err *e)
{
	int rc, flags = SQLITE_UTF8;

	rc = sqlite3_create_function(s->db, "guanai_bulk", 0, flags, s, fn_bulk, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(s->db, "guanai_actor", 0, flags, s, fn_actor,
		    NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(s->db, "guanai_now", 0, flags, s, fn_now,
		    NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function(s->db, "guanai_uuid", 0, flags, s, fn_uuid,
		    NULL, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("opening the database"), e);
	return 0;
}

static int
progress_cb(void *ctx)
{
	struct store *s = ctx;

	if (s->interrupted)
		return 1;
	if (s->progress != NULL && s->progress(s->progress_ctx) != 0) {
		s->interrupted = 1;
		return 1;
	}
	return 0;
}

/* Create the file 0600 (and its folder 0700) before SQLite sees it, so it
 * is never readable by others, not even for a moment. */
static int
create_file(const char *path, struct err *e)
{
	char *dir = fs_dirname(path);
	int fd, rc = -1;

	if (!fs_exists(dir) && fs_mkdir_p(dir, 0700, e) != 0)
		goto out;
	fd = plat_open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST) {
		err_set(e, ERR_IO, _("%s: cannot create the database: %s"), path,
		    strerror(errno));
		goto out;
	}
	if (fd >= 0)
		plat_close(fd);
	rc = 0;
out:
	free(dir);
	return rc;
}

static void
chmod_side_files(const char *path)
{
	char *p;

	plat_chmod_private(path);
	p = xasprintf("%s-wal", path);
	if (fs_exists(p))
		plat_chmod_private(p);
	free(p);
	p = xasprintf("%s-shm", path);
	if (fs_exists(p))
		plat_chmod_private(p);
	free(p);
}

/* No memory map, which would count in every reader's resident size; a
 * 3 MB cache holds what the first page of a search reads (bench/README.md).
 * Outside bulk mode. */
#define CACHE_PRAGMA "PRAGMA cache_size = -3072"
static int
configure_connection(struct store *s, struct err *e)
{
	sqlite3_busy_timeout(s->db, 5000);
	sqlite3_extended_result_codes(s->db, 1);
	if (register_functions(s, e) != 0)
		return -1;
	if (store_exec(s, "PRAGMA foreign_keys = ON", e) != 0 ||
	    (!s->readonly && store_exec(s, "PRAGMA journal_mode = WAL", e) != 0) ||
	    store_exec(s, "PRAGMA synchronous = FULL", e) != 0 ||
	    store_exec(s, CACHE_PRAGMA, e) != 0 ||
	    store_exec(s, "PRAGMA mmap_size = 0", e) != 0 ||
	    store_exec(s, "PRAGMA temp_store = MEMORY", e) != 0)
		return -1;
	if (store_migrate(s, e) != 0)
		return -1;
	sqlite3_progress_handler(s->db, 1000, progress_cb, s);
	return 0;
}

/* 0: read and write; 1: read-only (the owner took the write bit away, or
 * we may not write it: never chmod'ed back); 2: the folder is read-only. */
static int
open_readonly(const char *path)
{
	plat_stat_t st;
	char *dir;
	int ro;

	if (plat_stat(path, &st) != 0)
		return 0;
	dir = fs_dirname(path);
	ro = !fs_dir_writable(dir);
	free(dir);
	if (ro)
		return 2;
	return !(st.st_mode & S_IWUSR) || plat_access(path, PLAT_W_OK) != 0;
}

int
store_open(struct store **out, const char *path, enum store_open_mode mode, struct err *e)
{
	struct store *s;
	char *uri;
	int rc;

	*out = NULL;
	if (!fs_exists(path)) {
		if (mode != STORE_OPEN_CREATE) {
			err_set(e, ERR_IO, _("there is no database at %s: run `guanai init` "
			    "first (or give --db PATH)"), path);
			return -1;
		}
		if (create_file(path, e) != 0)
			return -1;
	}
	/* One thread uses SQLite (DESIGN §3: only the main thread), so its
	 * mutexes and its memory statistics are pure cost: a third of the
	 * instructions of reading the schema at start-up went to them.  Both
	 * are process settings, taken only before SQLite's first use: later
	 * calls answer SQLITE_MISUSE and change nothing. */
	(void)sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
	(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->actor = xstrdup("");
	s->readonly = open_readonly(path);
	if (s->readonly == 2) {
		/* a read-only folder: no -wal/-shm can be made, and nobody can
		 * write the database either; read it as it is */
		uri = sqlite3_mprintf("file:%q?immutable=1", path);
		rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY |
		    SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL);
		sqlite3_free(uri);
	} else
		rc = sqlite3_open_v2(path, &s->db, (s->readonly ? SQLITE_OPEN_READONLY :
		    SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		store_fail(s, rc, _("opening the database"), e);
		goto fail;
	}
	if (configure_connection(s, e) != 0)
		goto fail;
	if (!s->readonly)
		chmod_side_files(path);
	*out = s;
	return 0;
fail:
	store_close(&s);
	return -1;
}

void
store_close(struct store **sp)
{
	struct store *s = *sp;
	int i;

	if (s == NULL)
		return;
	store_search_drop(s);
	store_class_forget(s);
	store_audit_links_drop(s);
	for (i = 0; i < STORE_CACHE; i++) {
		sqlite3_finalize(s->cache[i].st);
		free(s->cache[i].sql);
	}
	if (s->db != NULL)
		sqlite3_close(s->db);
	free(s->child_cols);
	free(s->some_cols);
	free(s->late_index);
	for (i = 0; i < 5; i++) {
		free(s->entity_sql[i][0]);
		free(s->entity_sql[i][1]);
	}
	free(s->path);
	free(s->actor);
	free(s->scope_g);
	free(s->scope_n);
	free(s);
	*sp = NULL;
}

const char *
store_path(const struct store *s)
{
	return s->path;
}

void
store_set_actor(struct store *s, const char *who)
{
	xstrset(&s->actor, who != NULL ? who : "");
}

const char *
store_actor(const struct store *s)
{
	return s->actor;
}

int
store_begin(struct store *s, struct err *e)
{
	if (s->tx_depth == 0) {
		if (store_exec(s, "BEGIN IMMEDIATE", e) != 0)
			return -1;
		s->tx_failed = 0;
	}
	s->tx_depth++;
	return 0;
}

/* The indexes a bulk into an empty register dropped, built again from
 * the rows, inside the same transaction (drop_list_indexes). */
static int
late_indexes(struct store *s, struct err *e)
{
	int rc;

	if (s->late_index == NULL)
		return 0;
	rc = store_exec(s, s->late_index, e);
	xfree(&s->late_index);
	return rc;
}

int
store_commit(struct store *s, struct err *e)
{
	if (s->tx_depth <= 0)
		return 0;
	if (--s->tx_depth > 0)
		return 0;
	store_class_forget(s);
	if (s->tx_failed) {
		store_search_drop(s);
		xfree(&s->late_index);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		rolled_back(s);
		err_set(e, ERR_IO, _("a part of the change failed; nothing was changed"));
		return -1;
	}
	if (store_search_flush(s, e) != 0 || late_indexes(s, e) != 0 ||
	    store_exec(s, "COMMIT", e) != 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		rolled_back(s);
		return -1;
	}
	s->scope_in_tx = 0;
	/* children no event claimed (a bulk without its entry) are not kept
	 * for the next transaction's */
	store_audit_links_drop(s);
	chmod_side_files(s->path);
	return 0;
}

void
store_rollback(struct store *s)
{
	if (s->tx_depth <= 0)
		return;
	store_class_forget(s);
	if (--s->tx_depth > 0) {
		s->tx_failed = 1;
		return;
	}
	store_search_drop(s);
	xfree(&s->late_index);	/* the DROP INDEX is rolled back too */
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	rolled_back(s);
}

/* Every trigger of the schema is an audit trigger that stands aside in
 * bulk mode (WHEN guanai_bulk() = 0); 1 when that is still so. */
static int
triggers_stand_aside(struct store *s)
{
	sqlite3_stmt *st;
	int n = -1;

	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM (SELECT sql FROM sqlite_master "
	    "WHERE type = 'trigger' UNION ALL SELECT sql FROM sqlite_temp_master WHERE "
	    "type = 'trigger') WHERE instr(sql, 'WHEN guanai_bulk() = 0') = 0", -1, &st,
	    NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n == 0;
}

/* A bulk inside a transaction into a register without children (a first
 * import, the demo, a first unpack): the two list-order indexes (pinyin
 * order, class then pinyin order), which no write of the bulk reads, are
 * dropped and built once from the rows at the commit (late_indexes) —
 * filled child by child in random order they were the writes that spilled
 * the cache at 100,000 children (bench/README.md).  A rollback restores
 * them with everything else. */
static void
drop_list_indexes(struct store *s)
{
	struct buf sql = BUF_INIT, drop = BUF_INIT;
	sqlite3_stmt *st;
	int empty = 0;

	if (s->tx_depth == 0 || s->late_index != NULL)
		return;
	if (sqlite3_prepare_v2(s->db, "SELECT NOT EXISTS (SELECT 1 FROM child)", -1, &st,
	    NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(st) == SQLITE_ROW)
		empty = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (!empty || sqlite3_prepare_v2(s->db, "SELECT name, sql FROM sqlite_master "
	    "WHERE type = 'index' AND tbl_name = 'child' AND name IN ('child_sort', "
	    "'child_class') AND sql IS NOT NULL", -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *create = (const char *)sqlite3_column_text(st, 1);

		/* IF NOT EXISTS: whatever part of the DROP took effect */
		if (!str_has_prefix(create, "CREATE INDEX "))
			continue;
		buf_addf(&sql, "CREATE INDEX IF NOT EXISTS %s;\n", create + 13);
		buf_addf(&drop, "DROP INDEX \"%s\";\n", (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	if (sql.len > 0) {
		s->late_index = buf_detach(&sql);
		sqlite3_exec(s->db, buf_str(&drop), NULL, NULL, NULL);
	}
	buf_free(&sql);
	buf_free(&drop);
}

/* Bulk writes: new children get sequential ids (store_new_id) and the
 * search terms are written sorted at the commit (search.c), so the indexes
 * grow at one place; the others fit an 8 MB cache for the duration
 * (bench/README-exchange.md).  Triggers that would only stand aside are
 * not run at all: each still costs a sub-program per row written. */
void
store_bulk_begin(struct store *s)
{
	store_class_forget(s);
	if (s->bulk++ == 0) {
		s->id_ready = 0;
		sqlite3_exec(s->db, "PRAGMA cache_size = -8192", NULL, NULL, NULL);
		s->triggers_off = triggers_stand_aside(s) && sqlite3_db_config(s->db,
		    SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL) == SQLITE_OK;
		drop_list_indexes(s);
	}
}

void
store_bulk_end(struct store *s)
{
	store_class_forget(s);
	if (s->bulk > 0 && --s->bulk == 0) {
		sqlite3_exec(s->db, CACHE_PRAGMA, NULL, NULL, NULL);
		if (s->triggers_off)
			sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, (int *)NULL);
		s->triggers_off = 0;
	}
}

int
store_changed_elsewhere(struct store *s)
{
	sqlite3_stmt *st = store_stmt(s, "PRAGMA data_version", NULL);
	int v, seen;

	if (st == NULL)
		return 0;
	v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	seen = s->data_version;
	s->data_version = v;
	return seen != 0 && v != 0 && v != seen;
}

void
store_interrupt(struct store *s)
{
	s->interrupted = 1;
	sqlite3_interrupt(s->db);
}

int
store_was_interrupted(const struct store *s)
{
	return s->interrupted;
}

void
store_set_progress(struct store *s, int (*fn)(void *ctx), void *ctx)
{
	s->progress = fn;
	s->progress_ctx = ctx;
}

int
store_set_class_scope(struct store *s, const int *grades, const int *class_nos, size_t n,
    struct err *e)
{
	sqlite3_stmt *st;
	size_t i;

	if (store_exec(s, "DELETE FROM temp.scope", e) != 0)
		return -1;
	s->scoped = 0;
	xfree_int(&s->scope_g);
	xfree_int(&s->scope_n);
	s->nscope = 0;
	if (grades == NULL)
		return 0;
	/* kept as given: a class created later (an import) joins the scope */
	s->scope_g = xcalloc(n + 1, sizeof *s->scope_g);
	s->scope_n = xcalloc(n + 1, sizeof *s->scope_n);
	for (i = 0; i < n; i++) {
		s->scope_g[i] = grades[i];
		s->scope_n[i] = class_nos[i];
		st = store_stmt(s, "INSERT OR IGNORE INTO temp.scope(class_id) "
		    "SELECT id FROM class WHERE grade = ? AND number = ?", e);
		if (st == NULL)
			return -1;
		sqlite3_bind_int(st, 1, grades[i]);
		sqlite3_bind_int(st, 2, class_nos[i]);
		if (store_step_done(s, st, _("limiting to the teacher's classes"), e) != 0)
			return -1;
	}
	s->nscope = n;
	s->scoped = 1;
	return 0;
}

int
store_class_scoped(const struct store *s)
{
	return s->scoped;
}

size_t
store_scope_size(const struct store *s)
{
	return s->scoped ? s->nscope : 0;
}

int
store_scope_has_class(const struct store *s, int grade, int number)
{
	size_t i;

	if (!s->scoped)
		return 1;
	for (i = 0; i < s->nscope; i++)
		if (s->scope_g[i] == grade && s->scope_n[i] == number)
			return 1;
	return 0;
}

int
store_child_in_scope(struct store *s, const char *id, struct err *e)
{
	sqlite3_stmt *st;
	int rc, in = 0;

	if (!s->scoped)
		return 0;
	st = store_stmt(s, "SELECT k.grade, k.number FROM child c JOIN class k ON "
	    "k.id = c.class_id WHERE c.id = ?", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		in = store_scope_has_class(s, sqlite3_column_int(st, 0),
		    sqlite3_column_int(st, 1));
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("looking for a child"), e);
	return in ? 0 : 1;
}

int
store_scope_add_class(struct store *s, const char *class_id, int grade, int number,
    struct err *e)
{
	sqlite3_stmt *st;

	if (!s->scoped || !store_scope_has_class(s, grade, number))
		return 0;
	st = store_stmt(s, "INSERT OR IGNORE INTO temp.scope(class_id) VALUES (?)", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, class_id);
	return store_step_done(s, st, _("limiting to the teacher's classes"), e);
}

int
store_has_data(struct store *s, int *yes, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	*yes = 0;
	st = store_stmt(s, "SELECT EXISTS (SELECT 1 FROM child) OR EXISTS (SELECT 1 FROM "
	    "helper) OR EXISTS (SELECT 1 FROM care)", e);
	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*yes = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, _("reading the database"), e);
	return 0;
}
