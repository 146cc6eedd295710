#!/bin/bash
# fulldisk-msg.sh — fulldisk.sh, and the message of every failure must be
# guanai's own (a "guanai: " line naming the file), with no library output
# on stderr. 
set -u
. "${GUANAI_SRCDIR:?}/tests/lib.sh" || exit 99
case "$T" in /tmp/guanai-test.*) rmdir "$T/home" "$T" ;; *) exit 99 ;; esac
trap - EXIT
GUANAI_FULLDISK_MESSAGES=1 exec bash "$SRC/tests/fault/fulldisk.sh"
