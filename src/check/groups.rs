//! A second opinion on sentence beads that cross the paragraph alignment.
//!
//! The aligner aligns sentences inside the groups of its paragraph
//! alignment only when its whole-text sentence alignment mostly agrees with
//! them ([`MAX_CROSSING`](crate::align::doc::MAX_CROSSING)); otherwise it
//! keeps the whole-text one. A lost sentence is one way for them to
//! disagree: without the paragraph bounds the path pairs the sentences
//! around the loss one off and takes up the slack in a bead that joins the
//! end of one paragraph to the start of the next (a 2-1 across the bound,
//! every bead confident, no omission mass anywhere). The paragraphs say
//! where the loss is; the sentence path hides it.
//!
//! [`within_paragraphs`] re-solves, with the aligner's own problem (its
//! shapes, cost, evidence and the pair's fitted length model), the
//! sentences of every confidently aligned paragraph group that such a
//! crossing bead touches, inside that group; the rest of the pair keeps its
//! beads. The gaps of that alignment are then read as the pair's own
//! ([`gaps::find`](super::gaps::find)).

use std::collections::BTreeSet;
use std::ops::Range;

use crate::align::aligner::{Model, to_alignment};
use crate::align::band::Band;
use crate::align::evidence::{self, SideFacts};
use crate::align::{self, Aligner, Alignment, Bead, DocAlignment};
use crate::score::{Evidence, LengthModel};

use super::pair::{Pair, Side};

/// Least posterior of a paragraph bead whose group is re-solved: the
/// paragraph alignment must be sure of the bounds it imposes.
const SURE_GROUP: f64 = 0.8;

/// The pair's sentence alignment with every sentence bead that crosses a
/// paragraph group re-solved inside the groups it touches (see the module
/// documentation); `None` when no bead crosses, or when a group it touches
/// is not aligned with confidence (`SURE_GROUP`).
pub fn within_paragraphs(pair: &Pair, config: &align::Config) -> Option<DocAlignment> {
    let groups = sentence_groups(pair);
    let touched = touched_groups(pair, &groups)?;
    let paragraphs = &pair.al.paragraphs.beads;
    if touched.iter().any(|&g| paragraphs[g].score < SURE_GROUP) {
        return None;
    }
    let (src, tgt) = (
        pair.sentence_texts(Side::Pivot),
        pair.sentence_texts(Side::Version),
    );
    let scored = &pair.al.sentences.unaligned;
    if scored[0].len() != src.len() || scored[1].len() != tgt.len() {
        return None;
    }
    let langs = pair.langs();
    let mut ev = Evidence::in_langs(&src, &tgt, langs, &config.kind_weights);
    let aligner = Aligner::new(config).with_langs(langs[0], langs[1]);
    let skip = crate::align::aligner::anchor_skip();
    let model = Model {
        length: LengthModel::new(pair.al.length.ratio, pair.al.length.variance),
        skip,
        run: skip,
    };
    let mut sentences = Alignment {
        beads: Vec::new(),
        unaligned: pair.al.sentences.unaligned.clone(),
    };
    let mut kept = pair.al.sentences.beads.iter().peekable();
    for (g, [s, t]) in groups.iter().enumerate() {
        if !touched.contains(&g) {
            // Beads of untouched groups are kept as they are, in order.
            while let Some(b) = kept.next_if(|b| within(b, s, t)) {
                sentences.beads.push(b.clone());
            }
            continue;
        }
        while kept
            .next_if(|b| overlaps(b, s, t) || within(b, s, t))
            .is_some()
        {}
        let problem = aligner.problem(&ev.src[s.clone()], &ev.tgt[t.clone()], &ev.weights, &model);
        let (n, m) = (s.len(), t.len());
        let (found, [u_src, u_tgt]) =
            aligner.solve_scored(&problem, n.max(m).max(1), |w| Band::diagonal(n, m, w), true);
        sentences
            .beads
            .extend(to_alignment(&found, (s.start, t.start)).beads);
        sentences.unaligned[0].splice(s.clone(), u_src);
        sentences.unaligned[1].splice(t.clone(), u_tgt);
    }
    if !sentences.covers(src.len(), tgt.len()) {
        return None;
    }
    let facts = [&mut ev.src, &mut ev.tgt].map(|s| SideFacts::from_segments(s));
    evidence::attach(&mut sentences, [&facts[0], &facts[1]], &pair.al.length);
    Some(DocAlignment {
        paragraphs: pair.al.paragraphs.clone(),
        sentences,
        length: pair.al.length,
    })
}

/// The sentences of every paragraph bead, pivot and version.
fn sentence_groups(pair: &Pair) -> Vec<[Range<usize>; 2]> {
    let span = |side: Side, paras: &Range<usize>| pair.sentences_in(side, paras);
    pair.al
        .paragraphs
        .beads
        .iter()
        .map(|b| [span(Side::Pivot, &b.src), span(Side::Version, &b.tgt)])
        .collect()
}

