//! A small release built in code, with its alignment given by hand, so the export
//! tests depend on neither the segmenter nor the aligner.

use std::collections::BTreeMap;
use std::path::PathBuf;

use paralign::Lang;
use paralign::align::{Alignment, Bead, DocAlignment};
use paralign::join::{self, Level, ReleaseAlignment, TranslationUnit};
use paralign::release::{Document, Header, Release};
use paralign::segment::{Paragraph, Sentence};

/// A paragraph with the given sentences as its spans.
pub fn paragraph(sentences: &[&str]) -> Paragraph {
    let mut text = String::new();
    let mut spans = Vec::new();
    for s in sentences {
        let start = text.len();
        text.push_str(s);
        text.push(' ');
        spans.push(Sentence {
            span: start..text.len(),
        });
    }
    Paragraph {
        line: 1,
        text,
        sentences: spans,
    }
}

pub fn document(lang: Lang, paragraphs: &[&[&str]]) -> Document {
    Document {
        path: PathBuf::from(format!("fixture.{lang}.txt")),
        header: Header::default(),
        lang,
        path_lang: Some(lang),
        detected: Some(lang),
        paragraphs: paragraphs.iter().map(|p| paragraph(p)).collect(),
        warnings: Vec::new(),
    }
}

pub fn release(id: &str, docs: Vec<Document>) -> Release {
    Release {
        id: id.into(),
        number: id.split('-').next().unwrap().parse().unwrap(),
        date: Some("2021-03-05".into()),
        declared: docs.iter().map(|d| d.lang).collect(),
        versions: docs.into_iter().map(|d| (d.lang, d)).collect(),
        duplicates: Vec::new(),
    }
}

fn beads(list: &[(usize, usize, usize, usize, f64)]) -> Alignment {
    let beads = list
        .iter()
        .map(|&(a, b, c, d, score)| Bead {
            src: a..b,
            tgt: c..d,
            score,
            ..Default::default()
        })
        .collect();
    Alignment {
        beads,
        ..Default::default()
    }
}

/// Four versions: en merges two German sentences and adds one (2-1, 0-1), ru drops
/// the last (1-0); text with `&`, `<…>`, quotes and a control character.
pub fn main_release() -> (Release, ReleaseAlignment) {
    let de = document(
        Lang::De,
        &[
            &[
                "Die Ministerin eröffnete am 3. März 2021 die Konferenz „Wasser & Klima“ in Genf.",
                "Sie sprach über <Trinkwasser> und Landwirtschaft.",
            ],
            &[
                "Die Teilnehmer einigten sich auf einen Aktionsplan.",
                "Weitere Informationen folgen\nin Kürze.",
            ],
        ],
    );
    let en = document(
        Lang::En,
        &[
            &[
                "On 3 March 2021 the minister opened the \"Water & Climate\" conference in Geneva \
           and spoke about <drinking water> and agriculture.",
            ],
            &[
                "The participants agreed on an action plan.",
                "A press conference was held afterwards.",
                "Further information will follow shortly.",
            ],
        ],
    );
    let fr = document(
        Lang::Fr,
        &[
            &[
                "Le 3 mars 2021, la ministre a ouvert la conférence « Eau & Climat » à Genève.",
                "Elle a parlé de l'eau potable et de l'agriculture.",
            ],
            &[
                "Les participants se sont mis d'accord sur un plan d'action.",
                "D'autres informations suivront sous peu\u{7}.",
            ],
        ],
    );
    let ru = document(
        Lang::Ru,
        &[
            &[
                "3 марта 2021 года министр открыла конференцию «Вода и климат» в Женеве.",
                "Она говорила о питьевой воде и сельском хозяйстве.",
            ],
            &["Участники согласовали план действий."],
        ],
    );
    let paragraphs = beads(&[(0, 1, 0, 1, 0.9), (1, 2, 1, 2, 0.8)]);
    let pair = |sentences| DocAlignment {
        paragraphs: paragraphs.clone(),
        sentences,
        ..Default::default()
    };
    let pairs = BTreeMap::from([
        (
            Lang::En,
            pair(beads(&[
                (0, 2, 0, 1, 0.81),
                (2, 3, 1, 2, 0.93),
                (3, 3, 2, 3, 0.12),
                (3, 4, 3, 4, 0.88),
            ])),
        ),
        (
            Lang::Fr,
            pair(beads(&[
                (0, 1, 0, 1, 0.95),
                (1, 2, 1, 2, 0.9),
                (2, 3, 2, 3, 0.97),
                (3, 4, 3, 4, 0.7),
            ])),
        ),
        (
            Lang::Ru,
            pair(beads(&[
                (0, 1, 0, 1, 0.9),
                (1, 2, 1, 2, 0.85),
                (2, 3, 2, 3, 0.91),
                (3, 4, 3, 3, 0.3),
            ])),
        ),
    ]);
    let release = release("17-05-03-2021", vec![de, en, fr, ru]);
    (
        release,
        ReleaseAlignment {
            pivot: Lang::De,
            pairs,
        },
    )
}

/// A release with its German version only: units with no link and no score.
pub fn lone_release() -> (Release, ReleaseAlignment) {
    let de = document(Lang::De, &[&["Kurzmeldung: Der Termin wird verschoben."]]);
    let release = release("18-05-03-2021", vec![de]);
    (
        release,
        ReleaseAlignment {
            pivot: Lang::De,
            pairs: BTreeMap::new(),
        },
    )
}

/// A release without the German pivot, aligned against English instead.
pub fn fallback_release() -> (Release, ReleaseAlignment) {
    let en = document(Lang::En, &[&["Short notice: the meeting is postponed."]]);
    let fr = document(Lang::Fr, &[&["Bref avis : la réunion est reportée."]]);
    let one = beads(&[(0, 1, 0, 1, 0.77)]);
    let al = DocAlignment {
        paragraphs: one.clone(),
        sentences: one,
        ..Default::default()
    };
    let release = release("19-06-03-2021", vec![en, fr]);
    (
        release,
        ReleaseAlignment {
            pivot: Lang::En,
            pairs: BTreeMap::from([(Lang::Fr, al)]),
        },
    )
}

/// The fixture's units at `level`, in release order.
pub fn units(level: Level) -> Vec<TranslationUnit> {
    [main_release(), lone_release(), fallback_release()]
        .iter()
        .flat_map(|(r, a)| join::units(r, a, level).unwrap())
        .collect()
}
