//! The export driver: determinism, failures, filters, and the rebuild invariant,
//! on releases made in code (the aligner's quality does not matter here).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use paralign::Lang;
use paralign::export::run::{self, Options, Summary};
use paralign::export::tmx_json::TmxJson;
use paralign::export::{Filters, Format, Output};
use paralign::release::Release;
use paralign::segment::{Paragraph, Sentence};

use crate::fixture;

const WORDS: [&str; 12] = [
    "Minister",
    "Treffen",
    "Abkommen",
    "Region",
    "Sicherheit",
    "Handel",
    "Gespräch",
    "Partner",
    "Frage",
    "Wirtschaft",
    "Kultur",
    "Projekt",
];

/// Release `i`: a few paragraphs of numbered sentences in two to four languages.
fn synthetic_release(i: usize) -> Release {
    let langs: Vec<Lang> = Lang::ALL
        .iter()
        .copied()
        .filter(|l| !(i + *l as usize).is_multiple_of(4))
        .collect();
    let docs = langs
        .iter()
        .map(|&lang| {
            let paragraphs: Vec<Paragraph> = (0..1 + (i + lang as usize) % 3)
                .map(|p| {
                    let words = |k: usize| WORDS[(i * 7 + p * 3 + k) % WORDS.len()];
                    let text = format!("{} {} {i}. {} {}.", words(0), words(1), words(2), words(3));
                    Paragraph::new(p + 1, text, lang)
                })
                .collect();
            let mut doc = fixture::document(lang, &[]);
            doc.paragraphs = paragraphs;
            doc
        })
        .collect();
    fixture::release(&format!("{}-01-02-2021", 100 + i), docs)
}

fn synthetic(n: usize) -> Vec<Release> {
    (0..n).map(synthetic_release).collect()
}

/// Runs an export of `releases` to `path` with `threads` workers.
fn export(
    releases: &[Release],
    opts: &Options,
    format: Format,
    path: &Path,
    threads: usize,
) -> Summary {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let plan = run::plan(releases, opts).unwrap();
        let meta = plan.meta(opts.level, run::creation_date(releases, None));
        let output = Output::prepare(path, format).unwrap();
        let mut exporter = format.exporter(output, &meta).unwrap();
        run::export(releases, &plan, opts, exporter.as_mut(), &mut |_| {}).unwrap()
    })
}

#[test]
fn output_is_byte_identical_whatever_threads_and_chunks() {
    let releases = synthetic(40);
    let dir = tempfile::tempdir().unwrap();
    for format in [Format::TmxJson, Format::Tmx, Format::Jsonl, Format::Tsv] {
        let mut outputs = Vec::new();
        for (threads, chunk) in [(1, 1), (2, 7), (2, 64)] {
            let path = dir.path().join(format!("{format}-{threads}-{chunk}"));
            let opts = Options {
                chunk,
                ..Options::default()
            };
            export(&releases, &opts, format, &path, threads);
            outputs.push(fs::read(&path).unwrap());
        }
        assert!(outputs.windows(2).all(|w| w[0] == w[1]), "{format}");
    }
}

/// Per release and language, the units' texts joined in order.
fn rebuilt(doc: &TmxJson) -> BTreeMap<(String, String), String> {
    let mut texts: BTreeMap<(String, String), String> = BTreeMap::new();
    for tu in &doc.body {
        for tuv in &tu.tuv {
            let text = texts
                .entry((tu.props["x-release"].clone(), tuv.lang.clone()))
                .or_default();
            text.push(' ');
            text.push_str(&tuv.seg);
        }
    }
    texts
}

fn words(text: &str) -> String {
    itertools::join(text.split_whitespace(), " ")
}

