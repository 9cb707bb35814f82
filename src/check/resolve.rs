//! Lost ends and losses inside merged beads, settled by the aligner's own
//! dynamic program and the lengths the archive expects.
//!
//! The aligner fits its length ratio to a pair's totals, unless a side
//! keeps less than [`KEPT_SHARE`] of the length the archive expects of
//! its language ([`align::Config::lengths`], measured by
//! [`join::expected_lengths`](crate::join::expected_lengths)): then the
//! totals are off by what was lost, and it aligns with the expected ratio,
//! which pairs the kept text and leaves the lost part out. So the check
//! reads a cut page off the aligner's path; [`settle_tails`] only weighs
//! the lost ends it shows against the lengths.
//!
//! [`lost_in_merge`] re-solves one merged bead with the aligner's shapes
//! and cost, the merge forbidden, to see which of its units the bead can do
//! without.

use std::ops::Range;

use crate::align::dp::Found;
use crate::align::{self, Aligner, Bead, ExpectedLengths, KEPT_SHARE};
use crate::segment;

use super::Config;
use super::gaps::{self, PairGaps, Tail};
use super::pair::{Level, Pair, Side};

/// The share of its expected length that each side of `pair` keeps, by the
/// expected ratio `ratio`: below 1 for the version when the version is
/// short, for the pivot when the pivot is.
pub fn kept(pair: &Pair, ratio: f64) -> [f64; 2] {
    let total = |s: Side| -> f64 {
        pair.sentence_lengths[s as usize]
            .iter()
            .map(|&n| f64::from(n))
            .sum()
    };
    let (p, v) = (total(Side::Pivot), total(Side::Version));
    ExpectedLengths::kept(p, v, ratio)
}

/// Settles whether either side of `pair` is cut short, when a side keeps
/// less than [`KEPT_SHARE`] of its expected length by the archive's ratio
/// `ratio` or the aligner's path shows a lost end (the aligner then
/// aligned the pair with that ratio, see the module notes). A lost end
/// must be borne out by the lengths: a cut of a share `s` of one side's
/// text leaves the other about `1 - s` of its expected length, and one
/// that keeps more than `1 - s / 2` was not cut there (a lost sentence near
/// the end, stretched into a lost end). A lost last paragraph with far more lacking
/// is a cut too (`last_paragraph_cut`).
pub fn settle_tails(pair: &Pair, ratio: f64, found: &mut PairGaps, config: &Config) {
    let kept = kept(pair, ratio);
    if kept.iter().all(|&k| k >= KEPT_SHARE) && found.tails.is_empty() {
        return;
    }
    found
        .tails
        .retain(|t| kept[t.side.other() as usize] <= 1.0 - t.share / 2.0);
    for side in [Side::Pivot, Side::Version] {
        if found.tails.iter().all(|t| t.side != side) {
            let cut = last_paragraph_cut(pair, found, side, kept, &config.align)
                .or_else(|| cut_at_remnant(pair, found, side, config))
                .filter(|t| kept[side.other() as usize] <= 1.0 - t.share / 2.0);
            found.tails.extend(cut);
        }
    }
}

/// Most clauses on a side of the window [`cut_at_remnant`] re-solves.
const MAX_REMNANT_CLAUSES: usize = 200;

