//! The units one rule looks at (paragraphs or sentences of both sides),
//! with their lengths, texts, and which of them may hold a gap.

use std::collections::BTreeMap;
use std::ops::Range;

use super::{Level, Pair, is_match};
use crate::align::Alignment;
use crate::check::excerpt::{chars, sentence_index};
use crate::release::Document;

/// The units of one level on both sides (texts and lengths), and which
/// units may hold a gap.
pub(super) struct Units<'a> {
    pub(super) level: Level,
    pub(super) src_text: Vec<&'a str>,
    pub(super) tgt_text: Vec<&'a str>,
    pub(super) src: Vec<usize>,
    pub(super) tgt: Vec<usize>,
    pub(super) src_ok: Vec<bool>,
    pub(super) tgt_ok: Vec<bool>,
    /// For sentences: the matched paragraph bead each belongs to.
    pub(super) src_group: Vec<Option<usize>>,
    pub(super) tgt_group: Vec<Option<usize>>,
}

pub(super) fn paragraph_units<'a>(pair: &Pair<'a>) -> Units<'a> {
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

pub(super) fn sentence_units<'a>(pair: &Pair<'a>, paragraphs: &Alignment) -> Units<'a> {
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
