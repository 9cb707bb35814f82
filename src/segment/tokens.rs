//! Reading the material around a candidate boundary: the run of final
//! punctuation, the token before it and the start of what follows.

use super::chars::{
    char_at, char_before, is_bullet, is_dash, is_letter, is_numeric_start, is_opener, is_terminator,
};

/// A run of final punctuation such as `.`, `?!`, `...` or `. . . .`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    /// Byte just after the run.
    pub end: usize,
    /// Holds `!` or `?`: no abbreviation can veto it.
    pub strong: bool,
    /// An ellipsis (`…`, three or more dots).
    pub ellipsis: bool,
    /// Ends with a full-width or ideographic stop (`．`), which needs no space.
    pub wide: bool,
    /// A spaced three-dot ellipsis (`. . .`), which marks an omission inside
    /// a sentence and never ends one (Chicago Manual of Style, 13.50).
    pub omission: bool,
}

impl Run {
    /// True for a plain full stop (`.` or a doubled `..`).
    pub(super) fn is_stop(&self) -> bool {
        !self.strong && !self.ellipsis && !self.omission && !self.wide
    }
}

/// Reads the run of final punctuation starting at byte `i`.
pub(super) fn read_run(text: &str, i: usize) -> Run {
    let (mut end, mut dots, mut strong, mut ellipsis, mut wide) = (i, 0, false, false, false);
    while let Some(c) = char_at(text, end).filter(|&c| is_terminator(c)) {
        match c {
            '.' => dots += 1,
            '…' => ellipsis = true,
            '．' | '。' | '｡' => wide = true,
            '！' | '？' => (strong, wide) = (true, true),
            _ => strong = true,
        }
        end += c.len_utf8();
    }
    let mut run = Run {
        end,
        strong,
        wide,
        ellipsis: ellipsis || dots >= 3,
        omission: false,
    };
    if dots == 1 && !strong && !ellipsis {
        let mut spaced = 1;
        while text[run.end..].starts_with(" .") {
            spaced += 1;
            run.end += 2;
        }
        run.omission = spaced == 3;
        run.ellipsis = spaced > 3;
    }
    run
}

/// True for characters that end the token before a full stop.
fn ends_token(c: char) -> bool {
    c.is_whitespace() || (is_opener(c) && c != '\'') || is_bullet(c)
}

/// Tokens are read back at most this many characters: no abbreviation is
/// longer, and the bound keeps the scan linear on text without spaces.
const TOKEN_REACH: usize = 64;

/// The token (maximal run without whitespace or opening marks, at most
/// [`TOKEN_REACH`] characters) ending at byte `i`, with its start.
pub(super) fn token_before(text: &str, i: usize) -> (usize, &str) {
    let bytes = text.as_bytes();
    let floor = i.saturating_sub(4 * TOKEN_REACH);
    let mut k = i;
    // Byte-wise: ASCII is decided at once, other characters are decoded from
    // their lead byte. Every step lands on a character boundary.
    while k > floor {
        let b = bytes[k - 1];
        if b.is_ascii() {
            if b.is_ascii_whitespace() || matches!(b, b'"' | b'`' | b'(' | b'[' | b'{') {
                break;
            }
            k -= 1;
        } else {
            let lead = (0..k)
                .rev()
                .find(|&j| !is_continuation(bytes[j]))
                .unwrap_or(0);
            if text[lead..k].chars().next().is_some_and(ends_token) {
                break;
            }
            k = lead;
        }
    }
    (k, &text[k..i])
}

/// True for a UTF-8 continuation byte.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// What kind of text follows a candidate boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A lowercase letter: the sentence goes on.
    Lower,
    /// A capital letter.
    Upper,
    /// A digit or a symbol that precedes numbers.
    Digit,
    /// Something only a sentence starts with: `¿`, `¡`, a bullet.
    Strong,
    /// Anything else (commas, symbols): not a sentence start.
    Other,
}

