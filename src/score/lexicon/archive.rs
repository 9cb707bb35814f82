//! Word translations learned across a whole archive (Moore 2002, applied
//! across documents rather than within one): the confident 1-1 beads of a
//! first alignment pass over every release are pooled per language pair,
//! and a word pair becomes a translation when it co-occurs in those beads
//! both often (Dice coefficient) and significantly (Dunning's 1993
//! log-likelihood ratio), so that a pair seen twice in a thousand beads by
//! chance is not learned. A single release rarely repeats a word pair often
//! enough to learn it; an archive of thousands does.
//!
//! Memory is bounded: at most [`MAX_BEADS`] beads per language pair are
//! counted, and when the co-occurrence table outgrows [`MAX_JOINT`] the
//! pairs seen once are dropped (they are the bulk of it and the least
//! likely to become translations).

use std::collections::BTreeMap;

use super::Translations;
use crate::Lang;
use crate::score::features::stem;
use crate::score::fold::fold;
use crate::score::hash::FastMap;
use crate::score::tokens::{Token, tokens};

/// Beads of a first pass scored at least this (their posterior) are the
/// material of the lexicon: on Text+Berg dev, beads scored 0.95 or more are
/// 95-97% exactly right, 0.8-0.95 about 90%.
pub const CONFIDENT: f64 = 0.9;

/// The (source, target) indices of the confident 1-1 beads among `beads`
/// given as (source range, target range, score).
pub fn confident<'a>(
    beads: impl IntoIterator<Item = (&'a std::ops::Range<usize>, &'a std::ops::Range<usize>, f64)>,
) -> impl Iterator<Item = (usize, usize)> {
    beads
        .into_iter()
        .filter(|(s, t, score)| s.len() == 1 && t.len() == 1 && *score >= CONFIDENT)
        .map(|(s, t, _)| (s.start, t.start))
}

/// Beads counted per language pair.
pub const MAX_BEADS: u32 = 200_000;
/// Co-occurrence entries kept per language pair before pruning.
pub const MAX_JOINT: usize = 4_000_000;
/// Fewest beads in which a word pair must co-occur.
pub const MIN_PAIRS: u32 = 3;
/// Lowest Dice coefficient kept.
pub const MIN_DICE: f32 = 0.3;
/// Lowest log-likelihood ratio kept: 10.83 is the 0.1% level of the
/// chi-squared distribution with one degree of freedom.
pub const MIN_G2: f64 = 10.83;
/// Translations kept per source word, best first.
pub const MAX_TRANSLATIONS: usize = 1;
/// Shortest stem learned: one- and two-letter words are articles,
/// prepositions and elided clitics (`l'`, `s'`, `d'`), found in most beads
/// of every pair of languages and a translation of nothing in particular.
pub const MIN_LETTERS: usize = 3;

/// Co-occurrence counts of one language pair.
#[derive(Debug, Default)]
struct Counts {
    ids: [FastMap<String, u32>; 2],
    words: [Vec<String>; 2],
    freq: [Vec<u32>; 2],
    joint: FastMap<u64, u32>,
    beads: u32,
}

