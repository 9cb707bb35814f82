//! Which number mismatches remain evidence once the content rules have spoken.

use super::{Class, Located, Mismatch};
use crate::align::Bead;
use crate::check::Tuning;
use crate::check::content::{Gap, Level, Pair, Side};
use crate::check::excerpt::{chars, sentence_index};
use crate::check::ratios::LengthModel;
use crate::release::Document;

/// The mismatches that remain evidence once the content rules have spoken.
///
/// Dropped: numbers inside a unit reported as lost or added (they belong to
/// that finding); everything when the two documents differ in paragraph
/// count and no lost paragraph explains it (the pairing is doubtful); and,
/// in a paragraph pair whose sentence counts differ without a sentence
/// finding, all but plain-for-plain substitutions (a number absent there may
/// sit in a sentence the rules could not place). A number stated on one side
/// only must moreover sit in a sentence the aligner matched with one of
/// plausible length: otherwise its sentence may be lost, not its number.
pub fn sift(
    found: Vec<(Bead, Mismatch)>,
    gaps: &[Gap],
    pair: Pair<'_>,
    model: &LengthModel,
    tuning: &Tuning,
) -> Vec<(Bead, Mismatch)> {
    let explained_paragraphs = gaps.iter().any(|g| g.level == Level::Paragraph);
    if pair.pivot.paragraphs.len() != pair.doc.paragraphs.len() && !explained_paragraphs {
        return Vec::new();
    }
    let sieve = Sieve {
        pair,
        gaps,
        pivot_ix: sentence_index(pair.pivot),
        doc_ix: sentence_index(pair.doc),
    };
    found
        .into_iter()
        .filter(|(b, m)| {
            let counterpart = match (&m.pivot, &m.other) {
                (Some(a), None) => matched_sentence(pair, model, tuning, a, true),
                (None, Some(o)) => matched_sentence(pair, model, tuning, o, false),
                _ => true,
            };
            !sieve.lost(m) && counterpart && sieve.structure_allows(b, m)
        })
        .collect()
}

/// The gaps of one pair, and the sentence numbering of both sides.
struct Sieve<'a> {
    pair: Pair<'a>,
    gaps: &'a [Gap],
    pivot_ix: Vec<(usize, usize)>,
    doc_ix: Vec<(usize, usize)>,
}

impl Sieve<'_> {
    /// True when the mismatch's number sits inside a lost or added unit.
    fn lost(&self, m: &Mismatch) -> bool {
        self.gaps.iter().any(|g| match g.side {
            Side::Pivot => m.pivot.as_ref().is_some_and(|l| self.inside(true, g, l)),
            Side::Version => m.other.as_ref().is_some_and(|l| self.inside(false, g, l)),
        })
    }

    fn inside(&self, pivot: bool, g: &Gap, l: &Located) -> bool {
        let (d, ix, unit) = if pivot {
            (self.pair.pivot, &self.pivot_ix, g.pivot_pos)
        } else {
            (self.pair.doc, &self.doc_ix, g.version_pos)
        };
        match g.level {
            Level::Paragraph => l.paragraph == unit,
            Level::Sentence => ix.get(unit).is_some_and(|&(p, s)| {
                p == l.paragraph && d.paragraphs[p].sentences[s].span.contains(&l.number.start)
            }),
        }
    }

    /// False for a mismatch other than plain-for-plain in a paragraph pair
    /// whose sentence counts differ with no sentence finding inside.
    fn structure_allows(&self, b: &Bead, m: &Mismatch) -> bool {
        let count = |d: &Document, r: std::ops::Range<usize>| -> usize {
            r.filter_map(|p| d.paragraphs.get(p))
                .map(|p| p.sentences.len())
                .sum()
        };
        let even = count(self.pair.pivot, b.src.clone()) == count(self.pair.doc, b.tgt.clone());
        let firm = matches!((&m.pivot, &m.other), (Some(a), Some(o))
            if a.number.class == Class::Plain && o.number.class == Class::Plain);
        even || firm || self.sentence_gap_in(b)
    }

    fn sentence_gap_in(&self, b: &Bead) -> bool {
        self.gaps.iter().any(|g| {
            g.level == Level::Sentence
                && match g.side {
                    Side::Pivot => self
                        .pivot_ix
                        .get(g.pivot_pos)
                        .is_some_and(|(p, _)| b.src.contains(p)),
                    Side::Version => self
                        .doc_ix
                        .get(g.version_pos)
                        .is_some_and(|(p, _)| b.tgt.contains(p)),
                }
        })
    }
}

/// True when the sentence holding `l` (on the pivot side when `pivot`) lies
/// in a sentence bead of the aligner with text on both sides, of lengths
/// that fit.
fn matched_sentence(
    pair: Pair<'_>,
    model: &LengthModel,
    tuning: &Tuning,
    l: &Located,
    pivot: bool,
) -> bool {
    let doc = if pivot { pair.pivot } else { pair.doc };
    let Some(unit) = sentence_index(doc).iter().position(|&(p, s)| {
        p == l.paragraph
            && doc.paragraphs[p].sentences[s]
                .span
                .contains(&l.number.start)
    }) else {
        return false;
    };
    let lens = |d: &Document| -> Vec<usize> {
        d.paragraphs
            .iter()
            .flat_map(|p| p.sentence_texts().map(chars))
            .collect()
    };
    let (src, tgt) = (lens(pair.pivot), lens(pair.doc));
    let bead = pair.al.sentences.beads.iter().find(|b| {
        if pivot {
            b.src.contains(&unit)
        } else {
            b.tgt.contains(&unit)
        }
    });
    bead.is_some_and(|b| {
        let s: usize = b.src.clone().filter_map(|i| src.get(i)).sum();
        let t: usize = b.tgt.clone().filter_map(|i| tgt.get(i)).sum();
        let tolerance = tuning.max_log_deviation + 2.0 / (s.min(t).max(1) as f64).sqrt();
        s > 0 && t > 0 && model.deviation(pair.pivot.lang, s, pair.doc.lang, t).abs() <= tolerance
    })
}
