/* layer.h — which layers the file being compiled may see (DESIGN.md §3).
 *
 * Each layer's library is compiled with -DGUANAI_LAYER_<NAME> (mk/<layer>.mk)
 * and each layer's public headers include guanai/<layer>/visible.h, which
 * stops the build when the includer may not see that layer: an upward
 * include is a compile error, not a finding of a script.  base is seen by
 * all.  Files built outside the layer libraries (unit tests, benches, fuzz
 * targets) define no layer and see everything. */
#ifndef GUANAI_LAYER_H
#define GUANAI_LAYER_H


#if defined GUANAI_LAYER_BASE
# define GUANAI_SEES_CORE 0
# define GUANAI_SEES_STORE 0
# define GUANAI_SEES_IO 0
# define GUANAI_SEES_APP 0
# define GUANAI_SEES_CLI 0
# define GUANAI_SEES_TUI 0
#elif defined GUANAI_LAYER_CORE
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 0
# define GUANAI_SEES_IO 0
# define GUANAI_SEES_APP 0
# define GUANAI_SEES_CLI 0
# define GUANAI_SEES_TUI 0
#elif defined GUANAI_LAYER_STORE	/* store and io never see each other */
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 1
# define GUANAI_SEES_IO 0
# define GUANAI_SEES_APP 0
# define GUANAI_SEES_CLI 0
# define GUANAI_SEES_TUI 0
#elif defined GUANAI_LAYER_IO
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 0
# define GUANAI_SEES_IO 1
# define GUANAI_SEES_APP 0
# define GUANAI_SEES_CLI 0
# define GUANAI_SEES_TUI 0
#elif defined GUANAI_LAYER_APP
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 1
# define GUANAI_SEES_IO 1
# define GUANAI_SEES_APP 1
# define GUANAI_SEES_CLI 0
# define GUANAI_SEES_TUI 0
#elif defined GUANAI_LAYER_CLI	/* a front end: only app/ reaches the data */
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 0
# define GUANAI_SEES_IO 0
# define GUANAI_SEES_APP 1
# define GUANAI_SEES_CLI 1
# define GUANAI_SEES_TUI 0
#elif defined GUANAI_LAYER_TUI
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 0
# define GUANAI_SEES_IO 0
# define GUANAI_SEES_APP 1
# define GUANAI_SEES_CLI 0
# define GUANAI_SEES_TUI 1
#elif defined GUANAI_LAYER_MAIN	/* src/main.c wires the front ends */
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 0
# define GUANAI_SEES_IO 0
# define GUANAI_SEES_APP 1
# define GUANAI_SEES_CLI 1
# define GUANAI_SEES_TUI 1
#else
# define GUANAI_SEES_CORE 1
# define GUANAI_SEES_STORE 1
# define GUANAI_SEES_IO 1
# define GUANAI_SEES_APP 1
# define GUANAI_SEES_CLI 1
# define GUANAI_SEES_TUI 1
#endif

#endif
