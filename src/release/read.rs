//! A folder of pages -> documents and problems: the walk, the read options,
//! the size limit, and what becomes of a file that cannot be used.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use rayon::prelude::*;
use walkdir::{DirEntry, WalkDir};

use super::page::{Pass, parse_page};
use super::path_lang::lang_from_path;
use super::{Archive, Document, Problem, group, header, invisible, parse_document_with};
use crate::{Error, Result};

/// Default for [`ReadOptions::max_page_size`]: 8 MiB. The largest page of the
/// archive is a few hundred kilobytes; a file of many megabytes is a dump.
pub const DEFAULT_MAX_PAGE_SIZE: u64 = 8 << 20;

/// How pages are read.
///
/// ```
/// let opts = paralign::release::ReadOptions {
///     encoding: Some(paralign::release::encoding_from_label("koi8-r")?),
///     ..Default::default()
/// };
/// # Ok::<(), paralign::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// Decode every page with this encoding instead of detecting it
    /// (`--encoding`); a page that is not valid in it is a problem.
    pub encoding: Option<&'static Encoding>,
    /// Pages larger than this many bytes are refused without being read
    /// (`--max-page-size`). Since no paragraph outgrows its page, this also
    /// bounds a hard-wrapped paragraph that no line limit would catch.
    pub max_page_size: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            encoding: None,
            max_page_size: DEFAULT_MAX_PAGE_SIZE,
        }
    }
}

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

/// [`read_dir_with`] with the default [`ReadOptions`].
pub fn read_dir(dir: &Path) -> Result<Archive> {
    read_dir_with(dir, &ReadOptions::default())
}

/// Reads every page below `dir` (recursively, in parallel) and groups them by
/// release ID. Fails only when `dir` itself cannot be read; every file that
/// cannot be used becomes a [`Problem`] (carrying the language its path
/// names and, when readable, its release ID), every entry that is not a
/// regular file (FIFO, socket, device, broken link) one naming it, and a
/// folder with no page at all gets one problem saying so.
///
/// Pages without an ID line (plain documents) are grouped by file name:
/// `report.de.txt`, `report_fr.txt` and `es/report.txt` make one release
/// `report`; when the same name stands in two folders, the ID is
/// `folder/report`. Releases come sorted by running number (0 for those),
/// then ID; the result does not depend on the number of threads. Of two
/// files with the same release and language, the one kept is, in this
/// order: the one whose detected language matches the language it is filed
/// as; one whose language cannot be told but whose body is real text; one in
/// another language; one whose body is not text (mostly digits and
/// punctuation); then the one with the longer body; the one nearer the top
/// of the folder (a re-scrape in a `mirror/` subfolder loses to the
/// original); the one whose path sorts first.
pub fn read_dir_with(dir: &Path, opts: &ReadOptions) -> Result<Archive> {
    ensure_dir(dir)?;
    let (files, skipped, mut problems) = walk(dir);
    let parsed: Vec<_> = files.par_iter().map(|p| read_one(p, opts)).collect();
    if files.is_empty() && problems.is_empty() {
        problems.push(no_pages(dir, skipped));
    }
    Ok(archive(parsed, problems, dir))
}

/// Pages held in memory (path, raw bytes) parsed and grouped exactly as
/// [`read_dir_with`] would read the same files below `dir`: the same parse,
/// the same problems, the same release names. The paths are as a walk of
/// `dir` gives them, `dir` joined with the path below it.
pub fn read_pages(pages: &[(PathBuf, Vec<u8>)], dir: &Path, opts: &ReadOptions) -> Archive {
    let parsed: Vec<_> = pages
        .par_iter()
        .map(|(path, bytes)| {
            parse_document_with(path, bytes, opts).map_err(|err| unreadable(err, path, bytes))
        })
        .collect();
    archive(parsed, Vec::new(), dir)
}

fn archive(
    parsed: Vec<std::result::Result<Document, Problem>>,
    mut problems: Vec<Problem>,
    dir: &Path,
) -> Archive {
    let mut documents = Vec::with_capacity(parsed.len());
    for result in parsed {
        match result {
            Ok(doc) => documents.push(doc),
            Err(problem) => problems.push(problem),
        }
    }
    sort_problems(&mut problems);
    Archive {
        releases: group::group(documents, dir),
        problems,
    }
}

/// Fails unless `dir` is a folder that can be read.
pub(super) fn ensure_dir(dir: &Path) -> Result<()> {
    let meta = fs::metadata(dir).map_err(|e| Error::io(dir, e))?;
    if !meta.is_dir() {
        let not_dir = io::Error::new(io::ErrorKind::NotADirectory, "not a directory");
        return Err(Error::io(dir, not_dir));
    }
    Ok(())
}

/// The problem of a folder with no page at all.
pub(super) fn no_pages(dir: &Path, skipped: usize) -> Problem {
    let message = format!("no release pages in this folder ({skipped} other files skipped)");
    Problem::new(dir, 0, message)
}

/// Problems in path order, then line.
pub(super) fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
}

/// The candidate files in name order, how many others were skipped, and the
/// entries that could not be listed or are not regular files.
fn walk(dir: &Path) -> (Vec<PathBuf>, usize, Vec<Problem>) {
    let (mut files, mut skipped, mut problems) = (Vec::new(), 0, Vec::new());
    for entry in entries(dir, true) {
        match entry {
            Walked::Page(path) => files.push(path),
            Walked::Skipped => skipped += 1,
            Walked::Problem(p) => problems.push(p),
        }
    }
    (files, skipped, problems)
}

