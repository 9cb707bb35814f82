//! Missing and extra paragraphs and sentences, from the 0-1 and 1-0 beads of
//! a pivot-version alignment.
//!
//! A bead with an empty side is only evidence when the alignment around it is
//! trustworthy, so a gap is reported only when: the aligner is confident in
//! it; the nearest matched beads on both sides are confident and of plausible
//! length (Gale & Church 1993: translation lengths are proportional); the
//! content is substantial; and adding it to an adjacent matched bead does not
//! make that bead's lengths fit better, which would mean the translator merged
//! or split rather than dropped it. Sentence gaps inside a paragraph with no
//! counterpart are left to the paragraph-level finding.

use std::collections::BTreeMap;

mod blame;
mod merge;
mod single;

pub use blame::{findings, place};

use std::ops::Range;

use super::Tuning;
use super::excerpt::{chars, sentence_index};
use super::numbers::agree;
use super::ratios::LengthModel;
use crate::align::{Alignment, Bead, DocAlignment};
use crate::release::Document;

/// Granularity of a gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Whole paragraphs.
    Paragraph,
    /// Sentences inside matched paragraphs.
    Sentence,
}

/// Which side holds the content that has no counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// The pivot has it, the version lacks it.
    Pivot,
    /// The version has it, the pivot lacks it.
    Version,
}

/// Content with no counterpart in one pivot-version pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// Paragraph or sentence.
    pub level: Level,
    /// The side holding the content.
    pub side: Side,
    /// Index in the pivot: the unit itself, or the pivot unit the version's content precedes.
    pub pivot_pos: usize,
    /// Index in the version: the unit itself, or the version unit the pivot's content precedes.
    pub version_pos: usize,
    /// Position of the unit inside a multi-unit gap (0 for the first).
    pub offset: usize,
}

/// A pivot version, another version, and their alignment.
#[derive(Clone, Copy, Debug)]
pub struct Pair<'a> {
    /// The pivot document.
    pub pivot: &'a Document,
    /// The other document.
    pub doc: &'a Document,
    /// Pivot -> other.
    pub al: &'a DocAlignment,
}

/// The units of one level on both sides (texts and lengths), and which
/// units may hold a gap.
struct Units<'a> {
    level: Level,
    src_text: Vec<&'a str>,
    tgt_text: Vec<&'a str>,
    src: Vec<usize>,
    tgt: Vec<usize>,
    src_ok: Vec<bool>,
    tgt_ok: Vec<bool>,
    /// For sentences: the matched paragraph bead each belongs to.
    src_group: Vec<Option<usize>>,
    tgt_group: Vec<Option<usize>>,
}

/// What the content rules found in one pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The gaps that pass every test.
    pub gaps: Vec<Gap>,
    /// The paragraph alignment the rules relied on: the aligner's, or the one
    /// rebuilt around a lost paragraph the aligner misplaced. Other rules
    /// (numbers) should compare along it.
    pub paragraphs: Alignment,
}

/// The gaps of one pair that pass every test.
pub fn gaps(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> Vec<Gap> {
    analyse(pair, model, tuning).gaps
}

/// Runs the paragraph rules, then the sentence rules inside the paragraph
/// pairs they trust.
pub fn analyse(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> Analysis {
    let judge = Judge {
        pair,
        model,
        tuning,
    };
    let paragraphs = paragraph_units(&pair);
    let mut gaps = judge.level(&pair.al.paragraphs, &paragraphs);
    let mut para_al = pair.al.paragraphs.clone();
    let mut aligner_trusted = true;
    if gaps.is_empty()
        && let Some((gap, rebuilt)) = judge.single_gap(&paragraphs)
    {
        gaps.push(gap);
        para_al = rebuilt;
        aligner_trusted = false;
    }
    let sentences = sentence_units(&pair, &para_al);
    if aligner_trusted {
        gaps.extend(judge.level(&pair.al.sentences, &sentences));
    }
    let found = gaps.clone();
    gaps.extend(judge.local_sentence_gaps(&para_al, &sentences, &found));
    Analysis {
        gaps,
        paragraphs: para_al,
    }
}

/// True when the version's paragraphs translate the pivot's first ones, one
/// to one, and the pivot has more: a page cut short. The pairs must be
/// trusted (lengths fit, numbers agree), except that the last kept paragraph
/// may be cut inside, so it only must not be longer than its counterpart
/// predicts. Judged on the check's own evidence, since an aligner tends to
/// spread the kept text over the whole pivot.
pub fn is_prefix(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> bool {
    let judge = Judge {
        pair,
        model,
        tuning,
    };
    let units = paragraph_units(&pair);
    let k = units.tgt.len();
    if k == 0 || k >= units.src.len() {
        return false;
    }
    let one = |i: usize| Bead {
        src: i..i + 1,
        tgt: i..i + 1,
        score: 1.0,
    };
    let (s, t) = (units.src[k - 1], units.tgt[k - 1]);
    (0..k - 1).all(|i| judge.trusted(&one(i), &units))
        && judge.deviation(s, t) <= judge.tolerance(t)
}

fn paragraph_units<'a>(pair: &Pair<'a>) -> Units<'a> {
    let (n, m) = (pair.pivot.paragraphs.len(), pair.doc.paragraphs.len());
    let texts = |d: &'a Document| d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    Units {
        level: Level::Paragraph,
        src_text: texts(pair.pivot),
        tgt_text: texts(pair.doc),
        src: para_lens(pair.pivot),
        tgt: para_lens(pair.doc),
        // A paragraph can only be lost from the document with fewer.
        src_ok: vec![n > m; n],
        tgt_ok: vec![m > n; m],
        src_group: vec![None; n],
        tgt_group: vec![None; m],
    }
}

