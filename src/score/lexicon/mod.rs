//! A bilingual lexicon learned from the texts being aligned, without any
//! dictionary: the idea of Moore (2002, "Fast and Accurate Sentence Alignment
//! of Bilingual Corpora", AMTA) and of hunalign's realign pass (Varga et al.
//! 2005). A first, length-and-surface pass yields confident 1-1 beads; word
//! pairs that co-occur in those beads far more often than chance become
//! translations; a second pass counts them as shared evidence.
//!
//! Association is the Dice coefficient over beads, `2 c(s,t) / (c(s) + c(t))`,
//! which is cheap and, unlike raw co-occurrence counts, does not favour
//! frequent function words. A pair must co-occur at least [`MIN_PAIRS`] times,
//! so that a single coincidence is not learned.
//!
//! Translations known beforehand (dictionaries, an archive-wide lexicon)
//! live in a [`Translations`] table and are resolved to a [`Lexicon`] of
//! the same form for each pair of texts ([`Translations::resolve`]).

pub mod archive;
mod stems;
pub mod table;

use rayon::prelude::*;

use super::hash::FastMap;

use super::features::Segment;

pub use archive::ArchiveLexicon;
pub use table::Translations;

/// Fewest beads in which a word pair must co-occur.
pub const MIN_PAIRS: u32 = 2;
/// Lowest Dice coefficient kept.
pub const MIN_DICE: f32 = 0.3;
/// Translations kept per source word.
pub const MAX_TRANSLATIONS: usize = 1;
/// Beads sampled for learning: the association estimates saturate long before
/// an archive-sized input is exhausted, and this keeps learning linear.
pub const MAX_BEADS: usize = 5000;

/// Source word type id -> its learned target word type ids, with Dice scores.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Entries,
}

impl Lexicon {
    /// Learns from `pairs` of (source, target) segment indices believed to be
    /// translations of each other.
    pub fn learn(src: &[Segment], tgt: &[Segment], pairs: &[(usize, usize)]) -> Self {
        let stride = pairs.len().div_ceil(MAX_BEADS).max(1);
        let sample: Vec<(usize, usize)> = pairs.iter().step_by(stride).copied().collect();
        let words = |side: &[Segment], k: usize| {
            let picked = sample.iter().map(|p| [p.0, p.1][k]);
            count(picked.flat_map(|i| side[i].words.iter().copied()))
        };
        let counts = rayon::join(|| words(src, 0), || words(tgt, 1));
        let shards: Vec<Entries> = (0..SHARDS)
            .into_par_iter()
            .map(|k| shard(src, tgt, &sample, &counts, k))
            .collect();
        Lexicon {
            entries: shards.into_iter().flatten().collect(),
        }
    }

    /// Adds `other`'s translations to this lexicon's (a word's list is the
    /// union of both, without repeats).
    pub fn merge(&mut self, other: &Lexicon) {
        for (&s, list) in &other.entries {
            let mine = self.entries.entry(s).or_default();
            for &(t, w) in list {
                if !mine.iter().any(|e| e.0 == t) {
                    mine.push((t, w));
                }
            }
        }
    }

    /// Number of source words with at least one translation.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing was learned.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The translations of source word `s`, best first.
    pub fn translations(&self, s: u32) -> &[(u32, f32)] {
        self.entries.get(&s).map_or(&[], Vec::as_slice)
    }

    /// Every target word that is some translation, as a membership table
    /// indexed by target word id.
    pub fn targets(&self, tgt_word_types: u32) -> Vec<bool> {
        let mut seen = vec![false; tgt_word_types as usize];
        for list in self.entries.values() {
            for &(t, _) in list {
                seen[t as usize] = true;
            }
        }
        seen
    }
}

/// Source word id -> its translations with their Dice scores, best first.
type Entries = FastMap<u32, Vec<(u32, f32)>>;

/// Shards of the source words (by id) whose co-occurrence counts
/// [`Lexicon::learn`] gathers in parallel: a word pair is counted in its
/// source word's shard alone, so the shards' entries never overlap and the
/// lexicon is the same for any number of threads.
const SHARDS: u32 = 8;

