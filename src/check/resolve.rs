//! Second opinions from the aligner's own dynamic program, re-solved on a
//! part of a pair ([`Aligner::re_solve`]): [`lost_in_merge`] asks which of
//! a merged bead's units it can do without, [`held_in_clauses`] whether
//! sentences a version lacks are held in the clauses of a sentence it ran
//! them into.

use std::ops::Range;

use crate::align::{self, Aligner, Bead};
use crate::segment;

use super::pair::{Level, Pair, Side};

/// The run of `side`'s units in merged bead `bead` (at `level`) that the
/// aligner's own dynamic program leaves out once the merge is forbidden
/// ([`Aligner::lost_in_merge`]), read with the pair's fitted length model.
pub fn lost_in_merge(
    pair: &Pair,
    side: Side,
    level: Level,
    bead: &Bead,
    config: &align::Config,
) -> Option<Range<usize>> {
    let texts = |s: Side, units: &Range<usize>| -> Vec<&str> {
        units
            .clone()
            .filter_map(|k| unit_text(pair, s, level, k))
            .collect()
    };
    let (src, tgt) = (
        texts(Side::Pivot, &bead.src),
        texts(Side::Version, &bead.tgt),
    );
    if src.len() != bead.src.len() || tgt.len() != bead.tgt.len() {
        return None;
    }
    let run = aligner(pair, config).lost_in_merge((&src, &tgt), side as usize, pair.al.length)?;
    let offset = bead.side(side as usize).start;
    Some(run.start + offset..run.end + offset)
}

/// The aligner of `config` in the languages of `pair`.
fn aligner<'c>(pair: &Pair, config: &'c align::Config) -> Aligner<'c> {
    let [src, tgt] = pair.langs();
    Aligner::new(config).with_langs(src, tgt)
}

/// True when the pivot sentences `lost`, which the version of `pair` lacks
/// by the aligner, find a counterpart once the sentences about them are
/// cut at the semicolons that join their clauses
/// ([`segment::clause_spans`]): a translator ran two sentences into one,
/// and the joined sentence, paired whole with one of the two, left the
/// other without. The pivot sentences from one before `lost` to one after
/// are re-solved with the aligner's shapes and cost against the version
/// sentences paired with them, both sides cut into clauses (a semicolon the
/// pivot writes too is the sentence's own, and its clauses pair with the
/// version's). False when no version sentence there joins clauses.
pub fn held_in_clauses(pair: &Pair, lost: &Range<usize>, config: &align::Config) -> bool {
    let n = pair.len(Side::Pivot, Level::Sentence);
    let window = lost.start.saturating_sub(1)..(lost.end + 1).min(n);
    let beads = &pair.alignment(Level::Sentence).beads;
    let mut across = beads
        .iter()
        .filter(|b| b.src.start < window.end && window.start < b.src.end && !b.tgt.is_empty());
    let Some(first) = across.next() else {
        return false;
    };
    let last = across.next_back().unwrap_or(first);
    let (Some((src, _)), Some((tgt, _))) = (
        clauses_of(pair, Side::Pivot, window.clone()),
        clauses_of(pair, Side::Version, first.tgt.start..last.tgt.end),
    ) else {
        return false;
    };
    if tgt.len() == last.tgt.end - first.tgt.start {
        return false;
    }
    let found = aligner(pair, config).re_solve((&src, &tgt), pair.al.length, None);
    // The clauses of the lost sentences, numbered in the window.
    let before = pair.clauses(Side::Pivot, window.start..lost.start);
    let own = pair.clauses(Side::Pivot, lost.clone());
    (before..before + own).all(|c| {
        found
            .iter()
            .any(|f| f.src.contains(&c) && !f.tgt.is_empty())
    })
}

/// The clauses of sentences `sentences` of `side`, in order, and the
/// sentence each belongs to; `None` when a sentence's text is missing.
fn clauses_of<'a>(
    pair: &Pair<'a>,
    side: Side,
    sentences: Range<usize>,
) -> Option<(Vec<&'a str>, Vec<usize>)> {
    let (mut texts, mut owners) = (Vec::new(), Vec::new());
    for k in sentences {
        let s = pair.sentence_text(side, k)?;
        let spans = segment::clause_spans(s);
        match spans.len() {
            0 | 1 => texts.push(s),
            _ => texts.extend(spans.into_iter().map(|r| &s[r])),
        }
        owners.resize(texts.len(), k);
    }
    Some((texts, owners))
}

/// The text of unit `k` of `side` at `level`.
fn unit_text<'a>(pair: &Pair<'a>, side: Side, level: Level, k: usize) -> Option<&'a str> {
    match level {
        Level::Sentence => pair.sentence_text(side, k),
        Level::Paragraph => pair.doc(side).paragraphs.get(k).map(|p| p.text.as_str()),
    }
}

#[cfg(test)]
pub(in crate::check) mod tests {
    use super::*;
    use crate::Lang;
    use crate::align::{Alignment, BeadEvidence, DocAlignment, LengthFit};
    use crate::release::Document;

    /// A document in `lang` of `paragraphs`, for the check's unit tests.
    pub(in crate::check) fn doc(lang: Lang, paragraphs: &[&str]) -> Document {
        Document::for_test(lang, paragraphs)
    }

