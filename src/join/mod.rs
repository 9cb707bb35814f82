//! Step 4: pairwise alignments against a pivot -> multi-way translation units.
//!
//! Every version of a release is aligned to one pivot version ([`align_release`],
//! paragraphs first, then sentences); [`units`] joins the pairwise beads into
//! [`TranslationUnit`]s, the connected groups of sentences across languages.
//! [`join_release`] does both for one release.
//!
//! Invariant (property-tested below): every sentence of every aligned version lands
//! in exactly one unit, and a language's sides read in unit order rebuild that
//! version in document order. Units are ordered by pivot position; a unit with no
//! pivot sentence (a 0-n bead) comes where its bead sits.

mod components;
mod lexicon;
mod unit;

use std::collections::BTreeMap;
use std::ops::Range;

pub use lexicon::{ConfidentBead, confident_beads, learn_lexicon};
pub use unit::{Level, Side, TranslationUnit};

use crate::align::{self, Alignment, DocAlignment};
use crate::release::{Document, Release};
use crate::segment::Numbering;
use crate::{Error, Lang, Result};

/// One release's versions aligned pairwise against a pivot version.
#[derive(Clone, Debug, PartialEq)]
pub struct ReleaseAlignment {
    /// The pivot language (source side of every pair).
    pub pivot: Lang,
    /// For each other language present: pivot -> that language.
    pub pairs: BTreeMap<Lang, DocAlignment>,
}

/// The sentence texts of a document, grouped by paragraph.
pub fn sentences_by_paragraph(doc: &Document) -> Vec<Vec<&str>> {
    doc.paragraphs
        .iter()
        .map(|p| p.sentence_texts().collect())
        .collect()
}

/// Aligns every version of `release` in `langs` (all when empty) against `pivot`.
/// Returns `None` when the pivot version is absent.
pub fn align_release(
    release: &Release,
    pivot: Lang,
    langs: &[Lang],
    config: &align::Config,
) -> Option<ReleaseAlignment> {
    let src_doc = release.versions.get(&pivot)?;
    let src = sentences_by_paragraph(src_doc);
    let src_lang = src_doc.detected.unwrap_or(pivot);
    let pairs = release
        .versions
        .iter()
        .filter(|(lang, _)| **lang != pivot && (langs.is_empty() || langs.contains(lang)))
        .map(|(lang, doc)| {
            let tgt = sentences_by_paragraph(doc);
            let tgt_lang = doc.detected.unwrap_or(*lang);
            let al = align::align_document(&src, &tgt, src_lang, tgt_lang, config);
            (*lang, al)
        })
        .collect();
    Some(ReleaseAlignment { pivot, pairs })
}

/// Releases over which the expected length of each language is measured
/// ([`expected_lengths`]): consecutive releases in release order, this many
/// at a time, the last block shorter. `paralign align`, `check` and `review`
/// cut an archive the same way ([`with_expected_lengths`]), so that all three
/// read one alignment of each version pair, whatever their chunks, threads
/// or (for a distributed run, one block per mapper line) machines.
pub const WINDOW: usize = 64;

/// `config` with the aligner told the expected lengths of `window`'s
/// languages ([`align::Config::lengths`]); `window` is one block of
/// [`WINDOW`] releases.
pub fn with_expected_lengths(config: &align::Config, window: &[Release]) -> align::Config {
    align::Config {
        lengths: Some(std::sync::Arc::new(expected_lengths(window))),
        ..config.clone()
    }
}

/// Least number of usable versions of a release for it to say anything
/// about relative lengths (with two, a flawed one drags the median).
const MIN_VERSIONS: usize = 3;

/// Least number of releases that must speak for a language.
const MIN_RELEASES: usize = 5;

/// Every language's typical length relative to the other versions of a
/// release in `releases`: the median, over releases with at least three
/// usable versions, of the version's length over the median length of the
/// release's versions, robust to the few releases with a flaw. No opinion
/// on a language seen in fewer than five such releases. The aligner reads
/// it as [`align::Config::lengths`].
pub fn expected_lengths(releases: &[Release]) -> align::ExpectedLengths {
    let mut shares: BTreeMap<Lang, Vec<f64>> = BTreeMap::new();
    for r in releases {
        let lengths: Vec<(Lang, f64)> = r
            .versions
            .iter()
            .filter(|(_, d)| is_usable(d))
            .map(|(&l, d)| (l, total_length(d) as f64))
            .filter(|&(_, n)| n > 0.0)
            .collect();
        if lengths.len() < MIN_VERSIONS {
            continue;
        }
        let mid = median(lengths.iter().map(|&(_, n)| n).collect());
        for (l, n) in lengths {
            shares.entry(l).or_default().push(n / mid);
        }
    }
    let relative = shares
        .into_iter()
        .filter(|(_, v)| v.len() >= MIN_RELEASES)
        .map(|(l, v)| (l, median(v)))
        .collect();
    align::ExpectedLengths { relative }
}

