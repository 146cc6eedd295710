# tests shared by all areas; each capability's tests are listed in mk/*.mk
TESTS += tests/check-layers.sh tests/check-po.sh tests/unit/test-base
check_PROGRAMS += tests/unit/test-base
tests_unit_test_base_LDADD = src/libguanai.a $(GUANAI_LIBS)
EXTRA_DIST += tests/lib.sh tests/unit/t.h tests/check-layers.sh tests/check-po.sh
