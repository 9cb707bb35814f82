//! Quantities that a confident bead's counterpart states differently.
//!
//! The aligner's evidence layer reads every quantity of a sentence as a
//! value ([`crate::score::quantity`]: `22,9 Tausend` = `22 900`, `thirty` =
//! `30`, `14.03.2021` = `14 March 2021`) and matches the two sides of each
//! bead by value. What is left over is read here:
//!
//! - a value written in digits on both sides, left over on both sides of a
//!   confident bead, is a substitution: one version states another figure
//!   (an error, the version at fault being the one the others outvote);
//! - a version's digit figure that the pivot states otherwise (in words, or
//!   not at all) is still a substitution when the other versions, read
//!   through the same pivot sentences, agree on one other figure and none
//!   states the version's (the multi-way reading: the others outvote it);
//! - any other leftover (a number one side lacks, one spelled out in words,
//!   a paraphrase like `two weeks` against `14 Tagen`) cannot be proven
//!   wrong, and is a note ([`Severity::Info`](super::Severity::Info)).
//!
//! A leftover the counterpart leaves unmatched a bead or two away is not a
//! difference at all: it moved with a misplaced bead.

use std::ops::Range;

use super::Tuning;
use super::pair::{Level, Pair, Side};
use crate::align::{BeadNumbers, Stated};
use crate::score::quantity::Quantity;
use crate::score::quantity::figure::{comparable, one_digit_apart};

mod vote;

pub use vote::findings;

/// A quantity one side of a bead states that the other does not.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    /// The pivot's quantity and its sentence, if the pivot states one.
    pub pivot: Option<Stated>,
    /// The version's quantity and its sentence, if the version states one.
    pub version: Option<Stated>,
    /// True for a substitution of figures written in digits on both sides.
    pub provable: bool,
    /// The pivot sentences of the bead the difference was found in.
    pub pivot_sentences: Range<usize>,
}

/// The number differences of `pair`, over its confident sentence beads,
/// read off the numbers the aligner matched in each bead
/// ([`BeadNumbers`]).
pub fn find(pair: &Pair, tuning: &Tuning) -> Vec<Diff> {
    let beads = &pair.alignment(Level::Sentence).beads;
    let mut out = Vec::new();
    for (i, b) in beads.iter().enumerate() {
        let n = &b.evidence.numbers;
        let confident = !b.src.is_empty() && !b.tgt.is_empty();
        if !confident || b.score < tuning.min_number_posterior {
            continue;
        }
        if n.src_only.is_empty() && n.tgt_only.is_empty() {
            continue;
        }
        let mut left_p = unstated(pair, Side::Version, i, &n.src_only, &n.tgt_only);
        let mut left_v = unstated(pair, Side::Pivot, i, &n.tgt_only, &n.src_only);
        clock_times(&mut left_p, &mut left_v, n, Side::Version);
        clock_times(&mut left_v, &mut left_p, n, Side::Pivot);
        out.extend(pair_up(left_p, left_v, &b.src));
    }
    out
}

/// The quantities of `only` that `side` does not leave unmatched in a
/// neighbouring bead of bead `i` ([`loose_near`]): a figure the counterpart states, unmatched, a bead or
/// two away moved with a misplaced bead (a version that lost or gained a
/// sentence pulls its neighbours' beads out of line), it was not changed;
/// unless `theirs`, the counterpart's leftovers in the bead, hold it with
/// one digit slipped (`1882` against `1883`), the surer reading.
fn unstated<'a>(
    pair: &Pair,
    side: Side,
    i: usize,
    only: &'a [Stated],
    theirs: &[Stated],
) -> Vec<&'a Stated> {
    let loose: Vec<&Stated> = loose_near(pair, side, i).collect();
    let slipped = |q: &Stated| {
        let digits = |x: &Stated| !x.quantity.spelled;
        digits(q)
            && theirs
                .iter()
                .any(|t| digits(t) && one_digit_apart(&q.quantity, &t.quantity))
    };
    only.iter()
        .filter(|q| slipped(q) || !loose.iter().any(|l| l.quantity.value == q.quantity.value))
        .collect()
}

/// How many sentence beads either side of a bead [`loose_near`] looks at.
const NEIGHBOURS: usize = 3;

/// The quantities `side` states in digits in the [`NEIGHBOURS`] sentence
/// beads either side of bead `i` that their beads leave unmatched (all of
/// a bead with an empty side). A number word (`one`, `одном`) is too often
/// no figure at all to say that a figure moved.
pub(super) fn loose_near<'a>(
    pair: &'a Pair,
    side: Side,
    i: usize,
) -> impl Iterator<Item = &'a Stated> {
    let beads = &pair.alignment(Level::Sentence).beads;
    let lo = i.saturating_sub(NEIGHBOURS);
    let hi = (i + NEIGHBOURS + 1).min(beads.len());
    (lo..hi)
        .filter(move |&j| j != i)
        .flat_map(move |j| {
            let n = &beads[j].evidence.numbers;
            match side {
                Side::Pivot => n.src_only.iter(),
                Side::Version => n.tgt_only.iter(),
            }
        })
        .filter(|s| !s.quantity.spelled)
}

