//! Word translations known before a pair of texts is read: entries of
//! bilingual dictionaries ([`dict`](crate::score::dict)) and the lexicon
//! learned over a whole archive ([`archive`](super::archive)).
//!
//! Entries are kept on the same folded, prefix-stemmed form as the
//! segments' word types ([`stem`]), per ordered language pair and in both
//! directions, so that a German–French dictionary serves French–German
//! alignment too. For one alignment problem the table is resolved to the
//! word type ids of that problem's vocabulary ([`Translations::resolve`]),
//! which gives a [`Lexicon`] like the one learned from the texts.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::Path;

use super::Lexicon;
use crate::score::features::{Vocab, stem};
use crate::score::fold::fold;
use crate::score::hash::FastMap;
use crate::{Error, Lang};

/// Source stem -> its target stems with weights, for one direction.
type ByWord = FastMap<String, Vec<(String, f32)>>;

/// Word translations per language pair, on stems (see the module docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Translations {
    pairs: BTreeMap<(Lang, Lang), ByWord>,
}

impl Translations {
    /// Adds `src_word` (in `src`) as translated by `tgt_word` (in `tgt`)
    /// with `weight` (1 for a dictionary entry, a probability for a
    /// learned one); the words are folded and stemmed here. A repeated
    /// pair keeps its largest weight.
    pub fn insert(
        &mut self,
        (src, tgt): (Lang, Lang),
        src_word: &str,
        tgt_word: &str,
        weight: f32,
    ) {
        let (s, t) = (stem(&fold(src_word)), stem(&fold(tgt_word)));
        self.insert_stems((src, tgt), &s, &t, weight);
    }

    pub(super) fn insert_stems(&mut self, (src, tgt): (Lang, Lang), s: &str, t: &str, weight: f32) {
        if src == tgt || s.is_empty() || t.is_empty() {
            return;
        }
        for ((a, b), (x, y)) in [((src, tgt), (s, t)), ((tgt, src), (t, s))] {
            let list = self.pairs.entry((a, b)).or_default().entry(x.to_string());
            let list = list.or_default();
            match list.iter_mut().find(|(w, _)| w == y) {
                Some(e) => e.1 = e.1.max(weight),
                None => list.push((y.to_string(), weight)),
            }
        }
    }

    /// Adds every entry of `other`.
    pub fn extend(&mut self, other: &Translations) {
        for ((a, b), words) in other.canonical() {
            for (s, list) in words {
                for (t, w) in list {
                    self.insert_stems((a, b), s, t, *w);
                }
            }
        }
    }

    /// Number of (stem, stem) entries, each counted in one direction.
    pub fn len(&self) -> usize {
        self.canonical()
            .map(|(_, m)| m.values().map(Vec::len).sum::<usize>())
            .sum()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// True when some entry translates between `src` and `tgt`.
    pub fn has_pair(&self, src: Lang, tgt: Lang) -> bool {
        self.pairs.contains_key(&(src, tgt))
    }

    fn canonical(&self) -> impl Iterator<Item = ((Lang, Lang), &ByWord)> {
        self.pairs
            .iter()
            .filter(|((a, b), _)| a < b)
            .map(|(k, v)| (*k, v))
    }

    /// The entries from `src` to `tgt` whose two stems occur in `vocab`
    /// (side 0 in `src`, side 1 in `tgt`), as a [`Lexicon`] over its word
    /// type ids, best weight first; `None` when the table has nothing for
    /// the pair. Every translation present is kept: a source word counts
    /// once in its segment's evidence however many it has
    /// ([`Evidence`](crate::score::Evidence) weighs it by the heaviest), so
    /// a dictionary that lists many senses no longer dilutes true pairs
    /// (keeping 3 a word, deu-fra and fra-deu together scored 0.867 on
    /// Text+Berg dev, 6: 0.882, all: 0.885).
    pub fn resolve(&self, src: Lang, tgt: Lang, vocab: &Vocab) -> Option<Lexicon> {
        let table = self.pairs.get(&(src, tgt))?;
        let mut entries: FastMap<u32, Vec<(u32, f32)>> = FastMap::default();
        for (s, id) in vocab.stems(0) {
            let Some(list) = table.get(s) else { continue };
            let mut found: Vec<(u32, f32)> = list
                .iter()
                .filter_map(|(t, w)| Some((vocab.word_type(1, t)?, *w)))
                .collect();
            found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            found.dedup_by_key(|e| e.0);
            if !found.is_empty() {
                entries.insert(id, found);
            }
        }
        Some(Lexicon { entries })
    }

    /// Writes the table as tab-separated lines `src tgt src_stem tgt_stem
    /// weight`, sorted, each entry in one direction.
    pub fn write(&self, mut out: impl Write) -> io::Result<()> {
        for ((a, b), words) in self.canonical() {
            let mut lines: Vec<(&str, &str, f32)> = words
                .iter()
                .flat_map(|(s, l)| l.iter().map(move |(t, w)| (s.as_str(), t.as_str(), *w)))
                .collect();
            lines.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
            for (s, t, w) in lines {
                writeln!(out, "{}\t{}\t{s}\t{t}\t{w:.4}", a.code(), b.code())?;
            }
        }
        out.flush()
    }

    /// Reads a table written by [`Translations::write`]; `path` names the
    /// input in errors.
    pub fn read(input: impl BufRead, path: &Path) -> Result<Self, Error> {
        let mut table = Translations::default();
        for (k, line) in input.lines().enumerate() {
            let line = line.map_err(|e| Error::io(path, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let bad = |message: String| Error::Parse {
                path: path.to_path_buf(),
                line: k + 1,
                message,
            };
            let f: Vec<&str> = line.split('\t').collect();
            let [a, b, s, t, w] = f[..] else {
                return Err(bad(format!(
                    "expected 5 tab-separated fields, found {}",
                    f.len()
                )));
            };
            let lang = |c: &str| c.parse::<Lang>().map_err(|e| bad(e.to_string()));
            let w: f32 = w
                .parse()
                .map_err(|_| bad(format!("weight '{w}' is not a number")))?;
            table.insert_stems((lang(a)?, lang(b)?), s, t, w);
        }
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_serve_both_directions_and_resolve_to_ids() {
        let mut table = Translations::default();
        table.insert((Lang::De, Lang::Fr), "Gipfel", "sommet", 1.0);
        let mut v = Vocab::default();
        v.segment(0, "Der Gipfel");
        v.segment(1, "Le sommet");
        let lex = table.resolve(Lang::De, Lang::Fr, &v).unwrap();
        assert_eq!(lex.len(), 1);
        let mut w = Vocab::default();
        w.segment(0, "Le sommet");
        w.segment(1, "Die Gipfeln");
        assert_eq!(table.resolve(Lang::Fr, Lang::De, &w).unwrap().len(), 1);
        assert!(table.resolve(Lang::De, Lang::En, &v).is_none());
    }

    #[test]
    fn written_tables_read_back() {
        let mut table = Translations::default();
        table.insert((Lang::Fr, Lang::De), "sommet", "Gipfel", 0.5);
        table.insert((Lang::De, Lang::Ru), "Berg", "гора", 1.0);
        let mut out = Vec::new();
        table.write(&mut out).unwrap();
        let back = Translations::read(&out[..], Path::new("t.tsv")).unwrap();
        assert_eq!(back, table);
        assert_eq!(back.len(), 2);
        let err = Translations::read(&b"de\tfr\tx\n"[..], Path::new("t.tsv")).unwrap_err();
        assert!(err.to_string().contains("t.tsv:1"), "{err}");
    }
}
