//! Step 1: scraped page -> [`Document`]; documents grouped by release ID into [`Release`]s.
//!
//! A page of the archive looks like this (`·` marks a line holding only a
//! no-break space):
//!
//! ```text
//! 26 November 202018:51        date and time, the scraper glues year and time
//! Title of the release         may run over several lines, up to a blank line
//! 2065-26-11-2020              release ID: running number and date
//!   • de-DE1 en-GB1 fr-FR1     declared versions (the trailing digit is an artefact)
//! ·
//! PRESS RELEASE                document type
//! First paragraph …            body: paragraphs separated by blank lines
//! ·
//! x                            trailing chrome, dropped
//! Additional search tools      localised link; it and everything after is dropped
//! ```
//!
//! ```no_run
//! let archive = paralign::release::read_dir(std::path::Path::new("corpus"))?;
//! for release in &archive.releases {
//!     println!("{} {:?} missing {:?}", release.id, release.date, release.missing());
//! }
//! # Ok::<(), paralign::Error>(())
//! ```

mod chrome;
mod date;
mod decode;
pub mod detect;
mod doc_type;
mod group;
mod header;
mod months;
pub mod path_lang;
mod report;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::segment::Paragraph;
use crate::{Error, Lang, Result};

pub use decode::MAX_LINE_BYTES;
pub use detect::detect;
pub use group::{is_release_candidate, read_dir};
pub use path_lang::lang_from_path;
pub use report::{Mislabel, ReleaseSummary, ScanReport, VersionSummary};

/// The metadata block at the top of a scraped page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Header {
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Publication time, `HH:MM`.
    pub time: Option<String>,
    /// The release title.
    pub title: String,
    /// The release ID exactly as written, e.g. `2065-26-11-2020`.
    pub id: String,
    /// The running number of the ID (`2065`).
    pub number: u32,
    /// The date part of the ID, ISO `YYYY-MM-DD`.
    pub id_date: Option<String>,
    /// Languages listed on the bullet line, in the order given.
    pub declared: Vec<Lang>,
    /// The document-type line (e.g. `PRESSEMITTEILUNG`), kept out of the body.
    pub doc_type: Option<String>,
    /// 1-based line of the release-ID line.
    pub id_line: usize,
}

/// One language version of a release: one parsed file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// The file it was read from.
    pub path: PathBuf,
    /// The parsed header.
    pub header: Header,
    /// The language the file is filed as (from the path, else the header's own
    /// language such as month names and document type, else the body).
    pub lang: Lang,
    /// The language named by the path (`…/de/…`, `….de.txt`, `…_de.txt`), if any.
    pub path_lang: Option<Lang>,
    /// The language detected from the body text, if the body is long enough to tell.
    pub detected: Option<Lang>,
    /// The body, chrome stripped, segmented with the detected language.
    pub paragraphs: Vec<Paragraph>,
    /// Non-fatal observations while parsing (e.g. the ID date disagrees with the header date).
    pub warnings: Vec<Problem>,
}

impl Document {
    /// True when the body is written in another language than the one it is filed as.
    pub fn is_mislabelled(&self) -> bool {
        self.detected.is_some_and(|d| d != self.lang)
    }
}

/// A file paralign could not use, or a non-fatal remark about one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file involved.
    pub file: PathBuf,
    /// 1-based line (0 when it concerns the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Two files for the same release and language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// The language both files are filed as.
    pub lang: Lang,
    /// The file the pipeline uses.
    pub kept: PathBuf,
    /// The file set aside.
    pub dropped: PathBuf,
}

/// All language versions of one press release.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Release {
    /// The release ID, e.g. `2065-26-11-2020`.
    pub id: String,
    /// The running number of the ID.
    pub number: u32,
    /// The publication date (ISO) agreed by most versions.
    pub date: Option<String>,
    /// Declared languages: the union of the versions' bullet lines.
    pub declared: Vec<Lang>,
    /// One document per language.
    pub versions: BTreeMap<Lang, Document>,
    /// Files set aside because another file had the same release and language.
    pub duplicates: Vec<Duplicate>,
}