fn sentence_units<'a>(pair: &Pair<'a>, paragraphs: &Alignment) -> Units<'a> {
    let texts = |d: &'a Document| {
        d.paragraphs
            .iter()
            .flat_map(|p| p.sentence_texts())
            .collect()
    };
    let (src_surplus, tgt_surplus) = sentence_surplus(pair, paragraphs);
    let ok = |d: &Document, surplus: &BTreeMap<usize, i64>| -> Vec<bool> {
        sentence_index(d)
            .iter()
            .map(|(p, _)| surplus.get(p).is_some_and(|&n| n > 0))
            .collect()
    };
    Units {
        level: Level::Sentence,
        src_text: texts(pair.pivot),
        tgt_text: texts(pair.doc),
        src: sent_lens(pair.pivot),
        tgt: sent_lens(pair.doc),
        src_ok: ok(pair.pivot, &src_surplus),
        tgt_ok: ok(pair.doc, &tgt_surplus),
        src_group: group(pair.pivot, paragraphs, true),
        tgt_group: group(pair.doc, paragraphs, false),
    }
}

fn para_lens(doc: &Document) -> Vec<usize> {
    doc.paragraphs.iter().map(|p| chars(&p.text)).collect()
}

fn sent_lens(doc: &Document) -> Vec<usize> {
    doc.paragraphs
        .iter()
        .flat_map(|p| p.sentence_texts().map(chars))
        .collect()
}

/// For each sentence of `doc`, the matched paragraph bead holding it.
fn group(doc: &Document, paragraphs: &Alignment, pivot: bool) -> Vec<Option<usize>> {
    let bead_of = |p: usize| {
        paragraphs.beads.iter().position(|b| {
            is_match(b)
                && if pivot {
                    b.src.contains(&p)
                } else {
                    b.tgt.contains(&p)
                }
        })
    };
    sentence_index(doc)
        .iter()
        .map(|&(p, _)| bead_of(p))
        .collect()
}

/// For each paragraph in a matched paragraph bead, how many more sentences
/// its side of the bead has than the other side (paragraphs with no
/// counterpart are absent: their sentences are the paragraph rule's business).
/// A sentence can only be missing from the side with fewer sentences: when
/// both sides have as many, a 1-0 bead is the aligner pairing sentences
/// wrongly, not a loss.
fn sentence_surplus(
    pair: &Pair<'_>,
    paragraphs: &Alignment,
) -> (BTreeMap<usize, i64>, BTreeMap<usize, i64>) {
    let count = |d: &Document, r: Range<usize>| -> i64 {
        r.filter_map(|p| d.paragraphs.get(p))
            .map(|p| p.sentences.len() as i64)
            .sum()
    };
    let (mut src, mut tgt) = (BTreeMap::new(), BTreeMap::new());
    for b in paragraphs.beads.iter().filter(|b| is_match(b)) {
        let diff = count(pair.pivot, b.src.clone()) - count(pair.doc, b.tgt.clone());
        src.extend(b.src.clone().map(|p| (p, diff)));
        tgt.extend(b.tgt.clone().map(|p| (p, -diff)));
    }
    (src, tgt)
}

