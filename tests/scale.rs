//! Reading and aligning at scale: the index read a window at a time gives
//! the releases of a whole-folder read, and the outputs do not depend on the
//! number of threads or on the window.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use paralign::release::{self, Index, ReadOptions};

fn root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The releases and problems of `dir` read through the index, `size` releases at a time.
fn through_index(dir: &Path, size: usize) -> release::Archive {
    let index = Index::build(dir, &ReadOptions::default()).unwrap();
    let mut releases = Vec::new();
    for window in index.windows(size) {
        let window = window.unwrap();
        assert!(window.problems.is_empty(), "{:?}", window.problems);
        releases.extend(window.releases);
    }
    assert_eq!(index.census().releases, releases.len());
    release::Archive {
        releases,
        problems: index.problems().to_vec(),
    }
}

fn assert_same_as_read_dir(dir: &Path) {
    let whole = release::read_dir(dir).unwrap();
    for size in [1, 3, 64] {
        assert_eq!(
            through_index(dir, size),
            whole,
            "{} by {size}",
            dir.display()
        );
    }
}

#[test]
fn the_index_reads_the_shipped_folders_as_read_dir_does() {
    for dir in [
        "corpus",
        "tests/data/ingest",
        "tests/data/ingest/bad",
        "tests/data/check",
    ] {
        assert_same_as_read_dir(&root(dir));
    }
}

/// Plain documents whose names clash across folders, a duplicate in a
/// mirror, an unreadable page, a page with no ID, an empty folder.
#[test]
fn the_index_groups_plain_documents_and_duplicates_as_read_dir_does() {
    let dir = tempfile::tempdir().unwrap();
    let page = fs::read(root("corpus/02-water-agreement/water-agreement.de.txt")).unwrap();
    let write = |rel: &str, bytes: &[u8]| {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    };
    write("a/water.de.txt", &page);
    write("a/mirror/water.de.txt", &page);
    write(
        "a/longer/water.de.txt",
        &[page.as_slice(), b"\n\nMehr Text hier."].concat(),
    );
    let plain = "Bericht über den Handel\n\nDer Handel zwischen den beiden Ländern wuchs im \
                 vergangenen Jahr um zwölf Prozent, vor allem bei Maschinen und Chemie.\n";
    write("2020/report.de.txt", plain.as_bytes());
    write("2021/report.de.txt", plain.as_bytes());
    write("2021/fr/report.txt", "Rapport sur le commerce\n\nLe commerce entre les deux pays a augmenté de douze pour cent l'an dernier.\n".as_bytes());
    write("solo_de.txt", plain.as_bytes());
    write("broken.de.txt", &[0xff, 0xfe, 0x00, 0x00, 0x01]);
    fs::create_dir_all(dir.path().join("empty")).unwrap();
    assert_same_as_read_dir(dir.path());
    let empty = tempfile::tempdir().unwrap();
    assert_same_as_read_dir(empty.path());
}

fn align(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("paralign")
        .unwrap()
        .args(args)
        .env("SOURCE_DATE_EPOCH", "0")
        .output()
        .unwrap();
    stdout_of_success(out)
}

/// The standard output of a run that must have succeeded (its stderr shown if not).
fn stdout_of_success(out: std::process::Output) -> Vec<u8> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn one_and_two_threads_write_the_same_corpus() {
    let corpus = root("corpus");
    let corpus = corpus.to_str().unwrap();
    for format in ["jsonl", "tmx-json"] {
        let one = align(&["align", corpus, "--format", format, "-o", "-", "-j", "1"]);
        let two = align(&["align", corpus, "--format", format, "-o", "-", "-j", "2"]);
        assert!(!one.is_empty());
        assert_eq!(one, two, "{format}");
    }
}

/// Every page file below `dir`, by path.
fn pages_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(pages_below(&path));
        } else if release::is_release_candidate(&path) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A mapper input line holding `paths`, read below `dir`.
fn group_line(paths: &[PathBuf], dir: &Path) -> String {
    let pages: serde_json::Map<String, serde_json::Value> = paths
        .iter()
        .map(|p| {
            let text = fs::read_to_string(p).unwrap();
            (p.to_str().unwrap().to_string(), text.into())
        })
        .collect();
    serde_json::json!({"root": dir.to_str().unwrap(), "pages": pages}).to_string()
}

