#pragma once

#include <QtGlobal>

namespace tl::core {

// A small, seeded, reproducible random source for the pool's "at random" distribution: SplitMix64
// (Steele, Lea, Flood 2014; the seeding generator of xoshiro). The same seed gives the same sequence on
// every platform and compiler, which std:: distributions do not promise.
class PoolRandom
{
public:
    explicit PoolRandom(quint64 seed) : m_state(seed) {}

    quint64 next();
    // Uniform in [0, bound) without modulo bias (rejection of the top partial range); bound > 0.
    quint64 below(quint64 bound);

private:
    quint64 m_state;
};

} // namespace tl::core
