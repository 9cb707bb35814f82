//! The document-type line (`PRESSEMITTEILUNG`, `PRESS RELEASE`, …): an
//! all-caps short line between the header and the body.

use crate::Lang;

/// Known document types, upper case, with the language that writes them.
#[rustfmt::skip]
const KNOWN: &[(&str, Lang)] = &[
    ("PRESSEMITTEILUNG", Lang::De), ("PRESSEERKLÄRUNG", Lang::De), ("MITTEILUNG", Lang::De),
    ("ERKLÄRUNG", Lang::De), ("GEMEINSAME ERKLÄRUNG", Lang::De), ("INFORMATION", Lang::De),
    ("PRESS RELEASE", Lang::En), ("NEWS RELEASE", Lang::En), ("PRESS STATEMENT", Lang::En),
    ("STATEMENT", Lang::En), ("JOINT STATEMENT", Lang::En), ("MEDIA RELEASE", Lang::En),
    ("COMUNICADO DE PRENSA", Lang::Es), ("NOTA DE PRENSA", Lang::Es), ("COMUNICADO", Lang::Es),
    ("DECLARACIÓN", Lang::Es), ("DECLARACIÓN CONJUNTA", Lang::Es),
    ("СООБЩЕНИЕ ДЛЯ СМИ", Lang::Ru), ("ПРЕСС-РЕЛИЗ", Lang::Ru), ("ЗАЯВЛЕНИЕ", Lang::Ru),
    ("СООБЩЕНИЕ", Lang::Ru), ("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ", Lang::Ru),
    ("COMMUNIQUÉ DE PRESSE", Lang::Fr), ("COMMUNIQUE DE PRESSE", Lang::Fr),
    ("COMMUNIQUÉ", Lang::Fr), ("DÉCLARATION", Lang::Fr), ("DÉCLARATION CONJOINTE", Lang::Fr),
];

/// True for a short line whose letters are all capitals: at most six words
/// and 48 characters, no digits, no sentence punctuation.
pub fn looks_like(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && line.chars().count() <= 48
        && line.split_whitespace().count() <= 6
        && !line
            .chars()
            .any(|c| c.is_lowercase() || c.is_ascii_digit() || ".,;:!?".contains(c))
}

/// The language of a document-type line: a known type, else Cyrillic -> ru.
pub fn lang_of(line: &str) -> Option<Lang> {
    let squashed = line.split_whitespace().collect::<Vec<_>>().join(" ");
    KNOWN
        .iter()
        .find(|(name, _)| *name == squashed)
        .map(|&(_, lang)| lang)
        .or_else(|| {
            line.chars()
                .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
                .then_some(Lang::Ru)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_types() {
        for (line, lang) in [
            ("PRESSEMITTEILUNG", Lang::De),
            ("PRESS RELEASE", Lang::En),
            ("COMUNICADO DE PRENSA", Lang::Es),
            ("СООБЩЕНИЕ ДЛЯ СМИ", Lang::Ru),
            ("COMMUNIQUÉ DE PRESSE", Lang::Fr),
            ("COMMUNIQUÉ  DE PRESSE", Lang::Fr),
        ] {
            assert!(looks_like(line), "{line}");
            assert_eq!(lang_of(line), Some(lang), "{line}");
        }
    }

    #[test]
    fn unknown_caps_line_is_a_type_without_language() {
        assert!(looks_like("FACT SHEET"));
        assert_eq!(lang_of("FACT SHEET"), None);
        assert_eq!(lang_of("ИНФОРМАЦИЯ"), Some(Lang::Ru));
    }

    #[test]
    fn sentences_and_mixed_case_are_not_types() {
        assert!(!looks_like("Press release"));
        assert!(!looks_like("NATO SUMMIT 2021"));
        assert!(!looks_like("THE MINISTER SAID THAT TALKS WILL GO ON."));
        assert!(!looks_like("EU"));
    }
}
