#!/bin/sh
# bench/i386.sh [ROOT] — build guanai as a 32-bit (i386) program and run its
# tests, for the old school PCs (issue 7).  By hand, as root; not part of
# make check (it takes an hour under emulation).
#
# Multiarch (dpkg --add-architecture i386) needs the i386 packages at the
# exact versions of the installed amd64 ones, which a mirror in the middle
# of a sync cannot give; and some kernels run no 32-bit program at all
# (no IA32 emulation: "Exec format error").  So: a Debian i386 system in a
# folder (debootstrap, ROOT, default /srv/guanai-i386) with the build
# dependencies; where the kernel cannot run i386 code, qemu-user-static
# runs it (registered with binfmt_misc, flag F); then a clone of this
# repository is built and `make check` runs inside it.  The mirror is the
# one this machine's apt uses.
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
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null

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
	apt-get install -y -qq qemu-user-static >/dev/null
	[ -e /proc/sys/fs/binfmt_misc/register ] ||
		mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
	printf '%s' ':qemu-i386:M::\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03\x00:\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/usr/bin/qemu-i386-static:F' \
	    >/proc/sys/fs/binfmt_misc/register
fi

if [ ! -x "$ROOT/usr/bin/gcc" ]; then
	mkdir -p "$ROOT"
	debootstrap --arch=i386 --variant=minbase \
	    --include=build-essential,autoconf,automake,autopoint,gettext,pkg-config,libncurses-dev,libsqlite3-dev,sqlite3,libsodium-dev,libxlsxwriter-dev,libcairo2-dev,libpango1.0-dev,fonts-noto-cjk,unicode-data,tmux,poppler-utils,unzip,locales,file,bzip2 \
	    "$suite" "$ROOT" "$mirror"
fi
for m in proc sys dev dev/pts; do
	mountpoint -q "$ROOT/$m" || mount --bind "/$m" "$ROOT/$m"
done
case "$ROOT" in /?*) rm -rf "$ROOT/root/guanai" ;; esac
git clone -q "$here" "$ROOT/root/guanai"
chroot "$ROOT" /bin/sh -c '
	set -u
	export LC_ALL=C.UTF-8 LANG=C.UTF-8
	localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 2>/dev/null
	localedef -i zh_CN -f GB18030 zh_CN.GB18030 2>/dev/null
	cd /root/guanai && autoreconf -fi >/dev/null 2>&1 || exit 1
	mkdir -p build && cd build && ../configure -q CFLAGS="-O2 -g" || exit 1
	echo "building: $(uname -m), $(gcc -dumpmachine)"
	make -j"$(nproc)" >make.log 2>&1 || { tail -30 make.log; exit 1; }
	file src/guanai
	make -j"$(nproc)" check >check.log 2>&1; rc=$?
	grep -E "^(PASS|FAIL|SKIP|ERROR|XFAIL|# )" check.log
	exit $rc'
