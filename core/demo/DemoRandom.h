#pragma once

#include <QtGlobal>

#include <cstdint>

namespace tl::core {

// The demo generator's own PRNG: xoshiro256** seeded through splitmix64. Same seed, same sequence on every
// platform and standard library (std::uniform_int_distribution is not portable across libraries).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        for (quint64& s : m_state) {
            seed += 0x9E3779B97F4A7C15ULL; // splitmix64
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n) without modulo bias; n > 0.
    int below(int n)
    {
        const quint64 range = quint64(n);
        const quint64 limit = UINT64_MAX - UINT64_MAX % range;
        quint64 x = next();
        while (x >= limit)
            x = next();
        return int(x % range);
    }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    bool percent(int p) { return below(100) < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

} // namespace tl::core
