/* visible.h — included first by every header in guanai/core/ (no include
 * guard: it checks every time).  See guanai/layer.h. */
#include "guanai/layer.h"
#if !GUANAI_SEES_CORE
#error "this layer may not include guanai/core/ headers (DESIGN.md §3: layers include downward only)"
#endif
