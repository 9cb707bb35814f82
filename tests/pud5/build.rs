//! Releases from consecutive PUD documents, flaws planted in some, written
//! out as an archive in the layout of `corpus/` with a `manifest.json`.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use paralign::Lang;
use serde::Serialize;

use super::page::{self, Head};
use super::plant::{self, Noise, Planted};
use super::{Pud, Rng};

/// What to build.
#[derive(Clone, Debug)]
pub struct Spec {
    /// Number of releases; every PUD document goes into one of them, 2 to 4
    /// documents a release (so between a quarter and a half of the documents).
    pub releases: usize,
    /// Seed of every random choice.
    pub seed: u64,
    /// Share of releases with planted flaws.
    pub flawed_share: f64,
    /// Share of the flawed releases with a second flaw, in another language.
    pub double_share: f64,
    /// Share of releases with a merge of two sentences in one language (not a flaw).
    pub noise_share: f64,
    /// How documents become releases and paragraphs.
    pub layout: Layout,
    /// How many of the five languages each release is published in (2 to
    /// 5), drawn at random for each release when fewer than five: fewer
    /// versions leave fewer to outvote a flawed pivot or a flawed version,
    /// the hard case for the check's blame.
    pub versions: usize,
}

/// How the documents are laid out, so the check is measured on more than one
/// shape of release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// 2 to 4 documents a release; a document is a paragraph, or two when it
    /// has four or more sentences (half the time).
    Documents,
    /// 3 to 7 documents a release, cut into paragraphs of 1 to 3 sentences
    /// regardless of document bounds inside a document: many one-sentence
    /// paragraphs, so a lost sentence is often a lost paragraph.
    Short,
    /// 2 to 4 documents a release, two documents a paragraph: paragraphs of
    /// eight to fifteen sentences, so a lost sentence is a small part of a
    /// long paragraph (`PUD5_LAYOUT=long`).
    Long,
}

impl Layout {
    /// Documents per release, inclusive.
    fn docs_per_release(self) -> (usize, usize) {
        match self {
            Layout::Documents | Layout::Long => (2, 4),
            Layout::Short => (3, 7),
        }
    }
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            releases: 120,
            seed: 0x5EED_0009,
            flawed_share: 0.4,
            double_share: 0.25,
            noise_share: 0.3,
            layout: Layout::Documents,
            versions: 5,
        }
    }
}

impl Spec {
    /// The [`Layout::Short`] archive: fewer, longer releases of short
    /// paragraphs, more of them flawed (so that its 80 releases carry about
    /// as many flaws as the 120 of the default).
    pub fn short() -> Self {
        Spec {
            releases: 80,
            seed: 0x5EED_0051,
            flawed_share: 0.6,
            layout: Layout::Short,
            ..Spec::default()
        }
    }
}

/// One version's body: paragraphs of sentences; `None` when the file is absent.
pub type Body = Option<Vec<Vec<String>>>;

/// One release as built, before it is written.
#[derive(Clone, Debug)]
pub struct Built {
    /// The header.
    pub head: Head,
    /// The folder name.
    pub dir: String,
    /// The file stem.
    pub slug: String,
    /// The PUD documents it holds.
    pub docs: Vec<usize>,
    /// The pristine paragraphs as PUD line numbers (the same in every language).
    pub paragraphs: Vec<Vec<usize>>,
    /// The bodies as written, after flaws and noise.
    pub versions: BTreeMap<Lang, Body>,
}

impl Built {
    /// The file of `lang`, relative to the archive.
    pub fn file(&self, lang: Lang) -> String {
        format!("{}/{}.{}.txt", self.dir, self.slug, lang.code())
    }
}

/// A built archive and what was done to it.
#[derive(Clone, Debug)]
pub struct Archive {
    /// The releases.
    pub releases: Vec<Built>,
    /// The planted flaws.
    pub planted: Vec<Planted>,
    /// The merges that are not flaws.
    pub noise: Vec<Noise>,
}

/// Builds the archive of `spec` from `pud`.
pub fn build(pud: &Pud, spec: &Spec) -> Archive {
    let mut rng = Rng::new(spec.seed);
    let sizes = group_sizes(pud.docs.len(), spec.releases, spec.layout, &mut rng);
    let mut out = Archive {
        releases: Vec::new(),
        planted: Vec::new(),
        noise: Vec::new(),
    };
    let mut next_doc = 0;
    for (k, size) in sizes.into_iter().enumerate() {
        let docs: Vec<usize> = (next_doc..next_doc + size).collect();
        next_doc += size;
        let mut built = pristine(pud, k + 1, docs, spec, &mut rng);
        if rng.chance(spec.flawed_share) {
            let n = if rng.chance(spec.double_share) { 2 } else { 1 };
            out.planted
                .extend(plant::flaws(&mut built, pud, n, &mut rng));
        }
        if rng.chance(spec.noise_share) {
            let busy: Vec<Lang> = out
                .planted
                .iter()
                .filter(|p| p.release == built.head.id)
                .map(|p| p.lang)
                .collect();
            out.noise.extend(plant::merge(&mut built, &busy, &mut rng));
        }
        out.releases.push(built);
    }
    out
}

