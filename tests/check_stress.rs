//! Precision and recall of the content rules on flaws planted at random in the
//! clean releases of `corpus/`: a dropped or added paragraph or sentence, a
//! changed figure, a cut page, in any language including the pivot; and
//! silence on benign edits (two paragraphs or two sentences joined).
//!
//! A planted flaw is found when a finding about its release has its kind and
//! blames its language; every other finding about that release is a false
//! alarm. The seeds are fixed, so the figures are reproducible:
//! `cargo test --test check_stress -- --nocapture` prints them.

use std::collections::BTreeMap;
use std::path::Path;

use paralign::check::{Config, Finding, Kind, check_archive};
use paralign::release::{Archive, Document, Duplicate, Release, read_dir};
use paralign::{Lang, Paragraph};

/// The releases of `corpus/` without planted flaws.
const CLEAN: [&str; 4] = [
    "2104-27-04-2021",
    "2106-02-06-2021",
    "2111-05-10-2021",
    "2112-22-11-2021",
];

/// A small linear congruential generator (Knuth's MMIX constants): the test
/// needs reproducible choices, not quality randomness.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// What is planted.
#[derive(Clone, Copy, Debug)]
enum Edit {
    Flaw(Kind),
    JoinParagraphs,
    JoinSentences,
}

fn sentences(p: &Paragraph) -> Vec<String> {
    p.sentence_texts().map(str::to_string).collect()
}

fn rebuild(doc: &mut Document, i: usize, sentences: &[String]) {
    let line = doc.paragraphs[i].line;
    doc.paragraphs[i] = Paragraph::new(line, sentences.join(" "), doc.lang);
}

/// Plants `edit` in `lang` of `r`, taking added text from `donor`; false
/// when the release offers no place for it.
fn plant(r: &mut Release, donor: &Release, edit: Edit, lang: Lang, rng: &mut Rng) -> bool {
    let Some(doc) = r.versions.get_mut(&lang) else {
        return false;
    };
    let n = doc.paragraphs.len();
    let multi: Vec<usize> = (0..n)
        .filter(|&i| doc.paragraphs[i].sentences.len() >= 2)
        .collect();
    match edit {
        Edit::Flaw(Kind::MissingParagraph) if n >= 3 => {
            doc.paragraphs.remove(rng.below(n));
        }
        Edit::Flaw(Kind::ExtraParagraph) => {
            let Some(d) = donor.versions.get(&lang) else {
                return false;
            };
            let text = d.paragraphs[rng.below(d.paragraphs.len())].text.clone();
            doc.paragraphs
                .insert(rng.below(n + 1), Paragraph::new(0, text, lang));
        }
        Edit::Flaw(Kind::MissingSentence) if !multi.is_empty() => {
            let i = multi[rng.below(multi.len())];
            let mut s = sentences(&doc.paragraphs[i]);
            s.remove(rng.below(s.len()));
            rebuild(doc, i, &s);
        }
        Edit::Flaw(Kind::ExtraSentence) => {
            let Some(d) = donor.versions.get(&lang) else {
                return false;
            };
            let from = sentences(&d.paragraphs[rng.below(d.paragraphs.len())]);
            let i = rng.below(n);
            let mut s = sentences(&doc.paragraphs[i]);
            s.insert(rng.below(s.len() + 1), from[rng.below(from.len())].clone());
            rebuild(doc, i, &s);
        }
        Edit::Flaw(Kind::NumberMismatch) => return change_a_figure(doc, rng),
        Edit::Flaw(Kind::TruncatedVersion) if n >= 4 => {
            doc.paragraphs.truncate(1 + rng.below(n / 2))
        }
        Edit::JoinParagraphs if n >= 3 => {
            let i = rng.below(n - 1);
            let next = doc.paragraphs.remove(i + 1).text;
            let line = doc.paragraphs[i].line;
            let text = format!("{} {next}", doc.paragraphs[i].text);
            doc.paragraphs[i] = Paragraph::new(line, text, lang);
        }
        Edit::JoinSentences if !multi.is_empty() => {
            let i = multi[rng.below(multi.len())];
            let mut s = sentences(&doc.paragraphs[i]);
            let j = rng.below(s.len() - 1);
            let second = s.remove(j + 1);
            let first = s[j].trim_end_matches(['.', '!', '?']).to_string();
            let and = match lang {
                Lang::De => "und",
                Lang::En => "and",
                Lang::Es => "y",
                Lang::Fr => "et",
                Lang::Ru => "и",
            };
            let mut chars = second.chars();
            let lower: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            s[j] = format!("{first}, {and} {lower}");
            rebuild(doc, i, &s);
        }
        _ => return false,
    }
    true
}

