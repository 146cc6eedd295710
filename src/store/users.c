/* users.c — sign-in accounts: argon2id password strings, roles, a teacher's
 * classes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/base/utf8.h"
#include "guanai/store/users.h"
#include "store-int.h"

static int
add_classes(struct store *s, const char *user_id, const struct account *a, struct err *e)
{
	sqlite3_stmt *st;
	char cid[UUID_LEN + 1], id[UUID_LEN + 1], now[DATE_UTC_SIZE];
	size_t i;

	store_now(now);
	for (i = 0; i < a->nclasses; i++) {
		if (store_class_ensure(s, a->grades[i], a->class_nos[i], cid, e) != 0)
			return -1;
		st = store_stmt(s, "INSERT OR IGNORE INTO user_class (id, user_id, class_id, "
		    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)", e);
		if (st == NULL)
			return -1;
		uuid_new(id);
		store_bind_text(st, 1, id);
		store_bind_text(st, 2, user_id);
		store_bind_text(st, 3, cid);
		store_bind_text(st, 4, now);
		if (store_step_done(s, st, _("adding an account"), e) != 0)
			return -1;
	}
	return 0;
}

static int
check_new(struct store *s, const struct account *a, const char *password, struct err *e)
{
	struct account old = { 0 };
	int rc;

	if (str_empty(a->name) || strchr(a->name, '\n') != NULL) {
		err_set(e, ERR_USAGE, _("an account needs a name"));
		return -1;
	}
	if (!str_eq(a->role, "head") && !str_eq(a->role, "teacher")) {
		err_set(e, ERR_USAGE, _("the role is head (headteacher) or teacher"));
		return -1;
	}
	if (str_eq(a->role, "teacher") && a->nclasses == 0) {
		err_set(e, ERR_USAGE, _("a teacher account needs its class (--class G-N)"));
		return -1;
	}
	if (password == NULL || utf8_count(password) < ACCOUNT_MIN_PASSWORD) {
		err_set(e, ERR_USAGE, _("the password must have at least %d characters"),
		    ACCOUNT_MIN_PASSWORD);
		return -1;
	}
	rc = store_user_check(s, a->name, NULL, &old, e);
	account_clear(&old);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		err_set(e, ERR_USAGE, _("there is already an account named %s"), a->name);
		return -1;
	}
	return 0;
}

int
store_user_add(struct store *s, const struct account *a, const char *password,
    struct err *e)
{
	char hash[crypto_pwhash_STRBYTES], id[UUID_LEN + 1], now[DATE_UTC_SIZE];
	sqlite3_stmt *st;

	if (sodium_init() < 0) {
		err_set(e, ERR_IO, _("the encryption library cannot start"));
		return -1;
	}
	if (check_new(s, a, password, e) != 0)
		return -1;
	if (crypto_pwhash_str(hash, password, strlen(password),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
		err_set(e, ERR_IO, _("not enough memory to protect the password"));
		return -1;
	}
	if (store_begin(s, e) != 0)
		return -1;
	st = store_stmt(s, "INSERT INTO \"user\" (id, name, role, password_hash, "
	    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)", e);
	if (st == NULL)
		goto fail;
	uuid_new(id);
	store_now(now);
	store_bind_text(st, 1, id);
	store_bind_text(st, 2, a->name);
	store_bind_text(st, 3, a->role);
	store_bind_text(st, 4, hash);
	store_bind_text(st, 5, now);
	if (store_step_done(s, st, _("adding an account"), e) != 0 ||
	    add_classes(s, id, a, e) != 0)
		goto fail;
	sodium_memzero(hash, sizeof hash);
	return store_commit(s, e);
fail:
	sodium_memzero(hash, sizeof hash);
	store_rollback(s);
	return -1;
}

int
store_user_remove(struct store *s, const char *name, struct err *e)
{
	sqlite3_stmt *st;
	char id[UUID_LEN + 1];
	sqlite3_int64 last = 0;
	int rc;

	if (store_begin(s, e) != 0)
		return -1;
	st = store_stmt(s, "SELECT id FROM \"user\" WHERE name = ?1", e);
	if (st == NULL)
		goto fail;
	store_bind_text(st, 1, name);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		store_col_id(st, 0, id);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		store_rollback(s);
		return 1;
	}
	if (rc != SQLITE_ROW) {
		store_fail(s, rc, _("removing an account"), e);
		goto fail;
	}
	st = store_stmt(s, "SELECT max(rowid) FROM audit", e);
	if (st == NULL)
		goto fail;
	if (sqlite3_step(st) == SQLITE_ROW)
		last = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	st = store_stmt(s, "DELETE FROM \"user\" WHERE id = ?1", e);
	if (st == NULL)
		goto fail;
	store_bind_text(st, 1, id);
	if (store_step_done(s, st, _("removing an account"), e) != 0)
		goto fail;
	/* the rows are gone: the erase entries of the account and of its
	 * classes keep whose account it was (a name, nothing secret), for the
	 * log to say of them and of their older entries (audit-about.c) */
	st = store_stmt(s, "UPDATE audit SET detail = 'account=' || ?2 WHERE rowid > ?1 "
	    "AND tbl IN ('user', 'user_class') AND action = 'erase'", e);
	if (st == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, last);
	store_bind_text(st, 2, name);
	if (store_step_done(s, st, _("writing the audit log"), e) != 0)
		goto fail;
	return store_commit(s, e);
