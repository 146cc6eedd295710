/* visible.h — included first by every header in guanai/tui/ (no include
 * guard: it checks every time).  See guanai/layer.h. */
#include "guanai/layer.h"
#if !GUANAI_SEES_TUI
#error "this layer may not include guanai/tui/ headers (DESIGN.md §3: layers include downward only)"
#endif
