//! One pivot–version pair as the rules see it: the two documents, their
//! alignment, and the numbering that links sentence beads to paragraphs and
//! lines.

use std::ops::Range;

use super::Place;
use super::finding::short;
use crate::Lang;
use crate::align::{Alignment, DocAlignment};
use crate::release::Document;
use crate::score::length::length_of;
use crate::segment::{self, Numbering};

/// Which side of a pair: the pivot (the aligner's source) or the version
/// compared with it (the target). Used as an index into per-side arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// The pivot version.
    Pivot = 0,
    /// The version compared with the pivot.
    Version = 1,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Pivot => Side::Version,
            Side::Version => Side::Pivot,
        }
    }
}

/// The unit a gap or a place is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Paragraph indices.
    Paragraph,
    /// Sentence indices, numbered across the document.
    Sentence,
}

/// A pivot–version pair with its alignment.
pub struct Pair<'a> {
    /// The two documents, pivot first.
    pub docs: [&'a Document; 2],
    /// The pivot -> version alignment.
    pub al: &'a DocAlignment,
    /// Per side: which paragraph holds which sentences.
    pub numbering: [Numbering; 2],
    /// Per side: the length of every sentence as the aligner's length model
    /// counts it ([`length_of`]), the one length measure of the check.
    pub sentence_lengths: [Vec<u32>; 2],
}

impl<'a> Pair<'a> {
    /// The pair of `pivot` and `doc` aligned by `al`.
    pub fn new(pivot: &'a Document, doc: &'a Document, al: &'a DocAlignment) -> Self {
        Pair {
            docs: [pivot, doc],
            al,
            numbering: [pivot, doc].map(|d| Numbering::of(&d.paragraphs)),
            sentence_lengths: [pivot, doc].map(sentence_lengths),
        }
    }

    /// The aligner's length of units `units` of `side` at `level`.
    pub fn length(&self, side: Side, level: Level, units: Range<usize>) -> u32 {
        let sentences = match level {
            Level::Sentence => units,
            Level::Paragraph => self.sentences_in(side, &units),
        };
        self.sentence_lengths[side as usize][sentences].iter().sum()
    }

    /// The sentences of paragraphs `paras` of `side` ([`Numbering::span`]).
    pub fn sentences_in(&self, side: Side, paras: &Range<usize>) -> Range<usize> {
        self.numbering[side as usize].span(paras)
    }

    /// The document on `side`.
    pub fn doc(&self, side: Side) -> &'a Document {
        self.docs[side as usize]
    }

    /// The alignment at `level`.
    pub fn alignment(&self, level: Level) -> &'a Alignment {
        match level {
            Level::Paragraph => &self.al.paragraphs,
            Level::Sentence => &self.al.sentences,
        }
    }

    /// Number of units on `side` at `level`.
    pub fn len(&self, side: Side, level: Level) -> usize {
        match level {
            Level::Paragraph => self.numbering[side as usize].sentences_of.len(),
            Level::Sentence => self.numbering[side as usize].paragraph_of.len(),
        }
    }

    /// The posterior that unit `k` of `side` has no counterpart (0 when the
    /// aligner did not score it).
    pub fn unaligned(&self, side: Side, level: Level, k: usize) -> f32 {
        self.alignment(level)
            .unaligned(side as usize, k)
            .unwrap_or(0.0)
    }

    /// The aligner's length of unit `k` of `side` at `level`.
    pub fn unit_length(&self, side: Side, level: Level, k: usize) -> u32 {
        self.length(side, level, k..k + 1)
    }

    /// The share of `side`'s length in its sentences from `start` on.
    pub fn share_from(&self, side: Side, start: usize) -> f64 {
        let n = self.len(side, Level::Sentence);
        let length = |r: Range<usize>| f64::from(self.length(side, Level::Sentence, r));
        length(start.min(n)..n) / length(0..n).max(1.0)
    }

    /// The paragraph holding unit `k` of `side` at `level`.
    pub fn paragraph(&self, side: Side, level: Level, k: usize) -> usize {
        match level {
            Level::Paragraph => k,
            Level::Sentence => self.numbering[side as usize].paragraph_of[k],
        }
    }

    /// Where the units of `side` starting at `k` belong on the other side:
    /// the first unit of the other side after everything aligned before
    /// them (the other side's start of the bead holding `k`).
    pub fn position_across(&self, side: Side, level: Level, k: usize) -> usize {
        let beads = &self.alignment(level).beads;
        for b in beads {
            let (m, t) = (b.side(side as usize), b.side(side.other() as usize));
            if m.contains(&k) || m.start > k {
                return t.start;
            }
        }
        self.len(side.other(), level)
    }

    /// The paragraph of the other side that paragraph `p` of `side` is
    /// aligned with (the first, for a merged bead), `None` when its
    /// paragraph bead has nothing across.
    pub fn paragraph_across(&self, side: Side, p: usize) -> Option<usize> {
        self.al.paragraphs.beads.iter().find_map(|b| {
            let (mine, theirs) = (b.side(side as usize), b.side(side.other() as usize));
            (mine.contains(&p) && !theirs.is_empty()).then_some(theirs.start)
        })
    }

    /// Every sentence of `side`, in order, as the aligner reads them.
    pub fn sentence_texts(&self, side: Side) -> Vec<&'a str> {
        self.doc(side)
            .paragraphs
            .iter()
            .flat_map(|p| p.sentence_texts())
            .collect()
    }

    /// How many clauses sentences `sentences` of `side` hold, a sentence
    /// that joins two with a semicolon counting as two
    /// ([`segment::clause_spans`]).
    pub fn clauses(&self, side: Side, sentences: Range<usize>) -> usize {
        sentences
            .map(|k| {
                self.sentence_text(side, k)
                    .map_or(1, |s| segment::clause_spans(s).len().max(1))
            })
            .sum()
    }

    /// The languages the aligner reads the two sides in: each document's
    /// detected language, else its declared one.
    pub fn langs(&self) -> [Lang; 2] {
        self.docs.map(|d| d.detected.unwrap_or(d.lang))
    }

    /// The text of sentence `k` of `side`.
    pub fn sentence_text(&self, side: Side, k: usize) -> Option<&'a str> {
        let p = *self.numbering[side as usize].paragraph_of.get(k)?;
        let first = self.numbering[side as usize].sentences_of[p].start;
        self.doc(side).paragraphs[p].sentence_texts().nth(k - first)
    }

    /// A place: the paragraph of unit `k` (clamped to the document), with an
    /// excerpt of the unit's text.
    pub fn place(&self, side: Side, level: Level, k: usize) -> Place {
        let doc = self.doc(side);
        let n = self.len(side, level);
        let text = match (level, n) {
            (_, 0) => None,
            (Level::Paragraph, _) => Some(doc.paragraphs[k.min(n - 1)].text.as_str()),
            (Level::Sentence, _) => self.sentence_text(side, k.min(n - 1)),
        };
        let para = match n {
            0 => None,
            _ => doc
                .paragraphs
                .get(self.paragraph(side, level, k.min(n - 1))),
        };
        Place {
            lang: doc.lang,
            path: doc.path.clone(),
            line: para.map_or(0, |p| p.line),
            excerpt: text.map(short),
        }
    }
}

/// Every sentence's length, as the aligner counts it.
fn sentence_lengths(doc: &Document) -> Vec<u32> {
    let texts = doc.paragraphs.iter().flat_map(|p| p.sentence_texts());
    texts.map(length_of).collect()
}
