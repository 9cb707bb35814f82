//! Lexical evidence measured on real translations: the Text+Berg dev set
//! whole (the real FreeDict German–French dictionary, n-m shapes) and cut
//! into an "archive" of documents, and PUD pairs as an archive, each with
//! and without the archive-wide lexicon (Moore 2002 across documents).
//!
//! `cargo test --release --test lexicon -- --nocapture` prints the figures
//! the README quotes; floors sit a little below them. Skips when
//! `../shared/eval` (or `/usr/share/dictd`, for the dictionary) is absent.

mod pud5;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use paralign::Lang;
use paralign::align::{Config, align_sentences};
use paralign::eval::{self, Link, Scores};
use paralign::score::lexicon::archive::{self, ArchiveLexicon};
use paralign::score::{Translations, dict};
use pud5::Rng;
use pud5::beads;

/// One document pair with its gold beads.
struct Doc {
    src: Vec<String>,
    tgt: Vec<String>,
    gold: Vec<Link>,
}

fn dev_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/textberg-dev")
}

fn dev() -> Option<Doc> {
    let dir = dev_dir();
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
    let lines = |t: String| t.lines().map(str::to_string).collect();
    Some(Doc {
        src: lines(read("dev.de")?),
        tgt: lines(read("dev.fr")?),
        gold: eval::read_beads(&dir.join("dev.defr")).ok()?,
    })
}

