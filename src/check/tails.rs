//! Lost ends: a version cut short, read off the gaps of a pair.
//!
//! A version is cut short when a lost run at the end of the pivot holds at
//! least [`Tuning::truncated_tail_share`] of its text (the [`Tail`]). The
//! run must reach the end, and be mostly lost sentences by length (a cut
//! page may keep a stray sentence paired by chance). The aligner fits its
//! length ratio to a pair's totals, unless a side keeps less than
//! [`KEPT_SHARE`](crate::align::KEPT_SHARE) of the length the archive
//! expects of its language ([`align::Config::lengths`](crate::align::Config::lengths)):
//! then it aligns with the expected ratio, which pairs the kept text and
//! leaves the lost end out, so the cut is read off its path; a lost end
//! must then be borne out by those lengths too (`borne_out`). A page cut
//! just after a paragraph's first sentence, whose remnant the paragraph
//! pass pairs with a later paragraph, is reported as the paragraphs it
//! lacks (see `docs/check-ablation.md`, third round).

use super::Tuning;
use super::gaps::{Gap, covers};
use super::pair::{Level, Pair, Side};
use crate::align::ExpectedLengths;

/// A lost run at the end of one side.
#[derive(Clone, Debug, PartialEq)]
pub struct Tail {
    /// The side whose end has no counterpart.
    pub side: Side,
    /// Its first lost sentence.
    pub start: usize,
    /// The share of that side's text it holds.
    pub share: f64,
}

/// The lost end of `side`, when the gaps `gaps` make one ([`tail`]) and
/// the lengths the archive expects bear it out (their ratio `expected`,
/// when known).
pub(super) fn lost_end(
    pair: &Pair,
    side: Side,
    gaps: &[Gap],
    tuning: &Tuning,
    expected: Option<f64>,
) -> Option<Tail> {
    let t = tail(pair, side, gaps, tuning)?;
    expected.is_none_or(|r| borne_out(pair, &t, r)).then_some(t)
}

/// Largest share of a side's text in its lost end: a version that keeps
/// nothing recognisable was not cut, it was not paired.
const MAX_TAIL_SHARE: f64 = 0.9;

/// Least share, by length, of lost sentences in a lost end.
const TAIL_LOST: f64 = 0.8;

/// The lost end of `side`: the longest run at its end whose sentences are,
/// by length, mostly in `gaps` ([`TAIL_LOST`]; a cut page may keep a stray
/// sentence paired by chance in its lost end), its first sentence lost. It
/// is a truncation when it holds at least [`Tuning::truncated_tail_share`]
/// of the side's text, and either spans two paragraphs or more or starts
/// inside one: a single whole final paragraph lost is a missing paragraph.
fn tail(pair: &Pair, side: Side, gaps: &[Gap], tuning: &Tuning) -> Option<Tail> {
    let unpaired = unpaired_end(pair, side);
    let lost = |k: usize| {
        in_gap(pair, side, gaps, k)
            || (k >= unpaired && pair.unaligned(side, Level::Sentence, k) >= END_DOUBT)
    };
    let n = pair.len(side, Level::Sentence);
    let (mut lost_length, mut length, mut start) = (0.0, 0.0, None);
    for k in (0..n).rev() {
        let c = f64::from(pair.unit_length(side, Level::Sentence, k).max(1));
        length += c;
        if lost(k) {
            lost_length += c;
            if lost_length >= TAIL_LOST * length {
                start = Some(k);
            }
        } else if lost_length < TAIL_LOST * length {
            break;
        }
    }
    truncation(pair, side, start?, tuning)
}

/// True when the lengths bear out lost end `t`, by the expected ratio
/// `ratio`: a cut of a share `s` of one side's text leaves the other about
/// `1 - s` of its expected length, and one that keeps more than `1 - s / 2`
/// was not cut there (a lost sentence near the end, stretched into a lost
/// end).
fn borne_out(pair: &Pair, t: &Tail, ratio: f64) -> bool {
    let total =
        |s: Side| f64::from(pair.length(s, Level::Sentence, 0..pair.len(s, Level::Sentence)));
    let kept = ExpectedLengths::kept(total(Side::Pivot), total(Side::Version), ratio);
    kept[t.side.other() as usize] <= 1.0 - t.share / 2.0
}

/// Least omission posterior of a sentence in the best path's unpaired end
/// for [`tail`] to count it as lost. At a cut the lattice is sure that the
/// end is lost but not which of the last sentences the kept text pairs
/// with, so the mass spreads thin over the end; the best path settles it.
const END_DOUBT: f32 = 0.25;

/// The first sentence of `side` from which the best path pairs nothing:
/// every later sentence is in a bead with nothing across.
fn unpaired_end(pair: &Pair, side: Side) -> usize {
    let beads = &pair.alignment(Level::Sentence).beads;
    let mut start = pair.len(side, Level::Sentence);
    for b in beads.iter().rev() {
        let (mine, theirs) = (b.side(side as usize), b.side(side.other() as usize));
        if !theirs.is_empty() {
            break;
        }
        start = start.min(mine.start);
    }
    start
}

/// True when sentence `k` of `side` lies in a gap.
fn in_gap(pair: &Pair, side: Side, gaps: &[Gap], k: usize) -> bool {
    let mine = |g: &&Gap| g.side == side && !g.weak;
    let gaps: Vec<Gap> = gaps.iter().filter(mine).cloned().collect();
    covers(pair, &gaps, Level::Sentence, k)
        || covers(
            pair,
            &gaps,
            Level::Paragraph,
            pair.numbering[side as usize].paragraph_of[k],
        )
}

/// The lost end of `side` from sentence `start` on, when it makes a
/// truncation (see [`tail`]).
fn truncation(pair: &Pair, side: Side, start: usize, tuning: &Tuning) -> Option<Tail> {
    let n = pair.len(side, Level::Sentence);
    let share = pair.share_from(side, start);
    let of = &pair.numbering[side as usize].paragraph_of;
    let first_para = of[start];
    let inside = pair.numbering[side as usize].sentences_of[first_para].start < start;
    let spans = of[n - 1] > first_para;
    // A side whose every part is lost is not cut short: its pairing failed.
    let kept = start > 0 && share <= MAX_TAIL_SHARE;
    (kept && share >= tuning.truncated_tail_share && n - start >= 2 && (spans || inside))
        .then_some(Tail { side, start, share })
}