fn mapper(input: &str, threads: &str) -> Vec<u8> {
    let out = Command::cargo_bin("paralign")
        .unwrap()
        .args([
            "align",
            "--input-jsonl",
            "-",
            "--format",
            "jsonl",
            "-o",
            "-",
            "-j",
            threads,
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    stdout_of_success(out)
}

#[test]
fn the_mapper_writes_what_a_folder_run_writes() {
    let corpus = root("corpus");
    // The mapper alone aligns in one pass (the archive lexicon is learned
    // in a pass of its own, see the next test).
    let folder = align(&[
        "align",
        corpus.to_str().unwrap(),
        "--no-archive-lexicon",
        "--format",
        "jsonl",
        "-o",
        "-",
    ]);
    assert!(!folder.is_empty());
    let all = pages_below(&corpus);
    let whole = group_line(&all, &corpus);
    assert_eq!(mapper(&whole, "1"), folder, "the corpus as one group");
}

/// The pages below `dir` in lines of `join::WINDOW` releases each, in
/// release order (the binary's own keys), as the Spark job sends them, and
/// the archive's `--archive-counts`.
fn block_lines(dir: &Path) -> (Vec<String>, String) {
    let all = pages_below(dir);
    let keyed = Command::cargo_bin("paralign")
        .unwrap()
        .args(["align", "--input-jsonl", "-", "--group-keys", "-o", "-"])
        .write_stdin(group_line(&all, dir))
        .output()
        .unwrap();
    let mut releases: std::collections::BTreeMap<(u64, String), Vec<PathBuf>> = Default::default();
    let mut usable: std::collections::BTreeSet<(String, (u64, String))> = Default::default();
    let mut unreadable = Vec::new();
    for line in String::from_utf8(stdout_of_success(keyed)).unwrap().lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let path = PathBuf::from(record["path"].as_str().unwrap());
        if record["key"].is_null() {
            unreadable.push(path);
            continue;
        }
        let key = (
            record["key"][0].as_u64().unwrap(),
            record["key"][1].as_str().unwrap().to_string(),
        );
        if record["usable"].as_bool().unwrap() {
            let lang = record["lang"].as_str().unwrap().to_string();
            usable.insert((lang, key.clone()));
        }
        releases.entry(key).or_default().push(path);
    }
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for (lang, _) in usable {
        *counts.entry(lang).or_default() += 1;
    }
    let counts: Vec<String> = counts.iter().map(|(l, n)| format!("{l}={n}")).collect();
    let releases: Vec<Vec<PathBuf>> = releases.into_values().collect();
    // A page that belongs to no release counts in no block.
    let alone = (!unreadable.is_empty()).then(|| group_line(&unreadable, dir));
    let lines = alone
        .into_iter()
        .chain(
            releases
                .chunks(paralign::join::WINDOW)
                .map(|block| group_line(&block.concat(), dir)),
        )
        .collect();
    (lines, counts.join(","))
}

/// A synthetic archive of `releases` releases (`paralign synth`).
fn synth_archive(releases: usize) -> tempfile::TempDir {
    let synth = tempfile::tempdir().unwrap();
    Command::cargo_bin("paralign")
        .unwrap()
        .args(["synth", "--releases", &releases.to_string(), "-q", "-o"])
        .arg(synth.path())
        .current_dir(root(""))
        .assert()
        .success();
    synth
}

#[test]
fn the_mapper_fed_blocks_of_releases_writes_what_a_folder_run_writes() {
    // More than two blocks, so the blocks over which the expected lengths
    // are measured must match the folder run's, and the pivot candidates
    // are ranked by the whole archive's counts (--archive-counts), not by
    // each block's.
    let synth = synth_archive(150);
    let dir = synth.path();
    // Pages that belong to no release (empty files) count in no block.
    for k in 0..20 {
        let broken = dir.join(format!("0000/empty-{k:02}.de.txt"));
        fs::create_dir_all(broken.parent().unwrap()).unwrap();
        fs::write(&broken, "").unwrap();
    }
    let folder = align(&[
        "align",
        dir.to_str().unwrap(),
        "--no-archive-lexicon",
        "--format",
        "jsonl",
        "-o",
        "-",
    ]);
    let (lines, counts) = block_lines(dir);
    assert_eq!(lines.len(), 4, "the unreadable pages, then three blocks");
    let blocks = Command::cargo_bin("paralign")
        .unwrap()
        .args(["align", "--input-jsonl", "-", "--archive-counts", &counts])
        .args(["--format", "jsonl", "-o", "-", "-j", "2"])
        .write_stdin(lines.join("\n"))
        .output()
        .unwrap();
    assert_eq!(stdout_of_success(blocks), folder, "one group per block");
}

/// A distributed run's two passes over the blocks of `dir`: the confident
/// beads of every block (`--confident-beads`), the lexicon learned from
/// them in order (`paralign lexicon --beads`), then every block aligned
/// with it (`--lexicon`).
fn two_passes(dir: &Path) -> Vec<u8> {
    let (lines, counts) = block_lines(dir);
    let input = lines.join("\n");
    let mapper = |extra: &[&str]| {
        let out = Command::cargo_bin("paralign")
            .unwrap()
            .args(["align", "--input-jsonl", "-", "--archive-counts", &counts])
            .args(extra)
            .write_stdin(input.clone())
            .output()
            .unwrap();
        stdout_of_success(out)
    };
    let beads = mapper(&["--confident-beads", "-o", "-"]);
    assert!(!beads.is_empty());
    let tmp = tempfile::tempdir().unwrap();
    let table = tmp.path().join("lexicon.tsv");
    let learned = Command::cargo_bin("paralign")
        .unwrap()
        .args(["lexicon", "--beads", "-", "-o"])
        .arg(&table)
        .write_stdin(beads)
        .output()
        .unwrap();
    stdout_of_success(learned);
    let table = table.to_str().unwrap();
    mapper(&["--lexicon", table, "--format", "jsonl", "-o", "-"])
}

/// The folder run learns the archive lexicon over every release before it
/// aligns; a distributed run does so in a pass of its own over its blocks,
/// and must write the same units (on more than two blocks, with pages of no
/// release, and on `corpus/`, where the lexicon changes the units).
#[test]
fn the_two_passes_of_a_distributed_run_write_what_a_folder_run_writes() {
    let synth = synth_archive(150);
    fs::write(synth.path().join("0000/empty.de.txt"), "").unwrap();
    let corpus = root("corpus");
    for dir in [corpus.as_path(), synth.path()] {
        let path = dir.to_str().unwrap();
        let folder = align(&["align", path, "--format", "jsonl", "-o", "-"]);
        assert_eq!(two_passes(dir), folder, "{path}");
    }
    let once = ["align", corpus.to_str().unwrap(), "--no-archive-lexicon"];
    let once = align(&[&once[..], &["--format", "jsonl", "-o", "-"]].concat());
    assert_ne!(
        two_passes(&corpus),
        once,
        "the lexicon changes corpus/'s units"
    );
}

#[test]
fn archive_counts_rank_the_pivot_candidates_of_every_mapper_line() {
    let corpus = root("corpus");
    let whole = group_line(&pages_below(&corpus), &corpus);
    let run = |counts: &str| {
        let out = Command::cargo_bin("paralign")
            .unwrap()
            .args(["align", "--input-jsonl", "-", "--archive-counts", counts])
            .args(["--format", "jsonl", "-o", "-"])
            .write_stdin(whole.clone())
            .output()
            .unwrap();
        String::from_utf8(stdout_of_success(out)).unwrap()
    };
    // The archive is said to hold far more French versions than any other:
    // French is the pivot wherever a release has it, as in a folder run of
    // such an archive.
    let units = run("fr=1000,de=10");
    let beads: Vec<String> = units
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["bead"].to_string())
        .collect();
    assert!(!beads.is_empty());
    assert!(
        beads
            .iter()
            .filter(|b| b.contains("fr"))
            .all(|b| b.starts_with("\"fr-")),
        "{beads:?}"
    );
    assert!(beads.iter().any(|b| b.starts_with("\"fr-")));
    let bad = Command::cargo_bin("paralign")
        .unwrap()
        .args(["align", "--input-jsonl", "-", "--archive-counts", "de:12"])
        .args(["--format", "jsonl", "-o", "-"])
        .write_stdin(whole)
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("LANG=COUNT"), "{stderr}");
}

