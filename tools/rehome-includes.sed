# tools/rehome-includes.sed — public headers moved into include/guanai/<layer>/
# (issue 12).  Run over a branch's sources:
#   git grep -lz '#include "guanai/' -- src tests bench include | xargs -0 sed -i -f tools/rehome-includes.sed
# Split headers map to their app half, which a front end may see; a store
# file that used account.h or backup.h wants guanai/store/users.h or
# guanai/store/backup.h, and a core/store file that used stats.h wants
# guanai/core/stats.h (the build says so: the app headers #error there).
s|#include "guanai/err\.h"|#include "guanai/base/err.h"|
s|#include "guanai/mem\.h"|#include "guanai/base/mem.h"|
s|#include "guanai/buf\.h"|#include "guanai/base/buf.h"|
s|#include "guanai/utf8\.h"|#include "guanai/base/utf8.h"|
s|#include "guanai/date\.h"|#include "guanai/base/date.h"|
s|#include "guanai/fsutil\.h"|#include "guanai/base/fsutil.h"|
s|#include "guanai/uuid\.h"|#include "guanai/base/uuid.h"|
s|#include "guanai/i18n\.h"|#include "guanai/base/i18n.h"|
s|#include "guanai/charset\.h"|#include "guanai/base/charset.h"|
s|#include "guanai/field\.h"|#include "guanai/core/field.h"|
s|#include "guanai/validate\.h"|#include "guanai/core/validate.h"|
s|#include "guanai/checklist\.h"|#include "guanai/core/checklist.h"|
s|#include "guanai/pinyin\.h"|#include "guanai/core/pinyin.h"|
s|#include "guanai/remind\.h"|#include "guanai/core/remind.h"|
s|#include "guanai/store\.h"|#include "guanai/store/store.h"|
s|#include "guanai/sync\.h"|#include "guanai/store/sync.h"|
s|#include "guanai/csv\.h"|#include "guanai/io/csv.h"|
s|#include "guanai/layout\.h"|#include "guanai/io/layout.h"|
s|#include "guanai/xlsx\.h"|#include "guanai/io/xlsx.h"|
s|#include "guanai/package\.h"|#include "guanai/io/package.h"|
s|#include "guanai/pdf\.h"|#include "guanai/io/pdf.h"|
s|#include "guanai/app\.h"|#include "guanai/app/app.h"|
s|#include "guanai/account\.h"|#include "guanai/app/account.h"|
s|#include "guanai/backup\.h"|#include "guanai/app/backup.h"|
s|#include "guanai/care\.h"|#include "guanai/app/care.h"|
s|#include "guanai/demo\.h"|#include "guanai/app/demo.h"|
s|#include "guanai/export\.h"|#include "guanai/app/export.h"|
s|#include "guanai/import\.h"|#include "guanai/app/import.h"|
s|#include "guanai/marks\.h"|#include "guanai/app/marks.h"|
s|#include "guanai/pack\.h"|#include "guanai/app/pack.h"|
s|#include "guanai/print\.h"|#include "guanai/app/print.h"|
s|#include "guanai/stats\.h"|#include "guanai/app/stats.h"|
s|#include "guanai/stats-label\.h"|#include "guanai/app/stats.h"|
s|#include "guanai/cli\.h"|#include "guanai/cli/cli.h"|
s|#include "guanai/cli-secret\.h"|#include "guanai/cli/cli-secret.h"|
s|#include "guanai/tui\.h"|#include "guanai/tui/tui.h"|
s|#include "guanai/sheet\.h"|#include "guanai/io/sheet.h"|
s|#include "guanai/scope\.h"|#include "guanai/app/scope.h"|
s|#include "guanai/termsafe\.h"|#include "guanai/base/termsafe.h"|
