//! One release at a time: the rules of [`check_index`](super::check_index)
//! for a caller that walks the windows itself (the review page, which joins
//! each release's units beside its findings).

use rayon::prelude::*;

use super::resolve::Lengths;
use super::run::{self, Checked};
use super::{Config, Finding};
use crate::Lang;
use crate::join;
use crate::release::{Index, Problem, Release};

/// The archive-wide choices of a check (pivot ranking, languages shown),
/// made once from an [`Index`]'s census, applied release by release.
pub struct Checker<'a> {
    index: &'a Index,
    config: &'a Config,
    ranking: Vec<Lang>,
    shown: Vec<Lang>,
}

impl<'a> Checker<'a> {
    /// The check of the releases of `index` under `config`.
    pub fn new(index: &'a Index, config: &'a Config) -> Self {
        Checker {
            index,
            config,
            ranking: join::rank_pivots(&index.census().usable, &[], config.pivot),
            shown: run::shown_langs(index.census(), config),
        }
    }

    /// The summary rows and the findings (at the configured least severity
    /// or above) of a window of `releases`, in their order, as
    /// [`check_index`](super::check_index) reports them (the expected
    /// length of each language is measured over the window, as there).
    pub fn check_window(&self, releases: &[Release]) -> Vec<Checked> {
        let mut checked = self.every_severity(releases);
        for (_, findings) in &mut checked {
            findings.retain(|f| f.severity >= self.config.min_severity);
        }
        checked
    }

    /// [`Checker::check_window`] with findings of every severity kept.
    pub(crate) fn every_severity(&self, releases: &[Release]) -> Vec<Checked> {
        let problems = self.index.problems();
        let lengths = Lengths::of(releases);
        releases
            .par_iter()
            .map(|r| {
                run::check_release(
                    r,
                    problems,
                    &self.ranking,
                    self.config,
                    &self.shown,
                    &lengths,
                )
            })
            .collect()
    }
}

/// The findings about files that could not be used, at the configured least
/// severity or above, in the order a report lists them (first).
pub fn unreadable_findings(problems: &[Problem], config: &Config) -> Vec<Finding> {
    let mut findings = run::unreadable(problems);
    findings.retain(|f| f.severity >= config.min_severity);
    findings
}
