//! Per-segment features, computed once before the dynamic program.
//!
//! Every piece of lexical evidence becomes an interned `u32` key shared by both
//! languages (`n:1000` for a number, `c:expe` for a cognate prefix, `N:lavrov`
//! for a name, `p:?` for a question mark, lexicon keys for learned
//! translations). Number keys are the values the evidence layer reads
//! ([`quantities`], by each side's language), and the segment keeps those
//! quantities, so that the beads' number evidence reuses them instead of
//! reading the text again. A segment keeps its keys sorted, with repeats, so the
//! evidence two segments share is one linear merge of two short vectors.

use std::collections::HashMap;

use rayon::prelude::*;

use super::hash::FastMap;

use super::fold::{fold, phonetic};
use super::quantity::{Quantity, Value, quantities};
use super::tokens::{Token, tokens};
use super::{Kind, Weights};
use crate::Lang;

/// Keys with this bit set are lexicon keys: the rest is a target word id.
pub const LEX_BIT: u32 = 1 << 31;

/// The features of one segment (a sentence, or a paragraph as the union of its
/// sentences).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Segment {
    /// Length in characters (Unicode scalar values), as Gale–Church use.
    pub chars: u32,
    /// Evidence keys, sorted, repeats kept (a repeat is a second occurrence).
    pub keys: Vec<u32>,
    /// Total weight of the segment's evidence, including keys that have no
    /// partner on the other side (set by [`Evidence`](super::Evidence)).
    pub total: f32,
    /// The part of `total` due to surface keys (all but lexicon keys).
    pub surface_total: f32,
    /// The part of `total` due to numbers and names that occur nowhere in
    /// the other side's text (see [`Evidence`](super::Evidence)).
    pub orphan: f32,
    /// Word type ids (stems, see [`STEM_LETTERS`]) of this side's
    /// vocabulary, sorted and deduplicated; the material the lexicon is
    /// learned from.
    pub words: Vec<u32>,
    /// The quantities of the segment's text, in text order (see
    /// [`quantities`]); empty for segments built from others (paragraphs).
    pub quantities: Vec<Quantity>,
}

/// Interning tables, shared by both sides of one alignment, and the
/// languages whose conventions the two sides' numbers are read by.
#[derive(Debug)]
pub struct Vocab {
    /// Source and target language (by default German on both sides: its
    /// decimal comma and `.` grouping are those of four of the five
    /// languages; only English differs).
    langs: [Lang; 2],
    keys: FastMap<String, u32>,
    /// Reused buffer for building key texts without allocating.
    scratch: String,
    kinds: Vec<Kind>,
    /// Per side: raw word -> (word type id, cognate key, name key).
    words: [FastMap<String, WordInfo>; 2],
    /// Per side: word stem -> word type id.
    stems: [FastMap<String, u32>; 2],
    /// Per side: number of word types.
    word_types: [u32; 2],
}

/// Letters kept of a folded word to form its lexicon word type: a crude stem
/// that lets inflected forms (German cases, Russian declension, Romance
/// plurals) pool their co-occurrence counts. Text+Berg dev is indifferent to
/// lengths 5 to 8 (strict F1 within 0.001).
pub const STEM_LETTERS: usize = 6;

/// The lexicon word type of an already [`fold`]ed word: its first
/// [`STEM_LETTERS`] letters. Learned lexicons, dictionaries and the
/// segments' [`Segment::words`] all meet on this form.
pub fn stem(folded: &str) -> String {
    folded.chars().take(STEM_LETTERS).collect()
}

impl Default for Vocab {
    /// German conventions on both sides (see [`Vocab::new`]).
    fn default() -> Self {
        Vocab::new([Lang::De; 2])
    }
}

#[derive(Clone, Copy, Debug)]
struct WordInfo {
    word: u32,
    cognate: Option<u32>,
    name: Option<u32>,
}

impl Vocab {
    /// Empty tables for a source text in `langs[0]` and a target in `langs[1]`.
    pub fn new(langs: [Lang; 2]) -> Self {
        Vocab {
            langs,
            keys: FastMap::default(),
            scratch: String::new(),
            kinds: Vec::new(),
            words: Default::default(),
            stems: Default::default(),
            word_types: [0; 2],
        }
    }

    /// The kind of an interned (non-lexicon) key.
    pub fn kind(&self, key: u32) -> Kind {
        if key & LEX_BIT != 0 {
            Kind::Lexicon
        } else {
            self.kinds[key as usize]
        }
    }

    /// Number of interned (non-lexicon) keys.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// True when nothing is interned yet.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Number of word types seen on `side` (0 source, 1 target).
    pub fn word_types(&self, side: usize) -> u32 {
        self.word_types[side]
    }

    /// The word type id of `stem` (see [`stem`]) on `side`, when some
    /// segment of that side has a word of that stem.
    pub fn word_type(&self, side: usize, stem: &str) -> Option<u32> {
        self.stems[side].get(stem).copied()
    }