/// Clock times written `23.45` on one side (read as a decimal) and `23:45`
/// on the other (read as two numbers): the decimal leftover goes, and so
/// does the other side's leftover minutes. `theirs_side` is the side of
/// `theirs` in the bead's numbers `n`.
fn clock_times(
    mine: &mut Vec<&Stated>,
    theirs: &mut Vec<&Stated>,
    n: &BeadNumbers,
    theirs_side: Side,
) {
    let one = crate::score::quantity::Decimal::ONE;
    let has = |v: i128| {
        n.side(theirs_side as usize)
            .any(|s| s.quantity.number().is_some_and(|x| x.0 == v * one))
    };
    mine.retain(|s| {
        let Some(x) = s.quantity.number() else {
            return true;
        };
        let (hours, frac) = (x.0 / one, x.0 % one);
        let minutes = frac / 10_000;
        let time = frac != 0 && frac % 10_000 == 0 && (0..24).contains(&hours) && minutes < 60;
        if time && has(hours) && has(minutes) {
            theirs.retain(|o| o.quantity.number().is_none_or(|m| m.0 != minutes * one));
            return false;
        }
        true
    });
}

/// Leftovers of one bead as substitutions where both sides have a digit
/// figure of the same kind, and as unprovable differences otherwise. Of
/// several figures that could replace each other, the nearest in value
/// are paired first ([`distance`]): `7,5 millones` against `8,5 Millionen`
/// beside `3 Millionen`, which the version states in words.
fn pair_up(pivot: Vec<&Stated>, version: Vec<&Stated>, bead: &Range<usize>) -> Vec<Diff> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, p) in pivot.iter().enumerate() {
        for (j, v) in version.iter().enumerate() {
            if comparable(&p.quantity, &v.quantity) {
                pairs.push((distance(&p.quantity, &v.quantity), i, j));
            }
        }
    }
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut partner, mut taken) = (vec![None; pivot.len()], vec![false; version.len()]);
    for (_, i, j) in pairs {
        if partner[i].is_none() && !taken[j] {
            partner[i] = Some(j);
            taken[j] = true;
        }
    }
    let diff = |p: Option<&Stated>, v: Option<&Stated>| Diff {
        provable: p.is_some() && v.is_some(),
        pivot: p.cloned(),
        version: v.cloned(),
        pivot_sentences: bead.clone(),
    };
    let mut out: Vec<Diff> = (pivot.iter().zip(&partner))
        .map(|(p, j)| diff(Some(p), j.map(|j| version[j])))
        .collect();
    let unpaired = version.iter().zip(&taken).filter(|(_, t)| !**t);
    out.extend(unpaired.map(|(v, _)| diff(None, Some(v))));
    out
}

/// How far apart two figures are, as the ratio of their values on a log
/// scale (0 for dates, and for figures that are not both numbers).
fn distance(a: &Quantity, b: &Quantity) -> f64 {
    let value = |q: &Quantity| q.number().map(|n| (n.0 as f64).abs().max(1.0));
    match (value(a), value(b)) {
        (Some(x), Some(y)) => (x / y).ln().abs(),
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::score::quantity::quantities;

    fn stated(text: &str, lang: Lang) -> Vec<Stated> {
        let quantity = quantities(text, lang);
        quantity
            .into_iter()
            .map(|quantity| Stated {
                segment: 0,
                quantity,
            })
            .collect()
    }

    /// Of two figures the version could have replaced, the nearer in value
    /// is taken: `7,5 millones` was changed into `8,5 Millionen`, not into
    /// `3 Millionen`, which the pivot states in words.
    #[test]
    fn leftovers_pair_with_the_nearest_figure() {
        let pivot = stated("tres o 7,5 millones", Lang::Es);
        let version = stated("3 Millionen oder 8,5 Millionen", Lang::De);
        let left_p: Vec<&Stated> = pivot.iter().filter(|s| !s.quantity.spelled).collect();
        let diffs = pair_up(left_p, version.iter().collect(), &(0..1));
        let pairs: Vec<(String, Option<String>)> = diffs
            .iter()
            .filter_map(|d| {
                Some((
                    d.pivot.as_ref()?.quantity.key(),
                    d.version.as_ref().map(|v| v.quantity.key()),
                ))
            })
            .collect();
        assert_eq!(
            pairs,
            [("n:7500000".to_string(), Some("n:8500000".to_string()))]
        );
        assert!(diffs.iter().any(|d| d.pivot.is_none() && !d.provable));
    }
}
