//! Documents -> releases grouped by ID (or, for plain documents, by file
//! name), with the duplicate rule.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::path_lang::{is_code, stem_without_lang};
use super::{Document, Duplicate, Problem, Release};
use crate::Lang;

/// Groups `documents` read below `dir` into releases (see [`super::read_dir`]).
pub fn group(documents: Vec<Document>, dir: &Path) -> Vec<Release> {
    let names = plain_names(&documents, dir);
    let mut by_id: BTreeMap<(u32, String), Vec<Document>> = BTreeMap::new();
    for doc in documents {
        let key = match names.get(&doc.path) {
            Some(name) => (0, name.clone()),
            None => (doc.header.number, doc.header.id.clone()),
        };
        by_id.entry(key).or_default().push(doc);
    }
    by_id
        .into_iter()
        .map(|((number, id), docs)| build(id, number, docs))
        .collect()
}

fn build(id: String, number: u32, docs: Vec<Document>) -> Release {
    let dates = docs
        .iter()
        .map(|d| (d.header.date.as_deref(), d.header.id_date.as_deref()));
    let date = release_date(dates);
    let declared = declared(docs.iter().map(|d| d.header.declared.as_slice()));
    let mut by_lang: BTreeMap<Lang, Vec<Document>> = BTreeMap::new();
    for doc in docs {
        by_lang.entry(doc.lang).or_default().push(doc);
    }
    let mut versions = BTreeMap::new();
    let mut duplicates = Vec::new();
    for (lang, mut candidates) in by_lang {
        candidates.sort_by_cached_key(keep_rank);
        let mut rest = candidates.into_iter();
        let kept = rest
            .next()
            .expect("a language entry holds at least one document");
        duplicates.extend(rest.map(|dropped| Duplicate {
            lang,
            kept: kept.path.clone(),
            dropped: dropped.path,
        }));
        versions.insert(lang, kept);
    }
    Release {
        id,
        number,
        date,
        declared,
        versions,
        duplicates,
    }
}

/// What a distributed run groups a page by before reading its release:
/// the ID's running number and ID, or for a plain document `(0, stem)`,
/// since the release names of plain documents sharing a stem depend on
/// each other (see [`read_dir`](super::read_dir)) and must be read together.
pub fn group_key(doc: &Document, dir: &Path) -> (u32, String) {
    if doc.header.id.is_empty() {
        (0, folder_and_stem(&doc.path, dir).1)
    } else {
        (doc.header.number, doc.header.id.clone())
    }
}

/// The release name of every document without an ID.
fn plain_names(documents: &[Document], dir: &Path) -> BTreeMap<PathBuf, String> {
    let paths = documents
        .iter()
        .filter(|d| d.header.id.is_empty())
        .map(|d| d.path.clone());
    name_plain(paths, dir).into_iter().collect()
}

/// The release name of each path of a document without an ID: its file
/// name without language part, prefixed by its folder (language folders
/// left out) when the same name stands in two folders.
pub(super) fn name_plain(
    paths: impl Iterator<Item = PathBuf>,
    dir: &Path,
) -> Vec<(PathBuf, String)> {
    let placed: Vec<(PathBuf, String, String)> = paths
        .map(|path| {
            let (folder, stem) = folder_and_stem(&path, dir);
            (path, folder, stem)
        })
        .collect();
    let mut folders: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (_, folder, stem) in &placed {
        folders.entry(stem).or_default().insert(folder);
    }
    let clashes: BTreeSet<String> = folders
        .into_iter()
        .filter(|(_, f)| f.len() > 1)
        .map(|(stem, _)| stem.to_string())
        .collect();
    placed
        .into_iter()
        .map(|(path, folder, stem)| {
            let name = if clashes.contains(&stem) && !folder.is_empty() {
                format!("{folder}/{stem}")
            } else {
                stem
            };
            (path, name)
        })
        .collect()
}

/// The publication date most versions agree on: of their header dates
/// (a tie going to the date of the release ID, which names the release),
/// else the date of their IDs (each item: `(date, id_date)`).
pub(super) fn release_date<'a>(
    dates: impl Iterator<Item = (Option<&'a str>, Option<&'a str>)> + Clone,
) -> Option<String> {
    let id_date = majority(dates.clone().filter_map(|(_, id_date)| id_date), None);
    majority(dates.filter_map(|(date, _)| date), id_date)
        .or(id_date)
        .map(str::to_string)
}

/// The union of the versions' declared languages, in [`Lang`] order.
pub(super) fn declared<'a>(lists: impl Iterator<Item = &'a [Lang]> + Clone) -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|l| lists.clone().any(|list| list.contains(l)))
        .collect()
}

/// The folder below `dir` (language folders left out, `/`-joined) and the
/// language-free stem; `de.txt` takes its folder's name as stem.
fn folder_and_stem(path: &Path, dir: &Path) -> (String, String) {
    let relative = path.strip_prefix(dir).unwrap_or(path);
    let mut folders: Vec<String> = relative
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .filter_map(|c| c.as_os_str().to_str())
        .filter(|c| !is_code(c))
        .map(str::to_string)
        .collect();
    let stem = stem_without_lang(path)
        .or_else(|| folders.pop())
        .unwrap_or_else(|| "untitled".to_string());
    (folders.join("/"), stem)
}

