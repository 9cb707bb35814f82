//! `--dict`: small dictionaries written by the tests, in hunalign's format
//! and as a dictd database, change what the aligner sees; a missing file
//! is an error; without `--dict` nothing changes.

use std::io::Write;
use std::path::Path;

use assert_cmd::Command;
use flate2::Compression;
use flate2::write::GzEncoder;
use paralign::Lang;
use paralign::score::{Translations, Vocab, dict};

/// Sentences whose only shared evidence is what a dictionary says.
const DE: [&str; 4] = [
    "Der Hund schläft im Garten.",
    "Die Katze trinkt Milch.",
    "Ein Vogel singt laut.",
    "Das Pferd frisst Heu.",
];
const FR: [&str; 4] = [
    "Le chien dort au jardin.",
    "Le chat boit du lait.",
    "Un oiseau chante fort.",
    "Le cheval mange du foin.",
];

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn paralign() -> Command {
    Command::cargo_bin("paralign").unwrap()
}

fn align_lines(dir: &Path, extra: &[&str]) -> (i32, String) {
    let src = write(dir, "x.de", &DE.join("\n"));
    let tgt = write(dir, "x.fr", &FR.join("\n"));
    let out = paralign()
        .args(["align-lines", src.to_str().unwrap(), tgt.to_str().unwrap()])
        .args(["--src-lang", "de", "--tgt-lang", "fr"])
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    (
        out.status.code().unwrap(),
        stdout + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn hunalign_entries_become_lexicon_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "de-fr.dic",
        "chien @ Hund\nchat @ Katze\noiseau @ Vogel\nguerre civile @ Bürgerkrieg\n",
    );
    let mut table = Translations::default();
    assert_eq!(dict::read(&path, None, &mut table).unwrap(), 3);
    let mut v = Vocab::default();
    v.segment(0, DE[0]);
    v.segment(1, FR[0]);
    let lex = table.resolve(Lang::De, Lang::Fr, &v).unwrap();
    let hund = v.word_type(0, "hund").unwrap();
    assert_eq!(
        lex.translations(hund)[0].0,
        v.word_type(1, "chien").unwrap()
    );
    // Reversed: the same file serves French–German.
    assert!(
        table
            .resolve(Lang::Fr, Lang::De, &Vocab::default())
            .is_some()
    );
}

