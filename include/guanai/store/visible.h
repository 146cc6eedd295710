/* visible.h — included first by every header in guanai/store/ (no include
 * guard: it checks every time).  See guanai/layer.h. */
#include "guanai/layer.h"
#if !GUANAI_SEES_STORE
#error "this layer may not include guanai/store/ headers (DESIGN.md §3: layers include downward only)"
#endif
