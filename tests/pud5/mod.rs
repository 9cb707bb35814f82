//! Five-language test material built at run time from the PUD sentences in
//! `../shared/eval/pud5` (professional translations, one sentence a line,
//! line k the same sentence in every language).
//!
//! - [`load`] reads the five line lists and the document of each line;
//! - [`build`] joins consecutive documents into releases in the scraped page
//!   format of `corpus/`, plants flaws in some of them and writes them out,
//!   with a manifest of what was planted;
//! - [`score`] matches the findings of `paralign check` to the planted flaws,
//!   and [`report`] prints the outcome;
//! - [`beads`] makes gold sentence alignments with n-m beads for the aligner.
//!
//! Nothing of PUD is committed: callers skip, with a message, when the data
//! is absent.

#![allow(dead_code)]

pub mod beads;
pub mod build;
pub mod figures;
pub mod page;
pub mod plant;
pub mod report;
pub mod run;
pub mod score;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use paralign::Lang;

/// The PUD data: the sentences of each language and the documents.
#[derive(Clone, Debug)]
pub struct Pud {
    /// Line k of every list is the same sentence.
    pub lines: BTreeMap<Lang, Vec<String>>,
    /// The line ranges of the documents, in order, covering every line.
    pub docs: Vec<Range<usize>>,
}

impl Pud {
    /// Line `k` in `lang`.
    pub fn line(&self, lang: Lang, k: usize) -> &str {
        &self.lines[&lang][k]
    }

    /// Number of sentence lines.
    pub fn len(&self) -> usize {
        self.docs.last().map_or(0, |d| d.end)
    }
}

/// The language pairs the PUD measurements align (`tests/align_pud5.rs`
/// sets floors on the same seven).
pub const PAIRS: [(Lang, Lang); 7] = [
    (Lang::De, Lang::En),
    (Lang::De, Lang::Fr),
    (Lang::De, Lang::Es),
    (Lang::De, Lang::Ru),
    (Lang::En, Lang::Fr),
    (Lang::En, Lang::Es),
    (Lang::Fr, Lang::Ru),
];

/// Where the PUD files are expected, relative to the crate.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/pud5")
}

/// Reads `pud.{de,en,es,fr,ru}` and `pud.docs` from `dir`; `None` (after
/// printing why) when a file is absent or the lists disagree in length.
pub fn load(dir: &Path) -> Option<Pud> {
    let read = |name: &str| match std::fs::read_to_string(dir.join(name)) {
        Ok(text) => Some(text.lines().map(str::to_string).collect::<Vec<_>>()),
        Err(e) => {
            eprintln!("skipping: cannot read {}: {e}", dir.join(name).display());
            None
        }
    };
    let docs_of_lines = read("pud.docs")?;
    let mut lines = BTreeMap::new();
    for lang in Lang::ALL {
        let list = read(&format!("pud.{}", lang.code()))?;
        if list.len() != docs_of_lines.len() {
            eprintln!(
                "skipping: pud.{} and pud.docs differ in length",
                lang.code()
            );
            return None;
        }
        lines.insert(lang, list);
    }
    Some(Pud {
        lines,
        docs: doc_ranges(&docs_of_lines),
    })
}

/// Runs of equal document IDs (the first tab-separated field).
fn doc_ranges(docs: &[String]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let id = |k: usize| docs[k].split('\t').next().unwrap_or("");
    for k in 0..docs.len() {
        match out.last_mut() {
            Some(r) if id(r.start) == id(k) => r.end = k + 1,
            _ => out.push(k..k + 1),
        }
    }
    out
}

/// The library's SplitMix64 generator ([`paralign::release::Rng`], the one
/// `paralign synth` draws from), with the choices the test builders need.
#[derive(Clone, Debug)]
pub struct Rng(paralign::release::Rng);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(paralign::release::Rng(seed))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `range` (which must not be empty).
    pub fn range(&mut self, range: Range<usize>) -> usize {
        assert!(!range.is_empty(), "empty range");
        range.start + (self.next_u64() % (range.len() as u64)) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0..items.len())]
    }
}
