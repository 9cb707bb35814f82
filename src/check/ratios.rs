//! Length ratios between languages, learned across the archive.
//!
//! For every language pair the log of the length ratio (in non-space
//! characters) is estimated robustly: the median, and the median absolute
//! deviation scaled by 1.4826 so that it estimates a standard deviation under
//! normal noise (Rousseeuw & Croux 1993). A truncated or padded version is an
//! outlier that moves neither. With fewer than [`MIN_SAMPLES`] releases for a
//! pair, typical expansion factors of translated prose stand in.

use std::collections::BTreeMap;

use crate::Lang;

/// Fewest releases holding both languages before the learned ratio is used.
pub const MIN_SAMPLES: usize = 3;

/// Spread assumed when too few samples exist, and the floor of a learned one
/// (a handful of very regular releases must not make the model brittle).
const DEFAULT_SPREAD: f64 = 0.15;
const MIN_SPREAD: f64 = 0.08;

/// Length of a text in this language relative to English, in non-space
/// characters: rough figures for translated news prose, used only as priors.
fn expansion(lang: Lang) -> f64 {
    match lang {
        Lang::En => 1.0,
        Lang::De => 1.15,
        Lang::Es => 1.12,
        Lang::Fr => 1.15,
        Lang::Ru => 1.05,
    }
}

/// The estimated length relation from one language to another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Median of ln(len_to / len_from).
    pub log_ratio: f64,
    /// Robust standard deviation of that log ratio.
    pub spread: f64,
    /// Releases it was learned from (0 for the prior).
    pub samples: usize,
}

/// Length ratios for every language pair seen in an archive.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LengthModel {
    pairs: BTreeMap<(Lang, Lang), Estimate>,
}

impl LengthModel {
    /// Learns from the version lengths of each release (healthy versions
    /// only: leave out wrong-language and empty ones).
    pub fn learn<'a>(releases: impl IntoIterator<Item = &'a BTreeMap<Lang, usize>>) -> Self {
        let mut logs: BTreeMap<(Lang, Lang), Vec<f64>> = BTreeMap::new();
        for lengths in releases {
            for (&a, &la) in lengths.iter().filter(|(_, l)| **l > 0) {
                for (&b, &lb) in lengths.iter().filter(|(l, n)| **l != a && **n > 0) {
                    logs.entry((a, b))
                        .or_default()
                        .push((lb as f64 / la as f64).ln());
                }
            }
        }
        let pairs = logs
            .into_iter()
            .filter(|(_, v)| v.len() >= MIN_SAMPLES)
            .map(|(k, v)| (k, robust(&v)))
            .collect();
        LengthModel { pairs }
    }

    /// The relation from `from` to `to`: learned, else the prior.
    pub fn estimate(&self, from: Lang, to: Lang) -> Estimate {
        self.pairs.get(&(from, to)).copied().unwrap_or(Estimate {
            log_ratio: (expansion(to) / expansion(from)).ln(),
            spread: DEFAULT_SPREAD,
            samples: 0,
        })
    }

    /// ln(observed / expected) for a text of `len_to` characters in `to`
    /// translating one of `len_from` characters in `from`.
    pub fn deviation(&self, from: Lang, len_from: usize, to: Lang, len_to: usize) -> f64 {
        let e = self.estimate(from, to);
        (len_to.max(1) as f64).ln() - (len_from.max(1) as f64).ln() - e.log_ratio
    }

    /// ln(observed / predicted) length of version `lang`, the prediction being
    /// the median of what each other version predicts; with the largest
    /// spread involved. `None` when no other version has text.
    pub fn version_deviation(
        &self,
        lengths: &BTreeMap<Lang, usize>,
        lang: Lang,
    ) -> Option<(f64, f64)> {
        let own = *lengths.get(&lang)?;
        let mut devs = Vec::new();
        let mut spread: f64 = MIN_SPREAD;
        for (&other, &len) in lengths.iter().filter(|(l, n)| **l != lang && **n > 0) {
            devs.push(self.deviation(other, len, lang, own));
            spread = spread.max(self.estimate(other, lang).spread);
        }
        (!devs.is_empty()).then(|| (median(&mut devs), spread))
    }
}

/// Median and scaled MAD of `values` (not empty).
fn robust(values: &[f64]) -> Estimate {
    let mut v = values.to_vec();
    let m = median(&mut v);
    let mut dev: Vec<f64> = values.iter().map(|x| (x - m).abs()).collect();
    let mad = median(&mut dev) * 1.4826;
    Estimate {
        log_ratio: m,
        spread: mad.max(MIN_SPREAD),
        samples: values.len(),
    }
}

/// Median of a non-empty slice (mean of the middle two for even lengths).
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lens(pairs: &[(Lang, usize)]) -> BTreeMap<Lang, usize> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn learns_the_median_ratio_and_ignores_an_outlier() {
        let mut rels: Vec<_> = (0..6)
            .map(|i| {
                lens(&[
                    (Lang::En, 1000 + i * 100),
                    (Lang::De, (1000 + i * 100) * 12 / 10),
                ])
            })
            .collect();
        rels.push(lens(&[(Lang::En, 1000), (Lang::De, 300)]));
        let model = LengthModel::learn(&rels);
        let e = model.estimate(Lang::En, Lang::De);
        assert!((e.log_ratio - 1.2f64.ln()).abs() < 0.01, "{e:?}");
        assert_eq!(e.samples, 7);
        assert!(model.deviation(Lang::En, 1000, Lang::De, 300) < -1.0);
    }

    #[test]
    fn falls_back_to_priors_with_few_releases() {
        let model = LengthModel::learn(&[lens(&[(Lang::En, 100), (Lang::De, 500)])]);
        let e = model.estimate(Lang::En, Lang::De);
        assert_eq!(e.samples, 0);
        assert!((e.log_ratio - 1.15f64.ln()).abs() < 1e-9);
    }

    #[test]
    fn version_deviation_uses_the_median_of_the_others() {
        let model = LengthModel::default();
        let l = lens(&[
            (Lang::En, 1000),
            (Lang::De, 1150),
            (Lang::Fr, 400),
            (Lang::Es, 1120),
        ]);
        let (dev, _) = model.version_deviation(&l, Lang::Fr).unwrap();
        assert!(dev < 0.5f64.ln(), "{dev}");
        let (dev, _) = model.version_deviation(&l, Lang::En).unwrap();
        assert!(dev.abs() < 0.05, "{dev}");
    }
}