impl Counts {
    fn ids(&mut self, side: usize, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = tokens(text)
            .into_iter()
            .filter_map(|t| match t {
                Token::Word(w) => Some(self.id(side, stem(&fold(w)))),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    fn id(&mut self, side: usize, word: String) -> u32 {
        if let Some(&id) = self.ids[side].get(&word) {
            return id;
        }
        let id = self.words[side].len() as u32;
        self.ids[side].insert(word.clone(), id);
        self.words[side].push(word);
        self.freq[side].push(0);
        id
    }

    fn add(&mut self, src: &str, tgt: &str, cap: u32) {
        if self.beads >= cap {
            return;
        }
        self.beads += 1;
        let (s, t) = (self.ids(0, src), self.ids(1, tgt));
        for (side, ids) in [(0, &s), (1, &t)] {
            for &w in ids {
                self.freq[side][w as usize] += 1;
            }
        }
        for &a in &s {
            for &b in &t {
                *self
                    .joint
                    .entry((u64::from(a) << 32) | u64::from(b))
                    .or_default() += 1;
            }
        }
        if self.joint.len() > MAX_JOINT {
            self.joint.retain(|_, c| *c > 1);
        }
    }

    /// The significant, associated pairs, best first per source word.
    fn translations(&self) -> FastMap<u32, Vec<(u32, f32)>> {
        let n = f64::from(self.beads);
        let mut out: FastMap<u32, Vec<(u32, f32)>> = FastMap::default();
        for (&key, &c) in &self.joint {
            let (a, b) = ((key >> 32) as u32, key as u32);
            let (fa, fb) = (self.freq[0][a as usize], self.freq[1][b as usize]);
            let dice = 2.0 * c as f32 / (fa + fb) as f32;
            let short =
                |side: usize, w: u32| self.words[side][w as usize].chars().count() < MIN_LETTERS;
            if short(0, a) || short(1, b) {
                continue;
            }
            if c >= MIN_PAIRS && dice >= MIN_DICE && g2(c, fa, fb, n) >= MIN_G2 {
                out.entry(a).or_default().push((b, dice));
            }
        }
        for list in out.values_mut() {
            list.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            list.truncate(MAX_TRANSLATIONS);
        }
        out
    }
}

/// Dunning's log-likelihood ratio of the 2x2 table of beads with and
/// without each word, for a positive association (0 for a negative one).
fn g2(c: u32, fa: u32, fb: u32, n: f64) -> f64 {
    let (c, fa, fb) = (f64::from(c), f64::from(fa), f64::from(fb));
    let cells = [c, fa - c, fb - c, n - fa - fb + c];
    let rows = [fa, fa, n - fa, n - fa];
    let cols = [fb, n - fb, fb, n - fb];
    if c * n <= fa * fb {
        return 0.0;
    }
    let sum: f64 = (0..4)
        .filter(|&k| cells[k] > 0.0)
        .map(|k| cells[k] * (cells[k] * n / (rows[k] * cols[k])).ln())
        .sum();
    2.0 * sum
}

/// Accumulates confident beads of an archive and turns them into
/// [`Translations`] (see the module docs).
#[derive(Debug)]
pub struct ArchiveLexicon {
    pairs: BTreeMap<(Lang, Lang), Counts>,
    /// Beads counted per pair: [`MAX_BEADS`] but in tests.
    cap: u32,
}

impl Default for ArchiveLexicon {
    fn default() -> Self {
        ArchiveLexicon {
            pairs: BTreeMap::new(),
            cap: MAX_BEADS,
        }
    }
}

impl ArchiveLexicon {
    /// An empty lexicon that counts at most `cap` beads per pair instead of
    /// [`MAX_BEADS`] (to test what happens at the cap on a small input).
    pub fn with_cap(cap: u32) -> Self {
        ArchiveLexicon {
            cap,
            ..ArchiveLexicon::default()
        }
    }

    /// Learns from `beads`: (source, target) languages and the two texts of
    /// a bead believed to be a translation.
    pub fn learn<'a>(
        beads: impl IntoIterator<Item = ((Lang, Lang), &'a str, &'a str)>,
    ) -> Translations {
        let mut lexicon = ArchiveLexicon::default();
        for (pair, src, tgt) in beads {
            lexicon.add(pair, src, tgt);
        }
        lexicon.translations()
    }

    /// Counts one bead of `src` text in `pair.0` and `tgt` text in `pair.1`.
    pub fn add(&mut self, pair: (Lang, Lang), src: &str, tgt: &str) {
        if pair.0 != pair.1 {
            self.pairs.entry(pair).or_default().add(src, tgt, self.cap);
        }
    }

    /// True when `pair` has counted its [`MAX_BEADS`] beads: later ones are
    /// not counted, so a first pass need not align that pair any more.
    pub fn is_full(&self, pair: (Lang, Lang)) -> bool {
        self.pairs.get(&pair).is_some_and(|c| c.beads >= self.cap)
    }

    /// Beads counted so far, over every pair.
    pub fn beads(&self) -> u32 {
        self.pairs.values().map(|c| c.beads).sum()
    }

    /// The translations learned so far, weighted by their Dice coefficient.
    pub fn translations(&self) -> Translations {
        let mut table = Translations::default();
        for (&pair, counts) in &self.pairs {
            for (a, list) in counts.translations() {
                for (b, dice) in list {
                    let (s, t) = (&counts.words[0][a as usize], &counts.words[1][b as usize]);
                    table.insert_stems(pair, s, t, dice);
                }
            }
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_what_recurs_across_documents() {
        const DE: [&str; 5] = ["Hütte", "Weg", "Schnee", "Fels", "Seil"];
        const FR: [&str; 5] = ["cabane", "chemin", "neige", "rocher", "corde"];
        let side = |k: usize, words: &[&str; 5], peak: &str, vale: &str| {
            let which = if k.is_multiple_of(2) { peak } else { vale };
            format!("{} {which}", words[k % 5])
        };
        let de: Vec<String> = (0..40).map(|k| side(k, &DE, "Gipfel", "Tal")).collect();
        let fr: Vec<String> = (0..40).map(|k| side(k, &FR, "sommet", "vallée")).collect();
        let pair = (Lang::De, Lang::Fr);
        let beads = de
            .iter()
            .zip(&fr)
            .map(|(s, t)| (pair, s.as_str(), t.as_str()));
        let table = ArchiveLexicon::learn(beads);
        let mut v = crate::score::Vocab::default();
        v.segment(0, "Gipfel Seil Tal");
        v.segment(1, "sommet corde vallée");
        let lex = table.resolve(Lang::De, Lang::Fr, &v).unwrap();
        let id = |side, w| v.word_type(side, w).unwrap();
        assert_eq!(lex.translations(id(0, "gipfel")), [(id(1, "sommet"), 1.0)]);
        assert_eq!(lex.translations(id(0, "seil"))[0].0, id(1, "corde"));
        assert_eq!(lex.translations(id(0, "tal"))[0].0, id(1, "vallee"));
    }

    #[test]
    fn log_likelihood_ratio_rewards_association_only() {
        assert!(g2(10, 10, 10, 1000.0) > MIN_G2);
        assert_eq!(g2(1, 100, 100, 1000.0), 0.0);
    }
}