/// Changes one digit of a figure of two or more digits.
fn change_a_figure(doc: &mut Document, rng: &mut Rng) -> bool {
    let spots: Vec<(usize, usize)> = (0..doc.paragraphs.len())
        .flat_map(|i| {
            let b = doc.paragraphs[i].text.as_bytes();
            (0..b.len().saturating_sub(1))
                .filter(|&k| {
                    b[k].is_ascii_digit()
                        && b[k + 1].is_ascii_digit()
                        && (k == 0 || !b[k - 1].is_ascii_digit())
                })
                .map(move |k| (i, k))
                .collect::<Vec<_>>()
        })
        .collect();
    if spots.is_empty() {
        return false;
    }
    let (i, k) = spots[rng.below(spots.len())];
    let mut bytes = doc.paragraphs[i].text.clone().into_bytes();
    bytes[k] = if bytes[k] == b'9' { b'3' } else { bytes[k] + 1 };
    let line = doc.paragraphs[i].line;
    doc.paragraphs[i] = Paragraph::new(line, String::from_utf8(bytes).unwrap(), doc.lang);
    true
}

/// Plants a version-level flaw in `lang` of `r`; false when it does not apply.
fn plant_version(r: &mut Release, kind: Kind, lang: Lang, rng: &mut Rng) -> bool {
    if !r.versions.contains_key(&lang) {
        return false;
    }
    match kind {
        Kind::MissingVersion => {
            r.versions.remove(&lang);
        }
        Kind::UndeclaredVersion if r.declared.len() > 1 => r.declared.retain(|l| *l != lang),
        Kind::WrongLanguage => {
            let others: Vec<Lang> = r
                .versions
                .iter()
                .filter(|(l, d)| **l != lang && !d.paragraphs.is_empty())
                .map(|(l, _)| *l)
                .collect();
            if others.is_empty() {
                return false;
            }
            let from = others[rng.below(others.len())];
            let paras = r.versions[&from].paragraphs.clone();
            let doc = r.versions.get_mut(&lang).unwrap();
            doc.paragraphs = paras
                .into_iter()
                .map(|p| Paragraph::new(p.line, p.text, from))
                .collect();
            let body: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
            doc.detected = paralign::release::detect::detect(&body.join("\n"));
        }
        Kind::EmptyVersion => r.versions.get_mut(&lang).unwrap().paragraphs.clear(),
        Kind::DateMismatch => {
            r.versions.get_mut(&lang).unwrap().header.date = Some("2019-02-03".into());
        }
        Kind::DuplicateVersion => {
            let kept = r.versions[&lang].path.clone();
            let dropped = kept.with_extension("copy.txt");
            r.duplicates.push(Duplicate {
                lang,
                kept,
                dropped,
            });
        }
        _ => return false,
    }
    true
}

/// Plants `edit` in `lang` of `r`, whatever its level.
fn plant_any(r: &mut Release, donor: &Release, edit: Edit, lang: Lang, rng: &mut Rng) -> bool {
    match edit {
        Edit::Flaw(k) if VERSION_KINDS.contains(&k) => plant_version(r, k, lang, rng),
        _ => plant(r, donor, edit, lang, rng),
    }
}

const VERSION_KINDS: [Kind; 6] = [
    Kind::MissingVersion,
    Kind::UndeclaredVersion,
    Kind::WrongLanguage,
    Kind::EmptyVersion,
    Kind::DateMismatch,
    Kind::DuplicateVersion,
];

const CONTENT_KINDS: [Kind; 6] = [
    Kind::MissingParagraph,
    Kind::ExtraParagraph,
    Kind::MissingSentence,
    Kind::ExtraSentence,
    Kind::NumberMismatch,
    Kind::TruncatedVersion,
];

