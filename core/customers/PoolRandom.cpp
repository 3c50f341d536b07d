#include "customers/PoolRandom.h"

namespace tl::core {

quint64 PoolRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 PoolRandom::below(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Values at or above `limit` would make the low residues more likely; draw again (rarely needed).
    const quint64 limit = ~0ULL - (~0ULL % bound);
    quint64 value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

} // namespace tl::core
