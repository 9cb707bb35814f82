//! A folder read in bounded memory: a first pass keeps, per page, only what
//! grouping and the archive-wide choices need (release ID, language, the
//! duplicate rule's rank, dates), sorted by release ID on disk
//! ([`super::sort`]); then [`Index::windows`] parses a few releases at a
//! time, in release order. The releases equal those of
//! [`read_dir_with`](super::read_dir_with), which holds the whole archive.
//!
//! Each page is thus parsed twice; the costly steps are not done twice:
//! the first pass does not segment sentences, and the second takes the
//! body's language from the first instead of running the detector again.
//!
//! ```no_run
//! use paralign::release::{Index, ReadOptions};
//!
//! let index = Index::build("corpus".as_ref(), &ReadOptions::default())?;
//! println!("{} releases, {} unusable files", index.census().releases, index.problems().len());
//! for window in index.windows(64) {
//!     for release in window?.releases {
//!         println!("{}", release.id);
//!     }
//! }
//! # Ok::<(), paralign::Error>(())
//! ```

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::page::Pass;
use super::raw_path::RawPath;
use super::read::{self, Walked};
use super::sort::{RUN_RECORDS, Sorter};
use super::{Census, Document, Duplicate, Problem, ReadOptions, Release, group};
use crate::{Error, Lang, Result, join};

/// Pages parsed at once in the first pass.
const BATCH: usize = 256;

/// One readable page, as the first pass keeps it.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Page {
    number: u32,
    id: String,
    lang: Lang,
    class: u8,
    body: usize,
    path: RawPath,
    date: Option<String>,
    id_date: Option<String>,
    declared: Vec<Lang>,
    usable: bool,
    detected: Option<Lang>,
}

impl Page {
    fn of(doc: &Document) -> Page {
        let (class, body) = group::keep_class(doc);
        Page {
            number: doc.header.number,
            id: doc.header.id.clone(),
            lang: doc.lang,
            class,
            body,
            path: RawPath(doc.path.clone()),
            date: doc.header.date.clone(),
            id_date: doc.header.id_date.clone(),
            declared: doc.header.declared.clone(),
            usable: join::is_usable(doc),
            detected: doc.detected,
        }
    }

    fn release(&self) -> (u32, &str) {
        (self.number, &self.id)
    }
}

/// Release order, then language, then the duplicate rule: the first page
/// of each language of a release is the one kept.
impl Ord for Page {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let key = |p: &Page| {
            (
                p.number,
                p.id.clone(),
                p.lang,
                group::rank(p.class, p.body, &p.path.0),
            )
        };
        key(self).cmp(&key(other))
    }
}

impl PartialOrd for Page {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A release as the index keeps it: its files, not their text.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    id: String,
    number: u32,
    date: Option<String>,
    declared: Vec<Lang>,
    /// Language, file, and the language its body was detected as.
    versions: Vec<(Lang, RawPath, Option<Lang>)>,
    /// Language, kept file, dropped file.
    duplicates: Vec<(Lang, RawPath, RawPath)>,
}

/// The first pass over a folder: releases as lists of files, in release
/// order, kept in a temporary file; the archive's [`Census`]; the files
/// that could not be used.
pub struct Index {
    census: Census,
    problems: Vec<Problem>,
    entries: tempfile::NamedTempFile,
    opts: ReadOptions,
}

impl Index {
    /// Reads every page below `dir` once (in parallel, a batch at a time)
    /// and groups them as [`read_dir_with`](super::read_dir_with) does.
    /// Memory holds a batch of pages and a run of the sort, plus the names
    /// of the pages without an ID line (plain documents), whose release
    /// name depends on all of them.
    pub fn build(dir: &Path, opts: &ReadOptions) -> Result<Index> {
        read::ensure_dir(dir)?;
        let io = |e| Error::io(dir, e);
        let mut pass = FirstPass::new(*opts);
        for entry in read::entries(dir, false) {
            pass.add(entry).map_err(io)?;
        }
        pass.flush().map_err(io)?;
        let FirstPass {
            mut sorter,
            plain,
            mut problems,
            pages,
            skipped,
            ..
        } = pass;
        let names = group::name_plain(plain.iter().map(|p| p.path.0.clone()), dir);
        for (page, (_, name)) in plain.into_iter().zip(names) {
            sorter
                .push(Page {
                    number: 0,
                    id: name,
                    ..page
                })
                .map_err(io)?;
        }
        if pages == 0 && problems.is_empty() {
            problems.push(read::no_pages(dir, skipped));
        }
        read::sort_problems(&mut problems);
        let (census, entries) = write_entries(sorter.finish().map_err(io)?).map_err(io)?;
        Ok(Index {
            census,
            problems,
            entries,
            opts: *opts,
        })
    }

    /// What is known of all releases.
    pub fn census(&self) -> &Census {
        &self.census
    }

    /// Files that could not be used, sorted by path.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The releases, `size` at a time (at least 1), in release order; each
    /// window's pages are parsed in parallel.
    pub fn windows(&self, size: usize) -> Windows<'_> {
        let (lines, error) = match self.entries.reopen() {
            Ok(f) => (Some(BufReader::new(f).lines()), None),
            Err(e) => (None, Some(e)),
        };
        Windows {
            index: self,
            lines,
            error,
            size: size.max(1),
        }
    }
}

/// The state of the first pass.
struct FirstPass {
    opts: ReadOptions,
    batch: Vec<PathBuf>,
    sorter: Sorter<Page>,
    plain: Vec<Page>,
    problems: Vec<Problem>,
    pages: usize,
    skipped: usize,
}

