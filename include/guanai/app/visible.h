/* visible.h — included first by every header in guanai/app/ (no include
 * guard: it checks every time).  See guanai/layer.h. */
#include "guanai/layer.h"
#if !GUANAI_SEES_APP
#error "this layer may not include guanai/app/ headers (DESIGN.md §3: layers include downward only)"
#endif
