//! From the evidence of every pair of a release to findings: who is at
//! fault, the pivot or the version compared with it.
//!
//! Every comparison is pivot-vs-version, so a flaw of the pivot shows up as
//! the same anomaly in most other pairs. Two translators rarely make the
//! same slip at the same place, so when at least two versions, and more than
//! half of those compared, show the same anomaly at the same pivot position
//! (give or take a sentence, since where an extra sentence attaches is not
//! always clear), the pivot is blamed once ([`gap_findings`]). With a single pair
//! nobody can be outvoted, and content one side lacks is reported as lost
//! from it.

use std::collections::BTreeSet;

use super::gaps::{Gap, PairGaps};
use super::losses::{pivot_gap, truncated, version_gap};
use super::numbers::{self, Diff};
use super::pair::{Level, Pair, Side};
use super::tails::Tail;
use super::{Config, Finding, Kind, Severity, resolve, short};
use crate::{Lang, align};

/// What one pivot–version pair shows.
pub struct PairEvidence<'a> {
    /// The version's language.
    pub lang: Lang,
    /// The pair and its alignment.
    pub pair: Pair<'a>,
    /// Units without counterpart.
    pub gaps: PairGaps,
    /// Quantities stated differently.
    pub numbers: Vec<Diff>,
    /// Sentences the version places elsewhere, as (pivot sentence, version
    /// sentence) ([`moved`](super::moved)).
    pub moved: Vec<(usize, usize)>,
}

/// A gap placed in pivot sentence coordinates, for voting.
pub(super) struct Candidate<'e> {
    /// The language of the version whose pair shows the gap.
    pub lang: Lang,
    /// The side the gap is on.
    pub side: Side,
    /// Where it stands in the pivot, as a pivot sentence index.
    pub pos: usize,
    /// The gap.
    pub gap: &'e Gap,
    /// The pair that shows it.
    pub ev: &'e PairEvidence<'e>,
}

/// The findings of one release from the evidence of all its pairs.
pub fn findings(release: &str, pairs: &[PairEvidence], config: &Config) -> Vec<Finding> {
    let (tuning, config) = (&config.tuning, &config.align);
    let mut out = Vec::new();
    let pivot_cut = pivot_tail(pairs);
    let mut cut: BTreeSet<Lang> = BTreeSet::new();
    for ev in pairs {
        if let Some(t) = ev.gaps.tails.iter().find(|t| t.side == Side::Pivot) {
            out.push(truncated(release, ev, t, Side::Version));
            cut.insert(ev.lang);
        }
    }
    if let Some((ev, t)) = pivot_cut {
        out.push(truncated(release, ev, t, Side::Pivot));
    }
    let candidates: Vec<Candidate> = pairs
        .iter()
        .filter(|ev| !cut.contains(&ev.lang))
        .flat_map(|ev| candidates(ev, pivot_cut.is_some()))
        .collect();
    out.extend(gap_findings(release, &candidates, pairs, config));
    let lacking = |lang| has_gap(pairs, lang);
    let min_length = tuning.min_sentence_length;
    out.extend(short::findings(release, pairs, &cut, &lacking, min_length));
    out.extend(short::lost_paragraphs(
        release, pairs, &cut, &lacking, config,
    ));
    out.extend(numbers::findings(release, pairs, &cut));
    out
}

/// True when the pair of `lang` lacks pivot content by a firm gap.
fn has_gap(pairs: &[PairEvidence], lang: Lang) -> bool {
    pairs.iter().filter(|ev| ev.lang == lang).any(|ev| {
        ev.gaps
            .gaps
            .iter()
            .any(|g| g.side == Side::Pivot && !g.weak)
    })
}

/// The pivot's lost end, when most versions have an unmatched end (or the
/// only one does: of two versions, the one that stops early was cut): the
/// pivot was cut short.
fn pivot_tail<'e>(pairs: &'e [PairEvidence<'e>]) -> Option<(&'e PairEvidence<'e>, &'e Tail)> {
    let tails: Vec<(&PairEvidence, &Tail)> = pairs
        .iter()
        .filter_map(|ev| {
            let t = ev.gaps.tails.iter().find(|t| t.side == Side::Version)?;
            Some((ev, t))
        })
        .collect();
    let n = tails.len();
    let agreed = (pairs.len() == 1 && n == 1) || (n >= 2 && 2 * n >= pairs.len());
    agreed.then(|| tails[0])
}

