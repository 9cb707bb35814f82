//! Invisible format characters that scrapers and editors leave in pages.
//!
//! Zero-width characters (space, non-joiner, joiner, word joiner, a BOM in
//! mid-text) carry nothing in our five languages and are dropped everywhere.
//! Header lines also lose the directional marks and embeddings (LRM, RLM,
//! ALM, U+202A–U+202E, U+2066–U+2069) and the soft hyphen, which would
//! otherwise stop `2065‌-26-11-2020` or `26 No­vember 2020` from parsing.

use std::borrow::Cow;

/// Dropped from the whole text.
const ZERO_WIDTH: &[char] = &['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];

/// Dropped from header lines as well as [`ZERO_WIDTH`].
fn is_header_invisible(c: char) -> bool {
    ZERO_WIDTH.contains(&c)
        || matches!(c, '\u{AD}' | '\u{61C}' | '\u{200E}' | '\u{200F}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` without zero-width characters.
pub fn strip_zero_width(text: &str) -> Cow<'_, str> {
    strip(text, |c| ZERO_WIDTH.contains(&c))
}

/// A header line without any invisible format character.
pub fn strip_header(line: &str) -> Cow<'_, str> {
    strip(line, is_header_invisible)
}

fn strip(text: &str, drop: impl Fn(char) -> bool) -> Cow<'_, str> {
    if text.chars().any(&drop) {
        Cow::Owned(text.chars().filter(|&c| !drop(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_lose_marks_and_soft_hyphens() {
        let line = "\u{200E}2065\u{AD}-26\u{202B}-11\u{2069}-2020\u{200F}";
        assert_eq!(strip_header(line), "2065-26-11-2020");
        assert!(matches!(strip_header("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn body_keeps_soft_hyphens_but_not_zero_width() {
        assert_eq!(strip_zero_width("Bahn\u{AD}hof\u{200B}"), "Bahn\u{AD}hof");
    }
}