/// A document's length as the aligner's length model counts it. A
/// sentence span that does not fit its paragraph (a library caller's broken
/// input, which the aligner reports for its release) counts nothing, so
/// the other releases of its window are still measured.
fn total_length(d: &Document) -> u32 {
    d.paragraphs
        .iter()
        .flat_map(|p| {
            p.sentences
                .iter()
                .filter_map(|s| p.text.get(s.span.clone()))
        })
        .map(|text| crate::score::length::length_of(text.trim()))
        .sum()
}

/// The median of `v` (0 for none).
pub(crate) fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n => (v[(n - 1) / 2] + v[n / 2]) / 2.0,
    }
}

/// True when a version can serve as the pivot: it has body text and is
/// written in the language it is filed as. The one definition `scan`,
/// `align` and `check` share, so they choose the same pivot for the same
/// archive.
pub fn is_usable(doc: &Document) -> bool {
    !doc.is_mislabelled() && doc.paragraphs.iter().any(|p| !p.text.trim().is_empty())
}

/// The languages in `langs` (all when empty) ranked as pivot candidates: `preferred`
/// first when given, then by the number of `releases` holding a usable version
/// ([`is_usable`]) in that language, ties broken by [`Lang`] order. The first is
/// the archive's pivot.
pub fn pivot_ranking(releases: &[Release], langs: &[Lang], preferred: Option<Lang>) -> Vec<Lang> {
    rank_pivots(
        &crate::release::Census::of(releases).usable,
        langs,
        preferred,
    )
}

/// [`pivot_ranking`] from the number of releases with a usable version in
/// each language (a [`Census`](crate::release::Census)'s `usable`), so that
/// an archive read a window at a time ranks as one held whole.
pub fn rank_pivots(
    usable: &BTreeMap<Lang, usize>,
    langs: &[Lang],
    preferred: Option<Lang>,
) -> Vec<Lang> {
    let mut ranking: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| langs.is_empty() || langs.contains(l))
        .collect();
    let count = |l: &Lang| usable.get(l).copied().unwrap_or(0);
    ranking.sort_by_key(|l| (Some(*l) != preferred, std::cmp::Reverse(count(l))));
    ranking
}

/// The pivot of one release: the first language of `ranking` with a usable
/// version ([`is_usable`]) of a length comparable to the others' (see
/// [`SHORT_PIVOT`]), else the first usable one, else the first with any
/// version.
pub fn release_pivot(release: &Release, ranking: &[Lang]) -> Option<Lang> {
    release_pivot_avoiding(release, ranking, |_| false)
}

/// A version shorter than this share of the median length of its release's
/// usable versions is passed over as pivot while a longer one is left: a
/// page cut short would make every other version look padded. Translations
/// of one text differ in length by far less (the five languages' press
/// releases of `corpus/` stay within 25% of their median).
pub const SHORT_PIVOT: f64 = 0.7;

/// Like [`release_pivot`], passing over the languages for which `avoid`
/// holds (versions a check found unfit, such as a repeated body) while
/// another usable one is left.
pub fn release_pivot_avoiding(
    release: &Release,
    ranking: &[Lang],
    avoid: impl Fn(Lang) -> bool,
) -> Option<Lang> {
    let has = |l: &&Lang| release.versions.contains_key(*l);
    let usable = |l: &&Lang| release.versions.get(*l).is_some_and(is_usable) && !avoid(**l);
    let length = |l: &Lang| -> usize {
        release.versions[l]
            .paragraphs
            .iter()
            .map(|p| p.text.chars().count())
            .sum()
    };
    let mut lengths: Vec<usize> = ranking.iter().filter(usable).map(length).collect();
    lengths.sort_unstable();
    let median = lengths.get(lengths.len() / 2).copied().unwrap_or(0) as f64;
    let long = |l: &&Lang| length(l) as f64 >= SHORT_PIVOT * median;
    let mut present = ranking.iter().filter(has);
    ranking
        .iter()
        .filter(usable)
        .find(long)
        .or_else(|| ranking.iter().find(usable))
        .or_else(|| present.next())
        .copied()
}

