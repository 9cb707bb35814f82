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

/// True when the sentences `lost` of `side`, which the other side of
/// `pair` lacks by the aligner, find a counterpart once the sentences about
/// them are cut at the semicolons that join their clauses
/// ([`segment::clause_spans`]): a translator ran two sentences into one,
/// and the joined sentence, paired whole with one of the two, left the
/// other without. `side`'s sentences from one before `lost` to one after
/// are re-solved with the aligner's shapes and cost against the other
/// side's sentences paired with them, both sides cut into clauses (a
/// semicolon both sides write is the sentence's own, and its clauses pair
/// with the other's). False when no sentence across joins clauses.
pub fn held_in_clauses(
    pair: &Pair,
    side: Side,
    lost: &Range<usize>,
    config: &align::Config,
) -> bool {
    let (mine, theirs) = (side as usize, side.other() as usize);
    let n = pair.len(side, Level::Sentence);
    let window = lost.start.saturating_sub(1)..(lost.end + 1).min(n);
    let beads = &pair.alignment(Level::Sentence).beads;
    let mut across = beads.iter().filter(|b| {
        let m = b.side(mine);
        m.start < window.end && window.start < m.end && !b.side(theirs).is_empty()
    });
    let Some(first) = across.next() else {
        return false;
    };
    let last = across.next_back().unwrap_or(first);
    let across = first.side(theirs).start..last.side(theirs).end;
    let (Some((own, _)), Some((other, _))) = (
        clauses_of(pair, side, window.clone()),
        clauses_of(pair, side.other(), across.clone()),
    ) else {
        return false;
    };
    if other.len() == across.len() {
        return false;
    }
    let (src, tgt) = match side {
        Side::Pivot => (own, other),
        Side::Version => (other, own),
    };
    let found = aligner(pair, config).re_solve((&src, &tgt), pair.al.length, None);
    // The clauses of the lost sentences, numbered in the window.
    let before = pair.clauses(side, window.start..lost.start);
    let count = pair.clauses(side, lost.clone());
    let paired = |c: usize| {
        found.iter().any(|f| {
            let (m, t) = match side {
                Side::Pivot => (&f.src, &f.tgt),
                Side::Version => (&f.tgt, &f.src),
            };
            m.contains(&c) && !t.is_empty()
        })
    };
    (before..before + count).all(paired)
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
        held(pivot, version, Side::Pivot, 2..3)
    }

    /// [`held_in_clauses`] for sentences `lost` of `side`, the pivot (de)
    /// and the version (fr) aligned as the check aligns them.
    fn held(pivot: &str, version: &str, side: Side, lost: Range<usize>) -> bool {
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
        held_in_clauses(&pair, side, &lost, &config)
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

    /// The pivot may be the side that joined two sentences: the version's
    /// second sentence, which seems extra, is held in the pivot's clause.
    #[test]
    fn a_version_sentence_the_pivot_ran_into_its_neighbour_is_held_there() {
        let pivot = "Die Stadt Vessburg hat am Montag einen neuen Bahnhof eröffnet. \
            Der Bau dauerte drei Jahre und kostete 48 Millionen Euro. \
            Bürgermeisterin Anna Keller dankte den Arbeitern auf der Baustelle; \
            die ersten Züge fahren ab dem 1. Juni nach Lorn und Tessin.";
        let version = format!(
            "{OUVERTURE} La maire Anna Keller a remercié les ouvriers. \
             Les premiers trains partiront le 1er juin vers Lorn et Tessin."
        );
        assert!(held(pivot, &version, Side::Version, 3..4));
        // Without the pivot's join, there are no clauses to hold it.
        assert!(!held(OPENING, &version, Side::Version, 3..4));
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
