//! The input of `paralign align --input-jsonl`: one JSON line per group of
//! pages, so that the same binary runs as a mapper under a distributed
//! engine (Apache Spark's `RDD.pipe`, Hadoop streaming), each line read
//! exactly as a folder holding those pages would be ([`read_pages`]).
//!
//! ```text
//! {"root": "archive", "pages": {"archive/2101/trade-fair.de.txt": "4 März 202110:30\n…", …}}
//! ```
//!
//! `pages` maps each page's path, as a walk of `root` gives it, to its raw
//! text; a page that is not UTF-8 is given as an array of its bytes instead.
//! `root` (default: none) is the folder the paths lie below, which names
//! releases of plain documents as a folder run does. Pages a walk of the
//! root would not read (hidden, README, `.json`, …) are left out likewise.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use super::group::group_key;
use super::{Archive, ReadOptions, is_release_candidate, parse_document_with, read_pages};
use crate::{Error, Result};

/// One line of mapper input: a group of pages (a release, or several).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct PageGroup {
    /// The pages, by path.
    pub pages: BTreeMap<String, PageText>,
    /// The folder the paths lie below.
    #[serde(default)]
    pub root: Option<String>,
}

/// What the grouping step of a distributed run knows of one page: its
/// release, and what the archive's census counts of it (so that every
/// mapper can rank the pivot candidates as a folder run of the whole
/// archive does, [`Census::usable`](super::Census::usable)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey {
    /// The release's [`group_key`]: its number and ID.
    pub release: (u32, String),
    /// The language the page is filed as.
    pub lang: crate::Lang,
    /// True when the page is a usable version ([`crate::join::is_usable`]).
    pub usable: bool,
}

/// A page's raw content.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum PageText {
    /// A page in UTF-8.
    Text(String),
    /// A page in another encoding, byte for byte.
    Bytes(Vec<u8>),
}

impl PageGroup {
    /// Parses one JSON line.
    pub fn parse(line: &str) -> Result<PageGroup> {
        serde_json::from_str(line)
            .map_err(|e| Error::Invalid(format!("not a group of pages ({{\"pages\": …}}): {e}")))
    }

    /// The releases of the group, as [`read_pages`] reads them.
    pub fn read(self, opts: &ReadOptions) -> Archive {
        let (pages, root) = self.into_pages();
        read_pages(&pages, &root, opts)
    }

    /// Each page's path and [`PageKey`]: the grouping step of a
    /// distributed run, whose groups then go through [`PageGroup::read`].
    /// A page that cannot be parsed has no key (`None`): it belongs to no
    /// release, and a folder run counts it in none of its windows.
    pub fn keys(self, opts: &ReadOptions) -> Vec<(PathBuf, Option<PageKey>)> {
        let (pages, root) = self.into_pages();
        pages
            .into_par_iter()
            .map(|(path, bytes)| {
                let key = parse_document_with(&path, &bytes, opts)
                    .ok()
                    .map(|doc| PageKey {
                        release: group_key(&doc, &root),
                        lang: doc.lang,
                        usable: crate::join::is_usable(&doc),
                    });
                (path, key)
            })
            .collect()
    }

    /// The pages that a walk of the root would read, and the root.
    fn into_pages(self) -> (Vec<(PathBuf, Vec<u8>)>, PathBuf) {
        let root = PathBuf::from(self.root.unwrap_or_default());
        let pages = self
            .pages
            .into_iter()
            .map(|(path, text)| {
                let bytes = match text {
                    PageText::Text(t) => t.into_bytes(),
                    PageText::Bytes(b) => b,
                };
                (PathBuf::from(path), bytes)
            })
            .filter(|(path, _)| is_walked(path, &root))
            .collect();
        (pages, root)
    }
}

/// Whether a walk of `root` reads `path`: no hidden folder or file below
/// the root, and a name [`is_release_candidate`] accepts.
fn is_walked(path: &Path, root: &Path) -> bool {
    let below = path.strip_prefix(root).unwrap_or(path);
    let hidden = below.components().any(|c| match c {
        Component::Normal(name) => name.to_string_lossy().starts_with('.'),
        _ => false,
    });
    !hidden && is_release_candidate(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_bytes_pages_parse() {
        let line = r#"{"pages": {"a/x.de.txt": "Text", "a/x.fr.txt": [104, 233]}}"#;
        let group = PageGroup::parse(line).unwrap();
        assert_eq!(group.pages["a/x.de.txt"], PageText::Text("Text".into()));
        assert_eq!(group.pages["a/x.fr.txt"], PageText::Bytes(vec![104, 233]));
        assert!(group.root.is_none());
        assert!(PageGroup::parse(r#"{"files": {}}"#).is_err());
    }
}
