//! Ingestion of imperfect folders: plain documents without the scraped
//! header, invisible characters, impossible dates, junk duplicates and
//! entries that are not files.

use std::fs;
use std::path::Path;

use paralign::Lang;
use paralign::release::{self, Archive, Release};

const PAGE_DE: &str = "14. März 2021\n\nDie Stadt eröffnet eine neue Schule\n\n\
    0901-14-03-2021\n\nPRESSEMITTEILUNG\n\nDie Stadt hat am Dienstag die Ergebnisse des \
    Jahres vorgestellt. Die Schüler und die Lehrer sind mit der Entscheidung sehr zufrieden.\n";

const PLAIN_DE: &str = "Jahresbericht der Stadtwerke\n\nDie Stadtwerke haben im vergangenen \
    Jahr mehr Strom aus Sonne und Wind erzeugt als je zuvor.\n\nDer Bericht wird im \
    Rathaus vorgestellt und ist auch im Netz zu finden.\n";

const PLAIN_FR: &str = "Rapport annuel des services municipaux\n\nLes services municipaux ont \
    produit l'an dernier plus d'électricité solaire et éolienne que jamais.\n\nLe rapport \
    sera présenté à la mairie et il est aussi disponible en ligne.\n";

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn read(dir: &Path) -> Archive {
    release::read_dir(dir).unwrap()
}

fn ids(archive: &Archive) -> Vec<&str> {
    archive.releases.iter().map(|r| r.id.as_str()).collect()
}

fn langs(release: &Release) -> Vec<Lang> {
    release.versions.keys().copied().collect()
}

#[test]
fn two_plain_documents_make_one_release() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "report.de.txt", PLAIN_DE);
    write(dir.path(), "report.fr.txt", PLAIN_FR);
    let archive = read(dir.path());
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    assert_eq!(ids(&archive), ["report"]);
    let release = &archive.releases[0];
    assert_eq!(langs(release), [Lang::De, Lang::Fr]);
    let de = &release.versions[&Lang::De];
    assert_eq!(de.header.title, "Jahresbericht der Stadtwerke");
    assert_eq!(de.paragraphs.len(), 2);
    assert_eq!(de.paragraphs[0].line, 3);
    assert!(de.warnings.is_empty(), "{:?}", de.warnings);
    assert_eq!(release.versions[&Lang::Fr].detected, Some(Lang::Fr));
}

/// A plain document's first line is its title, kept out of the body, only
/// when it reads as a heading; a text that opens with a sentence (or is a
/// single line) keeps it, so nothing of the text is lost.
#[test]
fn a_plain_document_that_opens_with_a_sentence_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "memo.de.txt",
        "Die Stadtwerke haben mehr Strom erzeugt als je zuvor.\n\nDer Bericht folgt im Mai.\n",
    );
    write(
        dir.path(),
        "note.de.txt",
        "Ein kurzer Satz steht hier. Noch einer folgt.",
    );
    let archive = read(dir.path());
    let doc = |id: &str| {
        let r = archive.releases.iter().find(|r| r.id == id).unwrap();
        r.versions[&Lang::De].clone()
    };
    let memo = doc("memo");
    assert_eq!(memo.paragraphs.len(), 2);
    assert_eq!(memo.paragraphs[0].line, 1);
    assert_eq!(memo.header.title, memo.paragraphs[0].text);
    let note = doc("note");
    assert_eq!(note.paragraphs.len(), 1);
    assert!(note.warnings.is_empty(), "{:?}", note.warnings);
    // A heading still opens the body of the page it heads.
    let report = doc_of(PLAIN_DE);
    assert_eq!(report.header.title, "Jahresbericht der Stadtwerke");
    assert_eq!(report.paragraphs[0].line, 3);
}

fn doc_of(text: &str) -> paralign::Document {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "report.de.txt", text);
    let mut archive = read(dir.path());
    archive
        .releases
        .remove(0)
        .versions
        .remove(&Lang::De)
        .unwrap()
}

#[test]
fn plain_documents_by_folder_suffix_or_text() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "de/notes.txt", PLAIN_DE);
    write(dir.path(), "fr/notes.txt", PLAIN_FR);
    write(dir.path(), "memo_de.txt", PLAIN_DE);
    write(dir.path(), "memo.txt", PLAIN_FR);
    let archive = read(dir.path());
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    assert_eq!(ids(&archive), ["memo", "notes"]);
    assert_eq!(langs(&archive.releases[0]), [Lang::De, Lang::Fr]);
    assert_eq!(langs(&archive.releases[1]), [Lang::De, Lang::Fr]);
}

