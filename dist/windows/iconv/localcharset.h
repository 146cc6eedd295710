/* localcharset.h — empty: FreeXL includes it on Windows (for libiconv's
 * locale_charset) but does not call it (dist/windows/iconv/iconv.h). */
