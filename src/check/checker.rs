//! One release at a time: the rules of [`check_windows`](super::check_windows)
//! for a caller that walks the windows itself (the review page, which joins
//! each release's units beside its findings).

use rayon::prelude::*;

use super::run::{self, Checked};
use super::{Config, Finding, Report};
use crate::Lang;
use crate::join::{self, ReleaseAlignment};
use crate::release::{Census, Index, Problem, Release};

/// A release's summary row and findings, with the alignment of its usable
/// versions against its pivot that the check read (`None` when fewer than
/// two versions could be compared). Versions the check set aside (in the
/// wrong language, empty, repeated) are not in it.
pub type Aligned = (Checked, Option<ReleaseAlignment>);

/// The archive-wide choices of a check (pivot ranking, languages shown),
/// made once from the archive's census, applied release by release.
pub struct Checker<'a> {
    problems: &'a [Problem],
    config: &'a Config,
    ranking: Vec<Lang>,
    shown: Vec<Lang>,
}

impl<'a> Checker<'a> {
    /// The check of the releases of `index` under `config`.
    pub fn new(index: &'a Index, config: &'a Config) -> Self {
        Checker::over(index.census(), index.problems(), config)
    }

    /// The check of an archive with census `census` and unusable files
    /// `problems`, under `config`.
    pub(crate) fn over(census: &Census, problems: &'a [Problem], config: &'a Config) -> Self {
        Checker {
            problems,
            config,
            ranking: join::rank_pivots(&census.usable, &[], config.pivot),
            shown: run::shown_langs(census, config),
        }
    }

    /// The archive's pivot (none for an archive of no release) and the
    /// languages of the summary table.
    pub(crate) fn heading(&self, releases: usize) -> (Option<Lang>, Vec<Lang>) {
        let pivot = (releases > 0).then(|| self.ranking.first().copied());
        (pivot.flatten(), self.shown.clone())
    }

    /// The report of the checked releases `results` and the unusable
    /// files `problems`.
    pub(crate) fn report(&self, results: Vec<Checked>, problems: &[Problem]) -> Report {
        let mut findings = run::unreadable(problems);
        let mut releases = Vec::with_capacity(results.len());
        for (summary, mut found) in results {
            releases.push(summary);
            findings.append(&mut found);
        }
        let all = findings.len();
        findings.retain(|f| f.severity >= self.config.min_severity);
        let (pivot, langs) = self.heading(releases.len());
        Report {
            pivot,
            langs,
            releases,
            hidden: all - findings.len(),
            findings,
        }
    }

    /// The summary rows and the findings (at the configured least severity
    /// or above) of a window of `releases`, in their order, as
    /// [`check_windows`](super::check_windows) reports them (the expected
    /// length of each language is measured over the window, as there), each
    /// release with the pairwise alignment its rules read (see [`Aligned`]),
    /// so a caller that shows the units joins them from it instead of
    /// aligning the release again.
    pub fn check_window_aligned(&self, releases: &[Release]) -> Vec<Aligned> {
        let mut checked = self.aligned(releases);
        for ((_, findings), _) in &mut checked {
            findings.retain(|f| f.severity >= self.config.min_severity);
        }
        checked
    }

    /// The summary rows and findings of `releases`, every severity kept.
    pub(crate) fn every_severity(&self, releases: &[Release]) -> Vec<Checked> {
        self.aligned(releases).into_iter().map(|(c, _)| c).collect()
    }

    fn aligned(&self, releases: &[Release]) -> Vec<Aligned> {
        let config = run::with_lengths(self.config, releases);
        releases
            .par_iter()
            .map(|r| {
                run::check_release_aligned(r, self.problems, &self.ranking, &config, &self.shown)
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
