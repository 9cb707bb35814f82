//! What `paralign scan` shows: one summary per release, as a table or JSON.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use serde::Serialize;

use super::{Archive, Document, Duplicate, Problem, Release};
use crate::Lang;
use crate::table::{self, Spilled, pretty, rewind};

/// The scan of a folder: one summary per release and the unusable files.
/// `Serialize` gives the stable `--json` document; `Display` the table.
#[derive(Clone, Debug, Serialize)]
pub struct ScanReport {
    /// Releases sorted as in the [`Archive`].
    pub releases: Vec<ReleaseSummary>,
    /// Files that could not be read or parsed.
    pub problems: Vec<Problem>,
}

/// One release, as listed by `scan`.
#[derive(Clone, Debug, Serialize)]
pub struct ReleaseSummary {
    /// The release ID.
    pub id: String,
    /// Its running number.
    pub number: u32,
    /// ISO publication date agreed by most versions.
    pub date: Option<String>,
    /// The pivot `align` and `check` use for this release (see
    /// [`join::release_pivot`](crate::join::release_pivot)).
    pub pivot: Option<Lang>,
    /// Title in the pivot language (else the first version's).
    pub title: String,
    /// Declared languages.
    pub declared: Vec<Lang>,
    /// The version used for each language.
    pub versions: BTreeMap<Lang, VersionSummary>,
    /// Declared languages with no file.
    pub missing: Vec<Lang>,
    /// Languages with a file that no bullet line declares.
    pub undeclared: Vec<Lang>,
    /// Versions whose body is in another language than they are filed as.
    pub mislabelled: Vec<Mislabel>,
    /// Files set aside as duplicates.
    pub duplicates: Vec<Duplicate>,
    /// Non-fatal remarks on the versions.
    pub warnings: Vec<Problem>,
}

/// One language version, as listed by `scan`.
#[derive(Clone, Debug, Serialize)]
pub struct VersionSummary {
    /// The file.
    pub path: PathBuf,
    /// Language detected from the body, if it could be told.
    pub detected: Option<Lang>,
    /// Number of body paragraphs.
    pub paragraphs: usize,
    /// Number of sentences in them.
    pub sentences: usize,
    /// The version's own title.
    pub title: String,
}

/// A version filed as `lang` whose body is written in `detected`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mislabel {
    /// The language the file is filed (and declared) as.
    pub lang: Lang,
    /// The language its body is written in.
    pub detected: Lang,
}

impl ScanReport {
    /// Summarises `archive`; `pivot` names each release's pivot (the CLI
    /// passes [`join::release_pivot`](crate::join::release_pivot) over the
    /// archive's ranking, so that `scan` shows what `align` will use).
    pub fn new(archive: &Archive, pivot: impl Fn(&Release) -> Option<Lang>) -> Self {
        ScanReport {
            releases: archive
                .releases
                .iter()
                .map(|r| ReleaseSummary::new(r, pivot(r)))
                .collect(),
            problems: archive.problems.clone(),
        }
    }

    /// True when not a single release could be read.
    pub fn nothing_read(&self) -> bool {
        self.releases.is_empty()
    }
}

impl ReleaseSummary {
    /// Summarises `release`, whose pivot is `pivot`.
    pub fn new(release: &Release, pivot: Option<Lang>) -> Self {
        let titled = pivot
            .and_then(|p| release.versions.get(&p))
            .or_else(|| release.versions.values().next());
        ReleaseSummary {
            id: release.id.clone(),
            number: release.number,
            date: release.date.clone(),
            pivot,
            title: titled.map(|d| d.header.title.clone()).unwrap_or_default(),
            declared: release.declared.clone(),
            versions: release
                .versions
                .iter()
                .map(|(&lang, doc)| (lang, VersionSummary::new(doc)))
                .collect(),
            missing: release.missing(),
            undeclared: release
                .versions
                .keys()
                .copied()
                .filter(|l| !release.declared.contains(l))
                .collect(),
            mislabelled: release
                .versions
                .iter()
                .filter(|(_, d)| d.is_mislabelled())
                .filter_map(|(&lang, d)| d.detected.map(|detected| Mislabel { lang, detected }))
                .collect(),
            duplicates: release.duplicates.clone(),
            warnings: release.warnings(),
        }
    }

    /// The table cell for `lang`: `✓` present, `fr→en` present but written in
    /// another language, `missing` declared without a file, `·` not declared;
    /// ` undecl` is appended to a present version that no bullet line
    /// declares, ` dup` when a duplicate file was set aside.
    pub fn cell(&self, lang: Lang) -> String {
        let mut cell = match self.versions.get(&lang) {
            Some(v) => match v.detected.filter(|&d| d != lang) {
                Some(detected) => format!("{lang}→{detected}"),
                None => "✓".to_string(),
            },
            None if self.declared.contains(&lang) => "missing".to_string(),
            None => "·".to_string(),
        };
        if self.undeclared.contains(&lang) {
            cell.push_str(" undecl");
        }
        if self.duplicates.iter().any(|d| d.lang == lang) {
            cell.push_str(" dup");
        }
        cell
    }
}

