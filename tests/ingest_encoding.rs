//! Ingestion of pages that are not UTF-8, the `--encoding` override and the
//! page-size limit. Fixtures are written by the tests themselves, by encoding
//! UTF-8 text with encoding_rs, so no binary file is checked in.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use encoding_rs::{Encoding, KOI8_R, UTF_16BE, UTF_16LE, WINDOWS_1251, WINDOWS_1252};
use paralign::Lang;
use paralign::release::{self, Archive, Document, ReadOptions};

const FRENCH: &str = "14 mars 2021\n\nLa ville ouvre une nouvelle école\n\n0901-14-03-2021\n\n  \
    • fr-FR1 ru-RU1\n\nCOMMUNIQUÉ DE PRESSE\n\nLa ville a présenté mardi les résultats de \
    l'année. Les élèves et les enseignants sont très satisfaits de cette décision.\n";

const RUSSIAN: &str = "14 марта 2021\n\nГород открывает новую школу\n\n0901-14-03-2021\n\n  \
    * fr-FR1 ru-RU1\n\nСООБЩЕНИЕ ДЛЯ СМИ\n\nГород представил во вторник итоги года. Ученики \
    и учителя очень довольны этим решением, которое было принято после долгого обсуждения.\n";

const GERMAN: &str = "14. März 2021\n\nDie Stadt eröffnet eine neue Schule\n\n0901-14-03-2021\n\n\
    PRESSEMITTEILUNG\n\nDie Stadt hat am Dienstag die Ergebnisse des Jahres vorgestellt. Die \
    Schüler und die Lehrer sind mit der Entscheidung sehr zufrieden.\n";

fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    if encoding == UTF_16LE {
        return text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    }
    if encoding == UTF_16BE {
        return text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    }
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "the fixture fits {}", encoding.name());
    bytes.into_owned()
}