/// Every version's text, rebuilt from the units of `doc`, equals the original;
/// a version in another language than it is filed as is absent (left out by
/// default).
pub fn assert_every_sentence_once(releases: &[Release], doc: &TmxJson) {
    let texts = rebuilt(doc);
    let mut expected = 0;
    for release in releases {
        for (lang, version) in &release.versions {
            let original = words(&itertools::join(
                version.paragraphs.iter().map(|p| p.text.as_str()),
                " ",
            ));
            let key = (release.id.clone(), lang.locale().to_string());
            if version.is_mislabelled() {
                assert!(!texts.contains_key(&key), "release {} {lang}", release.id);
                continue;
            }
            if original.is_empty() {
                continue;
            }
            expected += 1;
            let got = texts.get(&key).map(|t| words(t)).unwrap_or_default();
            assert_eq!(got, original, "release {} {lang}", release.id);
        }
    }
    assert_eq!(texts.len(), expected, "versions rebuilt");
}

#[test]
fn units_rebuild_every_version_exactly_once() {
    let releases = synthetic(25);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    let summary = export(&releases, &Options::default(), Format::TmxJson, &path, 2);
    assert_eq!(
        (summary.releases, summary.aligned, summary.written),
        (25, 25, summary.units)
    );
    let doc: TmxJson = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_every_sentence_once(&releases, &doc);
}

#[test]
fn a_failing_release_is_reported_and_the_others_exported() {
    let mut releases = synthetic(5);
    // A sentence span past the end of its paragraph: the aligner's input cannot be built.
    let broken = &mut releases[2].versions.values_mut().next().unwrap().paragraphs[0];
    broken.sentences = vec![Sentence {
        span: 0..broken.text.len() + 10,
    }];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.jsonl");
    let summary = export(&releases, &Options::default(), Format::Jsonl, &path, 2);
    assert_eq!(summary.failed.len(), 1);
    assert_eq!(summary.failed[0].release, releases[2].id);
    assert!(
        summary.failed[0].reason.contains("panicked"),
        "{:?}",
        summary.failed
    );
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), summary.written);
    assert!(!text.contains(&releases[2].id) && text.contains(&releases[3].id));
}

#[test]
fn filters_are_counted_in_the_summary() {
    let releases: Vec<Release> = [fixture::lone_release().0, fixture::lone_release().0].into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.tsv");
    let dedup = Options {
        filters: Filters {
            dedup: true,
            ..Filters::default()
        },
        ..Options::default()
    };
    let summary = export(&releases, &dedup, Format::Tsv, &path, 1);
    assert_eq!(
        (summary.units, summary.written, summary.removed.duplicate),
        (2, 1, 1)
    );
    let min_score = Options {
        filters: Filters {
            min_score: Some(0.1),
            ..Filters::default()
        },
        ..Options::default()
    };
    let summary = export(&releases, &min_score, Format::Tsv, &path, 1);
    assert_eq!(
        (summary.written, summary.removed.score),
        (0, 2),
        "no link, no score"
    );
}

#[test]
fn langs_restrict_the_export_and_two_make_the_moses_pair() {
    let releases = synthetic(12);
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        langs: vec![Lang::Fr, Lang::En],
        ..Options::default()
    };
    let summary = export(&releases, &opts, Format::Moses, dir.path(), 2);
    let without = releases
        .iter()
        .filter(|r| !r.versions.contains_key(&Lang::Fr) && !r.versions.contains_key(&Lang::En))
        .count();
    assert_eq!((summary.skipped, summary.aligned), (without, 12 - without));
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["corpus.fr-en.en", "corpus.fr-en.fr"]);
    let lines = |n: &str| {
        fs::read_to_string(dir.path().join(n))
            .unwrap()
            .lines()
            .count()
    };
    assert_eq!(lines("corpus.fr-en.en"), lines("corpus.fr-en.fr"));
    assert!(lines("corpus.fr-en.en") > 0);
}

