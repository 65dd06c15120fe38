/* spin.h - the short lock a shared interner or source set takes per call.
 *
 * diff loads two files on two threads that share one interner and one
 * source set (strat_init_sharing); each call holds the lock for a probe or
 * an append.  A waiter yields instead of spinning, for a machine with one
 * core.  NULL: not shared, no lock. */
#ifndef STRAT_SPIN_H
#define STRAT_SPIN_H

#include <sched.h>
#include <stdatomic.h>
#include "xalloc.h"

static inline atomic_flag *spin_new(void)
{
    atomic_flag *f = xmalloc(sizeof *f);
    atomic_flag_clear(f);
    return f;
}

static inline void spin_lock(atomic_flag *f)
{
    if (f)
        while (atomic_flag_test_and_set_explicit(f, memory_order_acquire)) sched_yield();
}

static inline void spin_unlock(atomic_flag *f)
{
    if (f) atomic_flag_clear_explicit(f, memory_order_release);
}

#endif
