#include "stats/normal.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace caliper::stats {

namespace {

// Peter J. Acklam's rational approximation of the normal quantile ("An algorithm for computing the inverse
// normal cumulative distribution function", 2003; relative error below 1.15e-9): one rational function in the
// central region and one in √(−2 ln p) for the tail.
constexpr std::array<double, 6> A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
constexpr std::array<double, 5> B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01};
constexpr std::array<double, 6> C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
constexpr std::array<double, 4> D
    = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
constexpr double LowRegion = 0.02425;

double lowerTail(double p)
{
    const double q = std::sqrt(-2 * std::log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}

// Acklam's start for p ≤ 0.5 (normalQuantile() mirrors the upper half).
double acklam(double p)
{
    if (p < LowRegion)
        return lowerTail(p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

} // namespace

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        return std::numeric_limits<double>::quiet_NaN();
    // Work in the lower half, where Φ(x) = erfc(−x/√2)/2 is computed without cancellation, and mirror: this
    // keeps p near 1 as accurate as 1 − p allows and makes the result exactly antisymmetric.
    if (p > 0.5)
        return -normalQuantile(1 - p);
    const double x = acklam(p);
    // One step of Halley's method on Φ(x) − p, as Acklam recommends, takes the 1e-9 start to full double
    // precision (the step converges cubically). For subnormal p (below about 1e-308) exp(x²/2) overflows; the
    // start is then left as it is.
    const double u = (normalCdf(x) - p) * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return std::isfinite(u) ? x - u / (1 + x * u / 2) : x;
}

} // namespace caliper::stats
