#pragma once

#include <QtGlobal>

#include <array>

namespace caliper::stats {

/// A small seeded pseudo-random generator (xoshiro256**, state filled by splitmix64) whose output is fully
/// specified, unlike std::uniform_int_distribution's: a bootstrap run with the same seed gives the same
/// resamples, and so the same confidence interval, with every compiler and on every platform.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        quint64 state = seed;
        for (quint64& word : m_state)
            word = splitMix64(state);
    }

    /// The next 64 random bits.
    quint64 next()
    {
        const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
        const quint64 shifted = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= shifted;
        m_state[3] = rotateLeft(m_state[3], 45);
        return result;
    }

    /// A uniform integer in [0, bound), bound > 0. Rejection keeps it unbiased: outputs below 2^64 mod bound
    /// are drawn again, so every residue is equally likely.
    quint64 below(quint64 bound)
    {
        const quint64 threshold = (0 - bound) % bound;
        for (;;) {
            const quint64 value = next();
            if (value >= threshold)
                return value % bound;
        }
    }

    /// One step of splitmix64 (Steele, Lea & Flood 2014), advancing `state`.
    static quint64 splitMix64(quint64& state)
    {
        state += 0x9e3779b97f4a7c15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    static quint64 rotateLeft(quint64 value, int bits) { return (value << bits) | (value >> (64 - bits)); }

    std::array<quint64, 4> m_state {};
};

} // namespace caliper::stats