/// Flaws that touch a passage, not the whole version: several may be
/// planted in one version.
const LOCAL_KINDS: [Kind; 5] = [
    Kind::MissingParagraph,
    Kind::ExtraParagraph,
    Kind::MissingSentence,
    Kind::ExtraSentence,
    Kind::NumberMismatch,
];

/// Per kind: (planted flaws found, planted flaws missed, findings that
/// point at a planted flaw, findings that point at none).
#[derive(Default)]
struct Tally(BTreeMap<String, [usize; 4]>);

impl Tally {
    fn add(&mut self, kind: impl std::fmt::Debug, slot: usize) {
        self.0.entry(format!("{kind:?}")).or_default()[slot] += 1;
    }

    fn total(&self) -> [usize; 4] {
        self.0
            .values()
            .fold([0; 4], |a, r| std::array::from_fn(|i| a[i] + r[i]))
    }

    fn recall(r: [usize; 4]) -> f64 {
        r[0] as f64 / (r[0] + r[1]).max(1) as f64
    }

    fn precision(r: [usize; 4]) -> f64 {
        r[2] as f64 / (r[2] + r[3]).max(1) as f64
    }

    fn print(&self, title: &str) {
        eprintln!("{title}");
        for (k, r) in &self.0 {
            eprintln!(
                "  {k:30} planted {:3} found {:3}  recall {:.3}  findings {:3} false {:3}  precision {:.3}",
                r[0] + r[1],
                r[0],
                Self::recall(*r),
                r[2] + r[3],
                r[3],
                Self::precision(*r)
            );
        }
        let t = self.total();
        eprintln!(
            "  {:30} planted {:3} found {:3}  recall {:.3}  findings {:3} false {:3}  precision {:.3}",
            "ALL",
            t[0] + t[1],
            t[0],
            Self::recall(t),
            t[2] + t[3],
            t[3],
            Self::precision(t)
        );
    }
}

/// The clean releases, each keeping at random all its versions or only
/// two or three of them (declared accordingly).
fn clean_archive(archive: &Archive, rng: &mut Rng, shrink: bool) -> Archive {
    let mut releases: Vec<Release> = archive
        .releases
        .iter()
        .filter(|r| CLEAN.contains(&r.id.as_str()))
        .cloned()
        .collect();
    for r in releases.iter_mut().filter(|_| shrink) {
        if rng.below(3) == 0 {
            let keep = 2 + rng.below(2);
            while r.versions.len() > keep {
                let langs: Vec<Lang> = r.versions.keys().copied().collect();
                let drop = langs[rng.below(langs.len())];
                r.versions.remove(&drop);
                r.declared.retain(|l| *l != drop);
            }
        }
    }
    Archive {
        releases,
        problems: Vec::new(),
    }
}