struct Judge<'a> {
    pair: Pair<'a>,
    model: &'a LengthModel,
    tuning: &'a Tuning,
}

impl<'a> Judge<'a> {
    fn level(&self, al: &Alignment, units: &Units<'a>) -> Vec<Gap> {
        let beads = &al.beads;
        (0..beads.len())
            .filter(|&i| self.is_gap(beads, i, units))
            .flat_map(|i| self.units_of(&beads[i], units))
            .collect()
    }

    /// True when bead `i` is a 0-n or n-0 bead that passes every test.
    fn is_gap(&self, beads: &[Bead], i: usize, units: &Units<'a>) -> bool {
        let b = &beads[i];
        if b.src.is_empty() == b.tgt.is_empty() || b.score < self.tuning.min_gap_score {
            return false;
        }
        let prev = beads[..i].iter().rev().find(|b| is_match(b));
        let next = beads[i + 1..].iter().find(|b| is_match(b));
        let mut neighbours: Vec<&Bead> = [prev, next].into_iter().flatten().collect();
        if neighbours.is_empty() {
            return false;
        }
        // A sentence gap needs every pair of its paragraph pair to hold: a
        // shifted pairing elsewhere in the paragraph means the gap may be
        // shifted too.
        let group = if b.tgt.is_empty() {
            units.src_group.get(b.src.start)
        } else {
            units.tgt_group.get(b.tgt.start)
        };
        if let Some(&Some(g)) = group {
            let same =
                |x: &&Bead| is_match(x) && units.src_group.get(x.src.start) == Some(&Some(g));
            neighbours.extend(beads.iter().filter(same));
            // A loss on one side and an addition on the other inside one
            // paragraph pair is the aligner losing its way, not two flaws.
            let opposite = |x: &Bead| {
                if b.tgt.is_empty() {
                    x.src.is_empty()
                        && !x.tgt.is_empty()
                        && units.tgt_group.get(x.tgt.start) == Some(&Some(g))
                } else {
                    x.tgt.is_empty()
                        && !x.src.is_empty()
                        && units.src_group.get(x.src.start) == Some(&Some(g))
                }
            };
            if beads.iter().any(opposite) {
                return false;
            }
        }
        // Likewise across a paragraph boundary, when a single pair separates them.
        let near = &beads[i.saturating_sub(2)..(i + 3).min(beads.len())];
        let reversed = |x: &Bead| !is_match(x) && x.src.is_empty() != b.src.is_empty();
        if units.level == Level::Sentence && near.iter().any(reversed) {
            return false;
        }
        if !neighbours.iter().all(|n| self.trusted(n, units)) {
            return false;
        }
        let adjacent = [i.checked_sub(1).map(|j| &beads[j]), beads.get(i + 1)];
        let absorbed = adjacent
            .into_iter()
            .flatten()
            .any(|n| self.absorbs(n, b, units));
        !absorbed && !self.substitution(beads, i, units)
    }

    /// True when the run of gap beads around `i` holds text on both sides
    /// whose lengths fit: a deletion next to an insertion is a 1-1 pair the
    /// aligner did not dare to make, not a loss.
    fn substitution(&self, beads: &[Bead], i: usize, units: &Units<'a>) -> bool {
        let is_gap = |b: &Bead| !is_match(b);
        let lo = beads[..i]
            .iter()
            .rposition(|b| !is_gap(b))
            .map_or(0, |j| j + 1);
        let hi = beads[i..]
            .iter()
            .position(|b| !is_gap(b))
            .map_or(beads.len(), |j| i + j);
        let run = &beads[lo..hi];
        let s: usize = run.iter().map(|b| sum(&units.src, b)).sum();
        let t: usize = run.iter().map(|b| sum_tgt(&units.tgt, b)).sum();
        s > 0 && t > 0 && self.deviation(s, t).abs() <= self.tolerance(s.min(t))
    }