#[test]
fn mislabelled_versions_are_left_out_unless_kept() {
    let mut releases = synthetic(6);
    let target = releases.iter().position(|r| r.versions.len() >= 3).unwrap();
    let (&lang, doc) = releases[target].versions.iter_mut().last().unwrap();
    let detected = if lang == Lang::En { Lang::De } else { Lang::En };
    doc.detected = Some(detected);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    let summary = export(&releases, &Options::default(), Format::TmxJson, &path, 2);
    let m = &summary.mislabelled;
    assert_eq!(m.len(), 1);
    assert_eq!(
        (m[0].release.as_str(), m[0].lang, m[0].detected),
        (releases[target].id.as_str(), lang, detected)
    );
    let id = &releases[target].id;
    let langs_of = |path: &Path| -> Vec<String> {
        let doc: TmxJson = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let tus = doc
            .body
            .into_iter()
            .filter(|tu| &tu.props["x-release"] == id);
        tus.flat_map(|tu| tu.tuv.into_iter().map(|t| t.lang))
            .collect()
    };
    let left = langs_of(&path);
    assert!(
        !left.is_empty() && !left.contains(&lang.locale().to_string()),
        "{left:?}"
    );
    let keep = Options {
        skip_mislabelled: false,
        ..Options::default()
    };
    let kept = export(&releases, &keep, Format::TmxJson, &path, 2);
    assert!(kept.mislabelled.is_empty());
    assert!(
        langs_of(&path).contains(&lang.locale().to_string()),
        "kept on request"
    );
}

#[test]
fn a_pivot_outside_langs_is_refused() {
    let opts = Options {
        langs: vec![Lang::Fr, Lang::En],
        pivot: Some(Lang::De),
        ..Options::default()
    };
    let err = run::plan(&[], &opts).unwrap_err().to_string();
    assert!(err.contains("pivot de") && err.contains("fr,en"), "{err}");
}

/// The shipped corpus, through the real command: every sentence of every version
/// appears exactly once in the tmx-json output, in order.
#[test]
fn corpus_every_sentence_once_through_the_cli() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let archive = paralign::release::read_dir(&corpus).unwrap();
    assert_eq!(archive.releases.len(), 12, "corpus/ holds twelve releases");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corpus.json");
    let out = assert_cmd::Command::cargo_bin("paralign")
        .unwrap()
        .arg("align")
        .arg(&corpus)
        .arg("-o")
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let doc: TmxJson = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_every_sentence_once(&archive.releases, &doc);
}

/// The shipped corpus in TMX (valid against the DTD when xmllint is there) and
/// in moses (equal line counts, no tab or line break inside a line).
#[test]
fn corpus_tmx_is_valid_and_moses_pairs_line_up() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    if paralign::release::read_dir(&corpus)
        .unwrap()
        .releases
        .is_empty()
    {
        eprintln!("skipped: no release read from {}", corpus.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let align = |format: &str, out: &Path| {
        let mut cmd = assert_cmd::Command::cargo_bin("paralign").unwrap();
        cmd.arg("align")
            .arg(&corpus)
            .arg("-o")
            .arg(out)
            .args(["--format", format]);
        cmd.assert().success();
    };
    let tmx = dir.path().join("corpus.tmx");
    align("tmx", &tmx);
    let dtd = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/tmx14.dtd");
    match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--dtdvalid")
        .arg(&dtd)
        .arg(&tmx)
        .output()
    {
        Ok(out) if dtd.exists() => assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        ),
        _ => eprintln!("skipped the DTD check: needs xmllint and {}", dtd.display()),
    }
    let moses = dir.path().join("moses");
    align("moses", &moses);
    for other in ["en", "es", "ru", "fr"] {
        let read =
            |l: &str| fs::read_to_string(moses.join(format!("corpus.de-{other}.{l}"))).unwrap();
        let (de, tgt) = (read("de"), read(other));
        assert_eq!(de.lines().count(), tgt.lines().count(), "de-{other}");
        assert!(de.lines().count() > 0, "de-{other}");
        assert!(
            !de.contains(['\t', '\r']) && !tgt.contains(['\t', '\r']),
            "de-{other}"
        );
    }
}