/// One entry below a folder, as the walk sees it.
pub(super) enum Walked {
    /// A file to read as a page ([`is_release_candidate`]).
    Page(PathBuf),
    /// A file that is not read.
    Skipped,
    /// An entry that cannot be listed or is not a regular file.
    Problem(Problem),
}

/// The entries below `dir`, lazily; `sorted` lists each folder in name
/// order, which holds a folder's names in memory at once.
pub(super) fn entries(dir: &Path, sorted: bool) -> impl Iterator<Item = Walked> + '_ {
    let mut walker = WalkDir::new(dir).follow_links(true);
    if sorted {
        walker = walker.sort_by_file_name();
    }
    walker
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_dir() => None,
            Ok(e) if !e.file_type().is_file() => Some(Walked::Problem(special(&e))),
            Ok(e) if is_release_candidate(e.path()) => Some(Walked::Page(e.into_path())),
            Ok(_) => Some(Walked::Skipped),
            Err(err) => Some(Walked::Problem(walk_problem(&err, dir))),
        })
}

/// An entry that is neither a file nor a folder, named for what it is.
fn special(entry: &DirEntry) -> Problem {
    let kind = kind_of(entry.file_type());
    Problem::new(
        entry.path(),
        0,
        format!("skipped: {kind}, not a regular file"),
    )
}

#[cfg(unix)]
fn kind_of(t: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    match () {
        _ if t.is_fifo() => "a FIFO (named pipe)",
        _ if t.is_socket() => "a socket",
        _ if t.is_block_device() => "a block device",
        _ if t.is_char_device() => "a character device",
        _ if t.is_symlink() => "a symbolic link",
        _ => "a special file",
    }
}

#[cfg(not(unix))]
fn kind_of(t: fs::FileType) -> &'static str {
    if t.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

fn walk_problem(err: &walkdir::Error, dir: &Path) -> Problem {
    let path = err.path().unwrap_or(dir);
    let message = if err.loop_ancestor().is_some() {
        format!("skipped: {err}")
    } else if is_broken_link(path) {
        "skipped: a broken symbolic link (its target does not exist)".to_string()
    } else {
        let reason = err
            .io_error()
            .map_or_else(|| err.to_string(), ToString::to_string);
        format!("skipped: cannot be read: {reason}")
    };
    Problem::new(path, 0, message)
}

fn is_broken_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && fs::metadata(path).is_err()
}

/// Refuses a page of `len` bytes over `limit`.
pub(super) fn check_size(path: &Path, len: u64, limit: u64) -> Result<()> {
    if len <= limit {
        return Ok(());
    }
    Err(Error::parse(
        path,
        0,
        format!("page is {len} bytes, over the limit of {limit} (raise it with --max-page-size)"),
    ))
}

/// Reads and parses one page, never holding more than the limit in memory:
/// the size is checked before the read, and the read stops one byte past it
/// in case the file grew meanwhile.
pub(super) fn read_one(path: &Path, opts: &ReadOptions) -> std::result::Result<Document, Problem> {
    read_page(path, opts, Pass::Whole)
}

/// [`read_one`] reading as much of the page as `pass` asks.
pub(super) fn read_page(
    path: &Path,
    opts: &ReadOptions,
    pass: Pass,
) -> std::result::Result<Document, Problem> {
    let mut bytes = Vec::new();
    let result = read_bounded(path, opts.max_page_size, &mut bytes)
        .and_then(|()| parse_page(path, &bytes, opts, pass));
    result.map_err(|err| unreadable(err, path, &bytes))
}

fn read_bounded(path: &Path, limit: u64, bytes: &mut Vec<u8>) -> Result<()> {
    let io = |e| Error::io(path, e);
    let len = fs::metadata(path).map_err(io)?.len();
    check_size(path, len, limit)?;
    bytes.reserve(usize::try_from(len.min(limit) + 1).unwrap_or(0));
    File::open(path)
        .map_err(io)?
        .take(limit.saturating_add(1))
        .read_to_end(bytes)
        .map_err(io)?;
    Ok(())
}

/// The library error as a problem, without repeating the file name, with
/// the language the path names and the release ID if a line holds one.
fn unreadable(err: Error, fallback: &Path, bytes: &[u8]) -> Problem {
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
        lang: lang_from_path(&file),
        release: salvage_id(bytes),
        ..Problem::new(file, line, message)
    }
}

/// The release ID of a page that could not be parsed, from a lenient
/// decoding of its first 64 KiB (the ID is ASCII in every encoding we read
/// but UTF-16, which its BOM names).
fn salvage_id(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1 << 16)];
    let encoding = Encoding::for_bom(head).map_or(encoding_rs::UTF_8, |(e, _)| e);
    let text = encoding.decode(head).0;
    let clean = invisible::strip_header(&text);
    let lines: Vec<&str> = clean.lines().collect();
    header::find_release_id(&lines)
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
    fn size_is_checked_against_the_limit() {
        assert!(check_size(Path::new("p"), 10, 10).is_ok());
        let err = check_size(Path::new("p"), 11, 10).unwrap_err().to_string();
        assert!(
            err.contains("page is 11 bytes, over the limit of 10"),
            "{err}"
        );
    }
}
