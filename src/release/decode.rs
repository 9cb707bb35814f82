//! Raw bytes -> clean text: binary and encoding checks, BOM, line endings, NFC.

use std::borrow::Cow;
use std::path::Path;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::{Error, Result};

/// Longest line accepted, in bytes. A scraped page holds paragraphs of a few
/// kilobytes; a megabyte-long line is a dump or a broken export, and refusing
/// it keeps every later step (header scan, segmentation, alignment) bounded.
pub const MAX_LINE_BYTES: usize = 1 << 20;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a page: rejects binary, UTF-16, invalid UTF-8, empty and over-long
/// input with a message naming the file and line, then strips the BOM, turns
/// CRLF and lone CR into LF and NFC-normalises the text.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    reject_utf16(path, bytes)?;
    reject_binary(path, bytes)?;
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| {
        let at = e.valid_up_to();
        Error::InvalidUtf8 {
            path: path.to_path_buf(),
            line: line_of(body, at),
            offset: at + (bytes.len() - body.len()),
        }
    })?;
    if text.trim().is_empty() {
        return Err(Error::parse(path, 0, "empty file: no text at all"));
    }
    reject_long_lines(path, text)?;
    let unified = unify_line_endings(text);
    Ok(nfc(&unified).into_owned())
}

/// 1-based line holding byte `offset`.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

fn reject_utf16(path: &Path, bytes: &[u8]) -> Result<()> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::parse(
            path,
            1,
            "UTF-16 text (byte-order mark FF FE / FE FF): save the page as UTF-8",
        ));
    }
    Ok(())
}

/// A NUL byte never occurs in a text page; it marks an image, archive or
/// other binary file that happened to sit in the folder.
fn reject_binary(path: &Path, bytes: &[u8]) -> Result<()> {
    match bytes.iter().position(|&b| b == 0) {
        Some(at) => Err(Error::parse(
            path,
            line_of(bytes, at),
            format!("binary file (NUL byte at byte offset {at}), not a text page"),
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
        decode(Path::new("t.txt"), bytes)
    }

    #[test]
    fn strips_bom_and_unifies_line_endings() {
        assert_eq!(dec(b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap(), "a\nb\nc\n");
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(dec("Cafe\u{301}".as_bytes()).unwrap(), "Caf\u{e9}");
    }

    #[test]
    fn invalid_utf8_names_line_and_offset() {
        let err = dec(b"ok\nbad \xFF here").unwrap_err();
        match err {
            Error::InvalidUtf8 { line, offset, .. } => assert_eq!((line, offset), (2, 7)),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn offset_counts_the_bom() {
        let err = dec(b"\xEF\xBB\xBF\xFF").unwrap_err();
        assert!(err.to_string().contains("offset 3"), "{err}");
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
    fn utf16_is_named() {
        let err = dec(b"\xFF\xFEa\0").unwrap_err().to_string();
        assert!(err.contains("UTF-16"), "{err}");
    }

    #[test]
    fn over_long_line_is_refused_with_its_line() {
        let mut page = b"short\n".to_vec();
        page.extend(std::iter::repeat_n(b'a', MAX_LINE_BYTES + 1));
        let err = dec(&page).unwrap_err().to_string();
        assert!(err.contains("t.txt:2: line is"), "{err}");
    }
}
