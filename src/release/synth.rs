//! Synthetic archives of any size, for benchmarks and scale tests: release
//! *i* is a seed release of a real folder (`corpus/`) with its paragraphs
//! sampled and permuted alike in every version, so the versions stay
//! translations of each other, written back as pages in the seed's own
//! format (header, body, chrome) under a new running number (the ID keeps
//! the seed's date, which the header's date must agree with).
//!
//! ```no_run
//! let synth = paralign::release::Synth::from_dir("corpus".as_ref())?;
//! let files = synth.write(1_000, "/tmp/archive".as_ref())?;
//! # Ok::<(), paralign::Error>(())
//! ```

use std::fs;
use std::path::{Path, PathBuf};

use super::{Document, read_dir};
use crate::{Error, Result};

/// splitmix64 (Steele, Lea & Flood 2014): a reproducible stream without a dependency.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// One version of a seed release, cut where paragraphs go.
#[derive(Clone, Debug)]
struct SeedPage {
    file_name: String,
    /// The page up to its first paragraph, the ID's running number written as `{N}`.
    head: String,
    paragraphs: Vec<String>,
    /// The page after its last paragraph (trailing chrome).
    tail: String,
}

/// The seed releases an archive is made from.
#[derive(Clone, Debug)]
pub struct Synth {
    seeds: Vec<Vec<SeedPage>>,
}

/// Releases per folder of a synthetic archive: folders of a few thousand
/// entries, as a scraper's output tends to be, not one of millions.
const PER_FOLDER: usize = 1000;

impl Synth {
    /// Seeds from every release of `dir` with at least two readable versions
    /// that carry a release ID; fails when there is none.
    pub fn from_dir(dir: &Path) -> Result<Synth> {
        let archive = read_dir(dir)?;
        let seeds: Vec<Vec<SeedPage>> = archive
            .releases
            .iter()
            .filter(|r| r.number > 0 && r.versions.len() >= 2)
            .map(|r| {
                r.versions
                    .values()
                    .filter_map(seed_page)
                    .collect::<Vec<_>>()
            })
            .filter(|pages| pages.len() >= 2)
            .collect();
        if seeds.is_empty() {
            let message = "no release with two versions and an ID to build an archive from";
            return Err(Error::parse(dir, 0, message));
        }
        Ok(Synth { seeds })
    }

    /// The pages of release `i`: paths relative to the archive, and text.
    pub fn release(&self, i: usize) -> Vec<(PathBuf, String)> {
        let mut rng = Rng(0x5EED ^ (i as u64).wrapping_mul(0x9E37_79B9));
        let seed = &self.seeds[rng.below(self.seeds.len())];
        let longest = seed.iter().map(|p| p.paragraphs.len()).max().unwrap_or(0);
        let mut order: Vec<usize> = (0..longest).collect();
        for k in (1..order.len()).rev() {
            order.swap(k, rng.below(k + 1));
        }
        order.truncate(longest.div_ceil(2) + rng.below(longest / 2 + 1));
        let number = (10_000 + i).to_string();
        let folder = PathBuf::from(format!("{:04}/{:07}", i / PER_FOLDER, i));
        // A version left with no paragraph (a truncated one, say) is not
        // written: its release lacks it, as a release whose page is missing.
        seed.iter()
            .filter(|page| order.iter().any(|&p| p < page.paragraphs.len()))
            .map(|page| (folder.join(&page.file_name), page.text(&order, &number)))
            .collect()
    }

    /// Writes releases `0..n` below `out` (created if need be); returns
    /// the number of files written.
    pub fn write(&self, n: usize, out: &Path) -> Result<usize> {
        let mut files = 0;
        for i in 0..n {
            for (rel, text) in self.release(i) {
                let path = out.join(rel);
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
                files += 1;
            }
        }
        Ok(files)
    }
}

impl SeedPage {
    fn text(&self, order: &[usize], number: &str) -> String {
        let body: Vec<&str> = order
            .iter()
            .filter_map(|&p| self.paragraphs.get(p).map(String::as_str))
            .collect();
        format!(
            "{}{}{}",
            self.head.replace("{N}", number),
            body.join("\n\n"),
            self.tail
        )
    }
}

/// The page of `doc` cut around its paragraphs, when it can be re-read and
/// its ID line found.
fn seed_page(doc: &Document) -> Option<SeedPage> {
    let text = fs::read_to_string(&doc.path).ok()?;
    let (first, last) = (doc.paragraphs.first()?, doc.paragraphs.last()?);
    let lines: Vec<&str> = text.split('\n').collect();
    let last_line = last.line + last.text.split('\n').count() - 1;
    let id_line = lines.get(doc.header.id_line.checked_sub(1)?)?;
    if !id_line.contains(&doc.header.id) || first.line <= doc.header.id_line {
        return None;
    }
    let mut head: Vec<String> = lines[..first.line - 1]
        .iter()
        .map(|l| l.to_string())
        .collect();
    let (_, date) = doc.header.id.split_once('-')?;
    let id = format!("{{N}}-{date}");
    head[doc.header.id_line - 1] = id_line.replace(&doc.header.id, &id);
    let tail = lines.get(last_line..)?.join("\n");
    Some(SeedPage {
        file_name: doc.path.file_name()?.to_string_lossy().into_owned(),
        head: head.join("\n") + "\n",
        paragraphs: doc.paragraphs.iter().map(|p| p.text.clone()).collect(),
        tail: format!("\n{tail}"),
    })
}