/// The lost end of `side` when the other side, cut short, ends in a
/// remnant of a paragraph that the paragraph pass paired by length with a
/// later paragraph of `side` (a short last paragraph, or two joined),
/// leaving the paragraph the remnant begins reported lost in between. The
/// end of both texts, from the paragraph bead before the run of beads with
/// firm gaps of `side` at its end, is re-solved with the aligner's shapes and cost at the level of
/// clauses ([`segment::clause_spans`]), free of the paragraph grouping:
/// where every unit of the other side then pairs and what `side` has left
/// over is its end, the end is lost ([`gaps::truncation`] says whether it
/// makes a cut). A paragraph lost in the middle leaves units paired after
/// it, and stays a missing paragraph.
fn cut_at_remnant(pair: &Pair, found: &PairGaps, side: Side, config: &Config) -> Option<Tail> {
    let from = remnant_window(pair, found, side)?;
    let window = |s: Side| from[s as usize]..pair.len(s, Level::Sentence);
    let (mine, mine_of) = clauses_of(pair, side, window(side))?;
    let (theirs, _) = clauses_of(pair, side.other(), window(side.other()))?;
    if theirs.is_empty() || mine.len().max(theirs.len()) > MAX_REMNANT_CLAUSES {
        return None;
    }
    let texts = match side {
        Side::Pivot => (&mine[..], &theirs[..]),
        Side::Version => (&theirs[..], &mine[..]),
    };
    let path = aligner(pair, &config.align).re_solve(texts, pair.al.length, None);
    let lost_from = lost_end(&path, side)?;
    if lost_from == 0 || lost_from >= mine.len() {
        return None;
    }
    let start = mine_of[lost_from];
    gaps::truncation(pair, side, start, &config.tuning)
        .or_else(|| paragraphs_lost(pair, side, start))
}

/// Where, per side, the window of [`cut_at_remnant`] starts (a sentence
/// index): at the paragraph bead before the run of paragraph beads with
/// firm gaps of `side` at its end (one clean bead between two allowed), the
/// stretch a kept remnant was paired across.
fn remnant_window(pair: &Pair, found: &PairGaps, side: Side) -> Option<[usize; 2]> {
    let beads = &pair.alignment(Level::Paragraph).beads;
    let bead_of = |g: &gaps::Gap| {
        let para = pair.numbering[side as usize].paragraph_of[gaps::first_sentence(pair, g)];
        beads
            .iter()
            .position(|b| b.side(side as usize).contains(&para))
    };
    let mut lost: Vec<usize> = found
        .gaps
        .iter()
        .filter(|g| g.side == side && !g.weak)
        .filter_map(bead_of)
        .collect();
    lost.sort_unstable();
    lost.dedup();
    let mut i = *lost.last()?;
    for &j in lost.iter().rev().skip(1) {
        if j + 2 < i {
            break;
        }
        i = j;
    }
    let from = &beads[i.saturating_sub(1)];
    let start = |s: Side| {
        let p = from.side(s as usize).start;
        pair.numbering[s as usize].first_sentence(p)
    };
    Some([start(Side::Pivot), start(Side::Version)])
}

/// The first of `side`'s units that `path` leaves unpaired to its end,
/// when every unit of the other side is paired; `None` otherwise.
fn lost_end(path: &[Found], side: Side) -> Option<usize> {
    let (m, t) = (side as usize, side.other() as usize);
    let part = |f: &Found, s: usize| if s == 0 { f.src.clone() } else { f.tgt.clone() };
    if path.iter().any(|f| part(f, m).is_empty()) {
        return None;
    }
    let last_paired = path.iter().rposition(|f| !part(f, t).is_empty())?;
    Some(part(&path[last_paired], m).end)
}

/// The end of `side` from sentence `start` on as a lost end when it is two
/// whole paragraphs or more: a dropped paragraph is one, so two lost at
/// the end are a cut however short they are.
fn paragraphs_lost(pair: &Pair, side: Side, start: usize) -> Option<Tail> {
    let of = &pair.numbering[side as usize].paragraph_of;
    let n = of.len();
    let first = *of.get(start)?;
    let whole = pair.numbering[side as usize].sentences_of[first].start == start;
    if start == 0 || !whole || of[n - 1] == first {
        return None;
    }
    let share = pair.share_from(side, start);
    Some(Tail { side, start, share })
}

/// Least share of its expected length a side lacks beyond its lost last
/// paragraph for that paragraph to be the end of a cut.
const BEYOND_LAST: f64 = 0.1;