    fn units_of(&self, b: &Bead, units: &Units) -> Vec<Gap> {
        let min = match units.level {
            Level::Paragraph => self.tuning.min_paragraph_chars,
            Level::Sentence => self.tuning.min_sentence_chars,
        };
        let (side, range, lens, ok) = if b.tgt.is_empty() {
            (Side::Pivot, b.src.clone(), &units.src, &units.src_ok)
        } else {
            (Side::Version, b.tgt.clone(), &units.tgt, &units.tgt_ok)
        };
        range
            .clone()
            .filter(|&u| lens.get(u).is_some_and(|&l| l >= min) && ok.get(u) == Some(&true))
            .map(|u| Gap {
                level: units.level,
                side,
                pivot_pos: if side == Side::Pivot { u } else { b.src.start },
                version_pos: if side == Side::Pivot { b.tgt.start } else { u },
                offset: u - range.start,
            })
            .collect()
    }

    /// A matched bead the aligner is sure of, whose lengths fit and whose
    /// numbers agree.
    fn trusted(&self, b: &Bead, units: &Units<'a>) -> bool {
        let (s, t) = (sum(&units.src, b), sum_tgt(&units.tgt, b));
        b.score >= self.tuning.min_match_score
            && self.deviation(s, t).abs() <= self.tolerance(s.min(t))
            && self.numbers_agree(b, units)
    }