impl FirstPass {
    fn new(opts: ReadOptions) -> Self {
        FirstPass {
            opts,
            batch: Vec::with_capacity(BATCH),
            sorter: Sorter::new(RUN_RECORDS),
            plain: Vec::new(),
            problems: Vec::new(),
            pages: 0,
            skipped: 0,
        }
    }

    fn add(&mut self, entry: Walked) -> io::Result<()> {
        match entry {
            Walked::Page(path) => {
                self.pages += 1;
                self.batch.push(path);
                if self.batch.len() >= BATCH {
                    self.flush()?;
                }
            }
            Walked::Skipped => self.skipped += 1,
            Walked::Problem(p) => self.problems.push(p),
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        let opts = self.opts;
        let parsed: Vec<_> = self
            .batch
            .par_iter()
            .map(|p| read::read_page(p, &opts, Pass::Unsegmented).map(|doc| Page::of(&doc)))
            .collect();
        self.batch.clear();
        for result in parsed {
            match result {
                Ok(page) if page.id.is_empty() => self.plain.push(page),
                Ok(page) => self.sorter.push(page)?,
                Err(problem) => self.problems.push(problem),
            }
        }
        Ok(())
    }
}

/// Groups the sorted pages into entries, written as JSON lines.
fn write_entries(
    pages: impl Iterator<Item = io::Result<Page>>,
) -> io::Result<(Census, tempfile::NamedTempFile)> {
    let mut file = tempfile::NamedTempFile::new()?;
    let mut census = Census::default();
    {
        let mut out = BufWriter::new(file.as_file_mut());
        let mut group: Vec<Page> = Vec::new();
        for page in pages {
            let page = page?;
            if group.first().is_some_and(|g| g.release() != page.release()) {
                write_entry(std::mem::take(&mut group), &mut census, &mut out)?;
            }
            group.push(page);
        }
        if !group.is_empty() {
            write_entry(group, &mut census, &mut out)?;
        }
        out.flush()?;
    }
    Ok((census, file))
}

/// One release from its pages (sorted by language, then the duplicate rule).
fn write_entry(pages: Vec<Page>, census: &mut Census, out: &mut impl Write) -> io::Result<()> {
    let dates = pages
        .iter()
        .map(|p| (p.date.as_deref(), p.id_date.as_deref()));
    let mut entry = Entry {
        id: pages[0].id.clone(),
        number: pages[0].number,
        date: group::release_date(dates),
        declared: group::declared(pages.iter().map(|p| p.declared.as_slice())),
        versions: Vec::new(),
        duplicates: Vec::new(),
    };
    let mut usable = Vec::new();
    for page in pages {
        match entry.versions.last() {
            Some((lang, kept, _)) if *lang == page.lang => {
                entry.duplicates.push((page.lang, kept.clone(), page.path));
            }
            _ => {
                usable.push((page.lang, page.usable));
                entry.versions.push((page.lang, page.path, page.detected));
            }
        }
    }
    census.add(entry.date.as_deref(), &entry.declared, usable.into_iter());
    serde_json::to_writer(&mut *out, &entry)?;
    out.write_all(b"\n")
}

/// Releases parsed a window at a time; see [`Index::windows`].
pub struct Windows<'a> {
    index: &'a Index,
    lines: Option<io::Lines<BufReader<File>>>,
    error: Option<io::Error>,
    size: usize,
}

/// Some releases of an [`Index`], parsed.
#[derive(Debug)]
pub struct Window {
    /// The releases, in release order.
    pub releases: Vec<Release>,
    /// Pages that could be read in the first pass but not now (changed
    /// meanwhile); their release goes on without them.
    pub problems: Vec<Problem>,
}

impl Iterator for Windows<'_> {
    type Item = Result<Window>;

    fn next(&mut self) -> Option<Self::Item> {
        let path = self.index.entries.path();
        if let Some(e) = self.error.take() {
            return Some(Err(Error::io(path, e)));
        }
        let lines = self.lines.as_mut()?;
        let mut entries = Vec::with_capacity(self.size);
        for line in lines.by_ref().take(self.size) {
            match line.and_then(|l| Ok(serde_json::from_str::<Entry>(&l)?)) {
                Ok(e) => entries.push(e),
                Err(e) => {
                    self.lines = None;
                    return Some(Err(Error::io(path, e)));
                }
            }
        }
        (!entries.is_empty()).then(|| Ok(parse_window(entries, &self.index.opts)))
    }
}

/// Parses the kept pages of `entries` in parallel.
fn parse_window(entries: Vec<Entry>, opts: &ReadOptions) -> Window {
    let jobs: Vec<(usize, &Path, Option<Lang>)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.versions
                .iter()
                .map(move |(_, p, d)| (i, p.0.as_path(), *d))
        })
        .collect();
    let parsed: Vec<_> = jobs
        .par_iter()
        .map(|&(i, p, detected)| (i, read::read_page(p, opts, Pass::Detected(detected))))
        .collect();
    let mut versions: Vec<BTreeMap<Lang, Document>> = vec![BTreeMap::new(); entries.len()];
    let mut problems = Vec::new();
    for (i, result) in parsed {
        match result {
            Ok(doc) => {
                versions[i].insert(doc.lang, doc);
            }
            Err(problem) => problems.push(problem),
        }
    }
    let releases = entries
        .into_iter()
        .zip(versions)
        .map(|(e, versions)| Release {
            id: e.id,
            number: e.number,
            date: e.date,
            declared: e.declared,
            versions,
            duplicates: e
                .duplicates
                .into_iter()
                .map(|(lang, kept, dropped)| Duplicate {
                    lang,
                    kept: kept.0,
                    dropped: dropped.0,
                })
                .collect(),
        })
        .collect();
    Window { releases, problems }
}
