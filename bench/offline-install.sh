#!/bin/sh
# bench/offline-install.sh [ROOT] — the offline bundle installed where it
# will live (issue 15): a clean minimal Debian 12 in a folder (debootstrap
# --variant=minbase, plus locales, as a Chinese desktop has), the network
# cut (unshare -n), install.sh from the bundle run twice, then guanai init,
# demo, list, print roster and the TUI's first screen (tmux on this
# machine, the program in the folder).  By hand, as root; not part of
# make check (debootstrap fetches ~100 MB from the mirror apt uses).
# The bundle: ./quickstart bundle (build-deb/guanai-offline).
set -eu
ROOT=${1:-/srv/guanai-offline-test}
here=$(cd "$(dirname "$0")/.." && pwd)
bundle=$here/build-deb/guanai-offline
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot, unshare)" >&2; exit 1; }
[ -x "$bundle/install.sh" ] || { echo "no bundle: run ./quickstart bundle first" >&2; exit 1; }
case "$ROOT" in /?*/?*) ;; *) echo "ROOT must be a folder two levels deep" >&2; exit 1 ;; esac
mirror=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
	grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 !~ /security/ { print $2; exit }' /etc/apt/sources.list)
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null

step() { printf '\n== %s\n' "$*"; }
umount_all() {
	for m in dev/pts dev proc; do
		mountpoint -q "$ROOT/$m" && umount "$ROOT/$m"
	done
	return 0
}
trap umount_all EXIT INT TERM

step "a clean minimal Debian ($suite) in $ROOT"
umount_all
rm -rf "${ROOT:?}"
debootstrap --variant=minbase --include=locales "$suite" "$ROOT" "$mirror" >"$ROOT.debootstrap.log" 2>&1 ||
	{ tail -20 "$ROOT.debootstrap.log"; exit 1; }
chroot "$ROOT" localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
echo "packages before: $(chroot "$ROOT" dpkg-query -W | wc -l)"
for m in proc dev dev/pts; do mount --bind "/$m" "$ROOT/$m"; done
cp -r "$bundle" "$ROOT/root/guanai-offline"

# Every command from here on runs in the folder with no network at all.
offline() { unshare -n chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
	HOME=/root LANG=zh_CN.UTF-8 TERM=xterm-256color "$@"; }

step "no network inside"
# /proc/net is per network namespace: inside, only the loopback exists.
ifaces=$(offline sh -c 'tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " "' | tr '\n' ' ')
echo "interfaces inside: $ifaces"
[ "$ifaces" = "lo " ] || { echo "the folder still sees a network: $ifaces" >&2; exit 1; }

step "install.sh (first time)"
offline sh /root/guanai-offline/install.sh
step "install.sh (second time: nothing to do)"
offline sh /root/guanai-offline/install.sh
echo "packages after: $(chroot "$ROOT" dpkg-query -W | wc -l)"

step "guanai init, demo, list"
offline guanai --db /root/g.db init --school 太平山镇中心小学
offline guanai --db /root/g.db demo --children 60 --seed 7
n=$(offline guanai --db /root/g.db list --format tsv | tail -n +2 | wc -l)
cls=$(offline guanai --db /root/g.db list --format tsv | sed -n 2p | cut -f5,6 | tr '\t' -)
offline guanai --db /root/g.db list --class "$cls" | head -5
[ "$n" = 60 ] || { echo "list shows $n children, not 60" >&2; exit 1; }

step "print roster (PDF)"
offline guanai --db /root/g.db print roster --class "$cls" -o /root/roster.pdf
head -c 5 "$ROOT/root/roster.pdf" | grep -q '%PDF-' || { echo "no PDF" >&2; exit 1; }
command -v pdftotext >/dev/null && pdftotext "$ROOT/root/roster.pdf" - | head -3

step "the TUI's first screen (tmux here, guanai in the folder)"
sock=guanai-offline-$$
tmux -L "$sock" new-session -d -x 80 -y 24 \
	"unshare -n chroot $ROOT env -i PATH=/usr/bin:/bin HOME=/root LANG=zh_CN.UTF-8 TERM=xterm-256color guanai --db /root/g.db"
screen=""
for _ in $(seq 50); do
	screen=$(tmux -L "$sock" capture-pane -p 2>/dev/null || true)
	echo "$screen" | grep -q '太平山镇中心小学' && break
	sleep 0.2
done
tmux -L "$sock" send-keys q 2>/dev/null || true
tmux -L "$sock" kill-server 2>/dev/null || true
echo "$screen"
echo "$screen" | grep -q '60 条匹配' || { echo "the first screen does not list the school's 60 children" >&2; exit 1; }
step "offline install: passed"