/// The start of the text after a candidate boundary.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next<'a> {
    /// What kind of character begins it.
    pub kind: Kind,
    /// The first word (letters only), when `kind` is `Upper`.
    pub word: &'a str,
    /// The first word is directly followed by a full stop (an initial or abbreviation).
    pub dotted: bool,
}

/// Classifies the text starting at byte `p`, looking past opening quotes,
/// brackets, ellipses and speech dashes.
pub(super) fn next_start(text: &str, mut p: usize) -> Next<'_> {
    let other = |kind| Next {
        kind,
        word: "",
        dotted: false,
    };
    // A few openers at most: the bound keeps runs like `… … …` linear.
    for _ in 0..8 {
        let Some(c) = char_at(text, p) else {
            return other(Kind::Other);
        };
        if c == '¿' || c == '¡' || is_bullet(c) {
            return other(Kind::Strong);
        }
        let spaced = char_at(text, p + c.len_utf8()).is_some_and(char::is_whitespace);
        if is_opener(c) || c == '…' || matches!(c, '–' | '—') || (is_dash(c) && spaced) {
            p += c.len_utf8();
            p = super::chars::skip_whitespace(text, p);
            continue;
        }
        if c.is_uppercase() || is_brand_prefix(&text[p..]) {
            let len = text[p..]
                .find(|c: char| !is_letter(c))
                .unwrap_or(text.len() - p);
            return Next {
                kind: Kind::Upper,
                word: &text[p..p + len],
                dotted: text[p + len..].starts_with('.'),
            };
        }
        let kind = if c.is_lowercase() {
            Kind::Lower
        } else if is_numeric_start(c) {
            Kind::Digit
        } else {
            Kind::Other
        };
        return other(kind);
    }
    other(Kind::Other)
}

/// `iPhone`, `iOS`, `eBay`: names written with a lowercase `i` or `e` before
/// a capital open sentences like capitalised words (`… rose. iPad sales …`).
fn is_brand_prefix(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 3
        && matches!(b[0], b'i' | b'e')
        && b[1].is_ascii_uppercase()
        && b[2].is_ascii_alphabetic()
}

/// The word (letters only) ending just before byte `i` after one space, e.g.
/// `am` in `am 3.`; empty when there is none.
pub(super) fn word_before(text: &str, i: usize) -> &str {
    if char_before(text, i) != Some(' ') {
        return "";
    }
    let end = i - 1;
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_letter(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_final_punctuation() {
        assert!(read_run("?! x", 0).strong);
        assert!(read_run("... x", 0).ellipsis);
        assert!(read_run(". . . x", 0).omission);
        let four = read_run(". . . . X", 0);
        assert!(four.ellipsis && four.end == 7);
        assert!(read_run(".. x", 0).is_stop());
        assert!(!read_run("．x", 0).is_stop());
    }

    #[test]
    fn tokens_stop_at_space_and_openers() {
        assert_eq!(token_before("see (z.B.", 8), (5, "z.B"));
        assert_eq!(token_before("Jr.'s", 2), (0, "Jr"));
        assert_eq!(token_before("„Dr.", 5), (3, "Dr"));
    }

    #[test]
    fn next_start_looks_past_openers_and_dashes() {
        let n = next_start("«– Завтра», сказал", 0);
        assert_eq!((n.kind, n.word), (Kind::Upper, "Завтра"));
        assert_eq!(next_start("¿Qué?", 0).kind, Kind::Strong);
        assert_eq!(next_start("(and so", 0).kind, Kind::Lower);
        assert!(next_start("J. R. R.", 0).dotted);
        assert_eq!(next_start("$5", 0).kind, Kind::Digit);
        assert_eq!(next_start("iPad sales", 0).word, "iPad");
        assert_eq!(next_start("eV and", 0).kind, Kind::Lower);
    }

    #[test]
    fn word_before_a_number() {
        assert_eq!(word_before("Sie kam am 3", 11), "am");
        assert_eq!(word_before("x", 0), "");
    }
}
