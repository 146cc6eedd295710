#!/bin/sh
# dist/make-bundle.sh OUT DEB — the offline bundle (DESIGN §14): one folder
# with the guanai package DEB, every package it needs that a minimal
# Debian 12 install lacks, a Packages index and install.sh.  Run by
# `./quickstart bundle`, as root, on a Debian 12 machine whose apt reaches
# the Debian archive (the school PC later needs no network).
#
# "A minimal install lacks": everything in the dependency closure except
# the packages every Debian system has (Essential: yes or Priority:
# required); apt on the school PC skips whatever is already installed.
set -eu
out=${1:?usage: make-bundle.sh OUT DEB}
deb=${2:?usage: make-bundle.sh OUT DEB}
here=$(cd "$(dirname "$0")" && pwd)
case "$out" in */guanai-offline) ;; *) echo "OUT must end in /guanai-offline" >&2; exit 1 ;; esac
rm -rf "${out:?}"
mkdir -p "$out"
cp "$deb" "$out/"

# The first alternative of each dependency, as apt would choose on a
# machine that has none of them.
first_alternatives() {
	tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/:any//; s/[[:space:]]//g' | { grep -v '^$' || true; }
}

closure=$(mktemp /tmp/guanai-closure.XXXXXX)
todo=$(dpkg-deb -f "$deb" Depends Pre-Depends | sed 's/^[A-Za-z-]*: //' | first_alternatives | sort -u)
: >"$closure"
while [ -n "$todo" ]; do
	next=""
	for p in $todo; do
		grep -qx "$p" "$closure" && continue
		# A virtual package: take the first real package that provides it.
		if ! apt-cache show --no-all-versions "$p" >/dev/null 2>&1; then
			real=$(apt-cache showpkg "$p" | sed -n '/^Reverse Provides:/,$p' | sed -n '2p' | cut -d' ' -f1)
			[ -n "$real" ] || { echo "no package provides $p" >&2; exit 1; }
			p=$real
			grep -qx "$p" "$closure" && continue
		fi
		echo "$p" >>"$closure"
		deps=$(apt-cache show --no-all-versions "$p" |
			sed -n 's/^\(Pre-\)\{0,1\}Depends: //p' | first_alternatives)
		next="$next $deps"
	done
	todo=$(echo "$next" | tr ' ' '\n' | sort -u | grep -v '^$' || true)
done

count=0
while read -r p; do
	fields=$(apt-cache show --no-all-versions "$p")
	echo "$fields" | grep -q '^Essential: yes' && continue
	echo "$fields" | grep -q '^Priority: required' && continue
	(cd "$out" && apt-get -o APT::Sandbox::User=root download -q "$p" >/dev/null) || {
		echo "could not download $p" >&2; exit 1; }
	count=$((count + 1))
done <"$closure"
case "$closure" in /tmp/guanai-closure.*) rm -f "$closure" ;; esac

(cd "$out" && dpkg-scanpackages --multiversion . /dev/null >Packages 2>/dev/null)
cp "$here/install.sh" "$out/install.sh"
chmod 755 "$out/install.sh"
cp "$here/README-bundle.txt" "$out/说明.txt"
size=$(du -sh "$out" | cut -f1)
echo "bundle: $out ($count packages beside guanai, $size)"
