//! `paralign align` from the outside: flags, bad input, exit codes, summary.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn paralign() -> Command {
    Command::cargo_bin("paralign").unwrap()
}

#[test]
fn unknown_langs_list_the_supported_ones() {
    let dir = tempfile::tempdir().unwrap();
    paralign()
        .args(["align", "."])
        .arg("-o")
        .arg(dir.path().join("out.json"))
        .args(["--langs", "de,xx"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("'xx'").and(predicate::str::contains("de, en, es, ru, fr")),
        );
}

#[test]
fn an_unwritable_output_fails_before_the_input_is_read() {
    let dir = tempfile::tempdir().unwrap();
    // A regular file where a folder should be: no folder can be created there.
    fs::write(dir.path().join("blocker"), "").unwrap();
    let out = dir.path().join("blocker/dir/out.tmx");
    paralign()
        .args(["align", "/nonexistent/input"])
        .arg("-o")
        .arg(&out)
        .args(["--format", "tmx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write").and(predicate::str::contains("blocker")))
        .stderr(predicate::str::contains("nonexistent").not());
}

#[test]
fn missing_parent_folders_of_the_output_are_created() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out/nested/corpus.tmx.json");
    paralign()
        .args(["align", "corpus"])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let doc: serde_json::Value = serde_json::from_slice(&fs::read(&out).unwrap()).unwrap();
    assert!(!doc["body"].as_array().unwrap().is_empty());
}

#[test]
fn moses_refuses_stdout_and_pivot_must_be_exported() {
    let dir = tempfile::tempdir().unwrap();
    paralign()
        .arg("align")
        .arg(dir.path())
        .args(["-o", "-", "--format", "moses"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("-o DIR"));
    paralign()
        .arg("align")
        .arg(dir.path())
        .args(["-o", "-", "--langs", "en,fr", "--pivot", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pivot de is not among --langs"));
}

#[test]
fn impossible_filters_and_formats_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        paralign()
            .arg("align")
            .arg(dir.path())
            .args(["-o", "-"])
            .args(args)
            .assert()
    };
    run(&["--min-ratio", "3", "--max-ratio", "2"])
        .code(2)
        .stderr(predicate::str::contains(
            "--min-ratio 3 is above --max-ratio 2",
        ));
    run(&["--format", "xml"])
        .code(2)
        .stderr(predicate::str::contains("tmx-json, tmx, moses, jsonl, tsv"));
    run(&["--level", "word"])
        .code(2)
        .stderr(predicate::str::contains("sentence or paragraph"));
}

#[test]
fn an_empty_folder_is_an_error_and_writes_nothing() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("out.json");
    paralign()
        .arg("align")
        .arg(input.path())
        .arg("-o")
        .arg(&path)
        .env("SOURCE_DATE_EPOCH", "1614902400")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("0 releases").and(predicate::str::contains("0 written")))
        .stderr(predicate::str::contains("no release pages"))
        .stderr(predicate::str::contains(
            "error: no release could be read in",
        ));
    assert!(!path.exists());
}

#[test]
fn moses_output_directory_is_created() {
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/11-culture-week");
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("new/corpus");
    paralign()
        .arg("align")
        .arg(&input)
        .arg("-o")
        .arg(&target)
        .args(["--format", "moses", "--langs", "de,fr"])
        .assert()
        .success();
    assert!(Path::new(&target).join("corpus.de-fr.de").exists());
}

#[test]
fn corpus_with_an_absent_pivot_warns_and_falls_back() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/01-trade-fair");
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("out.jsonl");
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("only-en-fr");
    fs::create_dir_all(&input).unwrap();
    for lang in ["en", "fr"] {
        let name = format!("trade-fair.{lang}.txt");
        fs::copy(corpus.join(&name), input.join(&name)).unwrap();
    }
    paralign()
        .arg("align")
        .arg(&input)
        .arg("-o")
        .arg(&path)
        .args(["--format", "jsonl", "--pivot", "de"])
        .assert()
        .success()
        .stderr(predicate::str::contains("no release has a de version"));
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.lines().count() > 0);
    assert!(
        text.lines().all(|l| l.contains("\"bead\":\"en-fr:")),
        "{text}"
    );
}

