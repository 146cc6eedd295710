# Security: class scope, packages, site identity, passphrases, sign-in
# (issue 14).  Each test reproduces an attack and asserts it fails with
# nothing changed.
TESTS += tests/security/import-scope.sh tests/security/package-scope.sh \
	tests/security/site-copy.sh tests/security/passphrase.sh tests/security/tui-noclass.sh \
	tests/security/helper-scope.sh
EXTRA_DIST += tests/security/lib-sec.sh tests/security/import-scope.sh \
	tests/security/package-scope.sh tests/security/site-copy.sh \
	tests/security/passphrase.sh tests/security/tui-noclass.sh tests/security/forge.c tests/security/test-signin.c \
	tests/security/helper-scope.sh
# forge: re-writes a real package with chosen cells changed (a hostile sender)
check_PROGRAMS += tests/security/forge
tests_security_forge_LDADD = $(GUANAI_LDADD)
# sign-in time for an existing and an unknown name (the real argon2id)
check_PROGRAMS += tests/security/test-signin
tests_security_test_signin_LDADD = $(GUANAI_LDADD)
TESTS += tests/security/test-signin
