# store: the only place that speaks SQL — schema, records, search, the
# class scope, statistics and reminder queries, USB merge, conflicts,
# backups, accounts, the audit log
src_libstore_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_STORE
src_libstore_a_SOURCES = src/store/schema.c src/store/store.c \
	src/store/class.c src/store/child-record.c src/store/child-list.c \
	src/store/search.c src/store/checklist.c src/store/helpers.c \
	src/store/care.c src/store/stats-sql.c \
	src/store/remind-sql.c src/store/sync.c src/store/sync-merge.c \
	src/store/sync-apply.c src/store/sync-split.c src/store/conflict.c \
	src/store/backup.c src/store/users.c src/store/audit.c \
	src/store/lookup.c src/store/audit-about.c
noinst_HEADERS += include/guanai/store/visible.h \
	include/guanai/store/store.h include/guanai/store/sync.h \
	include/guanai/store/backup.h include/guanai/store/users.h \
	include/guanai/store/audit-about.h \
	src/store/store-int.h src/store/sync-int.h

check_PROGRAMS += tests/unit/test-store tests/unit/test-store-stats \
	tests/unit/test-sync-split tests/unit/test-store-cache
TESTS += tests/unit/test-store tests/unit/test-store-stats tests/unit/test-sync-split \
	tests/unit/test-store-cache
tests_unit_test_store_LDADD = $(GUANAI_LDADD)
tests_unit_test_sync_split_LDADD = $(GUANAI_LDADD)
tests_unit_test_store_stats_LDADD = $(GUANAI_LDADD)
# the store's private parts (store-int.h): the statement cache
tests_unit_test_store_cache_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_STORE
tests_unit_test_store_cache_LDADD = $(GUANAI_LDADD)

# bench/search: search and paging latency (bench/run drives it, bench/README.md)
check_PROGRAMS += bench/search
bench_search_LDADD = $(GUANAI_LDADD)
EXTRA_DIST += bench/run bench/README.md

# one audit entry per imported file (issue 15): the entry and its children,
# the step-6 migration from a database of schema 5, the log screen
STORE_AUDIT_TESTS = tests/cli/import-audit.sh tests/cli/migrate-audit.sh \
	tests/tui/audit-import.sh
TESTS += $(STORE_AUDIT_TESTS)
EXTRA_DIST += $(STORE_AUDIT_TESTS) tests/data/schema-v5-audit.sql \
	tests/data/schema-v5-package.gak
