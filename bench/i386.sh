#!/bin/sh
# bench/i386.sh [ROOT] — build guanai's 32-bit (i386) Debian package, run
# its test suite and try the installed package, for the old school PCs
# (issues 7 and 15).  By hand, as root; not part of make check (it takes an
# hour under emulation: run it under nice -n 19 on a shared machine).
#
# Multiarch (dpkg --add-architecture i386) needs the i386 packages at the
# exact versions of the installed amd64 ones, which a mirror in the middle
# of a sync cannot give; and some kernels run no 32-bit program at all
# (no IA32 emulation: "Exec format error").  So: a Debian i386 system in a
# folder (debootstrap, ROOT, default /srv/guanai-i386) with the build
# dependencies; where the kernel cannot run i386 code, qemu-user-static
# runs it (registered with binfmt_misc, flag F).  Inside the folder, a
# copy of this repository's committed tree is built as a Debian package the
# way `./quickstart deb` builds it (dpkg-buildpackage -b -us -uc, tests
# left to the last step), the .deb is installed with apt-get and
# `guanai init / demo / list / print roster` run from it; then `make check`
# runs in that same build tree (so the tests run the very binary that was
# packaged; its log is ROOT/root/deb/check.log, the packages are in
# ROOT/root/deb/ and copied beside ROOT at the end).
# The .deb is copied to ROOT/../ (printed at the end) for lintian.  The
# mirror is the one this machine's apt uses.
#
# I386_CHECK=no skips `make check` (the package only).
set -eu
ROOT=${1:-/srv/guanai-i386}
here=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot, mount)" >&2; exit 1; }
mirror=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
	grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 !~ /security/ { print $2; exit }' /etc/apt/sources.list)
[ -n "$mirror" ] || { echo "no Debian mirror in this machine's apt sources" >&2; exit 1; }
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
export DEBIAN_FRONTEND=noninteractive
command -v debootstrap >/dev/null || apt-get install -y -qq -o DPkg::Lock::Timeout=600 debootstrap >/dev/null

# Can this kernel run an i386 program?  If not, qemu-user does.
probe=$(mktemp -d /tmp/guanai-i386-probe.XXXXXX)
printf 'int main(void) { return 42; }\n' >"$probe/p.c"
runs32=no
if gcc -m32 -static -o "$probe/p" "$probe/p.c" 2>/dev/null; then
	"$probe/p" 2>/dev/null || [ $? != 42 ] || runs32=yes
fi
case "$probe" in /tmp/guanai-i386-probe.*) rm -rf "$probe" ;; esac
if [ "$runs32" = no ] && [ ! -e /proc/sys/fs/binfmt_misc/qemu-i386 ]; then
	echo "this kernel runs no i386 program: using qemu-user-static" >&2
	apt-get install -y -qq -o DPkg::Lock::Timeout=600 qemu-user-static >/dev/null
	[ -e /proc/sys/fs/binfmt_misc/register ] ||
		mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
	printf '%s' ':qemu-i386:M::\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03\x00:\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/usr/bin/qemu-i386-static:F' \
	    >/proc/sys/fs/binfmt_misc/register
fi

# debian/control's Build-Depends, the package tools, and what the tests use.
deps="build-essential autoconf automake autopoint gettext pkg-config
 libncurses-dev libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev
 libcairo2-dev libpango1.0-dev libfreexl-dev libminizip-dev libexpat1-dev
 debhelper dpkg-dev fonts-noto-cjk unicode-data tmux poppler-utils unzip
 locales file bzip2 jq procps qpdf fonts-wqy-microhei"
if [ ! -x "$ROOT/usr/bin/gcc" ]; then
	mkdir -p "$ROOT"
	debootstrap --arch=i386 --variant=minbase \
	    --include="$(echo $deps | tr ' ' ,)" \
	    "$suite" "$ROOT" "$mirror"
fi
for m in proc sys dev dev/pts; do
	mountpoint -q "$ROOT/$m" || mount --bind "/$m" "$ROOT/$m"
done
# A folder made by an older version of this script lacks some of them.
chroot "$ROOT" /bin/sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(echo $deps) >/dev/null" ||
	{ echo "cannot install the build dependencies in $ROOT" >&2; exit 1; }
version=$(sed -n 's/^AC_INIT(\[guanai\], \[\([^]]*\)\].*/\1/p' "$here/configure.ac")
work=$ROOT/root/deb
case "$work" in /?*/root/deb) rm -rf "$work" ;; esac
mkdir -p "$work/guanai-$version"
git -C "$here" archive --format=tar HEAD | tar -xf - -C "$work/guanai-$version"
rc=0
chroot "$ROOT" /bin/sh -c '
	set -u
	export LC_ALL=C.UTF-8 LANG=C.UTF-8
	localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 2>/dev/null
	localedef -i zh_CN -f GB18030 zh_CN.GB18030 2>/dev/null
	cd /root/deb/guanai-'"$version"' || exit 1
	echo "== building the package: $(uname -m), $(gcc -dumpmachine), $(dpkg --print-architecture)"
	DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" dpkg-buildpackage -b -us -uc \
	    >../dpkg-buildpackage.log 2>&1 || { tail -30 ../dpkg-buildpackage.log; exit 1; }
	ls ../*.deb
	file src/guanai
	echo "== installing the package"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ../guanai_*_i386.deb >../install.log 2>&1 ||
	    { tail -20 ../install.log; exit 1; }
	dpkg-query -W -f="\${Package} \${Version} \${Architecture} \${Status}\n" guanai
	file -L "$(command -v guanai)"
	ls /usr/lib/*/guanai/ /usr/lib/guanai/ 2>/dev/null
	echo "== guanai init, demo, list, print roster (the installed package)"
	cd /root && rm -f g.db g.db-wal g.db-shm roster.pdf
	export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
	guanai --version || exit 1
	guanai --db /root/g.db init --school 太平山镇中心小学 || exit 1
	guanai --db /root/g.db demo --children 60 --seed 7 || exit 1
	n=$(guanai --db /root/g.db list --format tsv | tail -n +2 | wc -l)
	echo "list: $n children"
	cls=$(guanai --db /root/g.db list --format tsv | sed -n 2p | cut -f5,6 | tr "\t" -)
	guanai --db /root/g.db list --class "$cls" | head -5
	guanai --db /root/g.db print roster --class "$cls" -o /root/roster.pdf || exit 1
	pdfinfo roster.pdf | grep -E "^(Pages|Producer)"
	pdftotext roster.pdf - | head -3
	cd /root/deb/guanai-'"$version"' || exit 1
	export LC_ALL=C.UTF-8 LANG=C.UTF-8
	if [ "'"${I386_CHECK:-yes}"'" != no ]; then
		echo "== make check in the package build tree"
		make -j"$(nproc)" check >../check.log 2>&1; c=$?
		grep -E "^(PASS|FAIL|SKIP|ERROR|XFAIL|XPASS|# )" ../check.log
		echo "make check: exit $c"; [ $c = 0 ] || exit $c
	fi' || rc=$?
cp "$work"/guanai_*_i386.deb "$(dirname "$ROOT")/" 2>/dev/null &&
	echo "package: $(ls "$(dirname "$ROOT")"/guanai_*_i386.deb)"
exit $rc
