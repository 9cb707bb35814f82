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
/// bounded whatever its size.
pub fn learn_lexicon(
    index: &Index,
    langs: &[Lang],
    preferred: Option<Lang>,
    config: &align::Config,
) -> Result<ArchiveLexicon> {
    let ranking = rank_pivots(&index.census().usable, langs, preferred);
    let mut lexicon = ArchiveLexicon::default();
    for window in index.windows(BATCH) {
        let window = window?;
        for b in confident_beads(&window.releases, &ranking, langs, config) {
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
        .flat_map_iter(|r| release_beads(r, ranking, langs, config))
        .collect()
}

/// The confident 1-1 sentence beads of `release`, every version against its
/// pivot.
fn release_beads(
    release: &Release,
    ranking: &[Lang],
    langs: &[Lang],
    config: &align::Config,
) -> Vec<ConfidentBead> {
    let Some(pivot) = release_pivot(release, ranking) else {
        return Vec::new();
    };
    let Some(aligned) = align_release(release, pivot, langs, config) else {
        return Vec::new();
    };
    let flat = |lang: Lang| -> (Lang, Vec<&str>) {
        let doc = &release.versions[&lang];
        let sentences = sentences_by_paragraph(doc).into_iter().flatten().collect();
        (doc.detected.unwrap_or(lang), sentences)
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