/// The gaps of one pair as candidates, leaving out a version's gaps in its
/// unmatched end when the pivot is cut (they are that cut's echo).
fn candidates<'e>(ev: &'e PairEvidence<'e>, pivot_cut: bool) -> Vec<Candidate<'e>> {
    let version_tail = ev
        .gaps
        .tails
        .iter()
        .find(|t| t.side == Side::Version)
        .map(|t| t.start);
    ev.gaps
        .gaps
        .iter()
        .filter(|g| {
            let in_tail = g.side == Side::Version
                && version_tail.is_some_and(|s| g.sentences(&ev.pair).start >= s);
            !(pivot_cut && in_tail)
        })
        .map(|g| Candidate {
            lang: ev.lang,
            side: g.side,
            pos: pivot_position(&ev.pair, g),
            gap: g,
            ev,
        })
        .collect()
}

/// Where a gap stands in the pivot, as a pivot sentence index: its own
/// first sentence for a pivot gap, the pivot sentence it precedes for a
/// version gap.
fn pivot_position(pair: &Pair, g: &Gap) -> usize {
    match (g.side, g.level) {
        (Side::Pivot, _) => g.sentences(pair).start,
        (Side::Version, Level::Sentence) => g.at,
        (Side::Version, Level::Paragraph) => {
            pair.numbering[Side::Pivot as usize].first_sentence(g.at)
        }
    }
}

/// Least omission posterior with which another pair seconds a gap.
const SUPPORT: f32 = 0.25;

/// Gap candidates to findings: the pivot blamed for what most versions
/// share, each version for the rest. Every pair is asked, not only those
/// whose own gap passed the threshold: a version that shows the same
/// anomaly with less confidence (its alignment half hid it in a merged
/// bead) still seconds the pivot's blame, and one that aligns the spot
/// cleanly speaks against it.
fn gap_findings(
    release: &str,
    candidates: &[Candidate],
    pairs: &[PairEvidence],
    config: &align::Config,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut blamed: Vec<(Side, usize)> = Vec::new();
    // Versions with a firm gap of their own: a doubtful one beside it is
    // that gap's echo (a misplaced paragraph shows as scattered sentences).
    let firm: BTreeSet<Lang> = candidates
        .iter()
        .filter(|c| !c.gap.weak && c.side == Side::Pivot)
        .map(|c| c.lang)
        .collect();
    for c in candidates {
        let support = if c.gap.weak { WEAK_SUPPORT } else { SUPPORT };
        let voters: Vec<Lang> = pairs
            .iter()
            .filter(|ev| ev.lang == c.lang || seconds(ev, c, support))
            .map(|ev| ev.lang)
            .collect();
        let n = voters.len();
        let (pivot_fault, own) = if c.gap.weak {
            // A doubtful gap stands when the other versions bear it out:
            // all of them show it too (the pivot's fault), or none of them
            // shows a trace of it and the version's own text around it is
            // paired (the version's; with no other version to ask, the
            // second condition alone: a release in two or three languages
            // is checked as well as its versions allow).
            let all = pairs.len() >= 3 && n == pairs.len();
            let alone = c.side == Side::Pivot
                && !firm.contains(&c.lang)
                && clean_elsewhere(pairs, c)
                && !doubt_across(&c.ev.pair, c.gap);
            (all && c.side == Side::Version, alone)
        } else {
            let most = n >= 2 && 2 * n > pairs.len();
            (most, !most)
        };
        let near = |&(side, pos): &(Side, usize)| side == c.side && pos.abs_diff(c.pos) <= 1;
        let found = if pivot_fault && !blamed.iter().any(near) {
            blamed.push((c.side, c.pos));
            Some(joined(
                pivot_gap(release, c, candidates, &voters),
                c,
                config,
            ))
        } else if own && !pivot_fault {
            Some(joined(version_gap(release, c, pairs.len() == 1), c, config))
        } else {
            None
        };
        out.extend(found.map(|f| doubtful(f, c.gap)));
    }
    out
}

