/* docs-module.c — the table that guanai-docs.so exports (docs-api.h).
 * Built only into the module, with everything else in it hidden, so its
 * functions never collide with the program's trampolines of the same
 * name. */
#include "config.h"

#include "docs-api.h"

#define DOCS_ENTRY(name, params, args) .name = name,

__attribute__((visibility("default")))
const struct docs_api guanai_docs_api = {
	.version = DOCS_API_VERSION,
	DOCS_FUNCS(DOCS_ENTRY, DOCS_ENTRY)
	.xlsx_abort = xlsx_abort,
};
