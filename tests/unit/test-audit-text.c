/* test-audit-text.c — the audit log in the teacher's words: an event's
 * stored key=value detail (and the English sentences of older releases)
 * turned into words by app_audit_detail_text, and a stored UTC time shown
 * in local time by date_utc_local.  Runs in the C locale (the English
 * words); the Chinese ones are checked on the screen by tests/tui/audit.sh. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guanai/app/audit.h"
#include "guanai/base/date.h"
#include "t.h"

static void
said(const char *action, const char *detail, const char *want)
{
	char *got = app_audit_detail_text(action, detail);

	T_STREQ(got, want);
	free(got);
}

int
main(void)
{
	char when[DATE_LOCAL_SIZE];

	said("print", "document=roster class=all count=120 pages=18 mode=public to=printer",
	    "Roster of left-behind children, whole school, 120 children, 18 pages, "
	    "public version, to the printer");
	/* a class teacher's "every class" is hers, not the school's */
	said("pack", "class=own children=2", "own classes, 2 children");
	said("print", "document=roster class=own count=2 pages=1 mode=public to=file",
	    "Roster of left-behind children, own classes, 2 children, 1 pages, "
	    "public version, to a PDF file");
	said("print", "document=cards class=3-2 count=30 pages=4 mode=confidential to=file",
	    "Contact cards, class 3-2, 30 children, 4 pages, confidential version, "
	    "to a PDF file");
	/* a file name with blanks and an = in it stays whole */
	said("export", "file=/media/U盘/三年级 花名册=新.xlsx format=xlsx encoding=UTF-8 "
	    "layout=mca class=0-0 children=60 pairings=12 care=3",
	    "file /media/U盘/三年级 花名册=新.xlsx, format xlsx, "
	    "layout: Civil affairs register, whole school, 60 children, 12 pairings, "
	    "3 care records");
	/* a CSV's encoding; a workbook has none (older releases logged one) */
	said("import", "file=名单.csv encoding=GB18030 new=5 updated=1 unchanged=0 "
	    "rejected=2 partial=0 duplicates=1",
	    "file 名单.csv, encoding GB18030, 5 new, 1 updated, 0 unchanged, "
	    "2 rejected, 0 partly imported, 1 possible duplicates");
	said("import", "file=名单.xls encoding=GB18030 new=5 updated=1 unchanged=0 "
	    "rejected=2 partial=0 duplicates=1",
	    "file 名单.xls, 5 new, 1 updated, 0 unchanged, "
	    "2 rejected, 0 partly imported, 1 possible duplicates");
	said("import", "file=名单.XLSX new=5", "file 名单.XLSX, 5 new");
	said("pack", "class=1-1 children=30", "class 1-1, 30 children");
	said("demo", "children=120 seed=3", "120 children, seed 3");
	/* who packed it, her PC (its site id's first digits, no row key
	 * whole); the packing time is local */
	setenv("TZ", "UTC", 1);
	tzset();
	said("unpack", "actor=李老师 from=0b6c3f0e-aaaa-4bbb-8ccc-000000000001 "
	    "packed=2026-12-07T16:30:00Z new=2 updated=3 conflicts=1",
	    "packed by 李老师, on PC 0b6c3f0e, packed 2026-12-07 16:30, 2 new, "
	    "3 updated, 1 conflicts");
	/* as the release before wrote it: the site first */
	said("unpack", "from=0b6c3f0e-aaaa-4bbb-8ccc-000000000001 actor=李老师 "
	    "packed=2026-12-07T16:30:00Z new=2 updated=3 conflicts=1",
	    "on PC 0b6c3f0e, packed by 李老师, packed 2026-12-07 16:30, 2 new, "
	    "3 updated, 1 conflicts");
	/* what older releases wrote */
	said("pack", "class 2-1: 41 children", "class 2-1, 41 children");
	said("pack", "all classes: 300 children", "whole school, 300 children");
	said("unpack", "from 0b6c3f0e-aaaa-4bbb-8ccc-000000000001 (王老师, "
	    "2026-11-30T08:05:09Z): 7 new, 0 updated, 2 conflicts",
	    "on PC 0b6c3f0e, packed by 王老师, packed 2026-11-30 08:05, 7 new, "
	    "0 updated, 2 conflicts");
	/* a path alone, nothing, an unknown sentence: as they are */
	said("backup", "/media/U盘/guanai-backup-20261207.db",
	    "/media/U盘/guanai-backup-20261207.db");
	said("print", "", "");
	said("print", NULL, "");
	said("x", "something else", "something else");

	/* a stored UTC time in local time: Beijing is 8 hours ahead, so a
	 * late evening in UTC is the next morning there */
	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	date_utc_local("2026-12-07T19:13:46Z", when);
	T_STREQ(when, "2026-12-08 03:13");
	date_utc_local("2026-02-28T16:00:00Z", when);
	T_STREQ(when, "2026-03-01 00:00");
	setenv("TZ", "UTC", 1);
	tzset();
	date_utc_local("2026-12-07T19:13:46Z", when);
	T_STREQ(when, "2026-12-07 19:13");
	/* what does not parse is shown as it is */
	date_utc_local("-", when);
	T_STREQ(when, "-");
	date_utc_local("2026-13-07T19:13:46Z", when);
	T_STREQ(when, "2026-13-07T19:13");
	date_utc_local(NULL, when);
	T_STREQ(when, "");
	return t_done("test-audit-text");
}
