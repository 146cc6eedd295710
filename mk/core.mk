# core: field table, validation, 七清楚 rules, pinyin (issue 2, part 1)
noinst_HEADERS += include/guanai/field.h include/guanai/validate.h \
	include/guanai/checklist.h include/guanai/pinyin.h
