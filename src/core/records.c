/* records.c — freeing and copying the register's records (guanai/core/records.h). */
#include "config.h"

#include <string.h>

#include "guanai/base/mem.h"
#include "guanai/core/records.h"

void
audit_row_clear(struct audit_row *r)
{
	xfree(&r->at);
	xfree(&r->actor);
	xfree(&r->action);
	xfree(&r->tbl);
	xfree(&r->row_id);
	xfree(&r->col);
	xfree(&r->old);
	xfree(&r->new_value);
	xfree(&r->detail);
	xfree(&r->child_name);
	xfree(&r->relation);
}

void
child_key_clear(struct child_key *k)
{
	xfree(&k->sort_key);
	k->id[0] = '\0';
	k->seq = 0;
}

void
child_key_copy(struct child_key *dst, const struct child_key *src)
{
	xstrset(&dst->sort_key, src->sort_key);
	memcpy(dst->id, src->id, sizeof dst->id);
	dst->seq = src->seq;
}

void
school_clear(struct school *sc)
{
	xfree(&sc->name);
	xfree(&sc->code);
	xfree(&sc->township);
	xfree(&sc->county);
	xfree(&sc->year_start);
}

void
helper_clear(struct helper *h)
{
	xfree(&h->name);
	xfree(&h->kind);
	xfree(&h->phone);
	xfree(&h->organisation);
	xfree(&h->notes);
}

void
helper_copy(struct helper *dst, const struct helper *src)
{
	memset(dst, 0, sizeof *dst);
	memcpy(dst->id, src->id, sizeof dst->id);
	dst->active_children = src->active_children;
	dst->name = xstrdup(src->name);
	dst->kind = xstrdup(src->kind);
	dst->phone = xstrdup(src->phone);
	dst->organisation = xstrdup(src->organisation);
	dst->notes = xstrdup(src->notes);
}

void
pairing_clear(struct pairing *p)
{
	xfree(&p->child_name);
	xfree(&p->helper_name);
	xfree(&p->role);
	xfree(&p->start);
	xfree(&p->end);
	xfree(&p->notes);
}

void
pairing_copy(struct pairing *dst, const struct pairing *src)
{
	memset(dst, 0, sizeof *dst);
	memcpy(dst->id, src->id, sizeof dst->id);
	memcpy(dst->child_id, src->child_id, sizeof dst->child_id);
	memcpy(dst->helper_id, src->helper_id, sizeof dst->helper_id);
	dst->child_name = xstrdup(src->child_name);
	dst->helper_name = xstrdup(src->helper_name);
	dst->role = xstrdup(src->role);
	dst->start = xstrdup(src->start);
	dst->end = xstrdup(src->end);
	dst->notes = xstrdup(src->notes);
}

void
care_clear(struct care *c)
{
	xfree(&c->child_name);
	xfree(&c->helper_name);
	xfree(&c->date);
	xfree(&c->kind);
	xfree(&c->summary);
	xfree(&c->follow_up);
	xfree(&c->group_id);
}

void
care_copy(struct care *dst, const struct care *src)
{
	memset(dst, 0, sizeof *dst);
	memcpy(dst->id, src->id, sizeof dst->id);
	memcpy(dst->child_id, src->child_id, sizeof dst->child_id);
	memcpy(dst->helper_id, src->helper_id, sizeof dst->helper_id);
	dst->amount = src->amount;
	dst->child_name = xstrdup(src->child_name);
	dst->helper_name = xstrdup(src->helper_name);
	dst->date = xstrdup(src->date);
	dst->kind = xstrdup(src->kind);
	dst->summary = xstrdup(src->summary);
	dst->follow_up = xstrdup(src->follow_up);
	dst->group_id = xstrdup(src->group_id);
}