/// A folder holding `bytes` as `name` (no language in the name, so the
/// language must come from the decoded text).
fn folder(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

fn only_version(archive: &Archive) -> &Document {
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    assert_eq!(archive.releases.len(), 1);
    archive.releases[0].versions.values().next().unwrap()
}

/// Reads `text` written in `encoding` and checks the language and the warning.
fn assert_read(text: &str, encoding: &'static Encoding, lang: Lang, title: &str) {
    let dir = folder("page.txt", &encode(text, encoding));
    let archive = release::read_dir(dir.path()).unwrap();
    let doc = only_version(&archive);
    let name = encoding.name();
    assert_eq!((doc.lang, doc.detected), (lang, Some(lang)), "{name}");
    assert_eq!(doc.header.title, title, "{name}");
    assert_eq!(doc.header.id, "0901-14-03-2021", "{name}");
    let warning = doc
        .warnings
        .iter()
        .find(|w| w.message.contains("decoded as"))
        .unwrap_or_else(|| panic!("{name}: no encoding warning in {:?}", doc.warnings));
    assert_eq!(warning.file, dir.path().join("page.txt"));
    assert!(
        warning.message.contains(name),
        "{name}: {}",
        warning.message
    );
}

#[test]
fn latin1_french_page() {
    assert_read(
        FRENCH,
        WINDOWS_1252,
        Lang::Fr,
        "La ville ouvre une nouvelle école",
    );
}

#[test]
fn windows_1251_russian_page() {
    assert_read(
        RUSSIAN,
        WINDOWS_1251,
        Lang::Ru,
        "Город открывает новую школу",
    );
}

#[test]
fn koi8_r_russian_page() {
    assert_read(RUSSIAN, KOI8_R, Lang::Ru, "Город открывает новую школу");
}

#[test]
fn utf16_pages_with_and_without_bom() {
    let title = "Die Stadt eröffnet eine neue Schule";
    assert_read(GERMAN, UTF_16LE, Lang::De, title);
    let with_bom = format!("\u{FEFF}{GERMAN}");
    assert_read(&with_bom, UTF_16BE, Lang::De, title);
}

#[test]
fn utf8_pages_get_no_encoding_warning() {
    let dir = folder("page.txt", FRENCH.as_bytes());
    let archive = release::read_dir(dir.path()).unwrap();
    assert!(only_version(&archive).warnings.is_empty());
}

#[test]
fn a_forced_encoding_is_used_as_given() {
    let dir = folder("page.txt", &encode(RUSSIAN, WINDOWS_1251));
    let opts = ReadOptions {
        encoding: Some(release::encoding_from_label("koi8-r").unwrap()),
        ..Default::default()
    };
    let archive = release::read_dir_with(dir.path(), &opts).unwrap();
    let problem = &archive.problems[0];
    assert!(
        problem.message.contains("unknown month name 'ЛЮПРЮ'"),
        "Windows-1251 bytes read as KOI8-R, as asked: {problem:?}"
    );
    assert_eq!(problem.release.as_deref(), Some("0901-14-03-2021"));
    let opts = ReadOptions {
        encoding: Some(encoding_rs::UTF_8),
        ..Default::default()
    };
    let archive = release::read_dir_with(dir.path(), &opts).unwrap();
    assert!(archive.releases.is_empty());
    assert!(archive.problems[0].message.contains("invalid UTF-8"));
}

fn paralign(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("paralign")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn encoding_flag_on_scan_and_check() {
    let dir = folder("page.txt", &encode(FRENCH, WINDOWS_1252));
    let path = dir.path().to_str().unwrap();
    let (code, _, stderr) = paralign(&["scan", path]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("page.txt: warning: not UTF-8: decoded as windows-1252"),
        "{stderr}"
    );
    let (code, _, stderr) = paralign(&["scan", path, "--encoding", "utf-8"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("page.txt:"), "{stderr}");
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
    let (code, _, stderr) = paralign(&["scan", path, "--encoding", "latin1"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("decoded as"), "{stderr}");
    let (code, _, stderr) = paralign(&["scan", path, "--encoding", "klingon"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown encoding 'klingon'"), "{stderr}");
    let (code, _, stderr) = paralign(&["check", path, "--encoding", "utf-8", "--fail-on", "never"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn size_limit_refuses_a_huge_sparse_file_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.de.txt");
    fs::File::create(&huge).unwrap().set_len(3 << 30).unwrap();
    fs::write(dir.path().join("page.fr.txt"), FRENCH).unwrap();
    let archive = release::read_dir(dir.path()).unwrap();
    assert_eq!(archive.releases.len(), 1, "the other page is still read");
    let problem = &archive.problems[0];
    assert_eq!(problem.file, huge);
    assert_eq!(problem.lang, Some(Lang::De));
    assert!(
        problem
            .message
            .contains("page is 3221225472 bytes, over the limit of 8388608"),
        "{}",
        problem.message
    );
}

#[test]
fn size_limit_is_configurable() {
    let dir = folder("page.fr.txt", FRENCH.as_bytes());
    let opts = ReadOptions {
        max_page_size: 100,
        ..Default::default()
    };
    let archive = release::read_dir_with(dir.path(), &opts).unwrap();
    assert!(archive.releases.is_empty());
    assert!(
        archive.problems[0]
            .message
            .contains("over the limit of 100")
    );
    let err = release::parse_document_with(Path::new("p.txt"), FRENCH.as_bytes(), &opts);
    assert!(
        err.unwrap_err()
            .to_string()
            .contains("over the limit of 100")
    );
    let path = dir.path().to_str().unwrap();
    let (code, _, stderr) = paralign(&["scan", path, "--max-page-size", "1K"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = paralign(&["scan", path, "--max-page-size", "100"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("over the limit of 100"), "{stderr}");
}

#[test]
fn a_hard_wrapped_huge_paragraph_is_bounded_by_the_page_limit() {
    let mut page = String::from("14 mars 2021\n\nTitre\n\n0901-14-03-2021\n\n");
    page.push_str(&"une ligne courte du même paragraphe\n".repeat(300_000));
    assert!(page.len() > 8 << 20);
    let err = release::parse_document(Path::new("long.fr.txt"), page.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("over the limit"), "{err}");
}
