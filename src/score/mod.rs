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
        let mut src: Vec<Segment> = src.iter().map(|t| vocab.segment(0, t)).collect();
        let tgt: Vec<Segment> = tgt.iter().map(|t| vocab.segment(1, t)).collect();
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
    ///
    /// The translations are looked up from both sides, so that two segments
    /// share the same lexical evidence whichever is the source. Each segment
    /// gets a key for each translation of its words, in the other side's
    /// word ids, and a key for each of its words that some word of the other
    /// text translates, in its own side's word ids: the first kind matches
    /// the partner's second kind, so a translation pair counts once looked up
    /// from each side, each time at half the [`KindWeights::lexicon`] weight
    /// (a pair of one-to-one translations weighs what it did when looked up
    /// from the source only). Looked up from the source only, the evidence
    /// depended on the direction wherever a word has several translations
    /// or several words one: on Text+Berg dev with the FreeDict
    /// dictionaries fr->de scored 0.884 where de->fr scored 0.899; looked
    /// up from both sides, 0.899 and 0.895 (BENCHMARKS.md, issue #13).
    pub fn add_lexicon(&mut self, lexicon: &Lexicon) {
        let lexicons = [lexicon, &lexicon.reversed()];
        let offsets = self.lexicon_offsets();
        let types = [self.vocab.word_types(0), self.vocab.word_types(1)];
        for (side, segs) in [&mut self.src, &mut self.tgt].into_iter().enumerate() {
            let (own, other) = (offsets[side], offsets[1 - side]);
            // Words of this side that some word of the other side translates.
            let known = lexicons[1 - side].targets(types[side]);
            for seg in segs.iter_mut() {
                seg.keys.retain(|k| k & LEX_BIT == 0);
                let translated = seg
                    .words
                    .iter()
                    .flat_map(|&w| lexicons[side].translations(w));
                let translated = translated.map(|&(t, _)| LEX_BIT | (other + t));
                let mine = seg.words.iter().filter(|&&w| known[w as usize]);
                let mine = mine.map(|&w| LEX_BIT | (own + w));
                seg.keys.extend(translated.chain(mine));
                seg.keys.sort_unstable();
                // Two words translated by one word of the other side: the
                // other side has that word's key once, so one copy matches.
                seg.keys.dedup_by(|a, b| a == b && *a & LEX_BIT != 0);
            }
        }
        self.weigh(Some(lexicons));
    }

    /// Where each side's word ids start among the lexicon keys: target
    /// words first, then source words.
    fn lexicon_offsets(&self) -> [u32; 2] {
        [self.vocab.word_types(1), 0]
    }

    /// Weighs every key by kind and inverse document frequency, and drops the
    /// keys that cannot or should not count: those found on one side only
    /// (they never match, so dropping them only shortens the merges) and
    /// those in more than [`STOP_SHARE`] of all segments (too common to tell
    /// segments apart, like the cognate prefix of a function word).
    ///
    /// With `grouped` (the lexicon whose keys the segments carry, as read
    /// from the source and from the target side), a word's translations
    /// count in its segment's total once, with the heaviest, however many
    /// there are: at most one of them can be the word its partner uses, and
    /// counting the others as unmatched evidence made a larger dictionary
    /// dilute the similarity of true pairs.
    fn weigh(&mut self, grouped: Option<[&Lexicon; 2]>) {
        let n = self.src.len() + self.tgt.len();
        let split = self.vocab.len();
        let slots = split + (self.vocab.word_types(0) + self.vocab.word_types(1)) as usize;
        let slot = |key: u32| match key & LEX_BIT {
            0 => key as usize,
            _ => split + (key & !LEX_BIT) as usize,
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
        let idf = |[s, t]: [u32; 2]| (1.0 + n as f32 / (s + t).max(1) as f32).ln();
        let kw = &self.kind_weights;
        let keys = (0..split)
            .map(|id| kw.of(self.vocab.kind(id as u32)) * idf(df[id]))
            .collect();
        // Half weight: every translation pair is looked up from both sides.
        let lexicon = df[split..]
            .iter()
            .map(|&d| 0.5 * kw.lexicon * idf(d))
            .collect();
        self.weights = Weights { keys, lexicon };
        // Totals include one-sided keys (evidence without a partner is
        // exactly what makes a pair dissimilar) but not common ones, which
        // count on neither side. Surface keys are pruned on the first call,
        // so their total is kept from then on; lexicon keys are added (and
        // pruned) anew each time.
        let first = !self.pruned;
        let weights = &self.weights;
        let counted = |k: u32| (first || k & LEX_BIT != 0) && !common(k);
        let offsets = self.lexicon_offsets();
        // The lexicon part of a total, by word type of each side: the word's
        // own key, if some word of the other side translates it, and its
        // heaviest translation (computed once a word type, not once a
        // segment: a dictionary gives common words dozens of translations).
        let by_word = |side: usize| -> Vec<f32> {
            let Some(lexicons) = grouped.filter(|_| !first) else {
                return Vec::new();
            };
            let (own, other) = (offsets[side], offsets[1 - side]);
            let types = self.vocab.word_types(side);
            let known = lexicons[1 - side].targets(types);
            let weight = |k: u32| if counted(k) { weights.of(k) } else { 0.0 };
            (0..types)
                .map(|w| {
                    let translations = lexicons[side].translations(w).iter();
                    let heaviest = translations
                        .map(|&(t, _)| weight(LEX_BIT | (other + t)))
                        .fold(0.0, f32::max);
                    let mine = if known[w as usize] {
                        weight(LEX_BIT | (own + w))
                    } else {
                        0.0
                    };
                    mine + heaviest
                })
                .collect()
        };
        let by_word = [by_word(0), by_word(1)];
        let lexical = |side: usize, seg: &Segment| -> f32 {
            let values = &by_word[side];
            match values.is_empty() {
                true => 0.0,
                false => seg.words.iter().map(|&w| values[w as usize]).sum(),
            }
        };
        let sides = [self.src.iter_mut(), self.tgt.iter_mut()];
        for (side, seg) in sides
            .into_iter()
            .enumerate()
            .flat_map(|(k, s)| s.map(move |x| (k, x)))
        {
            if first {
                let counted = seg.keys.iter().filter(|&&k| counted(k));
                seg.surface_total = counted.map(|&k| weights.of(k)).sum();
            }
            seg.total = seg.surface_total + lexical(side, seg);
            seg.keys.retain(keep);
        }
        self.pruned = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shared lexicon evidence and the two totals of every pair of segments.
    fn lexical(
        src: &[&str],
        tgt: &[&str],
        langs: [Lang; 2],
        table: &Translations,
    ) -> Vec<[f32; 3]> {
        let mut ev = Evidence::in_langs(src, tgt, langs, &KindWeights::default());
        let lexicon = table.resolve(langs[0], langs[1], &ev.vocab).unwrap();
        ev.add_lexicon(&lexicon);
        let mut out = Vec::new();
        for s in &ev.src {
            for t in &ev.tgt {
                out.push([shared(&s.keys, &t.keys, &ev.weights), s.total, t.total]);
            }
        }
        out
    }

    /// Filler segments without evidence, so that no key of the test texts
    /// is too common to count ([`STOP_SHARE`]).
    fn padded<'a>(texts: &[&'a str]) -> Vec<&'a str> {
        [texts, &["a"; 20]].concat()
    }

    #[test]
    fn lexicon_evidence_is_the_same_from_either_side() {
        // A German–French dictionary in which one word has two translations,
        // used for French–German: looked up from the source side only, the
        // pair "Die Katze" / "Le chat et le minou" shared twice as much
        // evidence from the German side (two translations found) as from the
        // French side (one German word found).
        let mut table = Translations::default();
        for (de, fr) in [("Hund", "chien"), ("Katze", "chat"), ("Katze", "minou")] {
            table.insert((Lang::De, Lang::Fr), de, fr, 1.0);
        }
        let de = padded(&["Der Hund schläft", "Die Katze", "Hund und Katze"]);
        let fr = padded(&["Le chien dort", "Le chat et le minou", "Chien"]);
        let ab = lexical(&de, &fr, [Lang::De, Lang::Fr], &table);
        let ba = lexical(&fr, &de, [Lang::Fr, Lang::De], &table);
        let cat = ab[de.len() + 1];
        assert!(cat[0] > 0.0, "{cat:?}");
        for i in 0..de.len() {
            for j in 0..fr.len() {
                let [shared, de_total, fr_total] = ab[i * fr.len() + j];
                let [back, fr_back, de_back] = ba[j * de.len() + i];
                let close = |a: f32, b: f32| (a - b).abs() < 1e-4;
                assert!(
                    close(shared, back) && close(de_total, de_back) && close(fr_total, fr_back),
                    "de {i} fr {j}: {:?} from German, {:?} from French",
                    ab[i * fr.len() + j],
                    ba[j * de.len() + i]
                );
            }
        }
    }
}
