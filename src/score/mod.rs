//! The evidence the aligner weighs: length cost and lexical similarity.
//!
//! - [`length`]: the Gale–Church length cost, with the ratio and variance
//!   estimated from the texts themselves;
//! - [`features`]: per-segment evidence keys (numbers normalised across
//!   locales, names across scripts, cognate prefixes, punctuation), computed
//!   once, so that comparing two segments is one merge of sorted integers;
//! - [`names`]: fuzzy (Jaro–Winkler) unification of inflected or irregularly
//!   transliterated names;
//! - [`lexicon`]: word translations learned from a first alignment pass,
//!   and [`Translations`] known beforehand: from bilingual dictionaries
//!   ([`dict`]) or learned over a whole archive.
//!
//! [`Evidence`] bundles both sides' features with the key weights.

pub mod dict;
pub mod features;
pub mod fold;
pub mod hash;
pub mod length;
pub mod lexicon;
pub mod names;
pub mod quantity;
pub mod tokens;

pub use features::{LEX_BIT, Segment, Vocab, shared};

use std::collections::HashSet;

use crate::Lang;
pub use length::LengthModel;
pub use lexicon::{ArchiveLexicon, Lexicon, Translations};

/// Keys present in more than this share of all segments are dropped.
pub const STOP_SHARE: f32 = 0.1;

/// The kinds of lexical evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A number, normalised across locales.
    Number,
    /// A capitalised word, transliterated, folded and phonetically normalised.
    Name,
    /// The first four folded letters of a word of four or more letters.
    Cognate,
    /// A punctuation class (`?`, `!`, `:`, quotes, parentheses).
    Punct,
    /// A word translation learned by [`Lexicon::learn`].
    Lexicon,
}

/// Relative weights of the kinds of evidence, before the inverse document
/// frequency factor. A shared number or name is rarer by chance than a shared
/// four-letter prefix, and punctuation is the weakest clue.
#[derive(Clone, Debug, PartialEq)]
pub struct KindWeights {
    /// Weight of a shared number.
    pub number: f32,
    /// Weight of a shared name.
    pub name: f32,
    /// Weight of a shared cognate prefix.
    pub cognate: f32,
    /// Weight of a shared punctuation mark.
    pub punct: f32,
    /// Weight of a learned translation pair.
    pub lexicon: f32,
}

impl Default for KindWeights {
    fn default() -> Self {
        KindWeights {
            number: 2.0,
            name: 1.0,
            cognate: 1.0,
            punct: 0.5,
            lexicon: 1.0,
        }
    }
}

impl KindWeights {
    fn of(&self, kind: Kind) -> f32 {
        match kind {
            Kind::Number => self.number,
            Kind::Name => self.name,
            Kind::Cognate => self.cognate,
            Kind::Punct => self.punct,
            Kind::Lexicon => self.lexicon,
        }
    }
}

/// The weight of every key: its kind's weight times its inverse document
/// frequency `ln(1 + N / df)` over the segments of both sides (Spärck Jones
/// 1972), so that a year named in every sentence counts for little.
#[derive(Clone, Debug, Default)]
pub struct Weights {
    keys: Vec<f32>,
    lexicon: Vec<f32>,
}

impl Weights {
    /// Weight 1 for every interned key (for tests and as a neutral start).
    pub fn uniform(vocab: &Vocab) -> Self {
        Weights {
            keys: vec![1.0; vocab.len()],
            lexicon: Vec::new(),
        }
    }

    /// The weight of `key`.
    #[inline]
    pub fn of(&self, key: u32) -> f32 {
        if key & LEX_BIT != 0 {
            self.lexicon
                .get((key & !LEX_BIT) as usize)
                .copied()
                .unwrap_or(0.0)
        } else {
            self.keys[key as usize]
        }
    }

    /// The total weight of a segment's keys, as computed by [`Evidence`]
    /// before one-sided keys were pruned.
    pub fn total(&self, seg: &Segment) -> f32 {
        seg.total
    }
}

/// The features of both sides of one alignment problem.
#[derive(Debug, Default)]
pub struct Evidence {
    /// The interning tables.
    pub vocab: Vocab,
    /// Source segments.
    pub src: Vec<Segment>,
    /// Target segments.
    pub tgt: Vec<Segment>,
    /// Key weights.
    pub weights: Weights,
    kind_weights: KindWeights,
    pruned: bool,
}

impl Evidence {
    /// Extracts the features of both sides, reading numbers by German
    /// conventions on both (see [`Vocab::new`]), and weighs the keys.
    pub fn new(src: &[&str], tgt: &[&str], kind_weights: &KindWeights) -> Self {
        Evidence::in_langs(src, tgt, [Lang::De; 2], kind_weights)
    }

