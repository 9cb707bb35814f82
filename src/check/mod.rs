//! Step 6: completeness findings as data.
//!
//! [`check_archive`] looks at every release of an [`Archive`](crate::Archive)
//! and reports, as [`Finding`]s, what a publishing team needs to fix before a
//! release goes out. The check is not a second aligner: it reads what the
//! aligner already knows about each pivot–version pair, once.
//!
//! - [`versions`]: versions missing, undeclared, duplicated, in the wrong
//!   language, empty, or holding their own text twice — no alignment needed;
//! - [`gaps`]: paragraphs and sentences with no counterpart, read off the
//!   posterior that each unit is left unaligned ([`Alignment::unaligned`]:
//!   the lattice's whole omission mass, so a loss the best path hid in a
//!   merged bead still shows);
//! - [`tails`]: a version whose end is lost (truncated), read off those
//!   gaps and weighed against the lengths the archive expects;
//! - [`moved`]: a sentence a version places elsewhere (left without
//!   counterpart on both sides, once where the pivot has it and once where
//!   the version has it) is not lost: such pairs of gaps are dropped when
//!   the two sentences are each other's closest match by the aligner's own
//!   similarity ([`Aligner::similarities`](crate::align::Aligner::similarities));
//! - [`resolve`]: second opinions of the aligner's own dynamic program,
//!   re-solved on part of a pair ([`Aligner::re_solve`](crate::align::Aligner::re_solve)):
//!   which units a merged bead can do without, and whether a sentence a
//!   version lacks is held in the clauses of one it ran it into;
//! - `short`: a sentence lost inside a merged bead (or a pivot sentence
//!   that joins it to the one kept), whose version side is short for its
//!   pivot text relative to the other versions, which render the same pivot
//!   text in full and with more sentences; and a paragraph lost where a
//!   version one paragraph short joins two that the others keep apart;
//! - [`numbers`]: quantities that a confident bead's counterpart states
//!   differently, compared as values by the aligner's own evidence layer
//!   ([`crate::score::quantity`]: `22,9 Tausend` = `22 900`, `thirty` = `30`,
//!   `14.03.2021` = `14 March 2021`), as kept on each bead
//!   ([`BeadEvidence`](crate::align::BeadEvidence)), with what the evidence cannot prove (a
//!   number one side lacks, a spelled-out one) kept as [`Severity::Info`];
//! - [`dates`]: header dates that disagree between versions or with the ID.
//!
//! Every comparison is pivot-vs-version, so a flaw of the pivot shows up as
//! the same anomaly in most other versions; `blame` blames the pivot once
//! instead. With a single pair nobody can be outvoted, and content one side
//! lacks is reported as lost from it. The pivot is chosen by
//! [`join::release_pivot`](crate::join::release_pivot), as for `align`.
//!
//! [`Alignment::unaligned`]: crate::align::Alignment::unaligned
//!
//! ```no_run
//! use paralign::check::{check_archive, Config, Severity};
//!
//! let archive = paralign::release::read_dir(std::path::Path::new("corpus"))?;
//! let report = check_archive(&archive, &Config::default());
//! print!("{report}"); // summary table, then findings by release
//! let blocking = report.count_at_least(Severity::Error);
//! # Ok::<(), paralign::Error>(())
//! ```

mod blame;
mod checker;
pub mod dates;
mod finding;
pub mod gaps;
mod losses;
pub mod moved;
pub mod numbers;
pub mod pair;
pub mod render;
pub mod resolve;
mod run;
mod short;
pub mod stream;
pub mod tails;
pub mod versions;

pub use checker::{Aligned, Checker, unreadable_findings};
pub use finding::{
    Figure, Finding, Kind, Place, ReleaseSummary, Report, Severity, Status, VersionSummary,
};
pub use render::Totals;
pub use run::{Checked, ORPHAN_SHARE, WINDOW, aligner_for, check_archive, check_windows, heading};

use crate::{Lang, align};

/// Settings of the check.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Languages to check (all when empty). The pivot is always aligned.
    pub langs: Vec<Lang>,
    /// The pivot language; default: the language present in most releases.
    pub pivot: Option<Lang>,
    /// Settings passed to the aligner.
    pub align: align::Config,
    /// Thresholds of the rules.
    pub tuning: Tuning,
    /// Findings below this severity are counted ([`Report::hidden`]) but not
    /// listed; `Warning` by default, so notes appear only when asked for.
    pub min_severity: Severity,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            langs: Vec::new(),
            pivot: None,
            align: align::Config::default(),
            tuning: Tuning::default(),
            min_severity: Severity::Warning,
        }
    }
}

impl Config {
    /// True when `lang` is to be reported on.
    pub fn wants(&self, lang: Lang) -> bool {
        self.langs.is_empty() || self.langs.contains(&lang)
    }
}

/// Thresholds of the rules, all on the aligner's own posteriors.
#[derive(Clone, Debug, PartialEq)]
pub struct Tuning {
    /// Least posterior that a paragraph has no counterpart for it to count as
    /// lost (the paragraph's own, or the mean over its sentences).
    pub min_paragraph_omission: f32,
    /// Least posterior that a sentence has no counterpart for it to count as
    /// lost.
    pub min_sentence_omission: f32,
    /// A lost sentence is not reported when the other side's units at the
    /// same place are this likely unaligned too: the two texts say something
    /// different there (a free rendering), which is not an omission.
    pub max_counter_omission: f32,
    /// Least length of a missing or extra paragraph, in the aligner's
    /// length units ([`length_of`](crate::score::length::length_of):
    /// characters, spaces included).
    pub min_paragraph_length: u32,
    /// Least length of a missing or extra sentence, in the same units.
    pub min_sentence_length: u32,
    /// Least share of the pivot's text in a lost tail for the version to be
    /// truncated rather than missing its last paragraphs.
    pub truncated_tail_share: f64,
    /// Least posterior of a bead whose numbers are compared.
    pub min_number_posterior: f64,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            min_paragraph_omission: 0.5,
            min_sentence_omission: 0.5,
            max_counter_omission: 0.3,
            min_paragraph_length: 23,
            min_sentence_length: 17,
            truncated_tail_share: 0.2,
            min_number_posterior: 0.5,
        }
    }
}
