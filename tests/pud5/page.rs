//! One version of a release as a scraped page, in the layout of `corpus/`
//! (see `corpus/README.md`): with this header the first body paragraph is on
//! line 17 and paragraph n (0-based) on line `17 + 2n`.

use paralign::Lang;

/// The line of the first body paragraph.
pub const FIRST_LINE: usize = 17;

/// The line of paragraph `n` (0-based) of a page.
pub fn line_of(n: usize) -> usize {
    FIRST_LINE + 2 * n
}

/// The paragraph (0-based) on `line`, if it is a body line.
pub fn paragraph_at(line: usize) -> Option<usize> {
    (line >= FIRST_LINE && (line - FIRST_LINE).is_multiple_of(2)).then(|| (line - FIRST_LINE) / 2)
}

/// The header fields shared by every version of a release.
#[derive(Clone, Debug)]
pub struct Head {
    /// Running number, used in the title.
    pub number: usize,
    /// Release ID `NNNN-DD-MM-YYYY`.
    pub id: String,
    /// Day, month (1..=12), year.
    pub date: (u32, u32, u32),
    /// `HH:MM`.
    pub time: String,
    /// The languages the release is published in, declared on the bullet line.
    pub langs: Vec<Lang>,
}

const NBSP: &str = "\u{a0}";

/// The page of `lang` with `paragraphs` as its body.
pub fn render(lang: Lang, head: &Head, paragraphs: &[String]) -> String {
    let mut lines: Vec<String> = vec![
        date_line(lang, head),
        String::new(),
        title(lang, head.number),
        String::new(),
        head.id.clone(),
        String::new(),
        bullet_line(&head.langs),
    ];
    for l in ["", NBSP, "", NBSP, "", doc_type(lang), "", NBSP, ""] {
        lines.push(l.to_string());
    }
    for (k, p) in paragraphs.iter().enumerate() {
        if k > 0 {
            lines.push(String::new());
        }
        lines.push(p.clone());
    }
    for l in ["", NBSP, "", NBSP, "", "x", "x", chrome(lang)] {
        lines.push(l.to_string());
    }
    // The scraped pages end without a final newline.
    lines.join("\n")
}

/// The bullet line listing the language versions, as the seed writes it.
fn bullet_line(langs: &[Lang]) -> String {
    let locale = |l: &Lang| match l {
        Lang::De => "de-DE1",
        Lang::En => "en-GB1",
        Lang::Es => "es-ES1",
        Lang::Ru => "ru-RU1",
        Lang::Fr => "fr-FR1",
    };
    let listed: Vec<&str> = langs.iter().map(locale).collect();
    format!("  \u{2022} {}", listed.join(" "))
}

fn date_line(lang: Lang, head: &Head) -> String {
    let (d, m, y) = head.date;
    format!("{d} {} {y}{}", month(lang, m), head.time)
}

#[rustfmt::skip]
fn month(lang: Lang, m: u32) -> &'static str {
    let names: [&str; 12] = match lang {
        Lang::De => ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"],
        Lang::En => ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"],
        Lang::Es => ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"],
        Lang::Ru => ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"],
        Lang::Fr => ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"],
    };
    names[(m - 1) as usize]
}

/// A generic title of our own (never a PUD sentence).
fn title(lang: Lang, n: usize) -> String {
    match lang {
        Lang::De => format!("Mitteilung Nr. {n} des Ministeriums zu aktuellen Themen"),
        Lang::En => format!("Ministry statement no. {n} on current affairs"),
        Lang::Es => format!("Nota n.º {n} del Ministerio sobre temas de actualidad"),
        Lang::Ru => format!("Сообщение министерства № {n} по актуальным вопросам"),
        Lang::Fr => format!("Note n° {n} du ministère sur l'actualité"),
    }
}

fn doc_type(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "PRESSEMITTEILUNG",
        Lang::En => "PRESS RELEASE",
        Lang::Es => "COMUNICADO DE PRENSA",
        Lang::Ru => "СООБЩЕНИЕ ДЛЯ СМИ",
        Lang::Fr => "COMMUNIQUÉ DE PRESSE",
    }
}

fn chrome(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Zusätzliche Such-Tools",
        Lang::En => "Additional search tools",
        Lang::Es => "Herramientas de búsqueda adicionales",
        Lang::Ru => "Дополнительные инструменты поиска",
        Lang::Fr => "Outils de recherche supplémentaires",
    }
}
