# proof under fault and load: crash, fuzz, concurrency, full disk, benches (issue 7)
TESTS += tests/fault/crash.sh
EXTRA_DIST += tests/fault/crash.sh
