//! Step 6: completeness findings as data.
//!
//! [`check_archive`] looks at every release of an [`Archive`](crate::Archive)
//! and reports, as [`Finding`]s, what a publishing team needs to fix before a
//! release goes out:
//!
//! - [`versions`]: versions missing, undeclared, duplicated, in the wrong
//!   language, empty, or truncated (far shorter than the length ratios
//!   learned across the archive predict ([`ratios`]), and a prefix of the
//!   pivot; or lacking the pivot's last two or more paragraphs and nothing
//!   else, which also finds a cut pivot);
//! - [`content`]: paragraphs and sentences with no counterpart, from the
//!   aligner's 0-1 and 1-0 beads, or from a second opinion when one side has
//!   one unit more (two paragraphs more) and the aligner placed them badly
//!   or merged them away; inside a paragraph pair a sentence short, a loss
//!   also shows as a shortfall against the release's own length ratio, even
//!   when equal sentences leave its place unclear;
//! - [`numbers`]: numbers normalised across locales that one aligned passage
//!   states and its counterpart lacks or states differently;
//! - [`dates`]: header dates that disagree between versions or with the ID.
//!
//! Precision matters as much as recall, so every rule asks for evidence of
//! its own before it speaks, rather than trusting aligner scores that are not
//! comparable across language pairs: lengths that fit (Gale & Church 1993),
//! numbers that agree, names and cognates. A unit with no counterpart next to
//! a pair that holds its content is a merge, not a loss; a version reported
//! missing, empty, truncated or in the wrong language gets no further
//! findings; numbers inside a lost sentence belong to that finding. When at
//! least two versions report the same anomaly at the same place, the pivot is
//! at fault: the release is checked again against the next language, so its
//! flaw is reported once, on the pivot. With a single pair nobody can be
//! outvoted, and content one side lacks is reported as lost from it.
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

pub mod content;
mod cut;
pub mod dates;
mod excerpt;
mod finding;
mod lexical;
pub mod numbers;
pub mod ratios;
pub mod render;
mod run;
pub mod versions;
mod vote;

pub use finding::{Finding, Kind, Place, ReleaseSummary, Report, Severity, Status, VersionSummary};
pub use run::{check_archive, choose_pivot, default_pivot};

use crate::{Lang, align};

/// Settings of the check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// Languages to check (all when empty). The pivot is always aligned.
    pub langs: Vec<Lang>,
    /// The pivot language; default: the language present in most releases.
    pub pivot: Option<Lang>,
    /// Settings passed to the aligner.
    pub align: align::Config,
    /// Thresholds of the rules.
    pub tuning: Tuning,
}

impl Config {
    /// True when `lang` is to be reported on.
    pub fn wants(&self, lang: Lang) -> bool {
        self.langs.is_empty() || self.langs.contains(&lang)
    }
}

/// Thresholds of the rules. The defaults were tuned on `corpus/` and on
/// synthetic flaws; every one errs on the side of silence.
#[derive(Clone, Debug, PartialEq)]
pub struct Tuning {
    /// Least aligner score of a 0-1 / 1-0 bead for it to count as a gap.
    /// 0 by default: the aligner scores a bead by the cost of what it
    /// explains, so an omission scores low by construction and its own score
    /// says nothing; the evidence comes from the neighbours instead.
    pub min_gap_score: f64,
    /// Least aligner score of the matched beads around a gap, and of a bead
    /// whose numbers are compared. 0 by default: the aligner's scores are not
    /// comparable across language pairs (German and Russian share few words),
    /// so the check relies on its own evidence, lengths and numbers.
    pub min_match_score: f64,
    /// Least length, in non-space characters, of a missing or extra paragraph.
    pub min_paragraph_chars: usize,
    /// Least length, in non-space characters, of a missing or extra sentence.
    pub min_sentence_chars: usize,
    /// Largest |ln(observed / expected length)| for a matched bead to count as
    /// a plausible translation (the length check of Gale & Church 1993).
    pub max_log_deviation: f64,
    /// A version below this share of the length the other versions predict
    /// is a candidate for truncation (and is not used as the pivot) ...
    pub short_share: f64,
    /// ... and is truncated when at least this share of the pivot's tail has
    /// no counterpart, and either its length is below `truncated_share` of the
    /// prediction or more than a last paragraph is lost.
    pub truncated_tail_share: f64,
    /// See `truncated_tail_share`.
    pub truncated_share: f64,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            min_gap_score: 0.0,
            min_match_score: 0.0,
            min_paragraph_chars: 40,
            min_sentence_chars: 25,
            max_log_deviation: 0.5,
            short_share: 0.85,
            truncated_share: 0.6,
            truncated_tail_share: 0.2,
        }
    }
}
