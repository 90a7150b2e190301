#pragma once

namespace caliper::stats {

/// The standard normal distribution function Φ(x), from std::erfc so the lower tail keeps full relative
/// precision far below 1e-16.
double normalCdf(double x);

/// Φ⁻¹(p), the standard normal quantile, for 0 < p < 1 (NaN otherwise), to about 1e-15 relative. Large-sample
/// intervals and tests use it for their critical values (z = normalQuantile(0.975) ≈ 1.96).
double normalQuantile(double p);

} // namespace caliper::stats