/// How often each word occurs in `words`.
fn count(words: impl Iterator<Item = u32>) -> FastMap<u32, u32> {
    let mut counts: FastMap<u32, u32> = FastMap::default();
    for w in words {
        *counts.entry(w).or_default() += 1;
    }
    counts
}

/// The entries of [`Lexicon::learn`] for the source words of shard `k`:
/// the word pairs co-occurring in at least [`MIN_PAIRS`] of the `sample`
/// beads with a Dice coefficient (from the word `counts` of either side) of
/// at least [`MIN_DICE`], the best [`MAX_TRANSLATIONS`] per source word.
fn shard(
    src: &[Segment],
    tgt: &[Segment],
    sample: &[(usize, usize)],
    (src_count, tgt_count): &(FastMap<u32, u32>, FastMap<u32, u32>),
    k: u32,
) -> Entries {
    let mut joint: FastMap<u64, u32> = FastMap::default();
    for &(i, j) in sample {
        for &s in src[i].words.iter().filter(|&&s| s % SHARDS == k) {
            for &t in &tgt[j].words {
                *joint
                    .entry((u64::from(s) << 32) | u64::from(t))
                    .or_default() += 1;
            }
        }
    }
    let mut entries = Entries::default();
    for (key, c) in joint {
        if c < MIN_PAIRS {
            continue;
        }
        let (s, t) = ((key >> 32) as u32, key as u32);
        let dice = 2.0 * c as f32 / (src_count[&s] + tgt_count[&t]) as f32;
        if dice >= MIN_DICE {
            entries.entry(s).or_default().push((t, dice));
        }
    }
    for list in entries.values_mut() {
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(MAX_TRANSLATIONS);
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(words: &[u32]) -> Segment {
        Segment {
            chars: 10,
            keys: Vec::new(),
            words: words.to_vec(),
            ..Segment::default()
        }
    }

    #[test]
    fn learns_consistent_pairs_only() {
        // Word 1 always faces word 7; word 2 faces a different word each time.
        let src: Vec<Segment> = (0..6).map(|k| seg(&[1, 2 + 10 * (k % 2)])).collect();
        let tgt: Vec<Segment> = (0..6).map(|k| seg(&[7, 20 + k as u32])).collect();
        let pairs: Vec<(usize, usize)> = (0..6).map(|k| (k, k)).collect();
        let lex = Lexicon::learn(&src, &tgt, &pairs);
        assert_eq!(lex.translations(1)[0].0, 7);
        assert!(lex.translations(2).iter().all(|&(t, _)| t == 7));
        assert!(lex.targets(30)[7]);
    }

    #[test]
    fn every_shard_learns_its_own_words() {
        // Source word w always faces target word 100 + w, over more words
        // than there are shards; each sentence also carries a shared word.
        let words = 3 * SHARDS;
        let src: Vec<Segment> = (0..4 * words).map(|k| seg(&[k % words, 99])).collect();
        let tgt: Vec<Segment> = (0..4 * words).map(|k| seg(&[100 + k % words])).collect();
        let pairs: Vec<(usize, usize)> = (0..src.len()).map(|k| (k, k)).collect();
        let lex = Lexicon::learn(&src, &tgt, &pairs);
        for w in 0..words {
            assert_eq!(lex.translations(w), [(100 + w, 1.0)], "word {w}");
        }
        assert_eq!(lex.len(), words as usize);
    }

    #[test]
    fn merging_adds_translations_without_repeats() {
        let mut a = Lexicon::default();
        a.entries.insert(1, vec![(7, 0.9)]);
        let mut b = Lexicon::default();
        b.entries.insert(1, vec![(7, 1.0), (8, 1.0)]);
        b.entries.insert(2, vec![(9, 1.0)]);
        a.merge(&b);
        assert_eq!(a.translations(1), [(7, 0.9), (8, 1.0)]);
        assert_eq!(a.translations(2), [(9, 1.0)]);
        assert_eq!(a.len(), 2);
    }
}
