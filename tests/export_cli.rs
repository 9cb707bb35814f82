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
fn an_empty_folder_gives_an_empty_valid_document_and_a_summary() {
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
        .success()
        .stderr(predicate::str::contains("0 releases").and(predicate::str::contains("0 written")));
    let doc: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(doc["header"]["creationdate"], "20210305T000000Z");
    assert_eq!(doc["body"].as_array().unwrap().len(), 0);
}

#[test]
fn moses_output_directory_is_created() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("new/corpus");
    paralign()
        .arg("align")
        .arg(input.path())
        .arg("-o")
        .arg(&target)
        .args(["--format", "moses", "--langs", "de,fr"])
        .assert()
        .success();
    assert!(Path::new(&target).join("corpus.de-fr.de").exists());
}

#[test]
fn corpus_with_an_absent_pivot_warns_and_falls_back() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/02-water-agreement");
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("out.jsonl");
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("only-en-fr");
    fs::create_dir_all(&input).unwrap();
    for lang in ["en", "fr"] {
        let name = format!("water-agreement.{lang}.txt");
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
