//! Bilingual dictionaries read into a [`Translations`] table.
//!
//! Two formats: hunalign's (`target @ source`, one entry a line; Varga et
//! al. 2005) and the dictd databases FreeDict ships (`NAME.index` and
//! `NAME.dict.dz`, as in Debian's `dict-freedict-deu-fra`). Only entries
//! that are one word on each side are kept: the evidence is matched word by
//! word, on folded, prefix-stemmed forms ([`stem`](super::features::stem)).
//!
//! A dictionary's languages come from its file name (`freedict-deu-fra`,
//! `de-fr.dic`: the last two language codes in it, source first), or,
//! when the name has none, from the caller.

mod dictd;
mod hunalign;

use std::path::{Path, PathBuf};

use super::lexicon::Translations;
use super::tokens::{Token, tokens};
use crate::{Error, Lang};

/// The dictionary formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Lines `target @ source`.
    Hunalign,
    /// A dictd database: `.index` and `.dict.dz` (or `.dict`) side by side.
    Dictd,
}

impl Format {
    /// The format of `path`: dictd for a file ending in `.index`, `.dict`
    /// or `.dict.dz`, hunalign otherwise.
    pub fn of(path: &Path) -> Format {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if [".index", ".dict", ".dict.dz"]
            .iter()
            .any(|e| name.ends_with(e))
        {
            Format::Dictd
        } else {
            Format::Hunalign
        }
    }
}

/// The (source, target) languages named in `path`'s file name: the last
/// two parts (split at `-`, `_` and `.`) that are language codes.
pub fn langs_of(path: &Path) -> Option<(Lang, Lang)> {
    let name = path.file_name()?.to_string_lossy();
    let codes: Vec<Lang> = name
        .split(['-', '_', '.'])
        .filter(|p| (2..=3).contains(&p.len()))
        .filter_map(|p| p.parse().ok())
        .collect();
    match codes[..] {
        [.., a, b] if a != b => Some((a, b)),
        _ => None,
    }
}

/// Reads the dictionary at `path` into `table` and returns the number of
/// entries read. Its languages are those of its file name, else
/// `fallback`; neither is an error, as is a missing or malformed file,
/// which leaves `table` as it was.
pub fn read(
    path: &Path,
    fallback: Option<(Lang, Lang)>,
    table: &mut Translations,
) -> Result<usize, Error> {
    let langs = langs_of(path).or(fallback).ok_or_else(|| {
        Error::Invalid(format!(
            "cannot tell the languages of the dictionary {}: name it like de-fr.dic \
             (source first) or freedict-deu-fra.index",
            path.display()
        ))
    })?;
    // Entries go to a table of their own, moved or added to `table` once
    // the whole file is read: a table read into directly would keep what
    // preceded an error.
    let mut own = Translations::default();
    let mut n = 0;
    let mut add = |src: &str, tgt: &str| {
        own.insert(langs, src, tgt, 1.0);
        n += 1;
    };
    match Format::of(path) {
        Format::Hunalign => hunalign::read(path, &mut add)?,
        Format::Dictd => dictd::read(path, &mut add)?,
    }
    if table.is_empty() {
        *table = own;
    } else {
        table.extend(&own);
    }
    Ok(n)
}

/// Where Debian's `dict-freedict-*` packages install their databases.
pub const FREEDICT_DIR: &str = "/usr/share/dictd";

/// The three-letter code FreeDict names a language by (`deu`, `eng`, …).
pub fn freedict_code(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "deu",
        Lang::En => "eng",
        Lang::Es => "spa",
        Lang::Fr => "fra",
        Lang::Ru => "rus",
    }
}

/// The FreeDict databases in `dir` for the pair, in either direction
/// (`freedict-deu-fra.index`, then `freedict-fra-deu.index`), those that
/// exist. Both directions are worth reading: each edition lists words the
/// other lacks, and a word counts once however many entries name it.
pub fn installed(dir: &Path, src: Lang, tgt: Lang) -> Vec<PathBuf> {
    [(src, tgt), (tgt, src)]
        .into_iter()
        .filter(|(a, b)| a != b)
        .map(|(a, b)| {
            let (a, b) = (freedict_code(a), freedict_code(b));
            dir.join(format!("freedict-{a}-{b}.index"))
        })
        .filter(|p| p.exists())
        .collect()
}

/// The one word `phrase` consists of (ignoring punctuation), if it is one,
/// as the aligner's tokenizer reads it.
fn single_word(phrase: &str) -> Option<&str> {
    let mut words = tokens(phrase)
        .into_iter()
        .filter(|t| !matches!(t, Token::Punct(_)));
    match (words.next(), words.next()) {
        (Some(Token::Word(w)), None) => Some(w),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_format_from_the_name() {
        let p = Path::new("/usr/share/dictd/freedict-deu-fra.index");
        assert_eq!(langs_of(p), Some((Lang::De, Lang::Fr)));
        assert_eq!(Format::of(p), Format::Dictd);
        assert_eq!(
            Format::of(Path::new("x/freedict-deu-fra.dict.dz")),
            Format::Dictd
        );
        assert_eq!(langs_of(Path::new("en_ru.dic")), Some((Lang::En, Lang::Ru)));
        assert_eq!(Format::of(Path::new("en_ru.dic")), Format::Hunalign);
        assert_eq!(langs_of(Path::new("words.txt")), None);
    }

    #[test]
    fn installed_databases_are_found_in_both_directions() {
        let dir = tempfile::tempdir().unwrap();
        assert!(installed(dir.path(), Lang::De, Lang::Fr).is_empty());
        for name in ["freedict-fra-deu.index", "freedict-deu-eng.index"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let found = installed(dir.path(), Lang::De, Lang::Fr);
        assert_eq!(found, [dir.path().join("freedict-fra-deu.index")]);
        assert_eq!(installed(dir.path(), Lang::En, Lang::De).len(), 1);
        assert!(installed(dir.path(), Lang::De, Lang::De).is_empty());
    }

    #[test]
    fn a_malformed_file_leaves_the_table_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("de-fr.dic");
        std::fs::write(&good, "chien @ Hund\nchat @ Katze\n").unwrap();
        let bad = dir.path().join("fr-de.dic");
        std::fs::write(&bad, "Berg @ montagne\nno separator\n").unwrap();
        let mut table = Translations::default();
        assert!(read(&bad, None, &mut table).is_err());
        assert!(table.is_empty());
        assert_eq!(read(&good, None, &mut table).unwrap(), 2);
        let before = table.clone();
        assert!(read(&bad, None, &mut table).is_err());
        assert_eq!(table, before);
        assert_eq!(read(&good, None, &mut table).unwrap(), 2);
        assert_eq!(table, before);
    }

    #[test]
    fn single_words_only() {
        assert_eq!(single_word(" sommet "), Some("sommet"));
        assert_eq!(single_word("guerre civile"), None);
        assert_eq!(single_word("42"), None);
    }
}