/// Smaller is better: detection agrees with the filing, then undetected but
/// real text, then another language, then not text at all; then longer
/// body, shallower path, first path.
fn keep_rank(doc: &Document) -> Rank {
    let (class, body) = keep_class(doc);
    rank(class, body, &doc.path)
}

/// What the duplicate rule sorts by; smaller is kept.
pub(super) type Rank = (u8, Reverse<usize>, usize, PathBuf);

/// The rank of a document of `class` and `body` bytes at `path`.
pub(super) fn rank(class: u8, body: usize, path: &Path) -> Rank {
    (
        class,
        Reverse(body),
        path.components().count(),
        path.to_path_buf(),
    )
}

/// The class of the duplicate rule and the body length, in bytes.
pub(super) fn keep_class(doc: &Document) -> (u8, usize) {
    let body: usize = doc.paragraphs.iter().map(|p| p.text.len()).sum();
    let class = match doc.detected {
        Some(d) if d == doc.lang => 0,
        None if is_text(doc) => 1,
        Some(_) => 2,
        None => 3,
    };
    (class, body)
}

/// True when at least half the body's visible characters are letters: a
/// table of figures or a page of `----` and `***` is not text to align.
fn is_text(doc: &Document) -> bool {
    let (mut letters, mut visible) = (0usize, 0usize);
    for c in doc.paragraphs.iter().flat_map(|p| p.text.chars()) {
        visible += usize::from(!c.is_whitespace());
        letters += usize::from(c.is_alphabetic());
    }
    letters * 2 >= visible
}

/// The most frequent value; ties go to `preferred`, else to the smallest,
/// so the answer is stable.
fn majority<'a>(values: impl Iterator<Item = &'a str>, preferred: Option<&str>) -> Option<&'a str> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    let mut tied = counts
        .into_iter()
        .filter(|&(_, c)| c == best)
        .map(|(v, _)| v);
    let first = tied.next()?;
    Some(
        std::iter::once(first)
            .chain(tied)
            .find(|v| Some(*v) == preferred)
            .unwrap_or(first),
    )
}

impl Release {
    /// Every version's parse warnings, then one per version whose header date
    /// differs from the release date.
    ///
    /// A version whose own release ID carries the release date already got a
    /// parse warning saying its ID and header dates differ; that warning is
    /// replaced by the release-level one, which points at the header line
    /// that is wrong, so the same fact is not stated twice.
    pub fn warnings(&self) -> Vec<Problem> {
        let mut out: Vec<Problem> = self
            .versions
            .values()
            .flat_map(|d| {
                let restated = self.off_date(d).is_some() && d.header.id_date == self.date;
                d.warnings.iter().filter(move |w| {
                    !(restated
                        && w.line == d.header.id_line
                        && w.message.starts_with("release ID date"))
                })
            })
            .cloned()
            .collect();
        for doc in self.versions.values() {
            if let Some((own, date)) = self.off_date(doc) {
                let also = if doc.header.id_date == self.date {
                    ", which its own release ID states"
                } else {
                    ""
                };
                let message =
                    format!("header date {own} differs from the release date {date}{also}");
                out.push(Problem::new(&doc.path, 1, message));
            }
        }
        out
    }

    /// The version's header date and the release date, when both are known
    /// and differ.
    fn off_date<'a>(&'a self, doc: &'a Document) -> Option<(&'a str, &'a str)> {
        match (&doc.header.date, &self.date) {
            (Some(own), Some(date)) if own != date => Some((own.as_str(), date.as_str())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn majority_prefers_count_then_the_preferred_then_smallest() {
        assert_eq!(majority(["b", "a", "b"].into_iter(), Some("a")), Some("b"));
        assert_eq!(majority(["b", "a"].into_iter(), None), Some("a"));
        assert_eq!(majority(["b", "a"].into_iter(), Some("b")), Some("b"));
        assert_eq!(majority(std::iter::empty(), Some("b")), None);
    }

    /// Header dates outvote the ID's; a tie goes to the ID's; with no
    /// header date, the ID's is the release's.
    #[test]
    fn the_release_date_is_the_headers_majority_tied_by_the_id() {
        let date =
            |d: &[(Option<&'static str>, Option<&'static str>)]| release_date(d.iter().copied());
        let id = Some("2020-11-26");
        assert_eq!(
            date(&[
                (Some("2020-11-27"), id),
                (Some("2020-11-27"), id),
                (Some("2020-11-26"), id)
            ])
            .as_deref(),
            Some("2020-11-27")
        );
        assert_eq!(
            date(&[(Some("2020-11-27"), id), (Some("2020-11-26"), id)]).as_deref(),
            id
        );
        assert_eq!(date(&[(None, id), (None, id)]).as_deref(), id);
        assert_eq!(date(&[(None, None)]), None);
    }
}
