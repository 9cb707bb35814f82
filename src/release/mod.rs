//! Step 1: scraped page -> [`Document`]; documents grouped by release ID into [`Release`]s.
//!
//! (Skeleton: the parser replaces the stub bodies below; the types are the contract.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::segment::Paragraph;
use crate::{Lang, Result};

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

/// Parses one scraped page from its raw bytes.
pub fn parse_document(path: &Path, _bytes: &[u8]) -> Result<Document> {
    Err(crate::Error::parse(
        path,
        0,
        "release parser not implemented yet",
    ))
}

/// Reads every file below `dir` (recursively, in parallel) and groups them by release ID.
/// Fails only when `dir` itself cannot be read.
pub fn read_dir(dir: &Path) -> Result<Archive> {
    let _ = dir;
    Ok(Archive::default())
}