    /// A bead of `src` and `tgt` without evidence.
    pub(in crate::check) fn bead(src: Range<usize>, tgt: Range<usize>) -> Bead {
        Bead {
            src,
            tgt,
            score: 0.9,
            evidence: BeadEvidence::default(),
        }
    }

    /// The re-solve weighs shared evidence as well as lengths: the pivot
    /// sentence the version renders (its figures) is kept, although the
    /// lost one alone would fit the version's length better (by length
    /// alone, the sentence the version does render would be dropped).
    #[test]
    fn the_resolved_merge_leaves_out_the_sentence_the_version_lacks() {
        let pivot = doc(
            Lang::De,
            &[
                "Der Vertrag wurde am Montag im Rathaus von Vessburg unterzeichnet. \
               Die Kosten betragen 4,5 Millionen Euro für 300 neue Wohnungen am Stadtrand.",
            ],
        );
        let version = doc(
            Lang::Fr,
            &["Le coût s'élève à 4,5 millions d'euros pour 300 nouveaux logements."],
        );
        let merged = bead(0..2, 0..1);
        let al = DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1)],
                unaligned: Default::default(),
            },
            sentences: Alignment {
                beads: vec![merged.clone()],
                unaligned: Default::default(),
            },
            length: LengthFit::default(),
        };
        let pair = Pair::new(&pivot, &version, &al);
        assert_eq!(pair.len(Side::Pivot, Level::Sentence), 2);
        let [lost, kept] = [0, 1].map(|k| pair.length(Side::Pivot, Level::Sentence, k..k + 1));
        let theirs = pair.length(Side::Version, Level::Sentence, 0..1);
        assert!(al.length.delta(lost, theirs).abs() < al.length.delta(kept, theirs).abs());
        let config = align::Config::default();
        let run = lost_in_merge(&pair, Side::Pivot, Level::Sentence, &merged, &config);
        assert_eq!(run, Some(0..1));
        // Without the shared evidence, lengths alone drop the wrong one.
        let blind = align::Config {
            lexical_weight: 0.0,
            ..config
        };
        let run = lost_in_merge(&pair, Side::Pivot, Level::Sentence, &merged, &blind);
        assert_eq!(run, Some(1..2));
    }

    /// The pair of one-paragraph texts `pivot` (German) and `version`
    /// (French), aligned by the aligner, and whether the clauses of the
    /// version hold the pivot's third sentence.
    fn third_held_in_clauses(pivot: &str, version: &str) -> bool {
        let (p, v) = (doc(Lang::De, &[pivot]), doc(Lang::Fr, &[version]));
        fn sentences(d: &Document) -> Vec<Vec<&str>> {
            d.paragraphs
                .iter()
                .map(|q| q.sentence_texts().collect())
                .collect()
        }
        let config = align::Config::default();
        let al = align::align_document(&sentences(&p), &sentences(&v), Lang::De, Lang::Fr, &config);
        let pair = Pair::new(&p, &v, &al);
        assert_eq!(pair.len(Side::Pivot, Level::Sentence), 4);
        held_in_clauses(&pair, &(2..3), &config)
    }

    const OPENING: &str = "Die Stadt Vessburg hat am Montag einen neuen Bahnhof eröffnet. \
        Der Bau dauerte drei Jahre und kostete 48 Millionen Euro. \
        Bürgermeisterin Anna Keller dankte den Arbeitern auf der Baustelle.";
    const OUVERTURE: &str = "La ville de Vessburg a inauguré lundi une nouvelle gare. \
        Les travaux ont duré trois ans et coûté 48 millions d'euros.";

    /// A translator who ran two sentences into one with a semicolon kept
    /// both: the re-solve against the clauses pairs the sentence the
    /// joined one was paired without.
    #[test]
    fn a_sentence_run_into_its_neighbour_with_a_semicolon_is_held_in_its_clause() {
        let pivot =
            format!("{OPENING} Die ersten Züge fahren ab dem 1. Juni nach Lorn und Tessin.");
        let joined = format!(
            "{OUVERTURE} La maire Anna Keller a remercié les ouvriers ; \
             les premiers trains partiront le 1er juin vers Lorn et Tessin."
        );
        assert!(third_held_in_clauses(&pivot, &joined));
        // The same loss without a join: nothing to re-solve.
        let dropped =
            format!("{OUVERTURE} Les premiers trains partiront le 1er juin vers Lorn et Tessin.");
        assert!(!third_held_in_clauses(&pivot, &dropped));
    }

    /// A semicolon both versions write in the next sentence does not hold
    /// the sentence the version lost: its clauses render that sentence.
    #[test]
    fn clauses_of_the_next_sentence_do_not_hold_a_lost_one() {
        let pivot = format!(
            "{OPENING} Die ersten Züge fahren ab dem 1. Juni; sie verbinden Lorn und Tessin."
        );
        let version = format!(
            "{OUVERTURE} Les premiers trains partiront le 1er juin ; ils relient Lorn et Tessin."
        );
        assert!(!third_held_in_clauses(&pivot, &version));
    }
}
