# tests shared by all layers; each layer's own tests are listed in mk/<layer>.mk
TESTS += tests/check-layers.sh tests/layers-compile.sh tests/check-po.sh
EXTRA_DIST += tests/lib.sh tests/unit/t.h tests/check-layers.sh tests/layers-compile.sh \
	tests/check-po.sh
# the portability layer's TUI check (a name beyond the BMP, aligned)
TESTS += tests/tui/wide-name.sh
EXTRA_DIST += tests/tui/wide-name.sh
TESTS += tests/cli/strict-fsync.sh
EXTRA_DIST += tests/cli/strict-fsync.sh