    /// Extracts the features of a source text in `langs[0]` and a target in
    /// `langs[1]` (numbers are read by each side's conventions), and weighs
    /// the keys.
    pub fn in_langs(
        src: &[&str],
        tgt: &[&str],
        langs: [Lang; 2],
        kind_weights: &KindWeights,
    ) -> Self {
        let mut vocab = Vocab::new(langs);
        let mut src = vocab.segments(0, src);
        let tgt = vocab.segments(1, tgt);
        names::unify(&vocab, &mut src, &tgt);
        let mut ev = Evidence {
            vocab,
            src,
            tgt,
            weights: Weights::default(),
            kind_weights: kind_weights.clone(),
            pruned: false,
        };
        ev.weigh(None);
        ev
    }

    /// Adds `lexicon` keys to every segment (replacing earlier ones) and
    /// reweighs.
    pub fn add_lexicon(&mut self, lexicon: &Lexicon) {
        let targets = lexicon.targets(self.vocab.word_types(1));
        for seg in &mut self.src {
            seg.keys.retain(|k| k & LEX_BIT == 0);
            let translated = seg.words.iter().flat_map(|&w| lexicon.translations(w));
            seg.keys.extend(translated.map(|&(t, _)| LEX_BIT | t));
            seg.keys.sort_unstable();
        }
        for seg in &mut self.tgt {
            seg.keys.retain(|k| k & LEX_BIT == 0);
            let known = seg.words.iter().filter(|&&w| targets[w as usize]);
            seg.keys.extend(known.map(|&t| LEX_BIT | t));
            seg.keys.sort_unstable();
        }
        self.weigh(Some(lexicon));
    }

