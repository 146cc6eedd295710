# strip-header.awk — drop the header entry (msgid "") of a PO fragment so
# that fragments can be concatenated after po/zh_CN.po (which has one).
/^msgid ""$/ && !seen_entry { in_header = 1; next }
in_header && /^(msgstr ""|")/ { next }
in_header && /^$/ { in_header = 0; next }
{ in_header = 0; if ($0 !~ /^#/ && $0 != "") seen_entry = 1; print }
