//! Quantities that a confident bead's counterpart states differently.
//!
//! Placeholder until the evidence layer lands: no number findings.

use super::Tuning;
use super::pair::Pair;

/// A quantity of one side of a bead that the other side states differently
/// or lacks.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    /// The pivot sentence where it stands (or next to which it belongs).
    pub sentence: usize,
}

/// The number differences of `pair`.
pub fn find(_pair: &Pair, _tuning: &Tuning) -> Vec<Diff> {
    Vec::new()
}

/// Number findings of a release (none yet).
pub fn findings(
    _release: &str,
    _pairs: &[super::blame::PairEvidence],
    _cut: &std::collections::BTreeSet<crate::Lang>,
) -> Vec<super::Finding> {
    Vec::new()
}
