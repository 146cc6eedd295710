/* unpack.c — merging a USB package: decrypt, check, merge field by field in
 * one transaction (or preview and roll back); labels for conflicts. */
#include "config.h"

#include <string.h>

#include "guanai/app/pack.h"
#include "guanai/base/i18n.h"
#include "guanai/base/mem.h"
#include "guanai/core/field.h"
#include "guanai/io/package.h"
#include "guanai/store/store.h"
#include "guanai/store/sync.h"

int
app_unpack(struct app *a, const char *path, const char *passphrase, int preview,
    sync_conflict_fn on_conflict, void *cctx, pack_progress_fn progress, void *pctx,
    struct sync_stats *st, struct err *e)
{
	struct package_reader *r = NULL;
	struct sync_merge *m = NULL;
	const char *const *cells;
	size_t n, done = 0;
	int rc;

	memset(st, 0, sizeof *st);
	if (package_reader_open(&r, path, passphrase, e) != 0)
		return -1;
	if (store_sync_merge_new(&m, a->store, e) != 0)
		goto fail;
	store_sync_merge_on_conflict(m, on_conflict, cctx);
	/* the merge stays uncommitted until the last chunk authenticates */
	while ((rc = package_read_record(r, &cells, &n, e)) == 0) {
		if (store_sync_merge_record(m, cells, n, e) != 0)
			goto fail;
		if (progress != NULL && ++done % 256 == 0 && progress(pctx, done) != 0) {
			err_stopped(e);
			goto fail;
		}
	}
	if (rc < 0)
		goto fail;
	package_reader_free(&r);
	if (store_sync_merge_finish(&m, !preview, st, e) != 0) {
		err_prefix(e, "%s: ", path);
		return -1;
	}
	return 0;
fail:
	store_sync_merge_free(&m);
	package_reader_free(&r);
	if (e != NULL && strstr(e->msg, path) == NULL)
		err_prefix(e, "%s: ", path);
	if (e != NULL && e->code != ERR_USAGE && e->code != ERR_STOPPED)
		e->code = ERR_IO;
	return -1;
}

char *
app_unpack_origin(const struct sync_stats *st)
{
	const char *who = st->account[0] ? st->account : st->actor[0] ? st->actor : "?";

	if (st->school[0] == '\0')	/* an older package does not say */
		return xasprintf(_("%s (school not given)"), who);
	return xasprintf("%s · %s", st->school, who);
}

static const struct field *
conflict_field(const struct sync_conflict *c)
{
	enum entity ent;
	int i;

	if (strcmp(c->tbl, "child") == 0)
		ent = ENT_CHILD;
	else if (strcmp(c->tbl, "guardian") == 0)
		ent = ENT_GUARDIAN;
	else if (strcmp(c->tbl, "parent") == 0 && c->relation != NULL)
		ent = strcmp(c->relation, "mother") == 0 ? ENT_MOTHER : ENT_FATHER;
	else
		return NULL;
	for (i = 0; i < FIELD_COUNT; i++)
		if (field_table[i].entity == ent && field_table[i].column != NULL &&
		    strcmp(field_table[i].column, c->col) == 0)
			return &field_table[i];
	return NULL;
}

const char *
app_conflict_label(const struct sync_conflict *c)
{
	const struct field *f = conflict_field(c);

	if (f != NULL)
		return field_label(f);
	if (strcmp(c->col, "deleted_at") == 0)
		return _("Deleted");
	return c->col;
}

char *
app_conflict_value(const struct sync_conflict *c, const char *value, int masked)
{
	const struct field *f = conflict_field(c);

	if (value == NULL)
		return xstrdup("");
	if (f == NULL)
		return xstrdup(value);
	if (masked && (f->flags & FF_MASKED))
		return field_mask(value);
	return field_display(f, value);
}

int
app_conflicts_each(struct app *a, int open_only, sync_conflict_fn fn, void *ctx,
    struct err *e)
{
	return store_conflicts_each(a->store, open_only, fn, ctx, e);
}

int
app_conflict_resolve(struct app *a, const char *id, int theirs, struct err *e)
{
	return store_conflict_resolve(a->store, id, theirs, e);
}

int
app_unpack_check(const char *path, struct err *e)
{
	return package_check(path, e);
}
