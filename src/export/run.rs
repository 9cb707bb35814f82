//! The export step end to end: choose the pivot and languages ([`plan`], or
//! [`plan_for`] an archive's [`Census`]), align releases in parallel chunks
//! (rayon), and write each chunk in release order through the filters as soon
//! as it is done ([`export`], or a [`Stream`] fed one window of an
//! [`Index`](crate::release::Index) at a time).
//!
//! Output is byte-identical whatever the number of threads and however the
//! releases are cut into chunks: units depend only on their release and the
//! block of [`join::WINDOW`] releases around it (whose lengths the aligner
//! expects), and chunks are written in order. Memory holds one block of
//! releases and one chunk of units at a time, not the archive's.

use std::panic::{self, AssertUnwindSafe};

use rayon::prelude::*;
use serde::Serialize;

use super::{Exporter, Filter, Filters, Meta, Removed, tmx_date, tmx_date_of_day};
use crate::join::{self, Level, TranslationUnit};
use crate::release::{Census, Release};
use crate::{Error, Lang, Result, align};

/// Settings of an export.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Languages to export, in column order (empty: every language present).
    pub langs: Vec<Lang>,
    /// The pivot (default: the language most releases have, ties in [`Lang`] order).
    pub pivot: Option<Lang>,
    /// Sentence or paragraph units.
    pub level: Level,
    /// Filters for MT training.
    pub filters: Filters,
    /// Aligner settings.
    pub align: align::Config,
    /// Releases aligned in parallel before their units are written (at least 1).
    pub chunk: usize,
    /// Leave out versions whose body reads as another language than the one they
    /// are filed as (a site serving the original in place of a translation);
    /// on by default, since such a version teaches a wrong translation.
    pub skip_mislabelled: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            langs: Vec::new(),
            pivot: None,
            level: Level::Sentence,
            filters: Filters::default(),
            align: align::Config::default(),
            chunk: 64,
            skip_mislabelled: true,
        }
    }
}

/// The languages of an export, fixed before the first unit is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The archive's pivot.
    pub pivot: Lang,
    /// Pivot candidates in order: a release lacking the pivot is aligned against
    /// the first language of this list it has.
    pub ranking: Vec<Lang>,
    /// The languages exported, in column order.
    pub langs: Vec<Lang>,
    /// Moses pairs: the two `--langs` when exactly two are given, else the pivot
    /// with every other language.
    pub pairs: Vec<(Lang, Lang)>,
}

/// Chooses the pivot and languages of `opts` for `releases`.
pub fn plan(releases: &[Release], opts: &Options) -> Result<Plan> {
    plan_for(&Census::of(releases), opts)
}

/// Chooses the pivot and languages of `opts` for an archive known by its census.
pub fn plan_for(census: &Census, opts: &Options) -> Result<Plan> {
    let mut wanted = opts.langs.clone();
    dedup_in_order(&mut wanted);
    if let Some(p) = opts
        .pivot
        .filter(|p| !wanted.is_empty() && !wanted.contains(p))
    {
        let list = itertools::join(&wanted, ",");
        return Err(Error::Invalid(format!(
            "the pivot {p} is not among --langs {list}"
        )));
    }
    let ranking = join::rank_pivots(&census.usable, &wanted, opts.pivot);
    let pivot = ranking[0];
    let langs = if wanted.is_empty() {
        present_langs(census, pivot)
    } else {
        wanted.clone()
    };
    let pairs = match wanted[..] {
        [a, b] => vec![(a, b)],
        _ => langs
            .iter()
            .filter(|&&l| l != pivot)
            .map(|&l| (pivot, l))
            .collect(),
    };
    Ok(Plan {
        pivot,
        ranking,
        langs,
        pairs,
    })
}

/// Every language some release has, in [`Lang`] order (the pivot when none has any).
fn present_langs(census: &Census, pivot: Lang) -> Vec<Lang> {
    let langs: Vec<Lang> = census.present.iter().copied().collect();
    if langs.is_empty() { vec![pivot] } else { langs }
}

fn dedup_in_order(langs: &mut Vec<Lang>) {
    let mut seen = Vec::new();
    langs.retain(|l| {
        let new = !seen.contains(l);
        seen.push(*l);
        new
    });
}

impl Plan {
    /// The metadata exporters need.
    pub fn meta(&self, level: Level, creation_date: String) -> Meta {
        Meta {
            level,
            srclang: Some(self.pivot),
            langs: self.langs.clone(),
            pairs: self.pairs.clone(),
            creation_date,
        }
    }
}

/// A reproducible TMX creation date: `source_date_epoch` when given (the
/// reproducible-builds convention), else the newest release date, else the epoch.
pub fn creation_date(releases: &[Release], source_date_epoch: Option<i64>) -> String {
    let dates = releases.iter().filter_map(|r| r.date.as_deref());
    creation_date_of(dates, source_date_epoch)
}

/// [`creation_date`] from the release dates alone (a [`Census`]'s `dates`).
pub fn creation_date_of<'a>(
    dates: impl Iterator<Item = &'a str>,
    source_date_epoch: Option<i64>,
) -> String {
    if let Some(secs) = source_date_epoch {
        return tmx_date(secs);
    }
    let newest = dates.filter_map(tmx_date_of_day).max();
    newest.unwrap_or_else(|| tmx_date(0))
}

/// A release that could not be aligned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The release ID.
    pub release: String,
    /// Why.
    pub reason: String,
}

