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

use paralign::check::{Config, Kind, check_archive};
use paralign::release::{Archive, Document, Release, read_dir};
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

/// Counts (found, false alarms, missed) over `trials` random plantings.
fn run(archive: &Archive, edits: &[Edit], seed: u64, trials: usize) -> (usize, usize, usize) {
    let mut rng = Rng(seed);
    let (mut found, mut alarms, mut missed) = (0, 0, 0);
    let mut per_kind: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for _ in 0..trials {
        let id = CLEAN[rng.below(CLEAN.len())];
        let edit = edits[rng.below(edits.len())];
        let lang = Lang::ALL[rng.below(Lang::ALL.len())];
        // Only the clean releases are checked (enough to learn length
        // ratios from); added text comes from any other release.
        let mut a = Archive {
            releases: archive
                .releases
                .iter()
                .filter(|r| CLEAN.contains(&r.id.as_str()))
                .cloned()
                .collect(),
            problems: Vec::new(),
        };
        let idx = a.releases.iter().position(|r| r.id == id).unwrap();
        let others: Vec<&Release> = archive.releases.iter().filter(|r| r.id != id).collect();
        let donor = others[rng.below(others.len())].clone();
        if !plant(&mut a.releases[idx], &donor, edit, lang, &mut rng) {
            continue;
        }
        let report = check_archive(&a, &Config::default());
        let expected = |f: &&paralign::check::Finding| matches!(edit, Edit::Flaw(k) if f.kind == k && f.lang() == Some(lang));
        let about: Vec<_> = report.findings_for(id).collect();
        let hit = about.iter().any(expected);
        let extra = about.iter().filter(|f| !expected(f)).count();
        let row = per_kind.entry(format!("{edit:?}")).or_default();
        if let Edit::Flaw(_) = edit {
            found += usize::from(hit);
            missed += usize::from(!hit);
            row.0 += usize::from(hit);
            row.2 += usize::from(!hit);
        }
        alarms += extra;
        row.1 += extra;
        for f in about.iter().filter(|f| !expected(f)) {
            eprintln!("false alarm after {edit:?} in {id} {lang}: {f}");
        }
    }
    for (k, (t, f, m)) in per_kind {
        eprintln!("  {k:30} found {t:3}  false alarms {f:3}  missed {m:3}");
    }
    (found, alarms, missed)
}

fn corpus() -> Archive {
    read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap()
}

#[test]
fn planted_flaws_are_found_with_few_false_alarms() {
    let flaws = [
        Kind::MissingParagraph,
        Kind::ExtraParagraph,
        Kind::MissingSentence,
        Kind::ExtraSentence,
        Kind::NumberMismatch,
        Kind::TruncatedVersion,
    ]
    .map(Edit::Flaw);
    let (found, alarms, missed) = run(&corpus(), &flaws, 7, 80);
    let precision = found as f64 / (found + alarms).max(1) as f64;
    let recall = found as f64 / (found + missed).max(1) as f64;
    eprintln!(
        "planted flaws: found {found}, false alarms {alarms}, missed {missed}: precision {precision:.3}, recall {recall:.3}"
    );
    assert!(
        found + missed >= 60,
        "too few plantings: {}",
        found + missed
    );
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.85, "recall {recall:.3}");
}

#[test]
fn joined_paragraphs_and_sentences_raise_almost_no_alarm() {
    let (_, alarms, _) = run(
        &corpus(),
        &[Edit::JoinParagraphs, Edit::JoinSentences],
        5,
        50,
    );
    eprintln!("benign edits: {alarms} false alarms in 50");
    assert!(alarms <= 2, "{alarms} false alarms");
}