/// `f` as a warning when it stands on a doubtful gap: the aligner found
/// the units more likely paired than not, and what makes them a loss is
/// the other versions' agreement, which a free rendering of the spot (two
/// sentences run into one and condensed) can give as well. A reviewer
/// looks; a publishing gate does not stop on it.
fn doubtful(mut f: Finding, g: &Gap) -> Finding {
    if g.weak {
        f.severity = f.severity.min(Severity::Warning);
    }
    f
}

/// `f` as a warning when the sentences of gap `c` find a counterpart in
/// the clauses of a sentence across that joins two with a semicolon
/// ([`resolve::held_in_clauses`]): a translator may have run them into one
/// and condensed, which a reviewer can tell at a glance and the lengths
/// cannot. Either side may have joined them: the version (the pivot's
/// sentence seems lost from it) or the pivot (the versions' seem extra).
fn joined(mut f: Finding, c: &Candidate, config: &align::Config) -> Finding {
    let g = c.gap;
    // A pivot blamed for a paragraph at the spot (another pair's gap) is
    // not excused by one pair's sentence.
    let sentence = matches!(f.kind, Kind::MissingSentence | Kind::ExtraSentence);
    if sentence
        && g.level == Level::Sentence
        && resolve::held_in_clauses(&c.ev.pair, g.side, &g.units, config)
    {
        f.severity = f.severity.min(Severity::Warning);
    }
    f
}

/// Least omission posterior with which another pair seconds a doubtful gap.
const WEAK_SUPPORT: f32 = 0.1;

/// Largest omission posterior of a doubtful pivot gap's sentences in every
/// other pair for the gap to be the version's own.
const CLEAN: f32 = 0.05;

/// True when no other pair than `c`'s leaves `c`'s pivot sentences with
/// any omission mass to speak of ([`CLEAN`]).
fn clean_elsewhere(pairs: &[PairEvidence], c: &Candidate) -> bool {
    let sentences = c.gap.sentences(&c.ev.pair);
    pairs.iter().filter(|ev| ev.lang != c.lang).all(|ev| {
        sentences
            .clone()
            .all(|k| ev.pair.unaligned(Side::Pivot, Level::Sentence, k) < CLEAN)
    })
}

/// How far, in sentences, from where a doubtful pivot gap belongs
/// [`doubt_across`] looks for doubt on the version's side.
const CROSSING_REACH: usize = 3;

/// Least omission posterior of a version sentence that [`doubt_across`]
/// counts as doubtful.
const DOUBT: f32 = 0.1;

/// True when the version of `pair` has a doubtful sentence of its own
/// ([`DOUBT`]) within [`CROSSING_REACH`] sentences of where the doubtful
/// pivot gap `g` belongs: the two texts differ there (sentences in another
/// order, a passage rendered freely, one sentence cut in two), which is no
/// evidence that either lost anything. A loss leaves the other side's
/// sentences about it paired.
fn doubt_across(pair: &Pair, g: &Gap) -> bool {
    let n = pair.len(Side::Version, Level::Sentence);
    let reach = g.at.saturating_sub(CROSSING_REACH)..(g.at + CROSSING_REACH).min(n);
    reach
        .into_iter()
        .any(|k| pair.unaligned(Side::Version, Level::Sentence, k) >= DOUBT)
}

