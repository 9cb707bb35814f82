//! An archive-wide lexicon: word translations learned over the confident
//! 1-1 sentence beads of a first pass over every release (Moore 2002,
//! applied across documents), for a second pass to align with.

use rayon::prelude::*;

use super::{align_release, rank_pivots, release_pivot, sentences_by_paragraph};
use crate::release::Index;
use crate::score::ArchiveLexicon;
use crate::score::lexicon::archive;
use crate::{Lang, Release, Result, align};

/// Releases aligned at once by the first pass of [`learn_lexicon`].
const BATCH: usize = 256;

/// The lexicon learned over the confident 1-1 sentence beads of a first
/// pass with `config` over every release of `index`, each version against
/// the release's pivot (as `align` and `check` choose it). The archive is
/// read and aligned a window at a time, so that the releases and bead texts
/// held at once stay bounded whatever its size.
pub fn learn_lexicon(
    index: &Index,
    langs: &[Lang],
    config: &align::Config,
) -> Result<ArchiveLexicon> {
    let ranking = rank_pivots(&index.census().usable, langs, None);
    let mut lexicon = ArchiveLexicon::default();
    for window in index.windows(BATCH) {
        let window = window?;
        let beads: Vec<((Lang, Lang), String, String)> = window
            .releases
            .par_iter()
            .flat_map_iter(|r| confident_beads(r, &ranking, langs, config))
            .collect();
        for (pair, s, t) in &beads {
            lexicon.add(*pair, s, t);
        }
    }
    Ok(lexicon)
}

/// The confident 1-1 sentence beads of `release`, every version against its
/// pivot, as (language pair, pivot sentence, version sentence).
fn confident_beads(
    release: &Release,
    ranking: &[Lang],
    langs: &[Lang],
    config: &align::Config,
) -> Vec<((Lang, Lang), String, String)> {
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
            out.push(((src_lang, tgt_lang), src[i].to_string(), tgt[j].to_string()));
        }
    }
    out
}
