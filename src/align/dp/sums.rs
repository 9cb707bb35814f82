//! Soft-minimum sums in log space for [`posterior`](super::posterior):
//! `-T ln sum exp(-x / T)`, kept as a minimum and a sum of scaled terms so
//! that adding a term costs one `exp`, and stored per cell as `f32` offsets
//! from an `f64` base per row (prefix costs reach 10^5 on large inputs,
//! where an `f32` alone would lose the fractions of a nat that matter).

use super::posterior::REACH;

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

    pub(super) fn add(&mut self, x: f64) {
        if x < self.min {
            self.sum = self.sum * ((x - self.min) / self.t).exp() + 1.0;
            self.min = x;
        } else {
            self.sum += (-(x - self.min) / self.t).exp();
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
    #[inline]
    pub(super) fn push(&mut self, i: usize, k: usize, v: f64, t: f64) {
        let min = self.min.get(i, k);
        if v < min {
            let scale = if min.is_finite() {
                ((v - min) / t).exp()
            } else {
                0.0
            };
            self.sum[k] = (f64::from(self.sum[k]) * scale + 1.0) as f32;
            self.min.set(i, k, v);
        } else {
            self.sum[k] += (-(v - min) / t).exp() as f32;
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