#[test]
fn a_mislabelled_version_is_left_out_unless_kept_and_named_either_way() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/02-water-agreement");
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("out.jsonl");
    let run = |extra: &[&str]| {
        paralign()
            .arg("align")
            .arg(&corpus)
            .arg("-o")
            .arg(&path)
            .args(["--format", "jsonl"])
            .args(extra)
            .assert()
            .success()
    };
    let has_fr = || fs::read_to_string(&path).unwrap().contains("\"fr\":");
    // --skip-mislabelled is the default, still accepted.
    for default in [&[][..], &["--skip-mislabelled"]] {
        run(default).stderr(
            predicate::str::contains("left out release 2102-19-03-2021 fr")
                .and(predicate::str::contains(
                    "reads as en (--keep-mislabelled keeps it)",
                ))
                .and(predicate::str::contains("1 mislabelled version left out"))
                .and(predicate::str::contains("warning: release").not()),
        );
        assert!(!has_fr());
    }
    run(&["--keep-mislabelled"]).stderr(
        predicate::str::contains("warning: release 2102-19-03-2021 fr")
            .and(predicate::str::contains("reads as en"))
            .and(predicate::str::contains("left out release").not()),
    );
    assert!(has_fr());
    run(&["--langs", "de,en"]).stderr(predicate::str::contains("reads as").not());
}

#[test]
fn moses_without_a_language_pair_is_an_error_not_an_empty_folder() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let out = tempfile::tempdir().unwrap();
    for langs in ["de", "de,de"] {
        let target = out.path().join(format!("moses-{langs}"));
        paralign()
            .arg("align")
            .arg(&corpus)
            .arg("-o")
            .arg(&target)
            .args(["--format", "moses", "--langs", langs])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("name two languages"))
            .stderr(predicate::str::contains("written").not());
    }
    // A folder holding a single language: found out once the archive is read.
    let input = tempfile::tempdir().unwrap();
    let name = "culture-week.de.txt";
    fs::copy(
        corpus.join("11-culture-week").join(name),
        input.path().join(name),
    )
    .unwrap();
    paralign()
        .arg("align")
        .arg(input.path())
        .arg("-o")
        .arg(out.path().join("moses-one"))
        .args(["--format", "moses"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only de would be exported"));
}

#[test]
fn complete_rows_all_carry_every_selected_language() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("de-fr.jsonl");
    let rows = |extra: &[&str]| {
        let assert = paralign()
            .arg("align")
            .arg(&corpus)
            .arg("-o")
            .arg(&path)
            .args(["--format", "jsonl", "--langs", "de,fr"])
            .args(extra)
            .assert()
            .success();
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        let keys: Vec<Vec<String>> = fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(|l| {
                let row: serde_json::Value = serde_json::from_str(l).unwrap();
                let map = row["translation"].as_object().unwrap();
                map.keys().cloned().collect()
            })
            .collect();
        (keys, stderr)
    };
    let (all, _) = rows(&[]);
    assert!(
        all.iter().any(|k| k.len() < 2),
        "the corpus has one-sided units"
    );
    let (complete, stderr) = rows(&["--complete"]);
    assert!(!complete.is_empty());
    assert!(complete.iter().all(|k| k == &["de", "fr"]), "{complete:?}");
    let removed = all.len() - complete.len();
    assert!(
        stderr.contains(&format!("{removed} lacking a selected language")),
        "{stderr}"
    );
}

#[test]
fn zero_threads_and_a_single_language_are_refused() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("out.json");
    for (flags, says) in [
        (&["-j", "0"][..], "at least one worker thread"),
        (&["--langs", "fr"][..], "name two languages"),
    ] {
        paralign()
            .args(["align", "corpus", "-o"])
            .arg(&path)
            .args(flags)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
        assert!(!path.exists());
    }
}

#[test]
fn quiet_prints_only_errors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let out = tempfile::tempdir().unwrap();
    paralign()
        .arg("align")
        .arg(&corpus)
        .arg("-o")
        .arg(out.path().join("out.json"))
        .arg("--quiet")
        .assert()
        .success()
        .stderr("");
    paralign()
        .args(["align", "/nonexistent/input", "-q", "-o"])
        .arg(out.path().join("x.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("error:"));
}

/// A CAT tool opens `corpus.tmx` as TMX: without `--format`, the output's
/// extension chooses it; a `--format` that contradicts the name is obeyed
/// and warned about.
#[test]
fn the_output_extension_chooses_the_format_unless_one_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let starts = [
        ("corpus.tmx", "<?xml"),
        ("corpus.jsonl", "{\"translation\""),
        ("corpus.tsv", "tuid\t"),
        ("corpus.json", "{"),
        ("corpus.out", "{"),
    ];
    for (name, start) in starts {
        let out = dir.path().join(name);
        paralign()
            .args(["align", "corpus", "-q", "-o"])
            .arg(&out)
            .assert()
            .code(0);
        let text = fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(start), "{name}: {}", &text[..40]);
    }
    let out = dir.path().join("named.tmx");
    paralign()
        .args(["align", "corpus", "--format", "tmx-json", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains("warning: writing tmx-json to")
                .and(predicate::str::contains("whose extension names tmx")),
        );
    assert!(fs::read_to_string(&out).unwrap().starts_with('{'));
}