/// Aligns `release` against its pivot (see [`release_pivot`]) and joins the result
/// into units at `level`. Languages outside `langs` (when not empty) are left out;
/// a release with no version in `ranking` gives no unit.
pub fn join_release(
    release: &Release,
    ranking: &[Lang],
    langs: &[Lang],
    level: Level,
    config: &align::Config,
) -> Result<Vec<TranslationUnit>> {
    let Some(pivot) = release_pivot(release, ranking) else {
        return Ok(Vec::new());
    };
    let alignment = align_release(release, pivot, langs, config)
        .expect("the pivot version exists: release_pivot found it");
    units(release, &alignment, level)
}

/// Joins the pairwise alignments of `release` into translation units at `level`.
///
/// Fails (naming the release and pair) when an alignment does not cover its two
/// versions exactly once in order, or names a version the release lacks.
pub fn units(
    release: &Release,
    alignment: &ReleaseAlignment,
    level: Level,
) -> Result<Vec<TranslationUnit>> {
    let pivot = alignment.pivot;
    let versions = versions(release, alignment)?;
    let counts: BTreeMap<Lang, usize> =
        versions.iter().map(|(l, v)| (*l, v.count(level))).collect();
    let mut pairs: BTreeMap<Lang, &Alignment> = BTreeMap::new();
    for (lang, doc_al) in &alignment.pairs {
        let al = match level {
            Level::Sentence => &doc_al.sentences,
            Level::Paragraph => &doc_al.paragraphs,
        };
        components::check(al, counts[&pivot], counts[lang]).map_err(|m| {
            let what = format!("{pivot}-{lang} {level} alignment: {m}");
            Error::Invalid(format!("release {}: {what}", release.id))
        })?;
        pairs.insert(*lang, al);
    }
    let langs: Vec<Lang> = counts.keys().copied().collect();
    let unit = |(index, group): (usize, components::Group)| TranslationUnit {
        release: release.id.clone(),
        index,
        level,
        pivot,
        langs: langs.clone(),
        sides: (group.ranges.into_iter())
            .map(|(lang, items)| versions[&lang].side(lang, items, level))
            .collect(),
        score: group.score,
    };
    let groups = components::groups(pivot, &counts, &pairs);
    Ok(groups.into_iter().enumerate().map(unit).collect())
}

/// The pivot and every aligned version of `release`, indexed.
fn versions<'a>(
    release: &'a Release,
    alignment: &ReleaseAlignment,
) -> Result<BTreeMap<Lang, Version<'a>>> {
    let langs = std::iter::once(&alignment.pivot).chain(alignment.pairs.keys());
    langs
        .map(|lang| match release.versions.get(lang) {
            Some(doc) => Ok((*lang, Version::new(doc))),
            None => Err(Error::Invalid(format!(
                "release {}: no {lang} version to align",
                release.id
            ))),
        })
        .collect()
}

/// A version's sentences numbered across the document, with their paragraphs.
struct Version<'a> {
    doc: &'a Document,
    /// The texts of every sentence, in order.
    sentences: Vec<&'a str>,
    /// Which paragraph holds which sentences.
    numbering: Numbering,
}

impl<'a> Version<'a> {
    fn new(doc: &'a Document) -> Self {
        Version {
            doc,
            sentences: doc
                .paragraphs
                .iter()
                .flat_map(|p| p.sentence_texts())
                .collect(),
            numbering: Numbering::of(&doc.paragraphs),
        }
    }

    fn count(&self, level: Level) -> usize {
        match level {
            Level::Sentence => self.sentences.len(),
            Level::Paragraph => self.doc.paragraphs.len(),
        }
    }

    fn side(&self, lang: Lang, items: Range<usize>, level: Level) -> Side {
        let (sentences, paragraphs) = match level {
            Level::Sentence => {
                let first = self.numbering.paragraph_of[items.start];
                let last = self.numbering.paragraph_of[items.end - 1];
                (items, first..last + 1)
            }
            Level::Paragraph => (self.numbering.span(&items), items),
        };
        let text = match level {
            Level::Sentence => unit::collapse(self.sentences[sentences.clone()].iter().copied()),
            Level::Paragraph => unit::collapse(
                self.doc.paragraphs[paragraphs.clone()]
                    .iter()
                    .map(|p| p.text.as_str()),
            ),
        };
        Side {
            lang,
            sentences,
            paragraphs,
            text,
        }
    }
}

#[cfg(test)]
mod tests;
