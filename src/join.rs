//! Step 4: pairwise alignments against a pivot -> multi-way translation units.
//!
//! (Skeleton: [`align_release`] is the contract shared by export and check;
//! the translation-unit join is built on top of it.)

use std::collections::BTreeMap;

use crate::Lang;
use crate::align::{self, DocAlignment};
use crate::release::{Document, Release};

/// One release's versions aligned pairwise against a pivot version.
#[derive(Clone, Debug, PartialEq)]
pub struct ReleaseAlignment {
    /// The pivot language (source side of every pair).
    pub pivot: Lang,
    /// For each other language present: pivot -> that language.
    pub pairs: BTreeMap<Lang, DocAlignment>,
}

/// The sentence texts of a document, grouped by paragraph.
pub fn sentences_by_paragraph(doc: &Document) -> Vec<Vec<&str>> {
    doc.paragraphs
        .iter()
        .map(|p| p.sentence_texts().collect())
        .collect()
}

/// Aligns every version of `release` in `langs` (all when empty) against `pivot`.
/// Returns `None` when the pivot version is absent.
pub fn align_release(
    release: &Release,
    pivot: Lang,
    langs: &[Lang],
    config: &align::Config,
) -> Option<ReleaseAlignment> {
    let src_doc = release.versions.get(&pivot)?;
    let src = sentences_by_paragraph(src_doc);
    let src_lang = src_doc.detected.unwrap_or(pivot);
    let pairs = release
        .versions
        .iter()
        .filter(|(lang, _)| **lang != pivot && (langs.is_empty() || langs.contains(lang)))
        .map(|(lang, doc)| {
            let tgt = sentences_by_paragraph(doc);
            let tgt_lang = doc.detected.unwrap_or(*lang);
            let al = align::align_document(&src, &tgt, src_lang, tgt_lang, config);
            (*lang, al)
        })
        .collect();
    Some(ReleaseAlignment { pivot, pairs })
}