#[test]
fn synth_writes_readable_releases_the_same_every_time() {
    let synth = release::Synth::from_dir(&root("corpus")).unwrap();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let files = synth.write(30, a.path()).unwrap();
    assert_eq!(synth.write(30, b.path()).unwrap(), files);
    let archive = release::read_dir(a.path()).unwrap();
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    assert_eq!(archive.releases.len(), 30);
    assert_eq!(archive.releases[0].number, 10_000);
    assert!(archive.releases.iter().all(|r| r.versions.len() >= 2));
    for (x, y) in pages_below(a.path()).iter().zip(pages_below(b.path())) {
        assert_eq!(fs::read(x).unwrap(), fs::read(&y).unwrap());
    }
    // The seeds' planted flaws come along (a truncated version, a lost
    // paragraph), so the check has real work; but every version has a body.
    for r in &archive.releases {
        assert!(
            r.versions.values().all(|d| !d.paragraphs.is_empty()),
            "{}",
            r.id
        );
    }
}

/// The check report printed a window at a time by `check::stream`, as text
/// or JSON, against the whole report's `Display` and `Serialize`.
fn streamed_check(dir: &Path, window: usize, json: bool) -> Vec<u8> {
    use paralign::check::{self, Config, stream::Stream};
    let index = Index::build(dir, &ReadOptions::default()).unwrap();
    let config = Config::default();
    let (pivot, langs) = check::heading(&index, &config);
    let mut out = Vec::new();
    let mut stream = Stream::new(&mut out, json, config.min_severity, pivot, langs).unwrap();
    let problems = check::check_windows(
        &index,
        window,
        &config,
        |checked: Vec<check::Checked>, problems: &[_]| {
            stream.add(checked, problems).unwrap();
            Ok(())
        },
    )
    .unwrap();
    stream.finish(&problems).unwrap();
    out
}

