//! A review page: one self-contained HTML file showing, release by release,
//! the translation units side by side and the check's findings on the rows
//! they concern.
//!
//! The page is built from the same units as `paralign align` (the export's
//! [`plan`](crate::export::run::plan) and [`join_release`](crate::join::join_release))
//! and the same findings as `paralign check` ([`check_archive`](crate::check::check_archive));
//! nothing is computed a second way. Styles and script are inline and nothing
//! is fetched, so the file reads offline; the filters (rows with findings, low
//! scores, one language pair) and the `n` / `p` keys work without a server.
//!
//! ```no_run
//! use paralign::review::{self, Config};
//!
//! let archive = paralign::release::read_dir(std::path::Path::new("corpus"))?;
//! let html = review::render(&archive, &Config::default())?;
//! std::fs::write("review.html", html).unwrap();
//! # Ok::<(), paralign::Error>(())
//! ```

mod highlight;
mod html;
mod locate;

use std::collections::{BTreeMap, BTreeSet};

pub use locate::locate;

use crate::check::{self, Finding, Report};
use crate::export::run::{Options, plan};
use crate::join::{self, Level, TranslationUnit};
use crate::release::{Archive, Release};
use crate::{Lang, Result, align};

/// Settings of the review page.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Languages shown (all present when empty); the pivot's column comes first.
    pub langs: Vec<Lang>,
    /// The pivot (default: the language most releases have, as for `align`).
    pub pivot: Option<Lang>,
    /// Rows whose score is below this are marked as low.
    pub min_score: f64,
    /// Settings passed to the aligner (for the units and the check alike).
    pub align: align::Config,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            langs: Vec::new(),
            pivot: None,
            min_score: 0.5,
            align: align::Config::default(),
        }
    }
}

/// One finding of the report and where it shows.
#[derive(Clone, Debug)]
struct Placed<'a> {
    /// Its position in the report, which names it on the page (`f<n>`).
    id: usize,
    finding: &'a Finding,
    /// The row (index into the release's units) it is shown on, if any.
    row: Option<usize>,
}

/// One release's part of the page.
#[derive(Clone, Debug)]
struct ReleaseView<'a> {
    release: &'a Release,
    units: Vec<TranslationUnit>,
    findings: Vec<Placed<'a>>,
}

/// Everything the page shows.
#[derive(Clone, Debug)]
struct Page<'a> {
    /// Column order: the pivot, then the other languages in [`Lang`] order.
    columns: Vec<Lang>,
    pivot: Lang,
    min_score: f64,
    report: &'a Report,
    releases: Vec<ReleaseView<'a>>,
    /// Findings about no release (files that could not be read).
    loose: Vec<Placed<'a>>,
}

/// Renders the review page of `archive` as one HTML document.
///
/// Fails when a release's alignment cannot be joined into units (see
/// [`join::units`]) or when `config` names a pivot outside its languages.
pub fn render(archive: &Archive, config: &Config) -> Result<String> {
    let options = Options {
        langs: config.langs.clone(),
        pivot: config.pivot,
        align: config.align.clone(),
        ..Options::default()
    };
    let plan = plan(&archive.releases, &options)?;
    let check_config = check::Config {
        langs: config.langs.clone(),
        pivot: config.pivot,
        align: config.align.clone(),
        ..check::Config::default()
    };
    let report = check::check_archive(archive, &check_config);
    let mut columns = vec![plan.pivot];
    columns.extend(plan.langs.iter().copied().filter(|&l| l != plan.pivot));
    let releases = archive
        .releases
        .iter()
        .map(|r| release_view(r, &report, &plan.ranking, config))
        .collect::<Result<Vec<_>>>()?;
    let loose = placed_unattached(&report);
    let page = Page {
        columns,
        pivot: plan.pivot,
        min_score: config.min_score,
        report: &report,
        releases,
        loose,
    };
    Ok(html::page(&page).into_string())
}

/// Joins `release` into sentence units and places its findings on them.
fn release_view<'a>(
    release: &'a Release,
    report: &'a Report,
    ranking: &[Lang],
    config: &Config,
) -> Result<ReleaseView<'a>> {
    let units = join::join_release(
        release,
        ranking,
        &config.langs,
        Level::Sentence,
        &config.align,
    )?;
    let findings = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.release.as_deref() == Some(release.id.as_str()))
        .map(|(id, finding)| Placed {
            id,
            finding,
            row: locate(finding, &units, &release.versions),
        })
        .collect();
    Ok(ReleaseView {
        release,
        units,
        findings,
    })
}

/// The findings that belong to no release.
fn placed_unattached(report: &Report) -> Vec<Placed<'_>> {
    report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.release.is_none())
        .map(|(id, finding)| Placed {
            id,
            finding,
            row: None,
        })
        .collect()
}

impl ReleaseView<'_> {
    /// The findings shown on row `row`.
    fn on_row(&self, row: usize) -> impl Iterator<Item = &Placed<'_>> {
        self.findings.iter().filter(move |p| p.row == Some(row))
    }

    /// The numbers to highlight in each language's cell of row `row`.
    fn marks(&self, row: usize) -> BTreeMap<Lang, BTreeSet<String>> {
        let mut marks: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
        let mismatches = self
            .on_row(row)
            .filter(|p| p.finding.kind == check::Kind::NumberMismatch);
        for p in mismatches {
            let wanted = highlight::wanted(&p.finding.message);
            let langs = p.finding.langs.iter().copied();
            for lang in langs.chain(p.finding.counterpart.as_ref().map(|c| c.lang)) {
                marks
                    .entry(lang)
                    .or_default()
                    .extend(wanted.iter().cloned());
            }
        }
        marks
    }
}