    fn numbers_agree(&self, b: &Bead, units: &Units<'a>) -> bool {
        let pick = |texts: &[&'a str], r: Range<usize>| -> Vec<&'a str> {
            r.filter_map(|i| texts.get(i).copied()).collect()
        };
        let a = pick(&units.src_text, b.src.clone());
        let z = pick(&units.tgt_text, b.tgt.clone());
        agree(&a, self.pair.pivot.lang, &z, self.pair.doc.lang)
    }

    fn deviation(&self, src: usize, tgt: usize) -> f64 {
        let (a, b) = (self.pair.pivot.lang, self.pair.doc.lang);
        self.model.deviation(a, src, b, tgt)
    }

    /// Short texts vary more in length ratio than long ones (the variance of
    /// Gale & Church's length model grows with length, its ratio shrinks).
    fn tolerance(&self, len: usize) -> f64 {
        self.tuning.max_log_deviation + 2.0 / (len.max(1) as f64).sqrt()
    }
}

fn is_match(b: &Bead) -> bool {
    !b.src.is_empty() && !b.tgt.is_empty()
}

fn sum(lens: &[usize], b: &Bead) -> usize {
    b.src.clone().filter_map(|i| lens.get(i)).sum()
}

fn sum_tgt(lens: &[usize], b: &Bead) -> usize {
    b.tgt.clone().filter_map(|i| lens.get(i)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::align::Alignment;
    use crate::check::Kind;
    use crate::segment::{Paragraph, Sentence};
    use std::path::PathBuf;

    /// A paragraph of sentences of the given lengths (in characters).
    fn para(line: usize, lens: &[usize]) -> Paragraph {
        let mut text = String::new();
        let mut sentences = Vec::new();
        for &n in lens {
            let start = text.len();
            let words = "lorem ipsum dolor sit amet ".repeat(n / 27 + 1);
            text.push_str(words[..n - 1].trim_end());
            text.push_str(". ");
            sentences.push(Sentence {
                span: start..text.len(),
            });
        }
        Paragraph {
            line,
            text,
            sentences,
        }
    }

    fn doc(lang: Lang, paras: &[&[usize]]) -> Document {
        Document {
            path: PathBuf::from(format!("r.{lang}.txt")),
            header: Default::default(),
            lang,
            path_lang: Some(lang),
            detected: Some(lang),
            paragraphs: paras
                .iter()
                .enumerate()
                .map(|(i, l)| para(17 + 2 * i, l))
                .collect(),
            warnings: Vec::new(),
        }
    }

    fn bead(src: std::ops::Range<usize>, tgt: std::ops::Range<usize>, score: f64) -> Bead {
        Bead { src, tgt, score }
    }

    /// Paragraph beads given; sentence beads derived as one sentence per paragraph.
    fn al(beads: Vec<Bead>) -> DocAlignment {
        DocAlignment {
            paragraphs: Alignment {
                beads: beads.clone(),
            },
            sentences: Alignment { beads },
        }
    }

    fn run(pivot: &Document, other: &Document, a: &DocAlignment) -> Vec<Gap> {
        gaps(
            Pair {
                pivot,
                doc: other,
                al: a,
            },
            &LengthModel::default(),
            &Tuning::default(),
        )
    }

    #[test]
    fn a_dropped_paragraph_between_good_neighbours_is_a_gap() {
        let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
        let de = doc(Lang::De, &[&[230], &[170], &[250]]);
        let a = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..2, 0.8),
            bead(3..4, 2..3, 0.9),
        ]);
        let g = run(&en, &de, &a);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(
            (g[0].level, g[0].side, g[0].pivot_pos, g[0].version_pos),
            (Level::Paragraph, Side::Pivot, 2, 2)
        );
    }

    #[test]
    fn unsure_neighbours_are_no_evidence_when_scores_are_asked_for() {
        let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
        let de = doc(Lang::De, &[&[230], &[170], &[250]]);
        let weak_next = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..2, 0.8),
            bead(3..4, 2..3, 0.1),
        ]);
        assert_eq!(run(&en, &de, &weak_next).len(), 1);
        let strict = Tuning {
            min_match_score: 0.5,
            ..Tuning::default()
        };
        let pair = Pair {
            pivot: &en,
            doc: &de,
            al: &weak_next,
        };
        assert!(gaps(pair, &LengthModel::default(), &strict).is_empty());
    }

    #[test]
    fn a_neighbour_whose_numbers_disagree_is_no_evidence() {
        let mut en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
        let mut de = doc(Lang::De, &[&[230], &[170], &[250]]);
        let a = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..2, 0.8),
            bead(3..4, 2..3, 0.9),
        ]);
        assert_eq!(run(&en, &de, &a).len(), 1);
        // A shifted alignment: the "next" pair are different paragraphs.
        en.paragraphs[3] = Paragraph::new(
            23,
            format!("{} 4,700 tonnes.", en.paragraphs[3].text),
            Lang::En,
        );
        de.paragraphs[2] = Paragraph::new(
            21,
            format!("{} 36 Tonnen.", de.paragraphs[2].text),
            Lang::De,
        );
        assert!(run(&en, &de, &a).is_empty());
    }

    #[test]
    fn a_gap_score_threshold_can_be_asked_for() {
        let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
        let de = doc(Lang::De, &[&[230], &[170], &[250]]);
        let weak_gap = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..2, 0.1),
            bead(3..4, 2..3, 0.9),
        ]);
        assert_eq!(run(&en, &de, &weak_gap).len(), 1);
        let strict = Tuning {
            min_gap_score: 0.5,
            ..Tuning::default()
        };
        let pair = Pair {
            pivot: &en,
            doc: &de,
            al: &weak_gap,
        };
        assert!(gaps(pair, &LengthModel::default(), &strict).is_empty());
    }

    #[test]
    fn a_neighbour_of_implausible_length_is_no_evidence() {
        let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
        let de = doc(Lang::De, &[&[230], &[170], &[80]]);
        let a = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..2, 0.8),
            bead(3..4, 2..3, 0.9),
        ]);
        assert!(run(&en, &de, &a).is_empty());
    }

    #[test]
    fn a_short_paragraph_is_not_reported() {
        let en = doc(Lang::En, &[&[200], &[20], &[220]]);
        let de = doc(Lang::De, &[&[230], &[250]]);
        let a = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..1, 0.9),
            bead(2..3, 1..2, 0.9),
        ]);
        assert!(run(&en, &de, &a).is_empty());
    }

    #[test]
    fn a_merge_modelled_as_a_gap_is_not_a_missing_sentence() {
        // en sentences 60 + 50 translated by one de sentence of 125 characters.
        let en = doc(Lang::En, &[&[60, 50, 80]]);
        let de = doc(Lang::De, &[&[125, 90]]);
        let a = DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1, 0.9)],
            },
            sentences: Alignment {
                beads: vec![
                    bead(0..1, 0..1, 0.9),
                    bead(1..2, 1..1, 0.9),
                    bead(2..3, 1..2, 0.9),
                ],
            },
        };
        assert!(run(&en, &de, &a).is_empty());
    }

    #[test]
    fn a_dropped_sentence_inside_a_matched_paragraph_is_a_gap() {
        let en = doc(Lang::En, &[&[60, 50, 80]]);
        let de = doc(Lang::De, &[&[70, 90]]);
        let a = DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1, 0.9)],
            },
            sentences: Alignment {
                beads: vec![
                    bead(0..1, 0..1, 0.9),
                    bead(1..2, 1..1, 0.9),
                    bead(2..3, 1..2, 0.9),
                ],
            },
        };
        let g = run(&en, &de, &a);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(
            (g[0].level, g[0].side, g[0].pivot_pos),
            (Level::Sentence, Side::Pivot, 1)
        );
    }

    #[test]
    fn no_sentence_is_missing_where_both_sides_have_as_many() {
        let en = doc(Lang::En, &[&[100, 40]]);
        let de = doc(Lang::De, &[&[150, 50]]);
        let a = DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1, 0.9)],
            },
            sentences: Alignment {
                beads: vec![bead(0..2, 0..1, 0.9), bead(2..2, 1..2, 0.9)],
            },
        };
        assert!(run(&en, &de, &a).is_empty());
    }

    #[test]
    fn a_deletion_next_to_an_insertion_is_a_substitution() {
        // en has one paragraph more (p3, truly missing in de); p1 was paired
        // by the aligner as a deletion plus an insertion.
        let en = doc(Lang::En, &[&[200], &[150], &[220], &[100]]);
        let de = doc(Lang::De, &[&[230], &[170], &[250]]);
        let a = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..1, 0.9),
            bead(2..2, 1..2, 0.9),
            bead(2..3, 2..3, 0.9),
            bead(3..4, 3..3, 0.9),
        ]);
        let g = run(&en, &de, &a);
        assert_eq!(
            g.iter().map(|g| g.pivot_pos).collect::<Vec<_>>(),
            [3],
            "{g:?}"
        );
    }

    #[test]
    fn a_lost_paragraph_the_aligner_misplaced_is_found_where_it_is() {
        let en = doc(Lang::En, &[&[200], &[150], &[300], &[120], &[220]]);
        let de = doc(Lang::De, &[&[230], &[170], &[140], &[250]]);
        let shifted = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..1, 0.9),
            bead(2..3, 1..2, 0.9),
            bead(3..4, 2..3, 0.9),
            bead(4..5, 3..4, 0.9),
        ]);
        let g = run(&en, &de, &shifted);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(
            (g[0].side, g[0].pivot_pos, g[0].version_pos),
            (Side::Pivot, 2, 2)
        );
    }

    #[test]
    fn an_unclear_place_stays_silent() {
        // Paragraphs of equal length: any position fits as well as the next.
        let en = doc(Lang::En, &[&[200], &[200], &[200], &[200]]);
        let de = doc(Lang::De, &[&[230], &[230], &[230]]);
        let shifted = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..3, 0.9),
            bead(3..4, 3..3, 0.9),
        ]);
        let strict = Tuning {
            min_gap_score: 1.0,
            ..Tuning::default()
        };
        let pair = Pair {
            pivot: &en,
            doc: &de,
            al: &shifted,
        };
        assert!(gaps(pair, &LengthModel::default(), &strict).is_empty());
    }

    #[test]
    fn sentences_of_a_dropped_paragraph_are_left_to_the_paragraph() {
        let en = doc(Lang::En, &[&[200], &[150], &[220]]);
        let de = doc(Lang::De, &[&[230], &[250]]);
        let a = al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..1, 0.9),
            bead(2..3, 1..2, 0.9),
        ]);
        let g = run(&en, &de, &a);
        assert_eq!(
            g.iter().filter(|g| g.level == Level::Sentence).count(),
            0,
            "{g:?}"
        );
        assert_eq!(g.len(), 1);
    }

    #[test]
    fn findings_blame_the_version_or_a_pivot_all_others_contradict() {
        let en = doc(Lang::En, &[&[200], &[150], &[220]]);
        let de = doc(Lang::De, &[&[230], &[250]]);
        let fr = doc(Lang::Fr, &[&[230], &[250]]);
        let gap = Gap {
            level: Level::Paragraph,
            side: Side::Pivot,
            pivot_pos: 1,
            version_pos: 1,
            offset: 0,
        };
        let one = findings("r", &en, vec![(Lang::De, &de, gap.clone())], 2);
        assert_eq!(one.len(), 1);
        assert_eq!(
            (one[0].kind, one[0].lang(), one[0].line),
            (Kind::MissingParagraph, Some(Lang::De), 19)
        );
        assert_eq!(one[0].counterpart.as_ref().map(|c| c.line), Some(19));
        let both = findings(
            "r",
            &en,
            vec![(Lang::De, &de, gap.clone()), (Lang::Fr, &fr, gap)],
            2,
        );
        assert_eq!(both.len(), 1);
        assert_eq!(
            (both[0].kind, both[0].lang(), both[0].line),
            (Kind::ExtraParagraph, Some(Lang::En), 19)
        );
    }
}
