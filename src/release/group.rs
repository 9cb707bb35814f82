//! A folder of pages -> releases grouped by ID, with duplicates and problems.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::{Archive, Document, Duplicate, Problem, Release, parse_document};
use crate::{Error, Lang, Result};

/// File names that never hold a page: documentation and the outputs of the
/// later pipeline steps, which often sit next to the pages.
const SKIPPED_PREFIXES: &[&str] = &["readme", "license", "licence", "changelog", "notice"];
const SKIPPED_EXTENSIONS: &[&str] = &[
    "md", "markdown", "json", "jsonl", "tsv", "csv", "tmx", "xml", "toml", "yaml", "yml", "gold",
    "bak", "swp", "orig",
];

/// Whether [`read_dir`] reads the file at `path`.
///
/// Rule: every file is read except hidden ones (name starting with `.`, or
/// inside a hidden folder), backups (`…~`), names starting with README,
/// LICENSE, LICENCE, CHANGELOG or NOTICE (any case), and the extensions
/// md, markdown, json, jsonl, tsv, csv, tmx, xml, toml, yaml, yml, gold, bak,
/// swp, orig. Anything else that is not a page (an image, say) is reported
/// as a problem rather than silently ignored.
pub fn is_release_candidate(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    let lower = name.to_lowercase();
    let extension = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    !(lower.starts_with('.')
        || lower.ends_with('~')
        || SKIPPED_PREFIXES.iter().any(|p| lower.starts_with(p))
        || SKIPPED_EXTENSIONS.contains(&extension))
}

/// Reads every page below `dir` (recursively, in parallel) and groups them by
/// release ID. Fails only when `dir` itself cannot be read; every file that
/// cannot be used becomes a [`Problem`], and a folder with no page at all
/// gets one problem saying so.
///
/// Releases come sorted by running number, then ID; the result does not
/// depend on the number of threads. Of two files with the same release and
/// language, the one kept is, in this order: the one whose detected language
/// matches the language it is filed as; the one with the longer body; the one
/// nearer the top of the folder (a re-scrape in a `mirror/` subfolder loses to
/// the original); the one whose path sorts first.
pub fn read_dir(dir: &Path) -> Result<Archive> {
    let meta = fs::metadata(dir).map_err(|e| Error::io(dir, e))?;
    if !meta.is_dir() {
        let not_dir = io::Error::new(io::ErrorKind::NotADirectory, "not a directory");
        return Err(Error::io(dir, not_dir));
    }
    let (files, skipped, mut problems) = walk(dir);
    let parsed: Vec<Result<Document>> = files.par_iter().map(|p| read_one(p)).collect();
    let mut documents = Vec::with_capacity(parsed.len());
    for (result, path) in parsed.into_iter().zip(&files) {
        match result {
            Ok(doc) => documents.push(doc),
            Err(err) => problems.push(problem_of(err, path)),
        }
    }
    if files.is_empty() && problems.is_empty() {
        let message = format!("no release pages in this folder ({skipped} other files skipped)");
        problems.push(Problem {
            file: dir.to_path_buf(),
            line: 0,
            message,
        });
    }
    problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Ok(Archive {
        releases: group(documents),
        problems,
    })
}

/// The candidate files in name order, how many others were skipped, and the
/// entries that could not be listed.
fn walk(dir: &Path) -> (Vec<PathBuf>, usize, Vec<Problem>) {
    let (mut files, mut skipped, mut problems) = (Vec::new(), 0, Vec::new());
    let entries = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        match entry {
            Ok(e) if e.file_type().is_file() && is_release_candidate(e.path()) => {
                files.push(e.into_path());
            }
            Ok(e) if e.file_type().is_file() => skipped += 1,
            Ok(_) => {}
            Err(err) => problems.push(Problem {
                file: err.path().unwrap_or(dir).to_path_buf(),
                line: 0,
                message: err
                    .io_error()
                    .map_or_else(|| err.to_string(), ToString::to_string),
            }),
        }
    }
    (files, skipped, problems)
}

fn read_one(path: &Path) -> Result<Document> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    parse_document(path, &bytes)
}

/// The library error as a problem line, without repeating the file name.
fn problem_of(err: Error, fallback: &Path) -> Problem {
    let (file, line, message) = match err {
        Error::Parse {
            path,
            line,
            message,
        } => (path, line, message),
        Error::InvalidUtf8 { path, line, offset } => {
            (path, line, format!("invalid UTF-8 at byte offset {offset}"))
        }
        Error::Io { path, source } => (path, 0, source.to_string()),
        other => (fallback.to_path_buf(), 0, other.to_string()),
    };
    Problem {
        file,
        line,
        message,
    }
}

fn group(documents: Vec<Document>) -> Vec<Release> {
    let mut by_id: BTreeMap<(u32, String), Vec<Document>> = BTreeMap::new();
    for doc in documents {
        let key = (doc.header.number, doc.header.id.clone());
        by_id.entry(key).or_default().push(doc);
    }
    by_id
        .into_iter()
        .map(|((number, id), docs)| build(id, number, docs))
        .collect()
}

fn build(id: String, number: u32, docs: Vec<Document>) -> Release {
    let date = majority(docs.iter().filter_map(|d| d.header.date.as_deref()))
        .or_else(|| majority(docs.iter().filter_map(|d| d.header.id_date.as_deref())))
        .map(str::to_string);
    let declared = Lang::ALL
        .into_iter()
        .filter(|l| docs.iter().any(|d| d.header.declared.contains(l)))
        .collect();
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

/// Smaller is better: detection agrees with the filing, longer body,
/// shallower path, first path.
fn keep_rank(doc: &Document) -> (bool, Reverse<usize>, usize, PathBuf) {
    let body: usize = doc.paragraphs.iter().map(|p| p.text.len()).sum();
    let depth = doc.path.components().count();
    (doc.is_mislabelled(), Reverse(body), depth, doc.path.clone())
}

/// The most frequent value; ties go to the smallest, so the answer is stable.
fn majority<'a>(values: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|&(_, c)| c == best).map(|(v, _)| v)
}

impl Release {
    /// Every version's parse warnings, then one per version whose header date
    /// differs from the release date.
    pub fn warnings(&self) -> Vec<Problem> {
        let mut out: Vec<Problem> = self
            .versions
            .values()
            .flat_map(|d| d.warnings.iter().cloned())
            .collect();
        for doc in self.versions.values() {
            if let (Some(own), Some(date)) = (&doc.header.date, &self.date)
                && own != date
            {
                out.push(Problem {
                    file: doc.path.clone(),
                    line: 1,
                    message: format!("header date {own} differs from the release date {date}"),
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidate_rule() {
        for name in ["a/x.txt", "a/x", "a/energy.fr.txt", "a/photo.png"] {
            assert!(is_release_candidate(Path::new(name)), "{name}");
        }
        for name in [
            "a/README.md",
            "a/readme",
            "a/x.json",
            "a/x.tsv",
            "a/.hidden",
            "a/x.txt~",
        ] {
            assert!(!is_release_candidate(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn majority_prefers_count_then_smallest() {
        assert_eq!(majority(["b", "a", "b"].into_iter()), Some("b"));
        assert_eq!(majority(["b", "a"].into_iter()), Some("a"));
        assert_eq!(majority(std::iter::empty()), None);
    }
}