/// The lost last paragraph of `side` as a lost end, when the other side is
/// short by much more than that paragraph holds ([`BEYOND_LAST`]): a page
/// cut a paragraph or two before its end, whose kept text the aligner
/// stretched over the paragraphs before the last, and two paragraphs or
/// more fewer than `side`. A final paragraph lost alone leaves the other
/// side short by about its share, and one paragraph fewer. Two final
/// paragraphs or more lost, each a gap of its own, are a cut however short
/// they are (a dropped paragraph is one): the other side need only keep
/// no more than `1 - s / 2` of its expected length, as for any lost end.
fn last_paragraph_cut(
    pair: &Pair,
    found: &PairGaps,
    side: Side,
    kept: [f64; 2],
    config: &align::Config,
) -> Option<Tail> {
    let last = pair.len(side, Level::Paragraph).checked_sub(1)?;
    // One paragraph lost leaves one paragraph fewer; a cut, as a rule, more.
    if pair.len(side, Level::Paragraph) < pair.len(side.other(), Level::Paragraph) + 2 {
        return None;
    }
    let lost_ending_at = |end: usize| {
        found.gaps.iter().find(|g| {
            g.side == side && !g.weak && g.level == Level::Paragraph && g.units.end == end
        })
    };
    let mut g = lost_ending_at(last + 1)?;
    while let Some(before) = lost_ending_at(g.units.start).filter(|b| b.units.start < g.units.start)
    {
        g = before;
    }
    let first = absorbed_before(pair, side, g.units.start, config).unwrap_or(g.units.start);
    let start = pair.numbering[side as usize].sentences_of[first].start;
    let share = pair.share_from(side, start);
    let most = match last + 1 - first {
        1 => 1.0 - share - BEYOND_LAST,
        _ => 1.0 - share / 2.0,
    };
    (start > 0 && kept[side.other() as usize] <= most).then_some(Tail { side, start, share })
}

