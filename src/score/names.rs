//! Fuzzy name matching across the two sides.
//!
//! [`phonetic`](super::fold::phonetic) keys already equate the regular
//! transliteration variants; what remains are inflected forms (Russian
//! `Лаврова` = `lavrova` beside `Lavrov`) and irregular spellings. Each
//! source-side name without an exact partner is compared, with Jaro–Winkler
//! similarity (strsim), to the target-side names that start with the same
//! letter and have a similar length; the best one above [`THRESHOLD`] becomes
//! its key, so the dynamic program still only compares integers.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::Kind;
use super::features::{Segment, Vocab};

/// Jaro–Winkler similarity above which two names are taken as one. High,
/// because a false name match is strong false evidence.
pub const THRESHOLD: f64 = 0.92;

/// Rewrites the name keys of `src` to matching target-side name keys.
pub fn unify(vocab: &Vocab, src: &mut [Segment], tgt: &[Segment]) {
    // Ordered sets and maps: the candidate order decides ties, and output must not
    // depend on a hasher's random seed.
    let names = |segs: &[Segment]| -> BTreeSet<u32> {
        segs.iter()
            .flat_map(|s| s.keys.iter().copied())
            .filter(|&k| vocab.kind(k) == Kind::Name)
            .collect()
    };
    let (src_names, tgt_names) = (names(src), names(tgt));
    let texts = vocab.name_texts();
    let mut buckets: BTreeMap<char, Vec<(u32, &str)>> = BTreeMap::new();
    for &t in tgt_names.difference(&src_names) {
        let text = texts[&t];
        if let Some(first) = text.chars().next() {
            buckets.entry(first).or_default().push((t, text));
        }
    }
    let remap: HashMap<u32, u32> = src_names
        .difference(&tgt_names)
        .filter_map(|&s| best_match(texts[&s], &buckets).map(|t| (s, t)))
        .collect();
    if remap.is_empty() {
        return;
    }
    for seg in src {
        let mut changed = false;
        for key in &mut seg.keys {
            if let Some(&t) = remap.get(key) {
                *key = t;
                changed = true;
            }
        }
        if changed {
            seg.keys.sort_unstable();
        }
    }
}

fn best_match(name: &str, buckets: &BTreeMap<char, Vec<(u32, &str)>>) -> Option<u32> {
    let first = name.chars().next()?;
    let len = name.len();
    if len < 4 {
        return None;
    }
    buckets
        .get(&first)?
        .iter()
        .filter(|(_, t)| t.len() + 3 >= len && len + 3 >= t.len())
        .map(|&(id, t)| (id, strsim::jaro_winkler(name, t)))
        .filter(|&(_, sim)| sim >= THRESHOLD)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(id, _)| id)
}

#[cfg(test)]
mod tests {
    use super::super::Weights;
    use super::super::features::shared;
    use super::*;

    #[test]
    fn inflected_names_are_unified() {
        let mut v = Vocab::default();
        let mut src = vec![v.segment(0, "встреча Лаврова и Керри")];
        let tgt = vec![v.segment(1, "Treffen von Lawrow und Kerry")];
        let w = Weights::uniform(&v);
        let before = shared(&src[0].keys, &tgt[0].keys, &w);
        unify(&v, &mut src, &tgt);
        let after = shared(&src[0].keys, &tgt[0].keys, &w);
        assert!(after > before, "{before} -> {after}");
    }

    #[test]
    fn different_names_stay_apart() {
        let mut v = Vocab::default();
        let mut src = vec![v.segment(0, "Besuch in Berlin")];
        let tgt = vec![v.segment(1, "visite à Bordeaux")];
        let w = Weights::uniform(&v);
        unify(&v, &mut src, &tgt);
        assert_eq!(shared(&src[0].keys, &tgt[0].keys, &w), 0.0);
    }
}
