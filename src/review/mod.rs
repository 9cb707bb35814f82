//! A review page: one self-contained HTML file showing, release by release,
//! the translation units side by side and the check's findings on the rows
//! they concern.
//!
//! The page shows the same findings as `paralign check`
//! ([`check_archive`](crate::check::check_archive)) on the units joined from
//! the alignment the check read, so that each finding stands on the rows it
//! was read from; they are the units of `paralign align` (the export's
//! [`plan`] and [`join_release`](join::join_release)) but for the
//! [`orphan_share`](align::Config::orphan_share), which the check leaves
//! at [`ORPHAN_SHARE`](crate::check::ORPHAN_SHARE). Nothing is computed a
//! second way. Styles and script are inline and nothing
//! is fetched, so the file reads offline; the filters (rows with findings, low
//! scores, one language pair) and the `n` / `p` keys work without a server.
//!
//! [`render`] builds the page of an archive held in memory; [`write()`] builds
//! the same bytes from a folder's [`Index`] a window of releases at a time,
//! so the memory it needs does not grow with the archive (the page itself
//! does: the sections wait in a temporary file until the overview, which
//! needs every release's summary, has been written).
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
use std::io::{self, Seek, Write};

use rayon::prelude::*;

pub use locate::locate;

use crate::check::{self, Finding};
use crate::export::run::{Options, Plan, plan, plan_for};
use crate::join::{self, Level, TranslationUnit};
use crate::release::{Archive, Index, Release};
use crate::{Error, Lang, Result, align};

/// Releases aligned and checked at a time by [`write`]: the check's own
/// window, so the page shows what `paralign check` reports.
const WINDOW: usize = check::WINDOW;

/// Where the overview rows go in the page's markup while it is split
/// around them.
const ROWS: &str = "<!--paralign:rows-->";

/// Where the release sections go, likewise.
const SECTIONS: &str = "<!--paralign:sections-->";

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

/// One finding and where it shows.
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

/// What every part of the page needs to know.
#[derive(Clone, Debug)]
struct Frame {
    /// Column order: the pivot, then the other languages in [`Lang`] order.
    columns: Vec<Lang>,
    pivot: Lang,
    min_score: f64,
}

/// The page around the overview rows and the release sections.
#[derive(Clone, Debug)]
struct Page<'a> {
    frame: Frame,
    /// Releases on the page.
    releases: usize,
    /// Findings listed on the page, in all.
    findings: usize,
    /// Findings about no release (files that could not be read).
    loose: Vec<Placed<'a>>,
}

/// What [`write()`] wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    /// Release sections on the page.
    pub releases: usize,
    /// Findings listed, in all.
    pub findings: usize,
}

/// The settings of the check whose findings the page shows.
fn check_config(config: &Config) -> check::Config {
    check::Config {
        langs: config.langs.clone(),
        pivot: config.pivot,
        align: config.align.clone(),
        ..check::Config::default()
    }
}

/// `config` with the aligner set as the check sets it for `window`
/// ([`check::aligner_for`]): units aligned afresh are those the check
/// would have read.
fn with_expected_lengths(config: &Config, window: &[Release]) -> Config {
    Config {
        align: check::aligner_for(&config.align, window),
        ..config.clone()
    }
}

/// The units' settings: the same languages, pivot and aligner.
fn options(config: &Config) -> Options {
    Options {
        langs: config.langs.clone(),
        pivot: config.pivot,
        align: config.align.clone(),
        ..Options::default()
    }
}

impl Frame {
    fn new(plan: &Plan, config: &Config) -> Self {
        let mut columns = vec![plan.pivot];
        columns.extend(plan.langs.iter().copied().filter(|&l| l != plan.pivot));
        Frame {
            columns,
            pivot: plan.pivot,
            min_score: config.min_score,
        }
    }
}