/// A version left out because its body is in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mislabelled {
    /// The release ID.
    pub release: String,
    /// The language the version is filed as.
    pub lang: Lang,
    /// The language its body was detected as.
    pub detected: Lang,
}

/// What an export did.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Releases read.
    pub releases: usize,
    /// Releases aligned and joined.
    pub aligned: usize,
    /// Releases with no version in the selected languages.
    pub skipped: usize,
    /// Releases that failed, in ID order.
    pub failed: Vec<Failure>,
    /// Versions left out by [`Options::skip_mislabelled`], in ID order.
    pub mislabelled: Vec<Mislabelled>,
    /// Units joined, before filtering.
    pub units: usize,
    /// Units written.
    pub written: usize,
    /// Units each filter removed.
    pub removed: Removed,
}

/// Aligns and joins `releases` (in parallel, `opts.chunk` at a time, each
/// block of [`join::WINDOW`] with the lengths it expects), filters the units
/// and writes them in release order. `progress` hears how many releases each
/// finished block held. A release that fails (an invalid alignment, or a
/// panic in the aligner) is recorded in the summary and the others carry on;
/// only a write error stops the export.
pub fn export(
    releases: &[Release],
    plan: &Plan,
    opts: &Options,
    exporter: &mut dyn Exporter,
    progress: &mut dyn FnMut(usize),
) -> Result<Summary> {
    let mut stream = Stream::new(opts);
    for window in releases.chunks(join::WINDOW) {
        stream.write(window, plan, opts, exporter)?;
        progress(window.len());
    }
    stream.finish(exporter)
}

/// An export fed its releases a chunk at a time, in release order: what
/// [`export`] does over a slice, for an archive read a window at a time.
pub struct Stream {
    filter: Filter,
    summary: Summary,
}

impl Stream {
    /// An export that has written nothing yet.
    pub fn new(opts: &Options) -> Self {
        Stream {
            filter: Filter::new(opts.filters.clone()),
            summary: Summary::default(),
        }
    }

    /// Aligns `window`, one block of [`join::WINDOW`] consecutive releases
    /// in release order (the last may be shorter), with the lengths it
    /// expects of each language ([`join::with_expected_lengths`]: a page
    /// cut short is then aligned on its kept text, not shifted), and writes
    /// its units in order, `opts.chunk` releases aligned in parallel at a
    /// time.
    pub fn write(
        &mut self,
        window: &[Release],
        plan: &Plan,
        opts: &Options,
        exporter: &mut dyn Exporter,
    ) -> Result<()> {
        let opts = Options {
            align: join::with_expected_lengths(&opts.align, window),
            ..opts.clone()
        };
        for chunk in window.chunks(opts.chunk.max(1)) {
            self.write_chunk(chunk, plan, &opts, exporter)?;
        }
        Ok(())
    }

    fn write_chunk(
        &mut self,
        chunk: &[Release],
        plan: &Plan,
        opts: &Options,
        exporter: &mut dyn Exporter,
    ) -> Result<()> {
        let results: Vec<Result<Option<Vec<TranslationUnit>>>> =
            chunk.par_iter().map(|r| join_one(r, plan, opts)).collect();
        let summary = &mut self.summary;
        summary.releases += chunk.len();
        for (release, result) in chunk.iter().zip(results) {
            if opts.skip_mislabelled {
                summary.mislabelled.extend(mislabelled(release));
            }
            match result {
                Ok(None) => summary.skipped += 1,
                Ok(Some(units)) => write(&units, &mut self.filter, exporter, summary)?,
                Err(e) => summary.failed.push(Failure {
                    release: release.id.clone(),
                    reason: e.to_string(),
                }),
            }
        }
        Ok(())
    }

    /// Closes the output and says what was done.
    pub fn finish(mut self, exporter: &mut dyn Exporter) -> Result<Summary> {
        self.summary.removed = self.filter.removed;
        exporter.finish()?;
        Ok(self.summary)
    }
}

/// Writes the units of one release that pass `filter`.
fn write(
    units: &[TranslationUnit],
    filter: &mut Filter,
    exporter: &mut dyn Exporter,
    summary: &mut Summary,
) -> Result<()> {
    summary.aligned += 1;
    summary.units += units.len();
    for unit in units.iter().filter(|u| filter.keep(u)) {
        exporter.unit(unit)?;
        summary.written += 1;
    }
    Ok(())
}

fn mislabelled(release: &Release) -> impl Iterator<Item = Mislabelled> + '_ {
    release.versions.iter().filter_map(|(&lang, doc)| {
        let detected = doc.detected.filter(|&d| d != lang)?;
        Some(Mislabelled {
            release: release.id.clone(),
            lang,
            detected,
        })
    })
}

/// Joins one release (`None`: no version to align), turning an aligner panic into
/// an error so one bad release does not take the archive down.
fn join_one(
    release: &Release,
    plan: &Plan,
    opts: &Options,
) -> Result<Option<Vec<TranslationUnit>>> {
    let kept;
    let release = if opts.skip_mislabelled && release.versions.values().any(|d| d.is_mislabelled())
    {
        let mut copy = release.clone();
        copy.versions.retain(|_, d| !d.is_mislabelled());
        kept = copy;
        &kept
    } else {
        release
    };
    if join::release_pivot(release, &plan.ranking).is_none() {
        return Ok(None);
    }
    let run = || join::join_release(release, &plan.ranking, &opts.langs, opts.level, &opts.align);
    let joined = panic::catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(Error::Invalid(format!(
            "release {}: the aligner panicked: {what}",
            release.id
        )))
    });
    joined.map(Some)
}