impl Release {
    /// Declared languages with no document.
    pub fn missing(&self) -> Vec<Lang> {
        self.declared
            .iter()
            .copied()
            .filter(|l| !self.versions.contains_key(l))
            .collect()
    }
}

/// Everything read from a folder: the releases, and the files that could not be used.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Archive {
    /// Releases sorted by ID.
    pub releases: Vec<Release>,
    /// Files that could not be read or parsed, sorted by path.
    pub problems: Vec<Problem>,
}

impl fmt::Display for Problem {
    /// `file:line: message`, or `file: message` when it concerns the whole file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file.display(), self.message),
            line => write!(f, "{}:{line}: {}", self.file.display(), self.message),
        }
    }
}

/// Parses one scraped page from its raw bytes.
///
/// Fails, naming the file and line, on binary or non-UTF-8 input, an empty
/// page, an over-long line, an unknown month name, a missing release ID, or
/// a page whose language cannot be told at all. The filed language
/// ([`Document::lang`]) is the path's, else the header's (document type, then
/// an unambiguous month name, then the title), else the body's.
pub fn parse_document(path: &Path, bytes: &[u8]) -> Result<Document> {
    let text = decode::decode(path, bytes)?;
    let lines: Vec<&str> = text.split('\n').collect();
    let parsed = header::parse(path, &lines)?;
    let numbered = lines.iter().enumerate().map(|(i, l)| (i + 1, *l));
    let blocks = chrome::blocks(numbered.skip(parsed.body_start));
    let detected = detect_blocks(&blocks);
    let path_lang = path_lang::lang_from_path(path);
    let header_lang = parsed.lang.or_else(|| detect::detect(&parsed.header.title));
    let lang = path_lang.or(header_lang).or(detected).ok_or_else(|| {
        let message = "cannot tell the language: not in the path, the header or the body";
        Error::parse(path, 0, message)
    })?;
    let warnings = warnings(path, &parsed, path_lang, blocks.is_empty());
    let segment_as = detected.unwrap_or(lang);
    Ok(Document {
        path: path.to_path_buf(),
        header: parsed.header,
        lang,
        path_lang,
        detected,
        paragraphs: blocks
            .into_iter()
            .map(|b| Paragraph::new(b.line, b.text, segment_as))
            .collect(),
        warnings,
    })
}

/// The header's remarks, plus an empty body and a path that contradicts the
/// header's own language.
fn warnings(
    path: &Path,
    parsed: &header::Parsed,
    path_lang: Option<Lang>,
    empty_body: bool,
) -> Vec<Problem> {
    let mut out: Vec<Problem> = parsed
        .warnings
        .iter()
        .map(|(line, message)| problem(path, *line, message.clone()))
        .collect();
    if empty_body {
        out.push(problem(path, 0, "no body text after the header".into()));
    }
    if let (Some(p), Some(h)) = (path_lang, parsed.lang)
        && p != h
    {
        let message = format!("the path says {p} but the header is written in {h}");
        out.push(problem(path, 0, message));
    }
    out
}

fn problem(path: &Path, line: usize, message: String) -> Problem {
    Problem {
        file: path.to_path_buf(),
        line,
        message,
    }
}

/// Detects the body language from its first paragraphs, never reading more
/// than the detector's sample size however long the body is.
fn detect_blocks(blocks: &[chrome::Block]) -> Option<Lang> {
    let mut sample = String::new();
    for block in blocks {
        if sample.len() >= detect::SAMPLE_BYTES {
            break;
        }
        let room = detect::SAMPLE_BYTES - sample.len();
        let mut end = block.text.len().min(room);
        while !block.text.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&block.text[..end]);
        sample.push('\n');
    }
    detect::detect(&sample)
}
