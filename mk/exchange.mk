# exchange with Excel and the county: import, export, template (issue 3)
src_libguanai_a_SOURCES += src/cli/cmd-import.c src/cli/cmd-export.c src/cli/cmd-template.c