/// `doc` cut at gold bead boundaries into documents of about `beads` beads.
fn cut(doc: &Doc, beads: usize) -> Vec<Doc> {
    doc.gold
        .chunks(beads)
        .map(|chunk| {
            let lo = |f: fn(&Link) -> &Vec<usize>| {
                chunk
                    .iter()
                    .flat_map(|l| f(l).first())
                    .min()
                    .copied()
                    .unwrap_or(0)
            };
            let hi = |f: fn(&Link) -> &Vec<usize>| {
                chunk
                    .iter()
                    .flat_map(|l| f(l).last())
                    .max()
                    .map_or(0, |m| m + 1)
            };
            let (s0, t0) = (lo(|l| &l.src), lo(|l| &l.tgt));
            let (s1, t1) = (hi(|l| &l.src).max(s0), hi(|l| &l.tgt).max(t0));
            let shift = |v: &[usize], by: usize| v.iter().map(|i| i - by).collect();
            Doc {
                src: doc.src[s0..s1].to_vec(),
                tgt: doc.tgt[t0..t1].to_vec(),
                gold: chunk
                    .iter()
                    .map(|l| Link {
                        src: shift(&l.src, s0),
                        tgt: shift(&l.tgt, t0),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn texts(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn align(doc: &Doc, pair: (Lang, Lang), config: &Config) -> paralign::Alignment {
    align_sentences(&texts(&doc.src), &texts(&doc.tgt), pair.0, pair.1, config)
}

fn links(al: &paralign::Alignment) -> Vec<Link> {
    al.beads
        .iter()
        .map(|b| Link {
            src: b.src.clone().collect(),
            tgt: b.tgt.clone().collect(),
        })
        .collect()
}

/// Scores of `docs` (each with its language pair) aligned with `config`.
fn score(docs: &[(Doc, (Lang, Lang))], config: &Config) -> Scores {
    let pairs: Vec<(Vec<Link>, Vec<Link>)> = docs
        .iter()
        .map(|(d, pair)| (d.gold.clone(), links(&align(d, *pair, config))))
        .collect();
    eval::score(&pairs)
}

/// The archive-wide lexicon of `docs`: a first pass with `config`, its
/// confident beads pooled over every document.
fn learn(docs: &[(Doc, (Lang, Lang))], config: &Config) -> Translations {
    let mut lexicon = ArchiveLexicon::default();
    for (d, pair) in docs {
        let al = align(d, *pair, config);
        let beads = al.beads.iter().map(|b| (&b.src, &b.tgt, b.score));
        for (i, j) in archive::confident(beads) {
            lexicon.add(*pair, &d.src[i], &d.tgt[j]);
        }
    }
    lexicon.translations()
}

fn with(table: Translations) -> Config {
    Config {
        translations: Some(Arc::new(table)),
        ..Config::default()
    }
}

/// Strict precision and recall of the beads of `shapes` (gold beads of
/// those shapes found exactly; predicted ones that are in the gold).
fn shape_scores(gold: &[Link], test: &[Link], shapes: &[(usize, usize)]) -> (f64, f64, usize) {
    let of = |l: &&Link| shapes.contains(&(l.src.len(), l.tgt.len()));
    let g: Vec<&Link> = gold.iter().filter(of).collect();
    let t: Vec<&Link> = test.iter().filter(of).collect();
    let recall = g.iter().filter(|l| test.contains(l)).count() as f64 / g.len().max(1) as f64;
    let precision = t.iter().filter(|l| gold.contains(l)).count() as f64 / t.len().max(1) as f64;
    (precision, recall, t.len())
}

fn report(name: &str, doc: &Doc, config: &Config) -> f64 {
    let test = links(&align(doc, (Lang::De, Lang::Fr), config));
    let s = eval::score(&[(doc.gold.clone(), test.clone())]);
    let (p21, r21, n21) = shape_scores(&doc.gold, &test, &[(2, 1), (1, 2)]);
    let (p22, r22, n22) = shape_scores(&doc.gold, &test, &[(2, 2)]);
    eprintln!(
        "{name:<28} strict F1 {:.4}  lax F1 {:.4} | 2-1/1-2 P {p21:.3} R {r21:.3} ({n21}) \
         | 2-2 P {p22:.3} R {r22:.3} ({n22})",
        s.strict.f1, s.lax.f1
    );
    s.strict.f1
}

#[test]
fn dev_whole_with_and_without_the_freedict_dictionary() {
    let Some(doc) = dev() else {
        eprintln!("skipped: {} is absent", dev_dir().display());
        return;
    };
    let base = report("dev", &doc, &Config::default());
    assert!(base >= 0.873, "{base}");
    let path = Path::new("/usr/share/dictd/freedict-deu-fra.index");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let mut table = Translations::default();
    let n = dict::read(path, None, &mut table).unwrap();
    eprintln!(
        "freedict-deu-fra: {n} one-word entries, {} stem pairs",
        table.len()
    );
    let one = report("dev + freedict-deu-fra", &doc, &with(table.clone()));
    assert!(one >= 0.873, "{one}");
    // Both editions of the pair, as align-lines reads them by default: more
    // entries must not make things worse (they did while every translation
    // of a word counted in its segment's total).
    for path in dict::installed(Path::new(dict::FREEDICT_DIR), Lang::Fr, Lang::De) {
        dict::read(&path, None, &mut table).unwrap();
    }
    let both = report("dev + deu-fra + fra-deu", &doc, &with(table));
    assert!(both >= one - 0.002, "{both} < {one}");
}

#[test]
fn dev_as_an_archive_of_documents() {
    let Some(doc) = dev() else {
        eprintln!("skipped: {} is absent", dev_dir().display());
        return;
    };
    for beads in [40, 100] {
        let docs: Vec<(Doc, (Lang, Lang))> = cut(&doc, beads)
            .into_iter()
            .map(|d| (d, (Lang::De, Lang::Fr)))
            .collect();
        let base = score(&docs, &Config::default());
        let table = learn(&docs, &Config::default());
        let lexed = score(&docs, &with(table.clone()));
        eprintln!(
            "dev in {} documents: strict F1 {:.4} -> {:.4} with the archive lexicon ({} entries)",
            docs.len(),
            base.strict.f1,
            lexed.strict.f1,
            table.len()
        );
        // A few hundred sentences of one book are too small an archive for
        // the lexicon to learn much that the per-text lexicon does not
        // (see the README): the floor only guards against a collapse.
        assert!(lexed.strict.f1 >= 0.82, "{}", lexed.strict.f1);
    }
}

#[test]
fn pud_pairs_as_an_archive() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        eprintln!("skipped: PUD is absent");
        return;
    };
    let mut docs = Vec::new();
    for (k, pair) in pud5::PAIRS.into_iter().enumerate() {
        // The documents of tests/align_pud5.rs (same seeds).
        let mut rng = Rng::new(0xA11C_0000 + k as u64);
        for lines in beads::chunks(&pud, 20) {
            let g = beads::gold_pair(&pud, lines, pair.0, pair.1, &mut rng);
            let doc = Doc {
                src: g.src,
                tgt: g.tgt,
                gold: g.gold,
            };
            docs.push((doc, pair));
        }
    }
    let table = learn(&docs, &Config::default());
    let config = with(table.clone());
    eprintln!("PUD archive lexicon: {} entries", table.len());
    // With every FreeDict edition installed for our languages too, in both
    // passes (what `align DIR --dict ...` does with all of them).
    let mut dicts = Translations::default();
    for a in Lang::ALL {
        for b in Lang::ALL.into_iter().filter(|&b| b > a) {
            for path in dict::installed(Path::new(dict::FREEDICT_DIR), a, b) {
                dict::read(&path, None, &mut dicts).unwrap();
            }
        }
    }
    let mut both = dicts.clone();
    both.extend(&learn(&docs, &with(dicts.clone())));
    let (dicts, both) = (with(dicts), with(both));
    let mut worse = Vec::new();
    for pair in pud5::PAIRS {
        let mine: Vec<(Doc, (Lang, Lang))> = docs
            .iter()
            .filter(|d| d.1 == pair)
            .map(|(d, p)| {
                let copy = Doc {
                    src: d.src.clone(),
                    tgt: d.tgt.clone(),
                    gold: d.gold.clone(),
                };
                (copy, *p)
            })
            .collect();
        let (a, b) = (score(&mine, &Config::default()), score(&mine, &config));
        let (d, db) = (score(&mine, &dicts), score(&mine, &both));
        eprintln!(
            "{}-{}: strict F1 {:.4} -> {:.4}, lax {:.4} -> {:.4}; with the installed \
             dictionaries {:.4} -> {:.4}",
            pair.0, pair.1, a.strict.f1, b.strict.f1, a.lax.f1, b.lax.f1, d.strict.f1, db.strict.f1
        );
        if b.strict.f1 < a.strict.f1 - 0.005 || db.strict.f1 < d.strict.f1 - 0.005 {
            worse.push(format!("{}-{}", pair.0, pair.1));
        }
    }
    assert!(worse.is_empty(), "the archive lexicon hurts {worse:?}");
}

#[test]
fn pud_pairs_with_freedict_dictionaries() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        eprintln!("skipped: PUD is absent");
        return;
    };
    for (k, pair) in pud5::PAIRS.into_iter().enumerate() {
        let paths = dict::installed(Path::new(dict::FREEDICT_DIR), pair.0, pair.1);
        if paths.is_empty() {
            eprintln!("{}-{}: no FreeDict dictionary installed", pair.0, pair.1);
            continue;
        }
        let mut rng = Rng::new(0xA11C_0000 + k as u64);
        let docs: Vec<(Doc, (Lang, Lang))> = beads::chunks(&pud, 20)
            .into_iter()
            .map(|lines| {
                let g = beads::gold_pair(&pud, lines, pair.0, pair.1, &mut rng);
                let doc = Doc {
                    src: g.src,
                    tgt: g.tgt,
                    gold: g.gold,
                };
                (doc, pair)
            })
            .collect();
        // One edition, then every edition installed for the pair (what
        // align-lines reads without --dict).
        let mut table = Translations::default();
        dict::read(&paths[0], None, &mut table).unwrap();
        let base = score(&docs, &Config::default());
        let one = score(&docs, &with(table.clone()));
        for path in &paths[1..] {
            dict::read(path, None, &mut table).unwrap();
        }
        let all = score(&docs, &with(table));
        let name = |p: &PathBuf| p.file_stem().unwrap().to_string_lossy().into_owned();
        let names: Vec<String> = paths.iter().map(name).collect();
        eprintln!(
            "{}-{}: strict F1 {:.4} -> {:.4} ({}) -> {:.4} ({})",
            pair.0,
            pair.1,
            base.strict.f1,
            one.strict.f1,
            names[0],
            all.strict.f1,
            names.join(" + ")
        );
        assert!(one.strict.f1 >= base.strict.f1 - 0.005);
        assert!(all.strict.f1 >= base.strict.f1 - 0.005);
    }
}