    /// Every stem seen on `side`, with its word type id.
    pub fn stems(&self, side: usize) -> impl Iterator<Item = (&str, u32)> {
        self.stems[side].iter().map(|(s, &id)| (s.as_str(), id))
    }

    /// Interns `prefix` + `text`, allocating only for a new key.
    fn intern_parts(&mut self, kind: Kind, prefix: &str, text: &str) -> u32 {
        let mut key = std::mem::take(&mut self.scratch);
        key.clear();
        key.push_str(prefix);
        key.push_str(text);
        let id = self.intern(kind, &key);
        self.scratch = key;
        id
    }

    fn intern(&mut self, kind: Kind, text: &str) -> u32 {
        if let Some(&id) = self.keys.get(text) {
            return id;
        }
        let id = self.kinds.len() as u32;
        self.keys.insert(text.to_string(), id);
        self.kinds.push(kind);
        id
    }

    /// The language of `side`.
    pub fn lang(&self, side: usize) -> Lang {
        self.langs[side]
    }

    fn word(&mut self, side: usize, raw: &str) -> WordInfo {
        if let Some(info) = self.words[side].get(raw) {
            return *info;
        }
        let folded = fold(raw);
        let letters = folded.chars().count();
        let stem = stem(&folded);
        let next = self.word_types[side];
        let word = *self.stems[side].entry(stem).or_insert(next);
        if word == next {
            self.word_types[side] += 1;
        }
        // Simard, Foster & Isabelle (1992): words of four or more letters that
        // share their first four are likely cognates.
        let cognate = (letters >= 4).then(|| {
            let prefix: String = folded.chars().take(4).collect();
            self.intern(Kind::Cognate, &format!("c:{prefix}"))
        });
        let capital = raw.chars().next().is_some_and(char::is_uppercase);
        let name = (capital && letters >= 3)
            .then(|| self.intern(Kind::Name, &format!("N:{}", phonetic(&folded))));
        let info = WordInfo {
            word,
            cognate,
            name,
        };
        self.words[side].insert(raw.to_string(), info);
        info
    }

    /// Features of one segment on `side` (0 source, 1 target).
    pub fn segment(&mut self, side: usize, text: &str) -> Segment {
        let read = Read::of(text, self.langs[side]);
        self.segment_read(side, read)
    }

    /// Features of the segments of `side`, in order: each text is read on
    /// any core (`Read::of`), a block at a time, and its keys are then
    /// interned in order, so the ids are those [`Vocab::segment`] gives.
    pub fn segments(&mut self, side: usize, texts: &[&str]) -> Vec<Segment> {
        let lang = self.langs[side];
        let mut out = Vec::with_capacity(texts.len());
        for block in texts.chunks(READ_BLOCK) {
            let read: Vec<Read> = block.par_iter().map(|t| Read::of(t, lang)).collect();
            out.extend(read.into_iter().map(|r| self.segment_read(side, r)));
        }
        out
    }

    /// Interns what `read` found on `side`.
    fn segment_read(&mut self, side: usize, read: Read) -> Segment {
        // Most tokens give one key (a word up to two, some none): sized once
        // rather than grown by doubling, which cost 1.3% of a 10x dev run.
        let mut keys = Vec::with_capacity(read.tokens.len());
        let mut words = Vec::with_capacity(read.tokens.len());
        for token in read.tokens {
            match token {
                Token::Word(w) => {
                    let info = self.word(side, w);
                    words.push(info.word);
                    keys.extend(info.cognate);
                    keys.extend(info.name);
                }
                Token::Number(_) => {}
                Token::Punct(p) => keys.push(self.intern_parts(Kind::Punct, "p:", p.name())),
            }
        }
        for q in read.quantities.iter().filter(|q| !q.spelled) {
            self.number_keys(q, &mut keys);
        }
        keys.sort_unstable();
        words.sort_unstable();
        words.dedup();
        Segment {
            chars: read.chars,
            keys,
            total: 0.0,
            surface_total: 0.0,
            orphan: 0.0,
            words,
            quantities: read.quantities,
        }
    }

    /// The keys of a quantity written in digits (number words such as
    /// `zwei`, `premier` are common words, which as keys pulled the path
    /// off the diagonal of repeated texts: the Text+Berg ×20 search widened
    /// its bands and took twice the time): its value, `n:22900` or
    /// `d:2021-03-14` (a date's year is not a key of its own: it cost 10%
    /// of the ×60 search time and no dev F1).
    fn number_keys(&mut self, q: &Quantity, keys: &mut Vec<u32>) {
        let mut text = std::mem::take(&mut self.scratch);
        number_text(q, &mut text);
        keys.push(self.intern(Kind::Number, &text));
        self.scratch = text;
    }

    /// The key a quantity written in digits with `q`'s value has, if any
    /// segment stated one: how a number written out in words (`thirty`)
    /// finds the figure (`30`) the other side writes.
    pub fn number_key(&self, q: &Quantity) -> Option<u32> {
        let mut text = String::new();
        number_text(q, &mut text);
        self.keys.get(text.as_str()).copied()
    }