#[test]
fn the_streamed_check_prints_what_the_whole_report_prints() {
    use paralign::check::{self, Config};
    for dir in [root("corpus"), root("tests/data/check")] {
        let archive = release::read_dir(&dir).unwrap();
        let report = check::check_archive(&archive, &Config::default());
        let json = serde_json::to_string_pretty(&report).unwrap() + "\n";
        for window in [1, 3, 64] {
            let text = String::from_utf8(streamed_check(&dir, window, false)).unwrap();
            assert_eq!(text, report.to_string(), "{} by {window}", dir.display());
            let streamed = String::from_utf8(streamed_check(&dir, window, true)).unwrap();
            assert_eq!(streamed, json, "{} by {window}", dir.display());
        }
    }
}

/// `scan`'s report of `dir` printed a release at a time, and its stderr remarks.
fn streamed_scan(dir: &Path, json: bool) -> (Vec<u8>, String) {
    use release::{ReleaseSummary, ScanStream};
    let index = Index::build(dir, &ReadOptions::default()).unwrap();
    let ranking = paralign::join::rank_pivots(&index.census().usable, &[], None);
    let mut out = Vec::new();
    let mut stream = ScanStream::new(&mut out, json).unwrap();
    for window in index.windows(3) {
        for r in &window.unwrap().releases {
            let pivot = paralign::join::release_pivot(r, &ranking);
            stream.add(&ReleaseSummary::new(r, pivot)).unwrap();
        }
    }
    let (warnings, _) = stream.finish(index.problems()).unwrap();
    let warnings = warnings.map_or(String::new(), |f| std::io::read_to_string(f).unwrap());
    (out, warnings)
}

#[test]
fn the_streamed_scan_prints_what_the_whole_scan_report_prints() {
    for dir in [root("corpus"), root("tests/data/ingest")] {
        let archive = release::read_dir(&dir).unwrap();
        let ranking = paralign::join::pivot_ranking(&archive.releases, &[], None);
        let report =
            release::ScanReport::new(&archive, |r| paralign::join::release_pivot(r, &ranking));
        let (text, warnings) = streamed_scan(&dir, false);
        assert_eq!(String::from_utf8(text).unwrap(), report.to_string());
        let expected: String = report
            .releases
            .iter()
            .flat_map(|r| &r.warnings)
            .map(|w| {
                let mut w = w.clone();
                w.message.insert_str(0, "warning: ");
                format!("{w}\n")
            })
            .collect();
        assert_eq!(warnings, expected, "{}", dir.display());
        let json = serde_json::to_string_pretty(&report).unwrap() + "\n";
        assert_eq!(
            String::from_utf8(streamed_scan(&dir, true).0).unwrap(),
            json
        );
    }
}
