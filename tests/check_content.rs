//! The alignment-based rules end to end (segmenter, aligner, check): missing
//! and extra paragraphs and sentences, number mismatches, blame on the pivot,
//! and silence on merged sentences.

mod check_support;

use check_support::{doc, release, text};
use paralign::Lang;
use paralign::check::{Config, Finding, Kind, Report, check_archive};
use paralign::release::{Archive, Release};

const ALL: [Lang; 4] = [Lang::De, Lang::En, Lang::Es, Lang::Fr];

fn check(r: Release) -> Report {
    check_archive(
        &Archive {
            releases: vec![r],
            problems: Vec::new(),
        },
        &Config::default(),
    )
}

fn with(mut r: Release, lang: Lang, paras: Vec<String>) -> Release {
    r.versions.insert(lang, doc(lang, paras));
    r
}

fn only(report: &Report) -> &Finding {
    assert_eq!(report.findings.len(), 1, "{report}");
    &report.findings[0]
}

#[test]
fn a_dropped_paragraph_is_missing_with_the_pivot_line() {
    let mut fr = text(Lang::Fr);
    fr.remove(2);
    let report = check(with(release(&ALL), Lang::Fr, fr));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang()),
        (Kind::MissingParagraph, Some(Lang::Fr)),
        "{report}"
    );
    let de = f.counterpart.as_ref().unwrap();
    assert_eq!((de.lang, de.line), (Lang::De, 21));
    assert!(de.excerpt.as_deref().unwrap().starts_with("Am zweiten Tag"));
}

#[test]
fn a_dropped_last_paragraph_is_missing_not_truncated() {
    let mut fr = text(Lang::Fr);
    fr.pop();
    let report = check(with(release(&ALL), Lang::Fr, fr));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang()),
        (Kind::MissingParagraph, Some(Lang::Fr)),
        "{report}"
    );
    assert_eq!(f.counterpart.as_ref().unwrap().line, 23);
}

#[test]
fn an_added_paragraph_is_extra() {
    let mut es = text(Lang::Es);
    es.insert(
        2,
        "La feria cuenta además con un programa de conferencias sobre comercio electrónico, logística portuaria y financiación de pequeñas empresas exportadoras.".into(),
    );
    let report = check(with(release(&ALL), Lang::Es, es));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang(), f.line),
        (Kind::ExtraParagraph, Some(Lang::Es), 21),
        "{report}"
    );
}

#[test]
fn a_paragraph_the_pivot_lacks_is_blamed_on_the_pivot_once() {
    let mut de = text(Lang::De);
    de.remove(1);
    let report = check(with(release(&ALL), Lang::De, de));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang()),
        (Kind::MissingParagraph, Some(Lang::De)),
        "{report}"
    );
    // One alignment per pair: the pivot stays, and the vote of the other
    // versions blames it.
    assert_eq!(report.releases[0].pivot, Some(Lang::De));
    assert_eq!(f.langs.len(), 4, "{report}");
}

#[test]
fn a_dropped_sentence_is_missing() {
    let mut en = text(Lang::En);
    en[2] = "On the second day, the minister met representatives of small firms from the northern provinces.".into();
    let report = check(with(release(&ALL), Lang::En, en));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang(), f.line),
        (Kind::MissingSentence, Some(Lang::En), 21),
        "{report}"
    );
    let de = f.counterpart.as_ref().unwrap();
    assert!(
        de.excerpt
            .as_deref()
            .unwrap()
            .starts_with("Besprochen wurden"),
        "{de:?}"
    );
}

#[test]
fn an_added_sentence_is_extra() {
    let mut fr = text(Lang::Fr);
    fr[1].push_str(
        " Un parking gratuit de 800 places est disponible à l'entrée nord du parc des expositions.",
    );
    let report = check(with(release(&ALL), Lang::Fr, fr));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang(), f.line),
        (Kind::ExtraSentence, Some(Lang::Fr), 19),
        "{report}"
    );
}

#[test]
fn a_changed_amount_is_a_number_mismatch_with_both_excerpts() {
    let mut fr = text(Lang::Fr);
    fr[0] = fr[0].replace("1 250", "1 520");
    let report = check(with(release(&ALL), Lang::Fr, fr));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang(), f.line),
        (Kind::NumberMismatch, Some(Lang::Fr), 17),
        "{report}"
    );
    assert!(
        f.message.contains("1520") && f.message.contains("1250"),
        "{}",
        f.message
    );
    assert!(f.excerpt.as_deref().unwrap().contains("1 520"));
    assert!(
        f.counterpart
            .as_ref()
            .unwrap()
            .excerpt
            .as_deref()
            .unwrap()
            .contains("1.250")
    );
}

/// With no other version stating the figure (a release in two languages),
/// nothing tells which side changed it: the finding says so; with others
/// that agree with the pivot, it does not.
#[test]
fn a_changed_figure_nobody_else_states_says_either_may_be_at_fault() {
    let mut fr = text(Lang::Fr);
    fr[0] = fr[0].replace("1 250", "1 520");
    let undecided = "either may be the one at fault";
    let two = check(with(release(&[Lang::De, Lang::Fr]), Lang::Fr, fr.clone()));
    let f = only(&two);
    assert_eq!((f.kind, f.lang()), (Kind::NumberMismatch, Some(Lang::Fr)));
    assert!(f.message.contains(undecided), "{}", f.message);
    let all = check(with(release(&ALL), Lang::Fr, fr));
    assert!(!only(&all).message.contains(undecided), "{all}");
}

#[test]
fn a_number_wrong_in_the_pivot_is_blamed_on_the_pivot() {
    let mut de = text(Lang::De);
    de[3] = de[3].replace("12,50", "15,50");
    let report = check(with(release(&ALL), Lang::De, de));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang(), f.line),
        (Kind::NumberMismatch, Some(Lang::De), 23),
        "{report}"
    );
}

