//! Pages cut short, seen from the paragraphs the content rules found lost:
//! a version lacking the pivot's last paragraphs, or a pivot lacking the
//! last paragraphs of every other version.
//!
//! The length rule ([`super::versions::short_versions`]) predicts a
//! version's length from the others; with two or three versions, or when
//! the pivot itself is cut, that prediction is too weak, while the shape of
//! the loss (a run of paragraphs reaching the end, and nothing else) is not.

use std::collections::BTreeSet;

use super::content::{Gap, Level, Side};
use super::excerpt::chars;
use super::ratios::LengthModel;
use super::{Finding, versions};
use crate::Lang;
use crate::release::{Document, Release};

/// True when the paragraphs `side` holds and the other lacks are the last
/// two or more of its `paragraphs`, and only those. A lone last paragraph
/// stays a missing paragraph.
pub fn lost_tail(gaps: &[Gap], side: Side, paragraphs: usize) -> bool {
    let lost: BTreeSet<usize> = gaps
        .iter()
        .filter(|g| g.level == Level::Paragraph && g.side == side)
        .map(|g| match side {
            Side::Pivot => g.pivot_pos,
            Side::Version => g.version_pos,
        })
        .collect();
    let n = lost.len();
    n >= 2
        && lost
            .iter()
            .copied()
            .eq(paragraphs.saturating_sub(n)..paragraphs)
}

/// The pivot's truncation, when every one of the `pairs` versions compared
/// with it (their gaps given) holds a tail the pivot lacks.
pub fn truncated_pivot(
    release: &Release,
    pivot: &Document,
    gaps: &[(Lang, &Document, Gap)],
    pairs: usize,
    model: &LengthModel,
) -> Option<Finding> {
    let langs: BTreeSet<Lang> = gaps.iter().map(|(l, _, _)| *l).collect();
    let cut_in = |lang: Lang| {
        let doc = release.versions.get(&lang)?;
        let own: Vec<Gap> = gaps
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, _, g)| g.clone())
            .collect();
        lost_tail(&own, Side::Version, doc.paragraphs.len()).then_some(doc)
    };
    let docs: Vec<&Document> = langs.iter().filter_map(|&l| cut_in(l)).collect();
    if pairs == 0 || docs.len() < pairs {
        return None;
    }
    let other = docs[0];
    versions::truncated(
        release,
        pivot.lang,
        other.lang,
        deviation(model, other, pivot),
    )
}

/// ln(observed / expected) length of `doc` translating `pivot`.
pub fn deviation(model: &LengthModel, pivot: &Document, doc: &Document) -> f64 {
    model.deviation(pivot.lang, body_chars(pivot), doc.lang, body_chars(doc))
}

fn body_chars(doc: &Document) -> usize {
    doc.paragraphs.iter().map(|p| chars(&p.text)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para_gap(side: Side, pos: usize) -> Gap {
        Gap {
            level: Level::Paragraph,
            side,
            pivot_pos: pos,
            version_pos: pos,
            offset: 0,
        }
    }

    #[test]
    fn a_tail_of_two_or_more_lost_paragraphs_is_a_cut() {
        let tail = [para_gap(Side::Pivot, 3), para_gap(Side::Pivot, 4)];
        assert!(lost_tail(&tail, Side::Pivot, 5));
        assert!(!lost_tail(&tail, Side::Version, 5));
        assert!(!lost_tail(&tail, Side::Pivot, 6), "not at the end");
        assert!(!lost_tail(&tail[1..], Side::Pivot, 5), "one last paragraph");
        let holes = [para_gap(Side::Pivot, 1), para_gap(Side::Pivot, 4)];
        assert!(!lost_tail(&holes, Side::Pivot, 5));
    }
}
