#!/bin/sh
# install.sh — 从这个文件夹安装“关爱”，不需要联网。
# Installs guanai from this folder alone: the folder is a small Debian
# repository (Packages + the .deb files), and apt reads only it, never the
# PC's own sources.  Safe to run twice: what is installed stays as it is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

say() { printf '%s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
	say "请用管理员身份运行：sudo sh $here/install.sh"
	say "(run as root: sudo sh $here/install.sh)"
	exit 1
fi
if [ ! -f "$here/Packages" ] || ! ls "$here"/guanai_*.deb >/dev/null 2>&1; then
	say "这个文件夹不完整：缺少 Packages 或 guanai 安装包。请重新复制整个文件夹。"
	exit 1
fi

work=$(mktemp -d /tmp/guanai-install.XXXXXX)
trap 'case "$work" in /tmp/guanai-install.*) rm -rf "$work" ;; esac' EXIT INT TERM
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
printf 'deb [trusted=yes] file:%s ./\n' "$here" >"$work/sources.list"

# apt with this folder as its only source, its own lists and cache.
apt_local() {
	apt-get -q -o Dir::Etc::SourceList="$work/sources.list" \
	    -o Dir::Etc::SourceParts=/dev/null \
	    -o Dir::State::Lists="$work/lists" \
	    -o Dir::Cache="$work/cache" \
	    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
	    -o APT::Get::List-Cleanup=false \
	    -o Debug::NoLocking=false "$@"
}

say "第 1 步：读取安装包清单（不联网）……"
apt_local update >"$work/update.log" 2>&1 || {
	cat "$work/update.log"
	say "读取清单失败，上面是详细信息。"
	exit 1
}

say "第 2 步：安装“关爱”和它需要的软件包……"
export DEBIAN_FRONTEND=noninteractive
if ! apt_local install -y --no-install-recommends guanai >"$work/install.log" 2>&1; then
	tail -20 "$work/install.log"
	say "安装没有成功，上面是详细信息。请把这段文字拍照发给技术人员。"
	exit 1
fi

version=$(dpkg-query -W -f='${Version}' guanai 2>/dev/null || echo "?")
say "完成：关爱 $version 已经装好。"
say "在终端里输入 guanai 就能打开。第一次打开时会请您输入学校名称。"
