//! Soft-minimum sums in log space for [`posterior`](super::posterior):
//! `-T ln sum exp(-x / T)`, kept as a minimum and a sum of scaled terms so
//! that adding a term costs one `exp`, and stored per cell as `f32` offsets
//! from an `f64` base per row (prefix costs reach 10^5 on large inputs,
//! where an `f32` alone would lose the fractions of a nat that matter).

use super::posterior::REACH;

/// `e^x` for the non-positive arguments of the sums, without a libm call:
/// `x log2(e)` is split into an integer `k` and `f` in `[-1/2, 1/2]`, `2^k`
/// is built in the exponent bits and `e^(f ln 2)` by its Taylor series to
/// degree 7, whose remainder `0.35^8 / 8!` is below `6e-9` relative, far
/// under the `f32` the sums are stored in (the scores move by under `1e-5`
/// on the 60x dev input). Below `-700` (a term `e^-700` of the sum, about
/// 85 `REACH`es down) it returns 0 rather than a subnormal.
#[inline]
pub(super) fn exp_neg(x: f64) -> f64 {
    if x < -700.0 {
        return 0.0;
    }
    // Adding 1.5 * 2^52 rounds to an integer in the low mantissa bits
    // (`f64::round` is a library call without SSE4.1).
    const SHIFTER: f64 = 6_755_399_441_055_744.0;
    let shifted = x * std::f64::consts::LOG2_E + SHIFTER;
    let k = shifted - SHIFTER;
    let r = x - k * std::f64::consts::LN_2;
    const C: [f64; 8] = [
        1.0,
        1.0,
        1.0 / 2.0,
        1.0 / 6.0,
        1.0 / 24.0,
        1.0 / 120.0,
        1.0 / 720.0,
        1.0 / 5040.0,
    ];
    let p = C.iter().rev().fold(0.0, |acc, c| acc * r + c);
    // `k` lies in [-1010, 1] here, so `k + 1023` is a normal exponent.
    let scale = f64::from_bits(((k as i64 + 1023) as u64) << 52);
    p * scale
}

/// A running soft-minimum `-T ln sum exp(-x / T)`, kept as the minimum and
/// the sum of `exp(-(x - min) / T)`.
pub(super) struct SoftMin {
    min: f64,
    sum: f64,
    t: f64,
}

impl SoftMin {
    pub(super) fn new(t: f64) -> Self {
        SoftMin {
            min: f64::INFINITY,
            sum: 0.0,
            t,
        }
    }

    // `always`: called out of line otherwise, once per counted candidate.
    #[inline(always)]
    pub(super) fn add(&mut self, x: f64) {
        if x < self.min {
            self.sum = self.sum * exp_neg((x - self.min) / self.t) + 1.0;
            self.min = x;
        } else {
            self.sum += exp_neg(-(x - self.min) / self.t);
        }
    }

    /// Candidates at or above this bound do not count.
    pub(super) fn bound(&self) -> f64 {
        self.min + REACH * self.t
    }

    pub(super) fn value(&self) -> f64 {
        self.min - self.t * self.sum.ln()
    }
}

/// Per-cell sums as `f32` offsets from a per-row `f64` base (the row's first
/// finite value).
pub(super) struct Sums {
    pub base: Vec<f64>,
    pub rel: Vec<f32>,
}

impl Sums {
    pub(super) fn new(rows: usize, cells: usize) -> Self {
        Sums {
            base: vec![f64::NAN; rows],
            rel: vec![f32::INFINITY; cells],
        }
    }

    #[inline]
    pub(super) fn get(&self, i: usize, k: usize) -> f64 {
        let r = self.rel[k];
        if r.is_finite() {
            self.base[i] + f64::from(r)
        } else {
            f64::INFINITY
        }
    }

    #[inline]
    pub(super) fn set(&mut self, i: usize, k: usize, v: f64) {
        if v.is_finite() {
            if self.base[i].is_nan() {
                self.base[i] = v;
            }
            self.rel[k] = (v - self.base[i]) as f32;
        }
    }
}

/// Backward sums being accumulated: per cell the running minimum (as in
/// [`Sums`]) and the sum of `exp(-(x - min) / T)`, so that adding a term
/// costs one `exp` and no logarithm.
pub(super) struct Pending {
    pub min: Sums,
    pub sum: Vec<f32>,
}

impl Pending {
    /// Adds `v` to the soft-minimum at cell `k` of row `i`.
    // `always`: called out of line otherwise, once per lattice edge.
    #[inline(always)]
    pub(super) fn push(&mut self, i: usize, k: usize, v: f64, t: f64) {
        let min = self.min.get(i, k);
        if v < min {
            let scale = if min.is_finite() {
                exp_neg((v - min) / t)
            } else {
                0.0
            };
            self.sum[k] = (f64::from(self.sum[k]) * scale + 1.0) as f32;
            self.min.set(i, k, v);
        } else {
            self.sum[k] += exp_neg(-(v - min) / t) as f32;
        }
    }

    /// The soft-minimum at cell `k` of row `i`, written back as final.
    #[inline]
    pub(super) fn finish(&mut self, i: usize, k: usize, t: f64) -> f64 {
        let min = self.min.get(i, k);
        if !min.is_finite() {
            return min;
        }
        let value = min - t * f64::from(self.sum[k]).ln();
        self.min.set(i, k, value);
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_neg_matches_libm_to_f32_precision() {
        for i in 0..=100_000 {
            let x = -(i as f64) * 7e-3;
            let (fast, exact) = (exp_neg(x), x.exp());
            assert!((fast - exact).abs() <= 1e-8 * exact, "{x}: {fast} {exact}");
        }
        assert_eq!(exp_neg(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp_neg(-800.0), 0.0);
        assert!((exp_neg(0.0) - 1.0).abs() < 1e-15);
    }
}
