#!/usr/bin/env python3
"""Reference values for test_stats.cpp, from independent implementations.

Run with Debian 12's python3-numpy, python3-matplotlib and python3-statsmodels:
    /usr/bin/python3 tests/stats/reference_values.py
Quantiles come from numpy.quantile (default method "linear", Hyndman & Fan type 7), box plots from
matplotlib.cbook.boxplot_stats (whis=1.5), Holm from statsmodels.stats.multitest.multipletests, exact
sign-flip p-values by enumerating every sign assignment with numpy, and the generator/bootstrap values from
a from-scratch Python transcription of the published splitmix64 / xoshiro256** algorithms and of the
bootstrap procedure documented in core/stats/bootstrap.h.
"""
import itertools

import numpy as np
from matplotlib import cbook
from statsmodels.stats.multitest import multipletests

MASK = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro:
    def __init__(self, seed):
        self.s = []
        for _ in range(4):
            seed, value = splitmix64(seed)
            self.s.append(value)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
        return result

    def below(self, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            value = self.next()
            if value >= threshold:
                return value % bound


def type7(sorted_values, p):
    return float(np.quantile(np.array(sorted_values), p))


def bootstrap(values, resamples, level, seed):
    rng = Xoshiro(seed)
    n = len(values)
    means = []
    for _ in range(resamples):
        total = 0.0
        for _ in range(n):
            total += values[rng.below(n)]
        means.append(total / n)
    means.sort()
    tail = (1 - level) / 2
    return type7(means, tail), type7(means, 1 - tail)


def exact_sign_flip(d):
    d = np.array(d, dtype=float)
    observed = abs(d.sum())
    signs = np.array(list(itertools.product([1.0, -1.0], repeat=len(d))))
    return float(np.mean(np.abs(signs @ d) >= observed))


print("splitmix64 seed 1234567:", end=" ")
state = 1234567
for _ in range(5):
    state, value = splitmix64(state)
    print(value, end=" ")
print()
rng = Xoshiro(42)
print("xoshiro256** seed 42:", [rng.next() for _ in range(5)])
rng = Xoshiro(7)
print("below(10) seed 7:", [rng.below(10) for _ in range(12)])

for data in ([3.5], [1, 2], [2, 4, 4, 4, 5, 5, 7, 9], [0.1, 0.25, 0.7, 0.05, 0.9, 0.33, 0.41]):
    print("mean/std", data, repr(float(np.mean(data))), repr(float(np.std(data, ddof=1)) if len(data) > 1 else None))

for data, p in (([5.0], 0.3), ([1, 2], 0.5), ([1, 2, 3, 4], 0.25), ([1, 2, 3, 4], 0.75), ([0.1, 0.2, 0.3, 0.4, 0.5], 0.9),
                ([7, 1, 3, 10, 2, 8], 0.025), ([7, 1, 3, 10, 2, 8], 0.975), ([7, 1, 3, 10, 2, 8], 0.0), ([7, 1, 3, 10, 2, 8], 1.0)):
    print("quantile", data, p, repr(float(np.quantile(data, p))))

for data in ([4.0], [1, 2, 3, 4, 100], [0, 0, 0, 0, 0, 0, 1, 100], [-50, 1, 2, 3, 4, 5, 6, 7, 8, 60],
             [0.31, 0.42, 0.28, 0.35, 0.39, 0.05, 0.33, 0.36, 0.30, 0.95, 0.34], [2, 2, 2, 2]):
    stats = cbook.boxplot_stats(np.array(data, dtype=float), whis=1.5)[0]
    print("box", data, {k: (repr(float(stats[k])) if k != "fliers" else sorted(float(x) for x in stats[k]))
                        for k in ("whislo", "q1", "med", "q3", "whishi", "fliers")})

for ps in ([0.01, 0.04, 0.03, 0.005], [0.2, 0.01, 0.5], [0.04, 0.04, 0.04], [0.9, 0.5]):
    print("holm", ps, [repr(float(x)) for x in multipletests(ps, method="holm")[1]])

for d in ([0.5, 0.25, -0.125, 0.75, 0.5, 0.25, 0.375, -0.25], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
          [0.5, -0.5, 0.25, -0.25], [0.0, 0.0, 0.0]):
    print("exact sign flip", d, repr(exact_sign_flip(d)))
d20 = [0.125, -0.25, 0.375, 0.5, -0.0625, 0.25, 0.125, -0.125, 0.3125, 0.0625,
       0.5, -0.375, 0.25, 0.1875, -0.0625, 0.125, 0.4375, -0.25, 0.0625, 0.125]
print("exact sign flip n=20", repr(exact_sign_flip(d20)))

sample = [0.31, 0.42, 0.28, 0.35, 0.39, 0.05, 0.33, 0.36, 0.30, 0.95, 0.34, 0.47, 0.22, 0.41]
print("bootstrap seed 2024 resamples 1000", [repr(x) for x in bootstrap(sample, 1000, 0.95, 2024)])
print("bootstrap seed 99 resamples 2000 level .9", [repr(x) for x in bootstrap(sample, 2000, 0.9, 99)])