#[test]
fn a_version_wrong_where_the_pivot_is_wrong_too_is_blamed_as_well() {
    // The pivot and one version each state their own figure; the two others
    // agree on the right one. Both wrong figures are reported, each against
    // the figure the others state.
    let mut de = text(Lang::De);
    de[3] = de[3].replace("12,50", "15,50");
    let mut fr = text(Lang::Fr);
    fr[3] = fr[3].replace("12,50", "13,50");
    let report = check(with(with(release(&ALL), Lang::De, de), Lang::Fr, fr));
    let mut blamed: Vec<(Option<Lang>, &str)> = report
        .findings
        .iter()
        .map(|f| (f.lang(), f.message.as_str()))
        .collect();
    blamed.sort();
    assert_eq!(blamed.len(), 2, "{report}");
    assert_eq!(blamed[0].0, Some(Lang::De), "{report}");
    assert!(
        blamed[0]
            .1
            .contains("15.5 where the en, es versions state 12.5"),
        "{report}"
    );
    assert_eq!(blamed[1].0, Some(Lang::Fr), "{report}");
    assert!(
        blamed[1]
            .1
            .contains("13.5 where the en, es versions state 12.5"),
        "{report}"
    );
}

#[test]
fn ranges_of_days_and_clock_hours_written_each_language_s_way_agree() {
    // Every version states the same two days and the same hour, English
    // with the month first and on the twelve-hour clock.
    let opening = [
        (
            Lang::De,
            "Das Handelsministerium hat am 12. und 13. Mai 2022 um 15 Uhr die Regionalmesse in Kelmar eröffnet.",
        ),
        (
            Lang::En,
            "The Ministry of Trade opened the regional fair in Kelmar on May 12-13, 2022 at 3 p.m.",
        ),
        (
            Lang::Fr,
            "Le ministère du Commerce a ouvert les 12 et 13 mai 2022 à 15 heures la foire régionale de Kelmar.",
        ),
        (
            Lang::Es,
            "El Ministerio de Comercio inauguró los días 12 y 13 de mayo de 2022 a las 15 horas la feria regional de Kelmar.",
        ),
    ];
    let mut r = release(&ALL);
    for (lang, first) in opening {
        let mut paras = text(lang);
        let rest = paras[0].rsplit_once(". ").unwrap().1.to_string();
        paras[0] = format!("{first} {rest}");
        r = with(r, lang, paras);
    }
    let report = check(r);
    assert!(report.findings.is_empty(), "{report}");
}

#[test]
fn merged_and_split_sentences_are_not_findings() {
    let mut en = text(Lang::En);
    en[1] = "The fair covers 45,000 square metres in six halls, where visitors can see new machines for farming, shipping and renewable energy.".into();
    let mut es = text(Lang::Es);
    es[2] = "El segundo día, el ministro se reunió con representantes de pequeñas empresas de las provincias del norte. Hablaron del crédito a la exportación y de las normas aduaneras. También trataron la formación de los jóvenes trabajadores.".into();
    let report = check(with(with(release(&ALL), Lang::En, en), Lang::Es, es));
    assert!(report.findings.is_empty(), "{report}");
}

/// A version that drops a short sentence stating figures, beside a kept
/// sentence rendered at length, can fit its lengths as a translator's
/// merge; its figures, which the other versions all state there, cannot.
#[test]
fn a_lost_sentence_whose_figures_the_others_state_is_missing_whatever_the_lengths() {
    let mut fr = text(Lang::Fr);
    fr[0] = "Le ministère du Commerce a ouvert le 12 mai 2022, en présence de nombreux invités \
             venus de toutes les provinces voisines et des pays partenaires, la grande foire \
             régionale annuelle de Kelmar."
        .to_string();
    let report = check(with(release(&ALL), Lang::Fr, fr));
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang()),
        (Kind::MissingSentence, Some(Lang::Fr)),
        "{report}"
    );
    let de = f.counterpart.as_ref().unwrap();
    assert!(de.excerpt.as_deref().unwrap().contains("1.250"), "{report}");
    // The two sentences joined into one that keeps the figures: a merge.
    let mut fr = text(Lang::Fr);
    fr[0] = "Le ministère du Commerce a ouvert le 12 mai 2022 la foire régionale de Kelmar,              où plus de 1 250 entreprises de 31 pays participent cette année."
        .to_string();
    let report = check(with(release(&ALL), Lang::Fr, fr));
    assert!(report.findings.is_empty(), "{report}");
}

/// A version that puts a sentence of the first paragraph at the end of the
/// last has lost nothing: the move is a note, and neither place is reported
/// missing or extra.
#[test]
fn a_sentence_moved_to_another_paragraph_is_a_note_not_a_loss() {
    let mut fr = text(Lang::Fr);
    let (kept, moved) = fr[0].split_once(". ").unwrap();
    let (kept, moved) = (format!("{kept}."), moved.to_string());
    fr[0] = kept;
    fr[3] = format!("{} {moved}", fr[3]);
    let report = check_archive(
        &Archive {
            releases: vec![with(release(&ALL), Lang::Fr, fr)],
            problems: Vec::new(),
        },
        &Config {
            min_severity: paralign::check::Severity::Info,
            ..Config::default()
        },
    );
    let f = only(&report);
    assert_eq!(
        (f.kind, f.lang()),
        (Kind::MovedSentence, Some(Lang::Fr)),
        "{report}"
    );
    assert_eq!(f.line, 23, "the French sentence, now in the last paragraph");
    assert!(f.excerpt.as_deref().unwrap().starts_with("Plus de 1 250"));
    assert_eq!(f.counterpart.as_ref().unwrap().line, 17);
}