/// The first of `side`'s paragraphs lost at the end of the merged
/// paragraph bead just before paragraph `next`, by [`lost_in_merge`]: a
/// cut page's last kept paragraph, which the aligner paired with the
/// paragraphs after its counterpart.
fn absorbed_before(pair: &Pair, side: Side, next: usize, config: &align::Config) -> Option<usize> {
    let bead = pair.alignment(Level::Paragraph).beads.iter().find(|b| {
        let mine = b.side(side as usize);
        mine.end == next && mine.len() >= 2 && !b.side(side.other() as usize).is_empty()
    })?;
    let lost = lost_in_merge(pair, side, Level::Paragraph, bead, config)?;
    (lost.end == next && lost.start > bead.side(side as usize).start).then_some(lost.start)
}

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
    use crate::check::gaps;
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

    /// Pivot paragraphs `units` lost, before the version's paragraph `at`.
    fn lost_paragraph(units: Range<usize>, at: usize) -> gaps::Gap {
        gaps::Gap {
            side: Side::Pivot,
            level: Level::Paragraph,
            units,
            at,
            mass: 0.9,
            weak: false,
        }
    }

    /// A pivot of four paragraphs and a version that renders the first two.
    fn four_paragraphs_against_two() -> (Document, Document) {
        let pivot = doc(
            Lang::De,
            &[
                "Der Vertrag wurde am Montag im Rathaus unterzeichnet.",
                "Die Kosten betragen 4,5 Millionen Euro.",
                "Der Bau beginnt im März.",
                "Bürgermeisterin Anna Keller sprach von einem guten Tag.",
            ],
        );
        let version = doc(
            Lang::Fr,
            &[
                "Le contrat a été signé lundi.",
                "Le coût s'élève à 4,5 millions.",
            ],
        );
        (pivot, version)
    }

    /// A lost last paragraph is the end of a cut when the version is two
    /// paragraphs short and lacks far more text than that paragraph holds.
    #[test]
    fn a_lost_last_paragraph_ends_a_cut_only_when_far_more_is_lacking() {
        let (pivot, version) = four_paragraphs_against_two();
        let al = DocAlignment::default();
        let pair = Pair::new(&pivot, &version, &al);
        let found = PairGaps {
            gaps: vec![lost_paragraph(3..4, 2)],
            tails: Vec::new(),
        };
        let config = align::Config::default();
        let cut = last_paragraph_cut(&pair, &found, Side::Pivot, [1.0, 0.5], &config);
        assert_eq!(cut.map(|t| t.start), Some(3));
        assert_eq!(
            last_paragraph_cut(&pair, &found, Side::Pivot, [1.0, 0.8], &config),
            None
        );
    }

    /// Two final paragraphs lost are a cut on the lengths of any lost end,
    /// whether each is a gap or the first was folded into a merge with the
    /// version's last paragraph; the last one lost alone is not.
    #[test]
    fn two_lost_final_paragraphs_end_a_cut_on_the_lengths_of_a_lost_end() {
        let (pivot, version) = four_paragraphs_against_two();
        let gap = |units: Range<usize>| lost_paragraph(units, 2);
        let cut = |al: &DocAlignment, gaps: Vec<gaps::Gap>| {
            let pair = Pair::new(&pivot, &version, al);
            let found = PairGaps {
                gaps,
                tails: Vec::new(),
            };
            let config = align::Config::default();
            last_paragraph_cut(&pair, &found, Side::Pivot, [1.0, 0.7], &config).map(|t| t.start)
        };
        let plain = DocAlignment::default();
        assert_eq!(cut(&plain, vec![gap(3..4)]), None);
        assert_eq!(cut(&plain, vec![gap(2..3), gap(3..4)]), Some(2));
        let merged = DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1), bead(1..3, 1..2), bead(3..4, 2..2)],
                unaligned: Default::default(),
            },
            ..DocAlignment::default()
        };
        assert_eq!(cut(&merged, vec![gap(3..4)]), Some(2));
    }

    /// A pivot of three paragraphs, the middle one long, the last one short.
    const CUT_PIVOT: [&str; 3] = [
        "Die Stadt Vessburg hat am Montag einen neuen Bahnhof eröffnet. \
         Der Bau dauerte drei Jahre.",
        "Bürgermeisterin Anna Keller dankte den 240 Arbeitern der Firma Brandt & Söhne. \
         Die ersten Züge fahren ab dem 1. Juni nach Lorn, Tessin und Marlow. \
         Der alte Bahnhof am Hafen wird im Herbst abgerissen.",
        "Weitere Feiern folgen im Sommer.",
    ];

    /// The gaps the paragraph pass leaves when it pairs the version's last
    /// paragraph with the pivot's last: the pivot's middle paragraph lost.
    fn middle_lost(pivot: &Document, version: &Document) -> Option<usize> {
        let al = DocAlignment {
            paragraphs: Alignment {
                beads: vec![bead(0..1, 0..1), bead(1..2, 1..1), bead(2..3, 1..2)],
                unaligned: Default::default(),
            },
            ..DocAlignment::default()
        };
        let pair = Pair::new(pivot, version, &al);
        let found = PairGaps {
            gaps: vec![lost_paragraph(1..2, 1)],
            tails: Vec::new(),
        };
        let config = Config::default();
        cut_at_remnant(&pair, &found, Side::Pivot, &config).map(|t| t.start)
    }

    /// A page cut after the first sentence of a paragraph keeps a remnant
    /// that the paragraph pass paired with the short last paragraph by
    /// length; re-solved free of the paragraphs, the remnant pairs with the
    /// sentence it renders, and the rest is a lost end. A paragraph dropped
    /// in the middle stays one: its neighbour pairs after it.
    #[test]
    fn a_remnant_paired_with_a_later_paragraph_is_the_end_of_a_cut() {
        let pivot = doc(Lang::De, &CUT_PIVOT);
        let opening = "La ville de Vessburg a inauguré lundi une nouvelle gare. \
             Les travaux ont duré trois ans.";
        let cut = doc(
            Lang::Fr,
            &[
                opening,
                "La maire Anna Keller a remercié les 240 ouvriers de Brandt & Söhne.",
            ],
        );
        assert_eq!(middle_lost(&pivot, &cut), Some(3));
        let dropped = doc(Lang::Fr, &[opening, "D'autres fêtes suivront cet été."]);
        assert_eq!(middle_lost(&pivot, &dropped), None);
    }
}
