//! Character classes the boundary rules are written in.

/// Sentence-final punctuation (a run of these is one terminator).
pub(super) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Marks that may close a quotation or parenthesis after a final stop
/// (German „…“ and »…«, French and Russian «…», English “…” and '…').
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '»' | '«' | '”' | '“' | '’' | '‘' | '›' | '‹'
    )
}

/// Marks that may open a quotation, a parenthesis or a Spanish sentence.
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '«'
            | '»'
            | '„'
            | '“'
            | '‚'
            | '‘'
            | '‹'
            | '›'
            | '¿'
            | '¡'
    )
}

/// Dashes that introduce direct speech or list items when followed by a space.
pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '‒')
}

/// List bullets; one after whitespace always starts a new item.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦' | '▪' | '‣' | '⁃' | '●' | '○' | '■' | '□' | '►' | '▸' | '➢' | '✓'
    )
}

/// Symbols that begin a sentence the way a number does (`$100 …`, `§ 3 …`).
pub(super) fn is_numeric_start(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '№' | '§' | '#' | '+' | '±')
}

/// The character starting at byte `i` (which must be a char boundary).
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character ending at byte `i` (which must be a char boundary).
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The first byte at or after `i` that is not whitespace.
pub(super) fn skip_whitespace(text: &str, i: usize) -> usize {
    match text[i..].find(|c: char| !c.is_whitespace()) {
        Some(k) => i + k,
        None => text.len(),
    }
}

/// True when `text[from..to]` holds a blank line: two line feeds with only
/// whitespace between them.
pub(super) fn has_blank_line(text: &str, from: usize, to: usize) -> bool {
    let mut feeds = 0;
    for b in text[from..to].bytes() {
        if b == b'\n' {
            feeds += 1;
            if feeds == 2 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_respect_multibyte_characters() {
        let s = "a«б»";
        assert_eq!(char_at(s, 1), Some('«'));
        assert_eq!(char_before(s, 3), Some('«'));
        assert_eq!(char_before(s, 0), None);
        assert_eq!(skip_whitespace(" \u{a0}x", 0), 3);
    }

    #[test]
    fn blank_line_needs_two_feeds() {
        assert!(has_blank_line("a\n \t\nb", 0, 6));
        assert!(!has_blank_line("a\n b", 0, 4));
    }
}