    /// Weighs every key by kind and inverse document frequency, and drops the
    /// keys that cannot or should not count: those found on one side only
    /// (they never match, so dropping them only shortens the merges) and
    /// those in more than [`STOP_SHARE`] of all segments (too common to tell
    /// segments apart, like the cognate prefix of a function word).
    /// On the first call, each segment's [`Segment::orphan`] is set: the
    /// weight of its numbers and names that occur on its side only.
    ///
    /// With `grouped` (the lexicon whose keys the segments carry), a source
    /// word counts in its segment's total once, with its heaviest
    /// translation, however many translations it has: at most one of them
    /// can be the word its partner uses, and counting the others as
    /// unmatched evidence made a larger dictionary dilute the similarity of
    /// true pairs.
    fn weigh(&mut self, grouped: Option<&Lexicon>) {
        let n = self.src.len() + self.tgt.len();
        let slots = self.vocab.len() + self.vocab.word_types(1) as usize;
        let slot = |key: u32| match key & LEX_BIT {
            0 => key as usize,
            _ => self.vocab.len() + (key & !LEX_BIT) as usize,
        };
        let mut df = vec![[0u32; 2]; slots];
        for (side, segs) in [&self.src, &self.tgt].into_iter().enumerate() {
            for seg in segs {
                for (k, &key) in seg.keys.iter().enumerate() {
                    if k == 0 || seg.keys[k - 1] != key {
                        df[slot(key)][side] += 1;
                    }
                }
            }
        }
        let stop = (STOP_SHARE * n as f32).max(2.0) as u32;
        let common = |key: u32| {
            let [s, t] = df[slot(key)];
            s + t > stop
        };
        let keep = |key: &u32| {
            let [s, t] = df[slot(*key)];
            s > 0 && t > 0 && !common(*key)
        };
        // A number or a name that the other text never states, in digits or
        // in words (a German capitalised word may be any noun).
        // Surface keys are weighed on the first call only.
        let spelled = [&self.src, &self.tgt].map(|segs| {
            let stated = segs.iter().flat_map(|s| &s.quantities);
            (stated.filter(|q| q.spelled && !self.pruned))
                .filter_map(|q| self.vocab.number_key(q))
                .collect::<HashSet<u32>>()
        });
        let orphan = |key: u32| {
            let [s, t] = df[slot(key)];
            let side = match (s, t) {
                (_, 0) => 0,
                (0, _) => 1,
                _ => return false,
            };
            match self.vocab.kind(key) {
                Kind::Number => !spelled[1 - side].contains(&key),
                Kind::Name => !self.vocab.lang(side).capitalises_nouns(),
                _ => false,
            }
        };
        let idf = |[s, t]: [u32; 2]| (1.0 + n as f32 / (s + t).max(1) as f32).ln();
        let kw = &self.kind_weights;
        let split = self.vocab.len();
        let keys = (0..split)
            .map(|id| kw.of(self.vocab.kind(id as u32)) * idf(df[id]))
            .collect();
        let lexicon = df[split..].iter().map(|&d| kw.lexicon * idf(d)).collect();
        self.weights = Weights { keys, lexicon };
        // Totals include one-sided keys (evidence without a partner is
        // exactly what makes a pair dissimilar) but not common ones, which
        // count on neither side. Surface keys are pruned on the first call,
        // so their total is kept from then on; lexicon keys are added (and
        // pruned) anew each time.
        let first = !self.pruned;
        let weights = &self.weights;
        let counted = |k: u32| (first || k & LEX_BIT != 0) && !common(k);
        let sum = |seg: &Segment| -> f32 {
            seg.keys
                .iter()
                .filter(|&&k| counted(k))
                .map(|&k| weights.of(k))
                .sum()
        };
        // Lexicon keys of a source segment, each word with its heaviest
        // translation (surface keys are weighed on the first call only,
        // before any lexicon is added).
        let by_word = |seg: &Segment| -> Option<f32> {
            let lexicon = grouped.filter(|_| !first)?;
            let heaviest = |w: &u32| {
                lexicon
                    .translations(*w)
                    .iter()
                    .map(|&(t, _)| LEX_BIT | t)
                    .filter(|&k| counted(k))
                    .map(|k| weights.of(k))
                    .fold(0.0, f32::max)
            };
            Some(seg.words.iter().map(heaviest).sum())
        };
        let sides = [self.src.iter_mut(), self.tgt.iter_mut()];
        for (side, seg) in sides
            .into_iter()
            .enumerate()
            .flat_map(|(k, s)| s.map(move |x| (k, x)))
        {
            let now = match side {
                0 => by_word(seg).unwrap_or_else(|| sum(seg)),
                _ => sum(seg),
            };
            if first {
                seg.surface_total = now;
                seg.orphan = seg
                    .keys
                    .iter()
                    .filter(|&&k| k & LEX_BIT == 0 && !common(k) && orphan(k))
                    .map(|&k| weights.of(k))
                    .sum();
            }
            seg.total = seg.surface_total + if first { 0.0 } else { now };
            seg.keys.retain(keep);
        }
        self.pruned = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(src: &[&str], tgt: &[&str]) -> Evidence {
        Evidence::in_langs(src, tgt, [Lang::En, Lang::Fr], &KindWeights::default())
    }

    #[test]
    fn orphans_are_the_numbers_and_names_the_other_text_never_states() {
        let src = [
            "Merkel met Macron in Paris.",
            "they spoke about 250 projects and 17 contracts.",
            "then she travelled to Rome.",
        ];
        let tgt = [
            "Merkel a rencontré Macron à Paris.",
            "ils ont parlé de 250 projets et de 18 contrats.",
        ];
        let ev = evidence(&src, &tgt);
        // Every name of the first sentences has its partner.
        assert_eq!((ev.src[0].orphan, ev.tgt[0].orphan), (0.0, 0.0));
        // 250 is stated on both sides, 17 and 18 on one each; cognates
        // (projects, contracts) are never orphans.
        assert!(ev.src[1].orphan > 0.0 && ev.tgt[1].orphan > 0.0);
        assert!(ev.src[1].orphan < ev.src[1].total);
        // Rome is named in English only.
        assert!(ev.src[2].orphan > 0.0 && ev.src[2].orphan < ev.src[2].total);
        let agreed = ["they spoke about 250 projects and 18 contracts."];
        let ev = evidence(&agreed, &tgt[1..]);
        assert_eq!((ev.src[0].orphan, ev.tgt[0].orphan), (0.0, 0.0));
    }

    #[test]
    fn a_number_the_other_side_writes_in_words_is_no_orphan() {
        let ev = evidence(&["he waited 30 days."], &["il a attendu trente jours."]);
        assert_eq!(ev.src[0].orphan, 0.0);
        let ev = evidence(&["he waited 30 days."], &["il a attendu des jours."]);
        assert!(ev.src[0].orphan > 0.0);
    }

    #[test]
    fn a_german_noun_is_no_orphan_name() {
        let de = ["Die Regierung traf Macron in Lyon."];
        let fr = ["Le gouvernement a rencontré Macron."];
        let ev = Evidence::in_langs(&de, &fr, [Lang::De, Lang::Fr], &KindWeights::default());
        assert_eq!(ev.src[0].orphan, 0.0);
        // The same sentence with the languages' roles swapped: a French
        // capitalised word the German lacks is an orphan name.
        let fr = ["Le gouvernement a rencontré Macron à Lyon."];
        let de = ["Die Regierung traf Macron."];
        let ev = Evidence::in_langs(&fr, &de, [Lang::Fr, Lang::De], &KindWeights::default());
        assert!(ev.src[0].orphan > 0.0);
    }
}
