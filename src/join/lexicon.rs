//! An archive-wide lexicon: word translations learned over the confident
//! 1-1 sentence beads of a first pass over every release (Moore 2002,
//! applied across documents), for a second pass to align with.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::{align_release, rank_pivots, release_pivot, sentences_by_paragraph};
use crate::release::Index;
use crate::score::ArchiveLexicon;
use crate::score::lexicon::archive;
use crate::{Lang, Release, Result, align};

/// Releases aligned at once by the first pass of [`learn_lexicon`].
const BATCH: usize = 256;

/// A 1-1 sentence bead the first pass is confident of: what the archive
/// lexicon counts. Written and read as a JSON line by the first pass of a
/// distributed run (`paralign align --input-jsonl - --confident-beads`,
/// then `paralign lexicon`), which counts the beads a folder run counts, in
/// the same order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfidentBead {
    /// The languages of the two texts, the pivot's first.
    pub pair: (Lang, Lang),
    /// The pivot sentence.
    pub src: String,
    /// The version sentence.
    pub tgt: String,
}

/// The lexicon learned over the confident 1-1 sentence beads of a first
/// pass with `config` over every release of `index`, each version against
/// the release's pivot (as `align` and `check` choose it: `preferred`, else
/// the language most releases have). The archive is read and aligned a
/// window at a time, so that the releases and bead texts held at once stay
/// bounded whatever its size; a pair that has counted its
/// [`MAX_BEADS`](archive::MAX_BEADS) is not aligned any more (the beads it
/// would give are not counted), so on a large archive the first pass stops
/// aligning once every pair has its fill.
pub fn learn_lexicon(
    index: &Index,
    langs: &[Lang],
    preferred: Option<Lang>,
    config: &align::Config,
) -> Result<ArchiveLexicon> {
    let lexicon = ArchiveLexicon::default();
    learn_into(lexicon, (index, BATCH), (langs, preferred), config)
}

/// [`learn_lexicon`] into `lexicon` (which may count fewer beads a pair),
/// `batch` releases at a time.
fn learn_into(
    mut lexicon: ArchiveLexicon,
    (index, batch): (&Index, usize),
    (langs, preferred): (&[Lang], Option<Lang>),
    config: &align::Config,
) -> Result<ArchiveLexicon> {
    let ranking = rank_pivots(&index.census().usable, langs, preferred);
    for window in index.windows(batch) {
        let window = window?;
        let full = |pair| lexicon.is_full(pair);
        let beads: Vec<ConfidentBead> = (window.releases.par_iter())
            .flat_map_iter(|r| release_beads(r, ranking.as_slice(), langs, config, &full))
            .collect();
        for b in beads {
            lexicon.add(b.pair, &b.src, &b.tgt);
        }
    }
    Ok(lexicon)
}

/// The confident 1-1 sentence beads of `releases`, in order, every version
/// against its release's pivot (the first of `ranking` it can use), aligned
/// with `config` on every core.
pub fn confident_beads(
    releases: &[Release],
    ranking: &[Lang],
    langs: &[Lang],
    config: &align::Config,
) -> Vec<ConfidentBead> {
    releases
        .par_iter()
        .flat_map_iter(|r| release_beads(r, ranking, langs, config, &|_| false))
        .collect()
}

/// The confident 1-1 sentence beads of `release`, every version against its
/// pivot, but those of the language pairs `full` names (which are not
/// aligned).
fn release_beads(
    release: &Release,
    ranking: &[Lang],
    langs: &[Lang],
    config: &align::Config,
    full: &(dyn Fn((Lang, Lang)) -> bool + Sync),
) -> Vec<ConfidentBead> {
    let Some(pivot) = release_pivot(release, ranking) else {
        return Vec::new();
    };
    let read_as = |lang: Lang| release.versions[&lang].detected.unwrap_or(lang);
    let wanted: Vec<Lang> = (release.versions.keys().copied())
        .filter(|&l| l != pivot && (langs.is_empty() || langs.contains(&l)))
        .filter(|&l| !full((read_as(pivot), read_as(l))))
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let Some(aligned) = align_release(release, pivot, &wanted, config) else {
        return Vec::new();
    };
    let flat = |lang: Lang| -> (Lang, Vec<&str>) {
        let doc = &release.versions[&lang];
        let sentences = sentences_by_paragraph(doc).into_iter().flatten().collect();
        (read_as(lang), sentences)
    };
    let (src_lang, src) = flat(pivot);
    let mut out = Vec::new();
    for (&lang, doc) in &aligned.pairs {
        let (tgt_lang, tgt) = flat(lang);
        let beads = doc
            .sentences
            .beads
            .iter()
            .map(|b| (&b.src, &b.tgt, b.score));
        for (i, j) in archive::confident(beads) {
            out.push(ConfidentBead {
                pair: (src_lang, tgt_lang),
                src: src[i].to_string(),
                tgt: tgt[j].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::ReadOptions;

    /// A pair at its cap is no longer aligned by the first pass, and the
    /// lexicon is what counting every bead of every release gives.
    #[test]
    fn a_full_pair_is_not_aligned_and_the_lexicon_is_the_same() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let index = Index::build(&corpus, &ReadOptions::default()).unwrap();
        let config = align::Config::default();
        let cap = 30;
        // One release at a time: the pairs fill up after a few.
        let lexicon = ArchiveLexicon::with_cap(cap);
        let skipping = learn_into(lexicon, (&index, 1), (&[], None), &config).unwrap();
        let ranking = rank_pivots(&index.census().usable, &[], None);
        let mut every = ArchiveLexicon::with_cap(cap);
        let mut all = 0;
        for window in index.windows(BATCH) {
            for b in confident_beads(&window.unwrap().releases, &ranking, &[], &config) {
                every.add(b.pair, &b.src, &b.tgt);
                all += 1;
            }
        }
        assert!(
            all > 4 * cap,
            "every pair of corpus/ reaches the cap: {all} beads"
        );
        assert!(skipping.is_full((Lang::De, Lang::En)));
        assert_eq!(skipping.beads(), every.beads());
        let table = |l: &ArchiveLexicon| {
            let mut bytes = Vec::new();
            l.translations().write(&mut bytes).unwrap();
            bytes
        };
        assert_eq!(table(&skipping), table(&every));
    }
}
