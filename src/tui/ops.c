/* ops.c — the words and help sentences of the ops declared in ops.h. */
#include "config.h"

#include "guanai/base/i18n.h"
#include "ops.h"

struct op_text {
	const char *word, *help;
};

static const struct op_text op_texts[OP_COUNT] = {
	[OP_NONE] = { "", "" },
#define TUI_OP_TEXT(n, w, h) [OP_##n] = { w, h },
	TUI_OPS(TUI_OP_TEXT)
#undef TUI_OP_TEXT
};

const char *
op_word(enum op op)
{
	return op > OP_NONE && op < OP_COUNT ? _(op_texts[op].word) : "";
}

const char *
op_help(enum op op)
{
	return op > OP_NONE && op < OP_COUNT ? _(op_texts[op].help) : "";
}