/// Renders the review page of `archive` as one HTML document.
///
/// Fails when a release's alignment cannot be joined into units (see
/// [`join::units`]) or when `config` names a pivot outside its languages.
pub fn render(archive: &Archive, config: &Config) -> Result<String> {
    let plan = plan(&archive.releases, &options(config))?;
    let report = check::check_archive(archive, &check_config(config));
    let frame = Frame::new(&plan, config);
    let mut rows = String::new();
    for summary in &report.releases {
        rows.push_str(&html::overview_row(&frame, summary).into_string());
    }
    let mut sections = String::new();
    for window in archive.releases.chunks(WINDOW) {
        let config = &with_expected_lengths(config, window);
        for release in window {
            let findings = of_release(report.findings.iter().enumerate(), release);
            let view = release_view(release, findings, &plan.ranking, config)?;
            sections.push_str(&html::release(&frame, &view).into_string());
        }
    }
    let page = Page {
        frame,
        releases: report.releases.len(),
        findings: report.findings.len(),
        loose: placed_unattached(&report.findings),
    };
    let html = html::page(&page).into_string();
    Ok(html
        .replacen(ROWS, &rows, 1)
        .replacen(SECTIONS, &sections, 1))
}

/// Writes the review page of the folder `index` reads to `out`, the same
/// bytes as [`render`] gives for the whole archive, aligning and checking
/// `WINDOW` releases at a time (in parallel within a window).
///
/// The overview rows and the release sections wait in temporary files, so
/// `out` receives the page in one pass and nothing held grows with the
/// archive. Fails as [`render`] does, or when a temporary file or `out`
/// cannot be written.
pub fn write(index: &Index, config: &Config, out: &mut dyn Write) -> Result<Written> {
    let plan = plan_for(index.census(), &options(config))?;
    let frame = Frame::new(&plan, config);
    let check_config = check_config(config);
    let checker = check::Checker::new(index, &check_config);
    let unreadable = check::unreadable_findings(index.problems(), &check_config);
    let mut rows = Spool::new()?;
    let mut sections = Spool::new()?;
    let mut written = Written {
        releases: 0,
        findings: unreadable.len(),
    };
    for window in index.windows(WINDOW) {
        let window = window?;
        let (checked, alignments): (Vec<_>, Vec<_>) = checker
            .check_window_aligned(&window.releases)
            .into_iter()
            .unzip();
        let config = &with_expected_lengths(config, &window.releases);
        let units: Vec<_> = window
            .releases
            .par_iter()
            .zip(&alignments)
            .map(|(r, al)| units_from(r, al.as_ref(), &plan.ranking, config))
            .collect::<Result<_>>()?;
        drop(alignments);
        let views = window.releases.iter().zip(checked).zip(units);
        for ((release, (summary, found)), units) in views {
            let first = written.findings;
            let numbered = found.iter().enumerate().map(|(k, f)| (first + k, f));
            let shown = of_release(unreadable.iter().enumerate(), release).chain(numbered);
            let view = ReleaseView {
                release,
                findings: place(shown, &units, release),
                units,
            };
            sections.push(html::release(&frame, &view))?;
            rows.push(html::overview_row(&frame, &summary))?;
            written.findings += found.len();
            written.releases += 1;
        }
    }
    let page = Page {
        frame,
        releases: written.releases,
        findings: written.findings,
        loose: placed_unattached(&unreadable),
    };
    let html = html::page(&page).into_string();
    let (head, rest) = html.split_once(ROWS).expect("the page marks its rows");
    let (middle, tail) = rest
        .split_once(SECTIONS)
        .expect("the page marks its sections");
    out.write_all(head.as_bytes()).map_err(page_error)?;
    rows.drain_into(out)?;
    out.write_all(middle.as_bytes()).map_err(page_error)?;
    sections.drain_into(out)?;
    out.write_all(tail.as_bytes()).map_err(page_error)?;
    Ok(written)
}

/// Markup waiting in an anonymous temporary file for its place in the page.
struct Spool(io::BufWriter<std::fs::File>);

impl Spool {
    fn new() -> Result<Self> {
        let file = tempfile::tempfile().map_err(spool_error)?;
        Ok(Spool(io::BufWriter::new(file)))
    }

