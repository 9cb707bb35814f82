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

mod census;
mod chrome;
mod date;
mod decode;
pub mod detect;
mod doc_type;
mod encoding;
mod group;
mod group_input;
mod header;
mod index;
mod invisible;
pub mod months;
mod page;
pub mod path_lang;
mod raw_path;
mod read;
mod report;
mod sort;
mod synth;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::Lang;
use crate::segment::Paragraph;

pub use census::Census;
pub use decode::MAX_LINE_BYTES;
pub use detect::detect;
pub use encoding::encoding_from_label;
pub use encoding_rs::Encoding;
pub use group::group_key;
pub use group_input::{PageGroup, PageKey, PageText};
pub use index::{Index, Window, Windows};
pub use page::{parse_document, parse_document_with};
pub use path_lang::lang_from_path;
pub use read::{
    DEFAULT_MAX_PAGE_SIZE, ReadOptions, is_release_candidate, read_dir, read_dir_with, read_pages,
};
pub use report::{Mislabel, ReleaseSummary, ScanReport, ScanStream, VersionSummary};
pub use synth::{Rng, Synth};

/// The metadata block at the top of a scraped page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Header {
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Publication time, `HH:MM`.
    pub time: Option<String>,
    /// The release title.
    pub title: String,
    /// The release ID exactly as written, e.g. `2065-26-11-2020`; empty for
    /// a page without an ID line (a plain document), whose release is then
    /// named after the file (see [`read_dir`]).
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

    /// For unit tests: a document filed as `r.<lang>.txt` in `lang`, one
    /// paragraph per text, the k-th starting on line 17 + 2k.
    #[cfg(test)]
    pub(crate) fn for_test(lang: Lang, paragraphs: &[&str]) -> Document {
        Document {
            path: format!("r.{lang}.txt").into(),
            header: Header::default(),
            lang,
            path_lang: Some(lang),
            detected: None,
            paragraphs: paragraphs
                .iter()
                .enumerate()
                .map(|(k, t)| Paragraph::new(17 + 2 * k, t.to_string(), lang))
                .collect(),
            warnings: Vec::new(),
        }
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
    /// For an unreadable file: the language its path names, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// For an unreadable file: the release ID, when a line holding one could
    /// still be read; with [`Problem::lang`] it tells which version of which
    /// release is unreadable rather than missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
}

impl Problem {
    /// A problem with `file` at `line` (0: the whole file), no language or release.
    pub fn new(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Problem {
            file: file.into(),
            line,
            message: message.into(),
            lang: None,
            release: None,
        }
    }
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
    /// The release ID, e.g. `2065-26-11-2020`; for plain documents without
    /// an ID line, the name their files share (`report`, `2021/report`).
    pub id: String,
    /// The running number of the ID; 0 for a release named after its files.
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
    /// Files that could not be read or parsed, and entries that are not
    /// regular files (FIFOs, sockets, devices, broken links), sorted by path.
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