/// Plants one to three flaws (local ones possibly in one language) in every clean release
/// per trial, checks the archive, and tallies per kind.
fn run(archive: &Archive, edits: &[Edit], seed: u64, trials: usize, shrink: bool) -> Tally {
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    for _ in 0..trials {
        let mut a = clean_archive(archive, &mut rng, shrink);
        let mut planted: Vec<Vec<(Edit, Lang)>> = vec![Vec::new(); a.releases.len()];
        for (idx, flaws) in planted.iter_mut().enumerate() {
            let id = a.releases[idx].id.clone();
            let others: Vec<&Release> = archive.releases.iter().filter(|r| r.id != id).collect();
            let donor = others[rng.below(others.len())].clone();
            let wanted = 1 + usize::from(rng.below(3) == 0) + usize::from(rng.below(6) == 0);
            for _ in 0..wanted {
                let edit = edits[rng.below(edits.len())];
                let lang = Lang::ALL[rng.below(Lang::ALL.len())];
                // Local flaws may share a version; a flaw of the whole
                // version hides any other in it.
                let local = |e: &Edit| matches!(e, Edit::Flaw(k) if LOCAL_KINDS.contains(k));
                if flaws
                    .iter()
                    .any(|(e, l)| *l == lang && !(local(e) && local(&edit)))
                {
                    continue;
                }
                if plant_any(&mut a.releases[idx], &donor, edit, lang, &mut rng) {
                    flaws.push((edit, lang));
                }
            }
        }
        let report = check_archive(&a, &Config::default());
        for (r, flaws) in a.releases.iter().zip(&planted) {
            let real = |f: &Finding| {
                flaws
                    .iter()
                    .any(|(e, l)| matches!(e, Edit::Flaw(k) if names(f, *k, *l, r)))
            };
            let about: Vec<&Finding> = report.findings_for(&r.id).collect();
            for &(edit, lang) in flaws {
                if let Edit::Flaw(k) = edit {
                    let hit = about.iter().any(|f| names(f, k, lang, r));
                    tally.add(k, if hit { 0 } else { 1 });
                    if !hit && std::env::var_os("STRESS_VERBOSE").is_some() {
                        let langs: Vec<Lang> = r.versions.keys().copied().collect();
                        let pivot = report
                            .releases
                            .iter()
                            .find(|s| s.id == r.id)
                            .and_then(|s| s.pivot);
                        eprintln!(
                            "missed {k:?} in {} {lang} (planted {flaws:?}; versions {langs:?}, pivot {pivot:?})",
                            r.id
                        );
                    }
                }
            }
            for f in about {
                tally.add(f.kind, if real(f) { 2 } else { 3 });
                if !real(f) {
                    eprintln!("false alarm, planted {flaws:?}: {f}");
                }
            }
        }
    }
    tally
}

/// True when finding `f` names the flaw of kind `k` planted in `lang` of
/// `r`. In a release of two versions nobody can tell an addition to one from
/// a loss in the other, and the check reports a loss (the common flaw): a
/// text added to one version counts as found when the other is reported to
/// lack it.
fn names(f: &Finding, k: Kind, lang: Lang, r: &Release) -> bool {
    if f.kind == k && f.lang() == Some(lang) {
        return true;
    }
    let missing = match k {
        Kind::ExtraParagraph => Kind::MissingParagraph,
        Kind::ExtraSentence => Kind::MissingSentence,
        _ => return false,
    };
    let other = r.versions.keys().find(|l| **l != lang);
    r.versions.len() == 2 && f.kind == missing && f.lang() == other.copied()
}

fn corpus() -> Archive {
    read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap()
}

/// Seeds of the stress runs; fixed so the figures are reproducible.
const SEEDS: [u64; 3] = [7, 11, 23];

#[test]
fn planted_flaws_are_found_with_few_false_alarms() {
    let corpus = corpus();
    let flaws: Vec<Edit> = CONTENT_KINDS
        .iter()
        .chain(&VERSION_KINDS)
        .map(|&k| Edit::Flaw(k))
        .collect();
    let mut all = Tally::default();
    for seed in SEEDS {
        let t = run(&corpus, &flaws, seed, 40, true);
        t.print(&format!("seed {seed}"));
        for (k, r) in t.0 {
            let row = all.0.entry(k).or_default();
            (0..4).for_each(|i| row[i] += r[i]);
        }
    }
    all.print("all seeds");
    let t = all.total();
    let (precision, recall) = (Tally::precision(t), Tally::recall(t));
    assert!(t[0] + t[1] >= 100, "too few plantings: {}", t[0] + t[1]);
    // The check reads the aligner's posteriors instead of rules tuned on
    // these twelve releases: on real translations (tests/check_pud5.rs)
    // its precision went from 0.68 to 0.97, here from 0.972 to 0.951 and
    // recall from 0.950 to 0.932 (three seeds, 558 flaws).
    assert!(precision >= 0.94, "precision {precision:.3}");
    assert!(recall >= 0.92, "recall {recall:.3}");
}

#[test]
fn joined_paragraphs_and_sentences_raise_almost_no_alarm() {
    let t = run(
        &corpus(),
        &[Edit::JoinParagraphs, Edit::JoinSentences],
        5,
        12,
        false,
    );
    let alarms = t.total()[3];
    eprintln!("benign edits: {alarms} false alarms in 100 releases");
    assert!(alarms <= 2, "{alarms} false alarms");
}