#[test]
fn dictd_databases_are_read_through_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let entries = [
        "Hund /hʊnt/ <n>\nchien\n",
        "Katze <n>\n1. chat, minou\nHaustier mit weichem Fell und langem Schwanz\n",
    ];
    let data: String = entries.concat();
    let b64 = |n: usize| {
        const DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = vec![DIGITS[n % 64]];
        let mut m = n / 64;
        while m > 0 {
            s.insert(0, DIGITS[m % 64]);
            m /= 64;
        }
        String::from_utf8(s).unwrap()
    };
    let mut index = String::from("00databaseinfo\tA\tB\n");
    let mut at = 0;
    for e in entries {
        let head = e.split(' ').next().unwrap().to_lowercase();
        index.push_str(&format!("{head}\t{}\t{}\n", b64(at), b64(e.len())));
        at += e.len();
    }
    write(dir.path(), "freedict-deu-fra.index", &index);
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(data.as_bytes()).unwrap();
    std::fs::write(
        dir.path().join("freedict-deu-fra.dict.dz"),
        gz.finish().unwrap(),
    )
    .unwrap();
    let mut table = Translations::default();
    let path = dir.path().join("freedict-deu-fra.index");
    assert_eq!(dict::read(&path, None, &mut table).unwrap(), 3);
    let (code, out) = align_lines(dir.path(), &["--dict", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn no_dict_changes_nothing_and_a_missing_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, plain) = align_lines(dir.path(), &["--no-dict"]);
    assert_eq!(code, 0);
    let empty = write(dir.path(), "de-fr.dic", "");
    let (code, with_empty) = align_lines(dir.path(), &["--dict", empty.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(with_empty.starts_with(&plain), "{with_empty}");
    let (code, err) = align_lines(dir.path(), &["--dict", "/no/such/de-fr.dic"]);
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/de-fr.dic"), "{err}");
    let (code, err) = align_lines(dir.path(), &["--lexicon", "/no/such/lexicon.tsv"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_learned_lexicon_is_saved_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("lexicon.tsv");
    let (code, out) = align_lines(dir.path(), &["--lexicon-out", saved.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(saved.exists());
    let (code, out) = align_lines(dir.path(), &["--lexicon", saved.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn dictionary_entries_are_shared_evidence_in_the_aligner() {
    use paralign::align::{Aligner, Config};
    use paralign::score::shared;
    let mut table = Translations::default();
    for (de, fr) in [
        ("Hund", "chien"),
        ("Katze", "chat"),
        ("Vogel", "oiseau"),
        ("Pferd", "cheval"),
    ] {
        table.insert((Lang::De, Lang::Fr), de, fr, 1.0);
    }
    let evidence = |config: &Config| {
        let (ev, _, _) = Aligner::new(config)
            .with_langs(Lang::De, Lang::Fr)
            .two_pass(&DE, &FR);
        (0..4)
            .map(|k| shared(&ev.src[k].keys, &ev.tgt[k].keys, &ev.weights))
            .collect::<Vec<f32>>()
    };
    assert!(evidence(&Config::default()).iter().all(|&s| s == 0.0));
    let config = Config {
        translations: Some(std::sync::Arc::new(table)),
        ..Config::default()
    };
    assert!(
        evidence(&config).iter().all(|&s| s > 0.0),
        "{:?}",
        evidence(&config)
    );
}

/// `paralign lexicon DIR` saves what `align DIR --lexicon-out` saves; a
/// bead line it cannot read (`--beads`) is named by file and line, and the
/// existing output is left as it was.
#[test]
fn the_lexicon_command_learns_as_align_does_and_names_a_bad_bead_line() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    // Runs paralign with `args`, paths given as `&Path`; asserts success.
    let run = |args: &[&dyn AsRef<std::ffi::OsStr>]| {
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("paralign"))
            .args(args.iter().map(|a| a.as_ref()))
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (learned, saved) = (dir.path().join("learned.tsv"), dir.path().join("saved.tsv"));
    let (code, stderr) = run(&[&"lexicon", &corpus, &"-o", &learned]);
    assert_eq!(code, Some(0), "{stderr}");
    let corpus_json = dir.path().join("corpus.json");
    let (code, stderr) = run(&[
        &"align",
        &corpus,
        &"-o",
        &corpus_json,
        &"--lexicon-out",
        &saved,
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    let table = std::fs::read_to_string(&learned).unwrap();
    assert!(table.lines().count() > 100, "{table}");
    assert_eq!(table, std::fs::read_to_string(&saved).unwrap());

    let beads = dir.path().join("beads.jsonl");
    let good = r#"{"pair":["de","fr"],"src":"Der Gipfel","tgt":"Le sommet"}"#;
    std::fs::write(&beads, format!("{good}\n\n{{\"pair\": \"de\"}}\n")).unwrap();
    let (code, stderr) = run(&[&"lexicon", &"--beads", &beads, &"-o", &learned]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("beads.jsonl line 3"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&learned).unwrap(), table);
}

/// `align DIR --installed-dicts` reads the FreeDict databases installed for
/// the languages aligned, names them, and aligns with them; skips when the
/// German–French ones are not installed.
#[test]
fn installed_dicts_are_read_for_the_languages_of_an_archive() {
    if !Path::new("/usr/share/dictd/freedict-deu-fra.index").exists() {
        eprintln!("skipped: dict-freedict-deu-fra is not installed");
        return;
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let run = |extra: &[&str]| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("paralign"))
            .arg("align")
            .arg(&corpus)
            .args(["--langs", "de,fr", "--format", "jsonl", "-o", "-"])
            .args(extra)
            .output()
            .unwrap()
    };
    let (with, without) = (run(&["--installed-dicts"]), run(&[]));
    assert!(with.status.success() && without.status.success());
    let stderr = String::from_utf8_lossy(&with.stderr);
    assert!(stderr.contains("freedict-deu-fra.index"), "{stderr}");
    assert!(
        !stderr.contains("freedict-deu-eng"),
        "only the pair aligned: {stderr}"
    );
    assert_ne!(
        with.stdout, without.stdout,
        "the dictionaries change corpus/'s de-fr units"
    );
}
