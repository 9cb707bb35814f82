//! A small parallel release written for the check tests (de, en, fr, es), and
//! builders for documents and releases in code, so that the check's tests do
//! not depend on the parser.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use paralign::release::{Document, Header, Release};
use paralign::{Lang, Paragraph};

pub const ID: &str = "3001-12-05-2022";

pub const EN: [&str; 4] = [
    "The Ministry of Trade opened the regional fair in Kelmar on 12 May 2022. More than 1,250 companies from 31 countries are taking part this year.",
    "The fair covers 45,000 square metres in six halls. Visitors can see new machines for farming, shipping and renewable energy.",
    "On the second day, the minister met representatives of small firms from the northern provinces. They discussed export credit, customs rules and the training of young workers.",
    "The fair closes on Sunday evening. Tickets cost 12.50 euros; pupils and students enter free of charge.",
];

pub const DE: [&str; 4] = [
    "Das Handelsministerium hat am 12. Mai 2022 die Regionalmesse in Kelmar eröffnet. In diesem Jahr nehmen mehr als 1.250 Unternehmen aus 31 Ländern teil.",
    "Die Messe umfasst 45.000 Quadratmeter in sechs Hallen. Besucher können neue Maschinen für Landwirtschaft, Schifffahrt und erneuerbare Energien sehen.",
    "Am zweiten Tag traf der Minister Vertreter kleiner Firmen aus den nördlichen Provinzen. Besprochen wurden Exportkredite, Zollvorschriften und die Ausbildung junger Fachkräfte.",
    "Die Messe schließt am Sonntagabend. Eintrittskarten kosten 12,50 Euro; Schülerinnen, Schüler und Studierende haben freien Eintritt.",
];

pub const FR: [&str; 4] = [
    "Le ministère du Commerce a ouvert le 12 mai 2022 la foire régionale de Kelmar. Plus de 1 250 entreprises de 31 pays y participent cette année.",
    "La foire s'étend sur 45 000 mètres carrés répartis dans six halls. Les visiteurs peuvent y découvrir de nouvelles machines pour l'agriculture, la navigation et les énergies renouvelables.",
    "Le deuxième jour, le ministre a rencontré des représentants de petites entreprises des provinces du nord. Ils ont évoqué le crédit à l'exportation, les règles douanières et la formation des jeunes travailleurs.",
    "La foire fermera dimanche soir. Le billet coûte 12,50 euros ; l'entrée est gratuite pour les élèves et les étudiants.",
];

pub const ES: [&str; 4] = [
    "El Ministerio de Comercio inauguró el 12 de mayo de 2022 la feria regional de Kelmar. Este año participan más de 1250 empresas de 31 países.",
    "La feria ocupa 45 000 metros cuadrados en seis pabellones. Los visitantes pueden ver nuevas máquinas para la agricultura, el transporte marítimo y las energías renovables.",
    "El segundo día, el ministro se reunió con representantes de pequeñas empresas de las provincias del norte. Hablaron del crédito a la exportación, de las normas aduaneras y de la formación de los jóvenes trabajadores.",
    "La feria cierra el domingo por la noche. La entrada cuesta 12,50 euros; los alumnos y los estudiantes entran gratis.",
];

/// The text of the test release in `lang`.
pub fn text(lang: Lang) -> Vec<String> {
    let t = match lang {
        Lang::De => DE,
        Lang::En => EN,
        Lang::Fr => FR,
        Lang::Es => ES,
        Lang::Ru => panic!("no Russian text in the check fixtures"),
    };
    t.iter().map(|s| s.to_string()).collect()
}

/// A document filed as `lang` holding `paras`, paragraph n on line 17 + 2n.
pub fn doc(lang: Lang, paras: Vec<String>) -> Document {
    let header = Header {
        date: Some("2022-05-12".into()),
        time: Some("10:30".into()),
        title: "Regional fair".into(),
        id: ID.into(),
        number: 3001,
        id_date: Some("2022-05-12".into()),
        declared: vec![Lang::De, Lang::En, Lang::Es, Lang::Fr],
        doc_type: None,
        id_line: 5,
    };
    Document {
        path: PathBuf::from(format!("fair/fair.{lang}.txt")),
        header,
        lang,
        path_lang: Some(lang),
        detected: Some(lang),
        paragraphs: paras
            .into_iter()
            .enumerate()
            .map(|(i, t)| Paragraph::new(17 + 2 * i, t, lang))
            .collect(),
        warnings: Vec::new(),
    }
}

/// The clean release in the given languages, all declared.
pub fn release(langs: &[Lang]) -> Release {
    let versions: BTreeMap<Lang, Document> = langs.iter().map(|&l| (l, doc(l, text(l)))).collect();
    Release {
        id: ID.into(),
        number: 3001,
        date: Some("2022-05-12".into()),
        declared: langs.to_vec(),
        versions,
        duplicates: Vec::new(),
    }
}
