# Security: class scope, packages, site identity, passphrases, sign-in
# (issue 14).  Each test reproduces an attack and asserts it fails with
# nothing changed.
TESTS += tests/security/import-scope.sh
EXTRA_DIST += tests/security/lib-sec.sh tests/security/import-scope.sh
