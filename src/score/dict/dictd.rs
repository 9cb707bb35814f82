//! dictd databases, as FreeDict ships them: `NAME.index` lists each
//! headword with the offset and length of its entry in `NAME.dict.dz`, both
//! written as base64 numbers (digits `A-Za-z0-9+/`, most significant
//! first). The `.dict.dz` is dictzip, a gzip file with a seek table in its
//! header, which a plain gzip decoder reads whole.
//!
//! An entry's first line is the headword (with pronunciation and part of
//! speech); the lines after it hold translations, comma-separated and
//! sometimes numbered by sense, mixed with glosses, examples and
//! cross-references. A line is read as translations when every item on it
//! is at most [`MAX_ITEM_WORDS`] words long, which leaves out glosses and
//! examples (written as sentences) without knowing each edition's layout.

use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;

use super::single_word;
use crate::Error;

/// Longest item (in words) of a line read as a list of translations.
pub const MAX_ITEM_WORDS: usize = 3;

/// The (source, target) one-word entries of the dictd database that `path`
/// (its `.index`, `.dict` or `.dict.dz`) names.
pub(super) fn read(path: &Path) -> Result<Vec<(String, String)>, Error> {
    let (index_path, data_path) = files(path);
    let index = std::fs::read_to_string(&index_path).map_err(|e| Error::io(&index_path, e))?;
    let data = read_data(&data_path)?;
    let mut pairs = Vec::new();
    for (k, line) in index.lines().enumerate() {
        let bad = |message: &str| Error::Parse {
            path: index_path.clone(),
            line: k + 1,
            message: message.into(),
        };
        let mut fields = line.split('\t');
        let (Some(head), Some(off), Some(len)) = (fields.next(), fields.next(), fields.next())
        else {
            return Err(bad("expected 'headword<TAB>offset<TAB>length'"));
        };
        if head.starts_with("00database") || head.starts_with("00-database") {
            continue;
        }
        let (Some(off), Some(len)) = (base64(off), base64(len)) else {
            return Err(bad("offset or length is not a base64 number"));
        };
        let body = data
            .get(off..off + len)
            .ok_or_else(|| bad("entry beyond the data"))?;
        entry(&String::from_utf8_lossy(body), &mut pairs);
    }
    Ok(pairs)
}

/// The index and data files of the database `path` belongs to.
fn files(path: &Path) -> (PathBuf, PathBuf) {
    let name = path.to_string_lossy();
    let base = [".index", ".dict.dz", ".dict"]
        .iter()
        .find_map(|e| name.strip_suffix(e))
        .unwrap_or(&name)
        .to_string();
    let dz = PathBuf::from(format!("{base}.dict.dz"));
    let data = if dz.exists() {
        dz
    } else {
        PathBuf::from(format!("{base}.dict"))
    };
    (PathBuf::from(format!("{base}.index")), data)
}

fn read_data(path: &Path) -> Result<Vec<u8>, Error> {
    let raw = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if !path.to_string_lossy().ends_with(".dz") {
        return Ok(raw);
    }
    let mut out = Vec::with_capacity(raw.len() * 4);
    GzDecoder::new(&raw[..])
        .read_to_end(&mut out)
        .map_err(|e| Error::io(path, e))?;
    Ok(out)
}

/// A dictd base64 number.
fn base64(text: &str) -> Option<usize> {
    text.bytes().try_fold(0usize, |n, c| {
        let digit = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        n.checked_mul(64)?.checked_add(usize::from(digit))
    })
}

/// Adds the one-word translations of the one-word headword of `body`.
fn entry(body: &str, pairs: &mut Vec<(String, String)>) {
    let mut lines = body.lines();
    let Some(first) = lines.next() else { return };
    let head = first
        .split([' ', '\t'])
        .find(|p| !p.is_empty())
        .unwrap_or_default();
    let Some(head) = single_word(head) else {
        return;
    };
    for line in lines {
        for word in translations(line) {
            pairs.push((head.to_string(), word));
        }
    }
}

/// The one-word items of a line of translations (see the module docs);
/// nothing for a gloss, an example or a cross-reference.
fn translations(line: &str) -> Vec<String> {
    let text = line.trim();
    let label = text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with(':'));
    if text.starts_with('"') || label {
        return Vec::new();
    }
    let items: Vec<Vec<String>> = text
        .split([',', ';'])
        .map(|item| {
            let kept = unbracketed(item);
            let words = kept.split_whitespace().filter(|w| !is_sense_number(w));
            words.map(str::to_string).collect()
        })
        .collect();
    if items.iter().any(|words| words.len() > MAX_ITEM_WORDS) {
        return Vec::new();
    }
    items
        .iter()
        .filter(|words| words.len() == 1)
        .filter_map(|words| single_word(&words[0]).map(str::to_string))
        .collect()
}

/// `text` without its `(…)`, `[…]`, `<…>` and `{…}` parts (labels, parts
/// of speech, cross-references).
fn unbracketed(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | '[' | '<' | '{' => depth += 1,
            ')' | ']' | '>' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `3.`, the sense numbers of FreeDict's WikDict editions.
fn is_sense_number(word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_numbers() {
        assert_eq!(base64("A"), Some(0));
        assert_eq!(base64("B"), Some(1));
        assert_eq!(base64("BA"), Some(64));
        assert_eq!(base64("C1"), Some(2 * 64 + 53));
        assert_eq!(base64("é"), None);
    }

    #[test]
    fn translations_but_not_glosses() {
        let mut pairs = Vec::new();
        let body = "Gipfel /ˈɡɪp͡fl̩/ <n, masc>\n1. sommet 2.\n\
                    höchste Stelle eines Berges oder eines Gebirgszuges\n 3.\n\
                    2. sommet, comble\n\"ein Haus bauen\" - build a house\n\
                    Synonyms: {Spitze}\n [adm.] cime <n>, pointe\nbout de la montagne\n";
        entry(body, &mut pairs);
        let words: Vec<&str> = pairs.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(words, ["sommet", "sommet", "comble", "cime", "pointe"]);
        assert!(pairs.iter().all(|p| p.0 == "Gipfel"));
    }
}
