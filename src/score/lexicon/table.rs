//! Word translations known before a pair of texts is read: entries of
//! bilingual dictionaries ([`dict`](crate::score::dict)) and the lexicon
//! learned over a whole archive ([`archive`](super::archive)).
//!
//! Entries are kept on the same folded, prefix-stemmed form as the
//! segments' word types ([`stem`]), once per language pair and read in
//! either direction, so that a German–French dictionary serves
//! French–German alignment too. For one alignment problem the table is resolved to the
//! word type ids of that problem's vocabulary ([`Translations::resolve`]),
//! which gives a [`Lexicon`] like the one learned from the texts.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::Path;

use super::Lexicon;
use super::stems::Stems;
use crate::score::features::{Vocab, stem};
use crate::score::fold::fold;
use crate::score::hash::FastMap;
use crate::{Error, Lang};

/// Word translations per language pair, on stems (see the module docs).
///
/// Each language's stems are interned once (`Stems`) and each entry is
/// stored once, for the pair with the lower language first, threaded on a
/// list per stem of either side, so that it serves both directions. Two
/// tables are equal when they hold the same entries with the same weights.
#[derive(Clone, Debug, Default)]
pub struct Translations {
    /// Per language: the stems of its entries.
    stems: BTreeMap<Lang, Stems>,
    /// Per language pair `(a, b)` with `a < b`: its entries.
    pairs: BTreeMap<(Lang, Lang), Entries>,
}

/// Marks the end of a list of [`Entries`].
const END: u32 = u32::MAX;

/// The entries of one language pair `(a, b)`; side 0 is `a`, side 1 `b`.
#[derive(Clone, Debug, Default)]
struct Entries {
    /// Per side, per stem id of its language: its first entry, or [`END`].
    first: [Vec<u32>; 2],
    entries: Vec<Entry>,
}

/// One (stem, stem) translation.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Stem ids, side 0 then side 1.
    stems: [u32; 2],
    weight: f32,
    /// Per side: the next entry of the same stem, or [`END`].
    next: [u32; 2],
}

impl Entries {
    /// The indices of the entries of stem `id` on `side`.
    fn list(&self, side: usize, id: u32) -> impl Iterator<Item = usize> {
        let linked = |k: u32| (k != END).then_some(k as usize);
        let first = self.first[side].get(id as usize).copied().unwrap_or(END);
        std::iter::successors(linked(first), move |&k| linked(self.entries[k].next[side]))
    }

    /// The entries of stem `id` on `side`.
    fn of(&self, side: usize, id: u32) -> impl Iterator<Item = &Entry> {
        self.list(side, id).map(|k| &self.entries[k])
    }

