# store and the foundation commands: init demo list show check stats remind (issue 2, part 2)
noinst_HEADERS += include/guanai/store.h src/store/store-int.h include/guanai/demo.h \
	include/guanai/stats.h include/guanai/remind.h
src_libguanai_a_SOURCES += src/store/schema.c src/store/store.c src/store/class.c \
	src/store/child.c src/store/children.c src/store/search.c src/store/people.c \
	src/store/stats-sql.c src/app/demo.c src/app/stats-compute.c src/app/stats-label.c src/core/stats.c \
	src/store/remind-sql.c src/core/remind.c
src_libguanai_a_SOURCES += src/cli/cmd-init.c src/cli/cmd-demo.c src/cli/cmd-list.c \
	src/cli/cmd-show.c src/cli/cmd-check.c src/cli/cmd-stats.c src/cli/cmd-remind.c \
	src/cli/cli-json.c
noinst_HEADERS += src/cli/cli-json.h
check_PROGRAMS += tests/unit/test-store
TESTS += tests/unit/test-store
tests_unit_test_store_LDADD = src/libguanai.a $(GUANAI_LIBS)
check_PROGRAMS += tests/unit/test-store-stats
TESTS += tests/unit/test-store-stats
tests_unit_test_store_stats_LDADD = src/libguanai.a $(GUANAI_LIBS)
TESTS += tests/cli/foundation-demo.sh
dist_check_SCRIPTS += tests/cli/foundation-demo.sh
TESTS += tests/cli/foundation-handmade.sh
dist_check_SCRIPTS += tests/cli/foundation-handmade.sh
# bench/search: search and paging latency (bench/run drives it, bench/README.md)
check_PROGRAMS += bench/search
bench_search_LDADD = src/libguanai.a $(GUANAI_LIBS)
EXTRA_DIST += bench/run bench/README.md

noinst_HEADERS += include/guanai/stats-label.h
