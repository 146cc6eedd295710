# cli: one file per sub-command, the command table, sign-in and secrets,
# JSON output; and the tests that drive the command line
src_libcli_a_CPPFLAGS = $(AM_CPPFLAGS) -DGUANAI_LAYER_CLI
src_libcli_a_SOURCES = src/cli/cmd-table.c src/cli/cli-util.c \
	src/cli/cli-json.c src/cli/cli-secret.c src/cli/cli-signin.c \
	src/cli/cmd-init.c src/cli/cmd-demo.c src/cli/cmd-list.c \
	src/cli/cmd-show.c src/cli/cmd-check.c src/cli/cmd-stats.c \
	src/cli/cmd-remind.c src/cli/cmd-import.c src/cli/cmd-export.c \
	src/cli/cmd-template.c src/cli/cmd-pack.c src/cli/cmd-unpack.c \
	src/cli/cmd-backup.c src/cli/cmd-restore.c src/cli/cmd-user.c \
	src/cli/cmd-print.c \
	src/cli/cli-opt.c src/cli/cmd-edit.c src/cli/cmd-care.c \
	src/cli/cmd-helper.c src/cli/cmd-pair.c src/cli/cmd-trash.c \
	src/cli/cmd-class.c src/cli/cmd-help.c
noinst_HEADERS += include/guanai/cli/visible.h include/guanai/cli/cli.h \
	include/guanai/cli/cli-secret.h src/cli/cli-json.h

# the foundation commands on the demo and a hand-made school
TESTS += tests/cli/foundation-demo.sh tests/cli/foundation-handmade.sh
dist_check_SCRIPTS += tests/cli/foundation-demo.sh tests/cli/foundation-handmade.sh
# exchange with Excel and the county
TESTS += tests/cli/exchange-import.sh tests/cli/exchange-export.sh \
	tests/cli/exchange-roundtrip.sh tests/cli/excel-import.sh tests/cli/excel-template.sh \
	tests/cli/excel-export.sh tests/cli/stats-adds-up.sh tests/cli/import-rows.sh \
	tests/cli/export-labels.sh tests/cli/import-bulk.sh tests/cli/import-read.sh \
	tests/cli/export-derived-type.sh
EXTRA_DIST += tests/cli/exchange-import.sh tests/cli/exchange-export.sh \
	tests/cli/exchange-roundtrip.sh \
	tests/data/exchange/quirks.csv tests/data/exchange/bad-rows.csv \
	tests/cli/excel-import.sh tests/data/excel/roster.csv \
	tests/cli/excel-template.sh tests/cli/excel-lo.sh tests/cli/excel-export.sh \
	tests/data/excel/Fill.xba tests/cli/stats-adds-up.sh tests/cli/import-rows.sh \
	tests/cli/export-labels.sh tests/cli/import-bulk.sh tests/cli/import-read.sh \
	tests/cli/export-derived-type.sh \
	bench/import.sh bench/measure.c bench/README-exchange.md
# USB packages, backup, accounts
TESTS += tests/pack/roundtrip.sh tests/pack/refuse.sh tests/pack/backup.sh \
	tests/pack/accounts.sh tests/pack/large.sh
EXTRA_DIST += tests/pack/roundtrip.sh tests/pack/refuse.sh tests/pack/backup.sh \
	tests/pack/accounts.sh tests/pack/large.sh bench/pack.sh bench/README-pack.md
# printing: demo and hand-made schools printed, read back with poppler
TESTS += tests/print/roster.sh tests/print/forms-cards.sh \
	tests/print/lists.sh tests/print/printer-atomic.sh
EXTRA_DIST += tests/print/common.sh tests/print/roster.sh \
	tests/print/forms-cards.sh tests/print/lists.sh \
	tests/print/printer-atomic.sh tests/print/lsan.supp bench/print.sh \
	bench/README-print.md
TESTS += tests/cli/parity.sh tests/cli/parity-scope.sh tests/cli/help.sh \
	tests/cli/scope-words.sh tests/cli/import-dup-row.sh
dist_check_SCRIPTS += tests/cli/parity.sh tests/cli/parity-scope.sh tests/cli/help.sh \
	tests/cli/scope-words.sh tests/cli/import-dup-row.sh
# the man page in English (dist_man_MANS in Makefile.am) and in Chinese,
# where `man -L zh_CN guanai` looks
zhman1dir = $(mandir)/zh_CN/man1
dist_zhman1_DATA = doc/zh_CN/guanai.1
TESTS += tests/cli/manpage.sh
dist_check_SCRIPTS += tests/cli/manpage.sh
# a dry run names the rows it would not take whole (qawalk)
TESTS += tests/cli/import-dry-problems.sh
EXTRA_DIST += tests/cli/import-dry-problems.sh
TESTS += tests/cli/pack-words.sh
EXTRA_DIST += tests/cli/pack-words.sh
TESTS += tests/cli/print-class-stats.sh
EXTRA_DIST += tests/cli/print-class-stats.sh

# polish2: `guanai check` prints 本学年复核 (the checklist screen's count)
TESTS += tests/cli/check-review.sh
EXTRA_DIST += tests/cli/check-review.sh