/// `releases` sizes within the layout's bounds that add up to `docs` (as
/// near as possible).
fn group_sizes(docs: usize, releases: usize, layout: Layout, rng: &mut Rng) -> Vec<usize> {
    let (min, max) = layout.docs_per_release();
    let mut left = docs;
    let mut sizes = Vec::with_capacity(releases);
    for k in 0..releases {
        let after = releases - k - 1;
        let lo = left.saturating_sub(max * after).clamp(min, max);
        let hi = left.saturating_sub(min * after).clamp(lo, max);
        let size = rng.range(lo..hi + 1).min(left);
        if size == 0 {
            break;
        }
        sizes.push(size);
        left -= size;
    }
    sizes
}

/// Release number `n` holding `docs`, identical in all five languages, in
/// paragraphs as `layout` cuts them.
fn pristine(pud: &Pud, n: usize, docs: Vec<usize>, spec: &Spec, rng: &mut Rng) -> Built {
    let layout = spec.layout;
    let mut paragraphs: Vec<Vec<usize>> = Vec::new();
    for (i, &d) in docs.iter().enumerate() {
        let lines: Vec<usize> = pud.docs[d].clone().collect();
        if layout == Layout::Long {
            match paragraphs.last_mut() {
                Some(last) if i % 2 == 1 => last.extend(lines),
                _ => paragraphs.push(lines),
            }
        } else if layout == Layout::Short {
            let mut at = 0;
            while at < lines.len() {
                let end = (at + rng.range(1..4)).min(lines.len());
                paragraphs.push(lines[at..end].to_vec());
                at = end;
            }
        } else if lines.len() >= 4 && rng.chance(0.5) {
            let cut = rng.range(2..lines.len() - 1);
            paragraphs.push(lines[..cut].to_vec());
            paragraphs.push(lines[cut..].to_vec());
        } else {
            paragraphs.push(lines);
        }
    }
    let langs = release_langs(spec.versions, rng);
    let versions = langs
        .iter()
        .map(|&lang| {
            let body = paragraphs
                .iter()
                .map(|p| p.iter().map(|&k| pud.line(lang, k).to_string()).collect())
                .collect();
            (lang, Some(body))
        })
        .collect();
    let (day, month) = (rng.range(1..29) as u32, rng.range(1..13) as u32);
    let head = Head {
        number: n,
        id: format!("{}-{day:02}-{month:02}-2022", 4000 + n),
        date: (day, month, 2022),
        time: format!("{:02}:{:02}", rng.range(8..19), 5 * rng.range(0..12)),
        langs,
    };
    Built {
        dir: format!("{n:03}-release-{n}"),
        slug: format!("release-{n}"),
        head,
        docs,
        paragraphs,
        versions,
    }
}

/// Writes every present version and `manifest.json` under `root`.
/// The languages of one release: all five, or `versions` of them at
/// random (the random stream is only drawn from when fewer, so the
/// five-language archives stay as they were).
fn release_langs(versions: usize, rng: &mut Rng) -> Vec<Lang> {
    let mut langs = Lang::ALL.to_vec();
    while langs.len() > versions.max(2) {
        langs.remove(rng.range(0..langs.len()));
    }
    langs
}

pub fn write(archive: &Archive, root: &Path) -> io::Result<()> {
    for r in &archive.releases {
        std::fs::create_dir_all(root.join(&r.dir))?;
        for (&lang, body) in &r.versions {
            let Some(body) = body else { continue };
            let paragraphs: Vec<String> = body.iter().map(|p| p.join(" ")).collect();
            let text = page::render(lang, &r.head, &paragraphs);
            std::fs::write(root.join(r.file(lang)), text)?;
        }
    }
    let json = serde_json::to_string_pretty(&manifest(archive)).map_err(io::Error::other)?;
    std::fs::write(root.join("manifest.json"), json)
}

/// The manifest: releases with their PUD documents, planted flaws, noise.
#[derive(Serialize)]
struct Manifest<'a> {
    releases: Vec<ReleaseEntry<'a>>,
    planted: &'a [Planted],
    noise: &'a [Noise],
}

#[derive(Serialize)]
struct ReleaseEntry<'a> {
    id: &'a str,
    dir: &'a str,
    pud_docs: &'a [usize],
    pud_lines_by_paragraph: &'a [Vec<usize>],
}

fn manifest(archive: &Archive) -> Manifest<'_> {
    Manifest {
        releases: archive
            .releases
            .iter()
            .map(|r| ReleaseEntry {
                id: &r.head.id,
                dir: &r.dir,
                pud_docs: &r.docs,
                pud_lines_by_paragraph: &r.paragraphs,
            })
            .collect(),
        planted: &archive.planted,
        noise: &archive.noise,
    }
}