/// True when pair `ev` shows the anomaly of candidate `c` too, at least
/// with `support`: a pivot gap's sentences unaligned in it as well, or a
/// unit of its version unaligned next to the same pivot position.
fn seconds(ev: &PairEvidence, c: &Candidate, support: f32) -> bool {
    let pair = &ev.pair;
    match c.side {
        Side::Pivot => {
            let sentences = c.gap.sentences(&c.ev.pair);
            let n = sentences.len().max(1) as f32;
            let mass: f32 = sentences
                .map(|k| pair.unaligned(Side::Pivot, Level::Sentence, k))
                .sum();
            mass / n >= support
        }
        Side::Version => (0..pair.len(Side::Version, Level::Sentence)).any(|k| {
            pair.unaligned(Side::Version, Level::Sentence, k) >= support
                && pair
                    .position_across(Side::Version, Level::Sentence, k)
                    .abs_diff(c.pos)
                    <= 1
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{Alignment, DocAlignment};
    use crate::check::resolve::tests::{bead, doc};

    /// A loss read off a doubtful gap is a warning; off a firm one, the
    /// kind's own severity.
    #[test]
    fn a_finding_on_a_doubtful_gap_is_a_warning() {
        let gap = |weak: bool| Gap {
            side: Side::Pivot,
            level: Level::Sentence,
            units: 1..2,
            at: 1,
            mass: if weak { 0.3 } else { 0.9 },
            weak,
        };
        let lost = || Finding::new(Kind::MissingSentence, "r", vec![Lang::Fr, Lang::De], "lost");
        assert_eq!(doubtful(lost(), &gap(true)).severity, Severity::Warning);
        assert_eq!(doubtful(lost(), &gap(false)).severity, Severity::Error);
        let extra = Finding::new(Kind::ExtraSentence, "r", vec![Lang::Fr], "extra");
        assert_eq!(doubtful(extra, &gap(true)).severity, Severity::Warning);
    }

    /// One paragraph a side, aligned with `sentences`.
    fn one_paragraph(sentences: Alignment) -> DocAlignment {
        DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1)],
                unaligned: Default::default(),
            },
            sentences,
            length: Default::default(),
        }
    }

    /// The doubtful gap of pivot sentence 1, placed before version sentence 1.
    fn doubtful_second_sentence() -> Gap {
        Gap {
            side: Side::Pivot,
            level: Level::Sentence,
            units: 1..2,
            at: 1,
            mass: 0.3,
            weak: true,
        }
    }

    /// A doubtful lost pivot sentence stands only where the version's own
    /// sentences about it are paired without doubt.
    #[test]
    fn doubt_on_the_version_side_near_a_doubtful_gap_speaks_against_a_loss() {
        let pivot = doc(Lang::De, &["Eins ist hier. Zwei ist dort. Drei ist fern."]);
        let version = doc(Lang::Fr, &["Un est ici. Deux est là. Trois est loin."]);
        let doubted = |version_doubt: f32| {
            let al = one_paragraph(Alignment {
                beads: (0..3).map(|k| bead(k..k + 1, k..k + 1)).collect(),
                unaligned: [vec![0.0, 0.3, 0.0], vec![0.0, 0.0, version_doubt]],
            });
            doubt_across(
                &Pair::new(&pivot, &version, &al),
                &doubtful_second_sentence(),
            )
        };
        assert!(doubted(0.2));
        assert!(!doubted(0.05));
    }

    /// In a release of two versions no other version can bear a doubtful
    /// gap out: a doubtful lost pivot sentence is reported (as a warning)
    /// where the version's own sentences about it are paired without
    /// doubt, and not where they are doubtful too.
    #[test]
    fn a_doubtful_gap_in_a_release_of_two_versions_stands_on_its_own() {
        let pivot = doc(Lang::De, &["Eins ist hier. Zwei ist dort. Drei ist fern."]);
        let version = doc(Lang::Fr, &["Un est ici. Trois est loin."]);
        let found = |version_doubt: f32| {
            let al = one_paragraph(Alignment {
                beads: vec![bead(0..1, 0..1), bead(1..3, 1..2)],
                unaligned: [vec![0.0, 0.3, 0.0], vec![0.0, version_doubt]],
            });
            let ev = PairEvidence {
                lang: Lang::Fr,
                pair: Pair::new(&pivot, &version, &al),
                gaps: PairGaps {
                    gaps: vec![doubtful_second_sentence()],
                    tails: Vec::new(),
                },
                numbers: Vec::new(),
                moved: Vec::new(),
            };
            findings("r", &[ev], &Config::default())
                .into_iter()
                .map(|f| (f.kind, f.severity, f.langs))
                .collect::<Vec<_>>()
        };
        let lost = (Kind::MissingSentence, Severity::Warning);
        assert_eq!(found(0.0), [(lost.0, lost.1, vec![Lang::Fr, Lang::De])]);
        assert_eq!(found(0.2), []);
    }
}