#[test]
fn clashing_stems_across_folders_take_their_folder() {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["2020", "2021"] {
        write(dir.path(), &format!("{folder}/report.de.txt"), PLAIN_DE);
        write(dir.path(), &format!("{folder}/report.fr.txt"), PLAIN_FR);
    }
    let archive = read(dir.path());
    assert_eq!(ids(&archive), ["2020/report", "2021/report"]);
    assert!(archive.releases.iter().all(|r| r.versions.len() == 2));
}

#[test]
fn a_scraped_page_missing_only_its_id_warns_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let page = PAGE_DE.replace("0901-14-03-2021\n\n", "");
    write(dir.path(), "schule.de.txt", &page);
    let archive = read(dir.path());
    assert_eq!(ids(&archive), ["schule"]);
    let doc = &archive.releases[0].versions[&Lang::De];
    assert_eq!(doc.header.date.as_deref(), Some("2021-03-14"));
    assert_eq!(doc.header.doc_type.as_deref(), Some("PRESSEMITTEILUNG"));
    let warning = &doc.warnings[0];
    assert_eq!(warning.line, 5);
    assert!(warning.message.contains("no release ID line"), "{warning}");
}

#[test]
fn zero_width_and_bidi_characters_in_the_id_line_still_parse() {
    let page = PAGE_DE.replace(
        "0901-14-03-2021",
        "\u{200B}0901\u{200D}-14-\u{AD}03\u{200E}-2021\u{202C}\u{2069}\u{FEFF}",
    );
    let page = page.replace("14. März", "\u{200F}14. M\u{AD}ärz");
    let doc = release::parse_document(Path::new("schule.de.txt"), page.as_bytes()).unwrap();
    assert_eq!(doc.header.id, "0901-14-03-2021");
    assert_eq!(doc.header.date.as_deref(), Some("2021-03-14"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let body = PAGE_DE.replace("Die Stadt hat", "Die\u{200B} Stadt hat");
    let doc = release::parse_document(Path::new("schule.de.txt"), body.as_bytes()).unwrap();
    assert!(doc.paragraphs[0].text.starts_with("Die Stadt hat"));
}

#[test]
fn an_impossible_header_date_warns_and_keeps_the_version() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "schule.de.txt",
        &PAGE_DE.replace("14. März", "29. Februar"),
    );
    let archive = read(dir.path());
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    let doc = &archive.releases[0].versions[&Lang::De];
    assert_eq!(doc.header.date, None);
    assert_eq!(doc.header.title, "Die Stadt eröffnet eine neue Schule");
    assert_eq!(doc.warnings[0].line, 1);
    assert!(
        doc.warnings[0].message.contains("impossible date"),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_junk_duplicate_never_displaces_readable_text() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "schule.de.txt", PAGE_DE);
    let body_at = PAGE_DE.find("Die Stadt hat").unwrap();
    let junk = format!(
        "{}{}",
        &PAGE_DE[..body_at],
        "12.345 -- 67,8 % | 90 ** 12 / 34 ---- 5.678 | 9.012 !!\n".repeat(40)
    );
    write(dir.path(), "copy/schule.de.txt", &junk);
    let archive = read(dir.path());
    let release = &archive.releases[0];
    let kept = &release.versions[&Lang::De];
    assert_eq!(kept.path, dir.path().join("schule.de.txt"));
    assert_eq!(release.duplicates.len(), 1);
    assert!(
        release.duplicates[0]
            .dropped
            .ends_with("copy/schule.de.txt")
    );
    write(dir.path(), "schule.de.txt", &junk);
    write(dir.path(), "copy/schule.de.txt", PAGE_DE);
    let archive = read(dir.path());
    let kept = &archive.releases[0].versions[&Lang::De];
    assert_eq!(
        kept.path,
        dir.path().join("copy/schule.de.txt"),
        "nor from a deeper folder"
    );
}

#[cfg(unix)]
#[test]
fn fifos_and_broken_links_are_named_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "schule.de.txt", PAGE_DE);
    let fifo = dir.path().join("pipe.de.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo unavailable: FIFO case skipped");
        return;
    }
    let link = dir.path().join("gone.fr.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
    let archive = read(dir.path());
    assert_eq!(archive.releases.len(), 1);
    let message = |p: &Path| {
        let found = archive.problems.iter().find(|q| q.file == p);
        found.map(|q| q.message.clone()).unwrap_or_default()
    };
    assert!(message(&fifo).contains("FIFO"), "{:?}", archive.problems);
    assert!(
        message(&link).contains("broken symbolic link"),
        "{:?}",
        archive.problems
    );
}
