//! Step 3: the dynamic program over beads.
//!
//! Invariant of an [`Alignment`]: beads are in order, monotone, and cover
//! `0..n_src` and `0..n_tgt` exactly once each.
//!
//! (Skeleton: the aligner replaces the stub bodies below; the types are the contract.)

use std::ops::Range;

use serde::Serialize;

use crate::Lang;

/// One link of an alignment: consecutive source items matched to consecutive target items.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bead {
    /// Source indices (empty for a 0-n bead).
    pub src: Range<usize>,
    /// Target indices (empty for an n-0 bead).
    pub tgt: Range<usize>,
    /// Confidence in [0, 1].
    pub score: f64,
}

impl Bead {
    /// The shape as (source count, target count), e.g. (2, 1).
    pub fn shape(&self) -> (usize, usize) {
        (self.src.len(), self.tgt.len())
    }

    /// The shape as text, e.g. `"2-1"`.
    pub fn shape_name(&self) -> String {
        format!("{}-{}", self.src.len(), self.tgt.len())
    }
}

/// A monotone sequence of beads covering both sides.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Alignment {
    /// The beads, in order.
    pub beads: Vec<Bead>,
}

/// Settings of the aligner.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Largest number of items on one side of a bead (at least 2).
    pub max_shape: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { max_shape: 3 }
    }
}

/// A document-level alignment: paragraphs first, then sentences inside them.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocAlignment {
    /// Beads over paragraph indices.
    pub paragraphs: Alignment,
    /// Beads over sentence indices, numbered across the whole document.
    pub sentences: Alignment,
}

/// Aligns two sequences of sentences (or of any text segments).
pub fn align_sentences(
    src: &[&str],
    tgt: &[&str],
    _src_lang: Lang,
    _tgt_lang: Lang,
    _config: &Config,
) -> Alignment {
    naive(src.len(), tgt.len())
}

/// Aligns two documents given as paragraphs of sentences: paragraphs first,
/// then the sentences inside each aligned paragraph group.
pub fn align_document(
    src: &[Vec<&str>],
    tgt: &[Vec<&str>],
    _src_lang: Lang,
    _tgt_lang: Lang,
    _config: &Config,
) -> DocAlignment {
    let ns: usize = src.iter().map(Vec::len).sum();
    let nt: usize = tgt.iter().map(Vec::len).sum();
    DocAlignment {
        paragraphs: naive(src.len(), tgt.len()),
        sentences: naive(ns, nt),
    }
}

fn naive(n: usize, m: usize) -> Alignment {
    let k = n.min(m);
    let mut beads: Vec<Bead> = (0..k)
        .map(|i| Bead {
            src: i..i + 1,
            tgt: i..i + 1,
            score: 0.0,
        })
        .collect();
    beads.extend((k..n).map(|i| Bead {
        src: i..i + 1,
        tgt: m..m,
        score: 0.0,
    }));
    beads.extend((k..m).map(|j| Bead {
        src: n..n,
        tgt: j..j + 1,
        score: 0.0,
    }));
    Alignment { beads }
}
