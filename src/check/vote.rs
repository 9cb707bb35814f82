//! Who is at fault: the pivot or the version compared with it.
//!
//! Every comparison is pivot-vs-version, so a flaw in the pivot shows up as
//! the same anomaly in every other version. Two translators rarely make the
//! same slip at the same place, so when at least two versions, and at least
//! half of those compared, report the same anomaly at the same pivot
//! position, the pivot is blamed once instead of every version being blamed
//! (some versions may miss the anomaly: their alignment may hide it).

use std::collections::{BTreeMap, BTreeSet};

use crate::Lang;

/// The outcome of a vote over candidates `(version, key, payload)`.
#[derive(Debug)]
pub struct Vote<K, T> {
    /// Anomalies shared by most versions: the pivot's fault, with the voters.
    pub pivot: Vec<(K, Vec<(Lang, T)>)>,
    /// Anomalies of single versions.
    pub versions: Vec<(Lang, K, T)>,
}

/// Splits `candidates` by blame; `pairs` is the number of versions compared
/// with the pivot. Order of first appearance is kept within each group.
pub fn tally<K: Ord + Clone, T>(candidates: Vec<(Lang, K, T)>, pairs: usize) -> Vote<K, T> {
    // Versions, not candidates, vote: one version may report two anomalies
    // that share a key.
    let mut count: BTreeMap<K, BTreeSet<Lang>> = BTreeMap::new();
    for (lang, k, _) in &candidates {
        count.entry(k.clone()).or_default().insert(*lang);
    }
    let is_pivot = |k: &K| {
        let n = count[k].len();
        n >= 2 && 2 * n >= pairs
    };
    let mut pivot: Vec<(K, Vec<(Lang, T)>)> = Vec::new();
    let mut versions = Vec::new();
    for (lang, k, t) in candidates {
        if !is_pivot(&k) {
            versions.push((lang, k, t));
        } else if let Some(entry) = pivot.iter_mut().find(|(pk, _)| *pk == k) {
            entry.1.push((lang, t));
        } else {
            pivot.push((k, vec![(lang, t)]));
        }
    }
    Vote { pivot, versions }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_majority_blames_the_pivot() {
        let c = vec![
            (Lang::En, 3, 'a'),
            (Lang::Fr, 3, 'b'),
            (Lang::Es, 3, 'c'),
            (Lang::Fr, 5, 'd'),
        ];
        let v = tally(c, 4);
        assert_eq!(v.pivot.len(), 1);
        assert_eq!(v.pivot[0].0, 3);
        assert_eq!(v.pivot[0].1.len(), 3);
        assert_eq!(v.versions, vec![(Lang::Fr, 5, 'd')]);
    }

    #[test]
    fn one_version_reporting_twice_is_one_vote() {
        let v = tally(vec![(Lang::En, 1, 'a'), (Lang::En, 1, 'b')], 2);
        assert!(v.pivot.is_empty());
        assert_eq!(v.versions.len(), 2);
    }

    #[test]
    fn a_single_version_or_fewer_than_half_is_not_enough() {
        let v = tally(vec![(Lang::En, 1, ()), (Lang::Fr, 1, ())], 5);
        assert!(v.pivot.is_empty());
        assert_eq!(v.versions.len(), 2);
        let v = tally(vec![(Lang::En, 1, ()), (Lang::Fr, 1, ())], 4);
        assert_eq!(v.pivot.len(), 1);
        let v = tally(vec![(Lang::En, 1, ())], 1);
        assert!(v.pivot.is_empty());
    }
}
