//! Raw bytes -> clean text: encoding, binary check, line endings, NFC, and
//! the removal of zero-width characters.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::Encoding;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::encoding;
use crate::{Error, Result};

/// Longest line accepted, in bytes. A scraped page holds paragraphs of a few
/// kilobytes; a megabyte-long line is a dump or a broken export, and refusing
/// it keeps every later step (header scan, segmentation, alignment) bounded.
/// A hard-wrapped paragraph of many short lines is bounded by the page-size
/// limit instead ([`super::ReadOptions::max_page_size`]).
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// A decoded page: its text and the remark on its encoding, if one is due.
#[derive(Debug)]
pub struct Text {
    /// LF line endings, NFC, zero-width characters removed.
    pub text: String,
    /// `decoded as windows-1251 (guessed)` and the like; `None` for UTF-8.
    pub remark: Option<String>,
}

/// Decodes a page (see [`encoding::decode`]), then rejects binary, empty and
/// over-long input with a message naming the file and line, turns CRLF and
/// lone CR into LF, drops zero-width characters and NFC-normalises the text.
pub fn decode(path: &Path, bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Text> {
    let decoded = encoding::decode(path, bytes, forced)?;
    let text = decoded.text.as_str();
    reject_nul(path, text)?;
    if text.trim().is_empty() {
        return Err(Error::parse(path, 0, "empty file: no text at all"));
    }
    reject_long_lines(path, text)?;
    let unified = unify_line_endings(text);
    let visible = super::invisible::strip_zero_width(&unified);
    let remark = decoded.how.map(|how| {
        let name = decoded.encoding.name();
        format!("not UTF-8: decoded as {name} ({how}); force another with --encoding")
    });
    Ok(Text {
        text: nfc(&visible).into_owned(),
        remark,
    })
}

/// 1-based line holding byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// A NUL that survived decoding (UTF-16 with a BOM, a forced encoding).
fn reject_nul(path: &Path, text: &str) -> Result<()> {
    match text.find('\0') {
        Some(at) => Err(Error::parse(
            path,
            line_of(text, at),
            "binary file (NUL character in the decoded text), not a text page",
        )),
        None => Ok(()),
    }
}

fn reject_long_lines(path: &Path, text: &str) -> Result<()> {
    for (index, line) in text.split('\n').enumerate() {
        if line.len() > MAX_LINE_BYTES {
            return Err(Error::parse(
                path,
                index + 1,
                format!(
                    "line is {} bytes long (limit {MAX_LINE_BYTES}): not a scraped release page",
                    line.len()
                ),
            ));
        }
    }
    Ok(())
}

/// CRLF and lone CR (old Mac exports) both become LF, so line numbers match
/// what an editor shows.
fn unify_line_endings(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8]) -> Result<String> {
        decode(Path::new("t.txt"), bytes, None).map(|t| t.text)
    }

    #[test]
    fn strips_bom_and_unifies_line_endings() {
        assert_eq!(dec(b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap(), "a\nb\nc\n");
    }

    #[test]
    fn composes_to_nfc_and_drops_zero_width() {
        assert_eq!(dec("Cafe\u{301}".as_bytes()).unwrap(), "Caf\u{e9}");
        assert_eq!(dec("a\u{200B}b\u{FEFF}c".as_bytes()).unwrap(), "abc");
    }

    #[test]
    fn forced_utf8_names_line_and_offset() {
        let err = decode(
            Path::new("t"),
            b"ok\nbad \xFF here",
            Some(encoding_rs::UTF_8),
        );
        match err.unwrap_err() {
            Error::InvalidUtf8 { line, offset, .. } => assert_eq!((line, offset), (2, 7)),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn non_utf8_is_decoded_with_a_remark() {
        let t = decode(Path::new("t"), b"caf\xE9 au lait, s'il vous pla\xEEt", None).unwrap();
        assert!(t.text.starts_with("café"), "{}", t.text);
        assert!(t.remark.unwrap().contains("windows-1252"));
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = dec(b"PNG\n\0\x01").unwrap_err().to_string();
        assert!(err.contains("t.txt:2: binary file"), "{err}");
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = dec(b" \n\xC2\xA0\n").unwrap_err().to_string();
        assert!(err.contains("empty file"), "{err}");
    }

    #[test]
    fn over_long_line_is_refused_with_its_line() {
        let mut page = b"short\n".to_vec();
        page.extend(std::iter::repeat_n(b'a', MAX_LINE_BYTES + 1));
        let err = dec(&page).unwrap_err().to_string();
        assert!(err.contains("t.txt:2: line is"), "{err}");
    }
}
