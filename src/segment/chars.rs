//! Character classes the boundary rules are written in.

/// Sentence-final punctuation (a run of these is one terminator).
pub(super) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_wide_terminator(c)
}

/// Full-width and ideographic stops, which need no space after them.
pub(super) fn is_wide_terminator(c: char) -> bool {
    matches!(c, '．' | '。' | '！' | '？' | '｡')
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
            | '`'
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

/// True for a letter. Latin and Cyrillic are decided by range, sparing the
/// general Unicode table lookup on the hot path.
pub(super) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' | '×' | '÷' | '\u{482}'..='\u{489}' => false,
        'À'..='ɏ' | 'Ѐ'..='ӿ' => true,
        _ => c.is_alphabetic(),
    }
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
pub(super) fn skip_whitespace(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace() {
            i += 1;
        } else if b < 0x80 {
            return i;
        } else {
            match char_at(text, i) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    text.len()
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
    fn letters_by_range_agree_with_unicode() {
        for c in ('\0'..='ӿ').chain("ßçñœЖё°²€".chars()) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn blank_line_needs_two_feeds() {
        assert!(has_blank_line("a\n \t\nb", 0, 6));
        assert!(!has_blank_line("a\n b", 0, 4));
    }
}
