#!/bin/sh
# dist/windows/fetch-sources.sh DIR PKG... — the Debian source packages PKG,
# downloaded and unpacked into DIR/src/<pkg>/ (issue 16).
#
# apt-get source needs deb-src lines; this machine's apt has only deb ones.
# So a private apt configuration lives in DIR/apt: its own sources.list (the
# mirrors this machine's apt already uses, as deb-src), its own lists and
# cache.  /etc/apt is read, never written.
#
# Prints, one a line, "PKG VERSION" for each package (the cache key).
set -eu
mkdir -p "$1"
dir=$(cd "$1" && pwd); shift
apt=$dir/apt
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$dir/src"

suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
# The mirrors of this machine's apt (deb822 .sources first, then the one-line
# format), as deb-src lines for the suite and its updates/security.
{
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		awk '
		function flush() {
			if (uris != "" && types ~ /deb/)
				for (i = 1; i <= nu; i++)
					for (j = 1; j <= ns; j++)
						printf "deb-src [signed-by=%s] %s %s %s\n", key, u[i], s[j], comps
			uris = ""; types = ""; key = ""; comps = "main"; nu = 0; ns = 0
		}
		BEGIN { comps = "main" }
		/^[[:space:]]*$/ { flush(); next }
		/^#/ { next }
		$1 == "Types:" { types = $0 }
		$1 == "URIs:" { uris = $0; nu = split(substr($0, 6), u, " ") }
		$1 == "Suites:" { ns = split(substr($0, 8), s, " ") }
		$1 == "Components:" { comps = substr($0, 12); sub(/^[[:space:]]+/, "", comps) }
		$1 == "Signed-By:" { key = $2 }
		END { flush() }' "$f"
	done
	if [ -f /etc/apt/sources.list ]; then
		sed -n 's/^deb[[:space:]]/deb-src /p' /etc/apt/sources.list
	fi
} | sed 's/\[signed-by=\] //' >"$apt/sources.list.new"
[ -s "$apt/sources.list.new" ] ||
	{ echo "fetch-sources: no Debian mirror in this machine's apt sources" >&2; exit 1; }
mv "$apt/sources.list.new" "$apt/sources.list"

aptq() { # aptq apt-get|apt-cache ARGS
	cmd=$1; shift
	"$cmd" -q -o Dir::Etc::sourcelist="$apt/sources.list" \
	    -o Dir::Etc::sourceparts=/nonexistent \
	    -o Dir::State::lists="$apt/lists" \
	    -o Dir::Cache="$apt/cache" \
	    -o APT::Sandbox::User=root "$@"
}

# The lists once a day at most: a second run is quick and works offline.
if [ -z "$(find "$apt/lists" -name '*Sources*' -mtime -1 2>/dev/null | head -1)" ]; then
	aptq apt-get update >"$apt/update.log" 2>&1 ||
		{ cat "$apt/update.log" >&2; exit 1; }
fi

# fetch PKG VER: download and unpack one version into $out.
fetch() {
	dl=$dir/dl/$1-$2
	mkdir -p "$dl"
	(cd "$dl" && aptq apt-get source --download-only "$1=$2" >download.log 2>&1) ||
		return 1
	case "$out" in "$dir"/src/?*) rm -rf "$out" ;; esac
	dsc=$(ls "$dl"/*.dsc | head -1)
	dpkg-source --no-check -x "$dsc" "$out" >"$dl/unpack.log" 2>&1 ||
		{ cat "$dl/unpack.log" >&2; exit 1; }
	touch "$out/.unpacked"
}

for pkg in "$@"; do
	# The newest version first; an older one when the mirror lacks a file
	# of it (a security update whose files it has not caught up with).
	vers=$(aptq apt-cache showsrc --only-source "$pkg" 2>/dev/null |
		sed -n 's/^Version: //p' | sort -uVr)
	[ -n "$vers" ] || { echo "fetch-sources: no source package $pkg" >&2; exit 1; }
	got=
	for ver in $vers; do
		out=$dir/src/$pkg-$ver
		if [ -f "$out/.unpacked" ] || fetch "$pkg" "$ver"; then
			got=$ver
			break
		fi
		echo "fetch-sources: $pkg $ver could not be downloaded; trying an older version" >&2
	done
	[ -n "$got" ] || { cat "$dir/dl/$pkg-$ver/download.log" >&2; exit 1; }
	echo "$pkg $got"
done