fail:
	store_rollback(s);
	return -1;
}

/* A teacher's classes into a. */
static int
load_classes(struct store *s, const char *user_id, struct account *a, struct err *e)
{
	sqlite3_stmt *st;
	int rc;

	st = store_stmt(s, "SELECT k.grade, k.number FROM user_class u JOIN class k "
	    "ON k.id = u.class_id WHERE u.user_id = ?1 AND u.deleted_at IS NULL "
	    "ORDER BY k.grade, k.number", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, user_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		a->grades = xrealloc(a->grades, (a->nclasses + 1) * sizeof *a->grades);
		a->class_nos = xrealloc(a->class_nos, (a->nclasses + 1) * sizeof *a->class_nos);
		a->grades[a->nclasses] = sqlite3_column_int(st, 0);
		a->class_nos[a->nclasses++] = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the accounts"), e);
	return 0;
}

int
store_users_each(struct store *s, account_fn fn, void *ctx, struct err *e)
{
	sqlite3_stmt *st = NULL;
	struct account a;
	char id[UUID_LEN + 1];
	int rc, cb, ret = -1;

	rc = sqlite3_prepare_v2(s->db, "SELECT id, name, role FROM \"user\" "
	    "WHERE deleted_at IS NULL ORDER BY name", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_fail(s, rc, _("reading the accounts"), e);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&a, 0, sizeof a);
		store_col_id(st, 0, id);
		a.name = store_col_text(st, 1);
		a.role = store_col_text(st, 2);
		cb = load_classes(s, id, &a, e);
		if (cb == 0)
			cb = fn(ctx, &a);
		account_clear(&a);
		if (cb < 0)
			goto out;
		if (cb > 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE) {
		store_fail(s, rc, _("reading the accounts"), e);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	return ret;
}

int
store_users_count(struct store *s, size_t *n, struct err *e)
{
	sqlite3_stmt *st = store_stmt(s, "SELECT count(*) FROM \"user\" "
	    "WHERE deleted_at IS NULL", e);
	int rc;

	if (st == NULL)
		return -1;
	rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, rc, _("reading the accounts"), e);
	return 0;
}

/* An argon2id string with the parameters store_user_add uses (INTERACTIVE:
 * m=65536 KiB, t=2, p=1) for a password nobody has: an unknown name is
 * checked against it, so that sign-in takes the same time whether the
 * name exists or not (the time must not tell which names exist). */
static const char dummy_hash[crypto_pwhash_STRBYTES] =
	"$argon2id$v=19$m=65536,t=2,p=1$06zuwql/ZS2XWHui39Da4g$"
	"UnGLnDj1uR7t4iwZhkMC01VA8ZF9mr4hh7Mo80q7FhU";

/* password NULL: only look the name up (for add). */
int
store_user_check(struct store *s, const char *name, const char *password,
    struct account *out, struct err *e)
{
	sqlite3_stmt *st;
	char id[UUID_LEN + 1], *hash = NULL;
	int rc, ok;

	memset(out, 0, sizeof *out);
	st = store_stmt(s, "SELECT id, name, role, password_hash FROM \"user\" "
	    "WHERE name = ?1 AND deleted_at IS NULL", e);
	if (st == NULL)
		return -1;
	store_bind_text(st, 1, name);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_col_id(st, 0, id);
		out->name = store_col_text(st, 1);
		out->role = store_col_text(st, 2);
		hash = store_col_text(st, 3);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, rc, _("reading the accounts"), e);
	if (rc == SQLITE_DONE) {
		/* the result does not matter: there is no such account */
		if (password != NULL && sodium_init() >= 0 &&
		    crypto_pwhash_str_verify(dummy_hash, password, strlen(password)) == 0)
			return 1;
		return 1;
	}
	ok = password == NULL || (hash != NULL && sodium_init() >= 0 &&
	    crypto_pwhash_str_verify(hash, password, strlen(password)) == 0);
	free(hash);
	if (!ok) {
		account_clear(out);
		return 1;
	}
	return load_classes(s, id, out, e) == 0 ? 0 : -1;
}