    /// Adds the entry `stems` with `weight`, or raises its weight to
    /// `weight` if it is there with less.
    fn add(&mut self, stems: [u32; 2], weight: f32) {
        let found = self
            .list(0, stems[0])
            .find(|&k| self.entries[k].stems[1] == stems[1]);
        if let Some(k) = found {
            let e = &mut self.entries[k];
            e.weight = e.weight.max(weight);
            return;
        }
        let k = self.entries.len() as u32;
        let mut next = [END; 2];
        for (side, &id) in stems.iter().enumerate() {
            let first = &mut self.first[side];
            if first.len() <= id as usize {
                first.resize(id as usize + 1, END);
            }
            next[side] = std::mem::replace(&mut first[id as usize], k);
        }
        self.entries.push(Entry {
            stems,
            weight,
            next,
        });
    }
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
        let ((a, b), (x, y)) = if src < tgt {
            ((src, tgt), (s, t))
        } else {
            ((tgt, src), (t, s))
        };
        let x = self.stems.entry(a).or_default().intern(x);
        let y = self.stems.entry(b).or_default().intern(y);
        self.pairs.entry((a, b)).or_default().add([x, y], weight);
    }

    /// Adds every entry of `other`.
    pub fn extend(&mut self, other: &Translations) {
        for ((a, b), s, t, w) in other.entries() {
            self.insert_stems((a, b), s, t, w);
        }
    }

    /// Number of (stem, stem) entries, each counted in one direction.
    pub fn len(&self) -> usize {
        self.pairs.values().map(|e| e.entries.len()).sum()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// True when some entry translates between `src` and `tgt`.
    pub fn has_pair(&self, src: Lang, tgt: Lang) -> bool {
        self.pairs.contains_key(&(src.min(tgt), src.max(tgt)))
    }

    /// Every entry as (pair with the lower language first, its stem,
    /// the other's stem, weight), pair by pair, in the order added.
    fn entries(&self) -> impl Iterator<Item = ((Lang, Lang), &str, &str, f32)> {
        self.pairs.iter().flat_map(move |(&(a, b), list)| {
            let (sa, sb) = (&self.stems[&a], &self.stems[&b]);
            let text =
                move |e: &Entry| ((a, b), sa.text(e.stems[0]), sb.text(e.stems[1]), e.weight);
            list.entries.iter().map(text)
        })
    }

    /// [`Translations::entries`], sorted by pair and stems.
    fn sorted(&self) -> Vec<((Lang, Lang), &str, &str, f32)> {
        let mut lines: Vec<_> = self.entries().collect();
        lines.sort_by(|x, y| (x.0, x.1, x.2).cmp(&(y.0, y.1, y.2)));
        lines
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
        let side = usize::from(src > tgt);
        let list = self.pairs.get(&(src.min(tgt), src.max(tgt)))?;
        let (src_stems, tgt_stems) = (&self.stems[&src], &self.stems[&tgt]);
        let mut entries: FastMap<u32, Vec<(u32, f32)>> = FastMap::default();
        for (s, id) in vocab.stems(0) {
            let Some(s) = src_stems.get(s) else { continue };
            let mut found: Vec<(u32, f32)> = list
                .of(side, s)
                .filter_map(|e| {
                    let t = tgt_stems.text(e.stems[1 - side]);
                    Some((vocab.word_type(1, t)?, e.weight))
                })
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
        for ((a, b), s, t, w) in self.sorted() {
            writeln!(out, "{}\t{}\t{s}\t{t}\t{w}", a.code(), b.code())?;
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

impl PartialEq for Translations {
    fn eq(&self, other: &Self) -> bool {
        self.sorted() == other.sorted()
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
    fn an_entry_is_kept_once_whatever_its_direction_or_order() {
        let (de, fr) = (Lang::De, Lang::Fr);
        let mut a = Translations::default();
        a.insert((de, fr), "Gipfel", "sommet", 0.5);
        a.insert((fr, de), "sommet", "Gipfeln", 0.8);
        a.insert((de, fr), "Gipfel", "cime", 1.0);
        a.insert((de, fr), "Berg", "montagne", 1.0);
        a.insert((de, de), "Berg", "Gipfel", 1.0);
        a.insert((de, fr), "", "montagne", 1.0);
        let mut b = Translations::default();
        b.insert((fr, de), "montagne", "Berg", 1.0);
        b.insert((fr, de), "cime", "Gipfel", 1.0);
        b.insert((de, fr), "Gipfel", "sommet", 0.8);
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
        assert!(a.has_pair(fr, de) && a.has_pair(de, fr) && !a.has_pair(de, Lang::En));
        let mut v = Vocab::new([fr, de]);
        v.segment(0, "sommet cime montagne");
        v.segment(1, "Gipfel Berg");
        let lex = a.resolve(fr, de, &v).unwrap();
        let id = |side, w| v.word_type(side, w).unwrap();
        assert_eq!(lex.translations(id(0, "sommet")), [(id(1, "gipfel"), 0.8)]);
        assert_eq!(lex.translations(id(0, "montag")), [(id(1, "berg"), 1.0)]);
        let mut c = Translations::default();
        c.insert((de, Lang::En), "Berg", "mountain", 1.0);
        c.extend(&a);
        assert_eq!(c.len(), 4);
        assert!(c.has_pair(de, fr));
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