    /// The text of every interned name key (the phonetic form), by key.
    pub fn name_texts(&self) -> HashMap<u32, &str> {
        self.keys
            .iter()
            .filter(|(_, id)| self.kinds[**id as usize] == Kind::Name)
            .map(|(text, id)| (*id, &text[2..]))
            .collect()
    }
}

/// The text of a quantity's key, in `text` (cleared first).
fn number_text(q: &Quantity, text: &mut String) {
    use std::fmt::Write;
    text.clear();
    match q.value {
        Value::Number(n) => {
            let _ = write!(text, "n:{n}");
        }
        Value::Date { .. } => text.push_str(&q.key()),
    }
}

/// Segments read on one core before their keys are interned in order
/// ([`Vocab::segments`]): enough to keep both cores busy, few enough that
/// the tokens held at once stay small.
const READ_BLOCK: usize = 2048;

/// What a segment's features take from its text alone (tokens, stated
/// quantities, length), free of the vocabulary, so that it can be read on
/// any core.
struct Read<'a> {
    tokens: Vec<Token<'a>>,
    quantities: Vec<Quantity>,
    chars: u32,
}

impl<'a> Read<'a> {
    fn of(text: &'a str, lang: Lang) -> Self {
        Read {
            tokens: tokens(text),
            quantities: quantities(text, lang),
            chars: super::length::length_of(text),
        }
    }
}

/// The weighted amount of evidence two sorted key vectors share: each key
/// counts as often as it occurs in both.
#[inline]
pub fn shared(a: &[u32], b: &[u32], weights: &Weights) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    // Branch-light merge: both cursors advance on equality.
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x == y {
            sum += weights.of(x);
        }
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_names_and_cognates_become_shared_keys() {
        let mut v = Vocab::default();
        let de = v.segment(0, "Der Dhaulagiri ( 8172 m ) wurde 1.000 mal bestiegen ?");
        let fr = v.segment(1, "Le Dhaulagiri ( 8172 m ) fut gravi 1 000 fois ?");
        let weights = Weights::uniform(&v);
        // dhau cognate, Dhaulagiri name, 8172, 1000, two parens, ?.
        assert_eq!(shared(&de.keys, &fr.keys, &weights), 7.0);
        assert!(de.chars > 0 && !de.words.is_empty());
    }

    /// Reading on every core interns the keys in text order: the same
    /// segments, and the same ids, as one segment at a time, across blocks.
    #[test]
    fn segments_read_in_parallel_equal_segments_read_in_turn() {
        let texts: Vec<String> = (0..READ_BLOCK + 300)
            .map(|i| {
                format!(
                    "Am {} Mai kamen {i} Gäste nach Zürich ({}) ?",
                    i % 31,
                    i * 7 % 13
                )
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let langs = [Lang::De, Lang::Fr];
        let mut one = Vocab::new(langs);
        let in_turn: Vec<Segment> = texts.iter().map(|t| one.segment(0, t)).collect();
        let mut all = Vocab::new(langs);
        assert_eq!(all.segments(0, &texts), in_turn);
        assert_eq!(all.len(), one.len());
    }

    #[test]
    fn numbers_are_read_by_each_sides_conventions() {
        let mut v = Vocab::new([Lang::De, Lang::En]);
        let de = v.segment(0, "Rund 22,9 Tausend Besucher am 14. März 2021.");
        let en = v.segment(1, "About 22,900 visitors on 14 March 2021.");
        let numbers = |s: &Segment| {
            s.keys
                .iter()
                .filter(|&&k| v.kind(k) == Kind::Number)
                .count()
        };
        // 22900 and the date on each side.
        assert_eq!((numbers(&de), numbers(&en)), (2, 2));
        let weights = Weights::uniform(&v);
        let only_numbers = |s: &Segment| -> Vec<u32> {
            let keep = s.keys.iter().filter(|&&k| v.kind(k) == Kind::Number);
            keep.copied().collect()
        };
        assert_eq!(
            shared(&only_numbers(&de), &only_numbers(&en), &weights),
            2.0
        );
        assert_eq!(de.quantities[0].key(), "n:22900");
        // `1.250` is a thousand and more in German, a decimal in English.
        let read = |lang: Lang| Vocab::new([lang; 2]).segment(0, "1.250").quantities[0].key();
        assert_eq!(
            (read(Lang::De), read(Lang::En)),
            ("n:1250".into(), "n:1.25".into())
        );
    }

    #[test]
    fn cyrillic_names_meet_latin_ones() {
        let mut v = Vocab::default();
        let ru = v.segment(0, "Сказал Лавров сегодня.");
        let de = v.segment(1, "Das sagte Lawrow heute.");
        let weights = Weights::uniform(&v);
        assert!(shared(&ru.keys, &de.keys, &weights) >= 1.0);
    }
}