    fn push(&mut self, markup: maud::Markup) -> Result<()> {
        self.0
            .write_all(markup.into_string().as_bytes())
            .map_err(spool_error)
    }

    /// Copies everything pushed to `out`.
    fn drain_into(self, out: &mut dyn Write) -> Result<()> {
        let mut file = self
            .0
            .into_inner()
            .map_err(|e| spool_error(e.into_error()))?;
        file.rewind().map_err(spool_error)?;
        io::copy(&mut file, out).map_err(page_error)?;
        Ok(())
    }
}

fn spool_error(e: io::Error) -> Error {
    Error::io(std::env::temp_dir(), e)
}

/// An error writing the page itself (the caller knows its path).
fn page_error(e: io::Error) -> Error {
    Error::io("the review page", e)
}

/// The sentence units of `release`, as `paralign align` joins them.
fn units(release: &Release, ranking: &[Lang], config: &Config) -> Result<Vec<TranslationUnit>> {
    join::join_release(
        release,
        ranking,
        &config.langs,
        Level::Sentence,
        &config.align,
    )
}

/// The sentence units of `release` joined from the alignment the check
/// read, when it pairs the versions `paralign align` pairs (same pivot,
/// same versions; both align with the window's expected lengths); aligned
/// afresh, with the check's settings, otherwise (a version the check set
/// aside).
fn units_from(
    release: &Release,
    checked: Option<&join::ReleaseAlignment>,
    ranking: &[Lang],
    config: &Config,
) -> Result<Vec<TranslationUnit>> {
    match checked {
        Some(al) if pairs_the_exports_versions(release, al, ranking, config) => {
            join::units(release, al, Level::Sentence)
        }
        _ => units(release, ranking, config),
    }
}

/// True when `al` pairs the pivot `paralign align` chooses for `release`
/// with exactly the versions it aligns against it.
fn pairs_the_exports_versions(
    release: &Release,
    al: &join::ReleaseAlignment,
    ranking: &[Lang],
    config: &Config,
) -> bool {
    let wanted = |l: &Lang| *l != al.pivot && (config.langs.is_empty() || config.langs.contains(l));
    join::release_pivot(release, ranking) == Some(al.pivot)
        && al
            .pairs
            .keys()
            .eq(release.versions.keys().filter(|l| wanted(l)))
}

/// The numbered findings about `release` among `findings`.
fn of_release<'a>(
    findings: impl Iterator<Item = (usize, &'a Finding)>,
    release: &Release,
) -> impl Iterator<Item = (usize, &'a Finding)> {
    findings.filter(|(_, f)| f.release.as_deref() == Some(release.id.as_str()))
}

/// `findings`, each with the number that names it on the page, placed on
/// the rows of `units`.
fn place<'a>(
    findings: impl Iterator<Item = (usize, &'a Finding)>,
    units: &[TranslationUnit],
    release: &Release,
) -> Vec<Placed<'a>> {
    findings
        .map(|(id, finding)| Placed {
            id,
            finding,
            row: locate(finding, units, &release.versions),
        })
        .collect()
}

/// Joins `release` into sentence units and places its numbered `findings`
/// on them.
fn release_view<'a>(
    release: &'a Release,
    findings: impl Iterator<Item = (usize, &'a Finding)>,
    ranking: &[Lang],
    config: &Config,
) -> Result<ReleaseView<'a>> {
    let units = units(release, ranking, config)?;
    let findings = place(findings, &units, release);
    Ok(ReleaseView {
        release,
        units,
        findings,
    })
}

/// The findings that belong to no release, numbered by their place in
/// `findings`.
fn placed_unattached(findings: &[Finding]) -> Vec<Placed<'_>> {
    findings
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

    /// The figures to highlight in each language's cell of row `row`: those
    /// the findings shown there name, as each version writes them.
    fn marks(&self, row: usize) -> BTreeMap<Lang, BTreeSet<String>> {
        let mut marks: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
        for figure in self.on_row(row).flat_map(|p| &p.finding.figures) {
            marks
                .entry(figure.lang)
                .or_default()
                .insert(figure.written.clone());
        }
        marks
    }
}
