#!/bin/sh
# dist/windows/make-zip.sh BUILDDIR TRIPLET OUTDIR — the zip a teacher copies
# to a USB stick (issue 16, README "Windows"): OUTDIR/guanai-VERSION-windows-
# {x64,x86}.zip holding one folder, guanai/:
#
#   guanai.exe                               stripped, static
#   locale/zh_CN/LC_MESSAGES/guanai.mo       the Chinese interface (where
#                                            src/main.c looks beside the .exe)
#   guanai.bat                               opens guanai in its own console
#   guanai-console.reg                       that console: 80x25, 新宋体
#   说明.txt                                  how to use it (Chinese, then English)
#
# Text files have CRLF line ends (Notepad on Windows 7 shows LF files as one
# line); 说明.txt is UTF-8 with a BOM, the .reg file UTF-16LE with a BOM (the
# only way a .reg file carries the Chinese font name).  The names in the zip
# are stored in code page 936 without the UTF-8 flag: Windows 7's Explorer
# reads zip names in the OEM code page, which on a Chinese Windows is 936
# (a UTF-8 name would show as mojibake there).
set -eu
b=$(cd "$1" && pwd)
t=$2
out=$(cd "$3" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' "$b/config.h")
case "$t" in
x86_64-*) arch=x64 ;;
i686-*) arch=x86 ;;
*) echo "make-zip: unknown triplet $t" >&2; exit 1 ;;
esac
exe=$b/src/guanai.exe
mo=$b/locale/zh_CN/LC_MESSAGES/guanai.mo
[ -f "$exe" ] || { echo "make-zip: no $exe" >&2; exit 1; }
[ -f "$mo" ] || { echo "make-zip: no $mo" >&2; exit 1; }

stage=$b/zip
case "$stage" in */zip) rm -rf "$stage" ;; esac
d=$stage/guanai
mkdir -p "$d/locale/zh_CN/LC_MESSAGES"
"$t-strip" -o "$d/guanai.exe" "$exe"
cp "$mo" "$d/locale/zh_CN/LC_MESSAGES/guanai.mo"
crlf() { sed 's/$/\r/' "$1"; }
crlf "$here/guanai.bat" >"$d/guanai.bat"
# .reg: UTF-16LE with BOM, CRLF
{ printf '\377\376'; crlf "$here/guanai-console.reg" | iconv -f UTF-8 -t UTF-16LE; } \
    >"$d/guanai-console.reg"
# 说明.txt: UTF-8 with BOM, CRLF, the version filled in
{ printf '\357\273\277'; sed "s/@VERSION@/$version/g; s/@ARCH@/$arch/g" \
    "$here/readme-zh-en.txt" | sed 's/$/\r/'; } >"$d/说明.txt"

zip=$out/guanai-$version-windows-$arch.zip
rm -f "$zip"
python3 - "$stage" "$zip" <<'EOF'
import os, sys, zipfile

class Cp936Info(zipfile.ZipInfo):
    """A member whose name is stored in code page 936, no UTF-8 flag."""
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800

stage, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk(stage):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            arc = os.path.relpath(path, stage).replace(os.sep, "/")
            info = Cp936Info.from_file(path, arc)
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as f:
                z.writestr(info, f.read())
EOF
echo "make-zip: $zip" >&2