impl VersionSummary {
    fn new(doc: &Document) -> Self {
        VersionSummary {
            path: doc.path.clone(),
            detected: doc.detected,
            paragraphs: doc.paragraphs.len(),
            sentences: doc.paragraphs.iter().map(|p| p.sentences.len()).sum(),
            title: doc.header.title.clone(),
        }
    }
}

/// Titles longer than this are cut with `…` so rows stay on one line.
const TITLE_WIDTH: usize = 44;

impl fmt::Display for ScanReport {
    /// The table, one row per release, and a closing count line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows: Vec<Vec<String>> = self.releases.iter().map(row).collect();
        for line in table::lines(&header_row(), &rows) {
            writeln!(f, "{line}")?;
        }
        writeln!(f, "{}", self.totals())
    }
}

fn header_row() -> Vec<String> {
    let mut row: Vec<String> = ["ID", "DATE", "TITLE"].map(String::from).to_vec();
    row.extend(Lang::ALL.map(|l| l.code().to_string()));
    row
}

fn row(summary: &ReleaseSummary) -> Vec<String> {
    let mut row = vec![
        summary.id.clone(),
        summary.date.clone().unwrap_or_else(|| "?".to_string()),
        shorten(&summary.title),
    ];
    row.extend(Lang::ALL.map(|l| summary.cell(l)));
    row
}

fn shorten(title: &str) -> String {
    if title.chars().count() <= TITLE_WIDTH {
        return title.to_string();
    }
    let cut: String = title.chars().take(TITLE_WIDTH - 1).collect();
    format!("{}…", cut.trim_end())
}

impl ScanReport {
    fn totals(&self) -> String {
        let mut totals = ScanTotals::default();
        self.releases.iter().for_each(|r| totals.add(r));
        totals.line(self.problems.len())
    }
}

/// The counts of the closing line of `scan`'s table.
#[derive(Clone, Copy, Debug, Default)]
struct ScanTotals {
    releases: usize,
    versions: usize,
    missing: usize,
    undeclared: usize,
    mislabelled: usize,
    duplicates: usize,
}

impl ScanTotals {
    fn add(&mut self, r: &ReleaseSummary) {
        self.releases += 1;
        self.versions += r.versions.len();
        self.missing += r.missing.len();
        self.undeclared += r.undeclared.len();
        self.mislabelled += r.mislabelled.len();
        self.duplicates += r.duplicates.len();
    }

    fn line(&self, problems: usize) -> String {
        format!(
            "{}, {}, {} missing, {} undeclared, {} mislabelled, {}, {}",
            plural(self.releases, "release"),
            plural(self.versions, "version"),
            self.missing,
            self.undeclared,
            self.mislabelled,
            plural(self.duplicates, "duplicate"),
            plural(problems, "problem")
        )
    }
}

/// [`ScanReport`] printed a release at a time, byte for byte as its
/// `Display` or `Serialize` would, so memory does not grow with the
/// archive: the table's rows wait in a temporary file until the column
/// widths are known, and so do the remarks for stderr.
pub struct ScanStream<W: Write> {
    out: W,
    json: bool,
    table: Spilled,
    warnings: BufWriter<File>,
    totals: ScanTotals,
}

impl<W: Write> ScanStream<W> {
    /// Starts the report on `out`, as pretty JSON with `json`.
    pub fn new(mut out: W, json: bool) -> io::Result<Self> {
        if json {
            out.write_all(b"{\n  \"releases\": [")?;
        }
        Ok(ScanStream {
            out,
            json,
            table: Spilled::new(header_row())?,
            warnings: BufWriter::new(tempfile::tempfile()?),
            totals: ScanTotals::default(),
        })
    }

    /// Adds the next release.
    pub fn add(&mut self, summary: &ReleaseSummary) -> io::Result<()> {
        if self.json {
            let sep = if self.totals.releases == 0 { "" } else { "," };
            write!(self.out, "{sep}\n    {}", pretty(summary, "    ")?)?;
        } else {
            self.table.push(&row(summary))?;
            for warning in &summary.warnings {
                let mut line = warning.clone();
                line.message.insert_str(0, "warning: ");
                writeln!(self.warnings, "{line}")?;
            }
        }
        self.totals.add(summary);
        Ok(())
    }

    /// Ends the report with every unusable file; returns the remarks for
    /// stderr in text mode (`file:line: warning: message` lines), else
    /// nothing, and whether any release was read.
    pub fn finish(mut self, problems: &[Problem]) -> io::Result<(Option<File>, bool)> {
        let read = self.totals.releases > 0;
        if self.json {
            let close = if read { "\n  ]" } else { "]" };
            writeln!(
                self.out,
                "{close},\n  \"problems\": {}\n}}",
                pretty(&problems, "  ")?
            )?;
            self.out.flush()?;
            return Ok((None, read));
        }
        self.table.write_to(&mut self.out)?;
        writeln!(self.out, "{}", self.totals.line(problems.len()))?;
        self.out.flush()?;
        Ok((Some(rewind(&mut self.warnings)?), read))
    }
}

fn plural(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}