/// The groups that sentence beads crossing a group bound touch; `None`
/// when no bead crosses one.
fn touched_groups(pair: &Pair, groups: &[[Range<usize>; 2]]) -> Option<BTreeSet<usize>> {
    let mut touched = BTreeSet::new();
    let mut merged = false;
    for b in &pair.al.sentences.beads {
        let of = |k: usize, side: usize| groups.iter().position(|g| g[side].contains(&k));
        let mine: BTreeSet<Option<usize>> = b
            .src
            .clone()
            .map(|k| of(k, 0))
            .chain(b.tgt.clone().map(|k| of(k, 1)))
            .collect();
        if mine.len() > 1 {
            merged |= b.src.len() != b.tgt.len();
            touched.extend(mine.into_iter().flatten());
        }
    }
    // Only a merged bead takes up the slack of a loss; crossing beads that
    // pair one to one follow paragraph bounds the paragraph pass misplaced.
    merged.then_some(touched)
}

/// True when bead `b` lies inside the group of sentences `s` and `t`.
fn within(b: &Bead, s: &Range<usize>, t: &Range<usize>) -> bool {
    let inside = |r: &Range<usize>, g: &Range<usize>| match r.is_empty() {
        true => g.start <= r.start && r.start <= g.end,
        false => g.start <= r.start && r.end <= g.end,
    };
    inside(&b.src, s) && inside(&b.tgt, t)
}

/// True when bead `b` holds a sentence of the group `s`, `t`.
fn overlaps(b: &Bead, s: &Range<usize>, t: &Range<usize>) -> bool {
    let meets = |r: &Range<usize>, g: &Range<usize>| r.start < g.end && g.start < r.end;
    meets(&b.src, s) || meets(&b.tgt, t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::align::LengthFit;
    use crate::check::pair::Level;
    use crate::check::resolve::tests::{bead, doc};
    use crate::release::Document;

    fn pair_of(sentences: Vec<Bead>) -> (Document, Document, DocAlignment) {
        let pivot = doc(
            Lang::De,
            &[
                "Der Vertrag wurde am Montag im Rathaus von Vessburg unterzeichnet. \
                 Die Kosten betragen 4,5 Millionen Euro für 300 neue Wohnungen am Stadtrand. \
                 Der Bau beginnt im März 2025 und dauert zwei Jahre.",
                "Bürgermeisterin Anna Keller sprach von einem guten Tag für die Stadt.",
            ],
        );
        let version = doc(
            Lang::Fr,
            &[
                "Le contrat a été signé lundi à la mairie de Vessburg. \
                 Les travaux commencent en mars 2025 et dureront deux ans.",
                "La maire Anna Keller a parlé d'une belle journée pour la ville.",
            ],
        );
        let paragraphs = Alignment {
            beads: vec![bead(0..1, 0..1), bead(1..2, 1..2)],
            unaligned: [vec![0.0; 2], vec![0.0; 2]],
        };
        let al = DocAlignment {
            paragraphs,
            sentences: Alignment {
                beads: sentences,
                unaligned: [vec![0.0; 4], vec![0.0; 3]],
            },
            length: LengthFit::default(),
        };
        (pivot, version, al)
    }

    /// A version that lost the middle sentence of a paragraph, aligned one
    /// off with a 2-1 across the paragraph bound: re-solved inside the
    /// paragraphs, the lost sentence is left out and nothing crosses.
    #[test]
    fn a_merge_across_a_paragraph_bound_is_resolved_inside_the_paragraphs() {
        let (pivot, version, al) =
            pair_of(vec![bead(0..1, 0..1), bead(1..2, 1..2), bead(2..4, 2..3)]);
        let pair = Pair::new(&pivot, &version, &al);
        assert_eq!(pair.len(Side::Pivot, Level::Sentence), 4);
        let config = align::Config::default();
        let again = within_paragraphs(&pair, &config).expect("a bead crosses");
        let beads = &again.sentences.beads;
        assert!(beads.iter().any(|b| b.src == (3..4) && b.tgt == (2..3)));
        assert!(
            !beads
                .iter()
                .any(|b| b.src.contains(&2) && b.src.contains(&3))
        );
        assert!(
            again.sentences.unaligned[0][1] >= 0.5,
            "{:?}",
            again.sentences
        );
        assert!(again.sentences.covers(4, 3));
    }

    /// Beads inside the paragraphs, or crossing them one to one, are left
    /// as the aligner found them.
    #[test]
    fn no_second_opinion_without_a_merge_across_a_bound() {
        let config = align::Config::default();
        for beads in [
            vec![bead(0..1, 0..1), bead(1..3, 1..2), bead(3..4, 2..3)],
            vec![
                bead(0..1, 0..1),
                bead(1..2, 1..2),
                bead(2..3, 2..3),
                bead(3..4, 3..3),
            ],
        ] {
            let (pivot, version, al) = pair_of(beads);
            let pair = Pair::new(&pivot, &version, &al);
            assert_eq!(within_paragraphs(&pair, &config), None);
        }
    }
}
