//! Which character encoding a page is written in, and its decoding to text.
//!
//! Order of evidence: a forced encoding (`--encoding`); a byte-order mark;
//! the NUL pattern of BOM-less UTF-16 (ASCII characters leave a zero in
//! every other byte); valid UTF-8; then a guess by `chardetng`, constrained
//! to the encodings our five languages are actually published in:
//! Windows-1252 (a superset of Latin-1) for de, en, es and fr, and
//! Windows-1251 or KOI8-R for Russian. Between the two Cyrillic ones the
//! decoding with more lowercase Russian vowels wins: each decodes the other's
//! lowercase letters as capitals, so the wrong one reads as shouting.

use std::path::Path;

use encoding_rs::{Encoding, KOI8_R, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1251, WINDOWS_1252};

use crate::{Error, Result};

/// A page's text and how it was obtained.
#[derive(Debug)]
pub struct Decoded {
    /// The text, BOM removed, not yet normalised.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How the encoding was chosen, for the warning; `None` for plain UTF-8
    /// and for a forced encoding, which need no remark.
    pub how: Option<&'static str>,
}

/// Only this many leading bytes are examined for the UTF-16 NUL pattern.
const SNIFF_BYTES: usize = 4096;

/// The encoding `label` names (`latin1`, `cp1251`, `koi8-r`, `utf-16le`, …),
/// as the WHATWG Encoding Standard resolves labels.
pub fn encoding_from_label(label: &str) -> Result<&'static Encoding> {
    match Encoding::for_label(label.trim().as_bytes()) {
        Some(e) if e != encoding_rs::REPLACEMENT => Ok(e),
        _ => Err(Error::Invalid(format!(
            "unknown encoding '{label}' (try utf-8, utf-16le, utf-16be, windows-1252, \
             latin1, windows-1251, koi8-r)"
        ))),
    }
}

/// Decodes `bytes`, with `forced` when given, else by the evidence above.
pub fn decode(path: &Path, bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded> {
    if let Some(encoding) = forced {
        return decode_forced(path, bytes, encoding);
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let how = (encoding != UTF_8).then_some("byte-order mark");
        return strict(path, bytes, bom, encoding, how).and_then(|d| our_scripts(path, d));
    }
    if let Some(encoding) = utf16_by_nuls(bytes) {
        let how = Some("NUL-byte pattern, no byte-order mark");
        return strict(path, bytes, 0, encoding, how).and_then(|d| our_scripts(path, d));
    }
    reject_binary(path, bytes)?;
    if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        // A UTF-8 page with a few bad bytes is damaged, not in another
        // encoding: re-decoding it all as Windows-1252 would turn every `é`
        // into `Ã©`. The strict decoding names the first bad byte.
        return strict(path, bytes, 0, UTF_8, None);
    }
    Ok(guess(bytes))
}

/// More well-formed multi-byte UTF-8 characters than malformed sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > bad
}

/// Any byte pair is valid UTF-16, so `FF FE` before binary junk decodes to
/// CJK characters; our five languages are written in Latin or Cyrillic
/// letters, and a decoding whose letters are mostly neither is refused.
fn our_scripts(path: &Path, decoded: Decoded) -> Result<Decoded> {
    let (mut ours, mut letters) = (0usize, 0usize);
    for c in decoded.text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        ours += usize::from(
            c.is_ascii()
                || ('\u{C0}'..='\u{24F}').contains(&c)
                || ('\u{400}'..='\u{4FF}').contains(&c),
        );
    }
    if ours * 2 >= letters {
        return Ok(decoded);
    }
    let message = format!(
        "decoded as {} ({}) but the letters are neither Latin nor Cyrillic: \
         not a page in de, en, es, ru or fr",
        decoded.encoding.name(),
        decoded.how.unwrap_or("forced"),
    );
    Err(Error::parse(path, 0, message))
}

/// A NUL byte outside the UTF-16 pattern never occurs in a text page; it
/// marks an image, archive or other binary file that sat in the folder.
fn reject_binary(path: &Path, bytes: &[u8]) -> Result<()> {
    match bytes.iter().position(|&b| b == 0) {
        Some(at) => Err(Error::parse(
            path,
            bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
            format!("binary file (NUL byte at byte offset {at}), not a text page"),
        )),
        None => Ok(()),
    }
}

fn plain(text: String, encoding: &'static Encoding, how: Option<&'static str>) -> Decoded {
    Decoded {
        text,
        encoding,
        how,
    }
}

fn decode_forced(path: &Path, bytes: &[u8], encoding: &'static Encoding) -> Result<Decoded> {
    let start = match Encoding::for_bom(bytes) {
        Some((e, bom)) if e == encoding => bom,
        _ => 0,
    };
    strict(path, bytes, start, encoding, None)
}

/// Decodes without replacement: a malformed sequence is an error naming the
/// line and byte offset (counted from the file's start), never a silent `�`.
fn strict(
    path: &Path,
    all: &[u8],
    start: usize,
    encoding: &'static Encoding,
    how: Option<&'static str>,
) -> Result<Decoded> {
    let bytes = &all[start..];
    if encoding == UTF_8 {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let at = e.valid_up_to();
            Error::InvalidUtf8 {
                path: path.to_path_buf(),
                line: bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
                offset: at + start,
            }
        })?;
        return Ok(plain(text.to_string(), encoding, how));
    }
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(plain(text.into_owned(), encoding, how)),
        None => Err(Error::parse(
            path,
            0,
            format!(
                "not valid {} text: a malformed byte sequence",
                encoding.name()
            ),
        )),
    }
}

/// UTF-16 without a BOM: in a sample of whole code units, one byte position
/// is often zero (ASCII letters, spaces, digits) and the other almost never.
fn utf16_by_nuls(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    let units = sample.len() / 2;
    if units < 4 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let lopsided = |many: usize, few: usize| many * 10 >= units && few * 50 <= units;
    let encoding = if lopsided(odd, even) {
        UTF_16LE
    } else if lopsided(even, odd) {
        UTF_16BE
    } else {
        return None;
    };
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    is_text(&text).then_some(encoding)
}

/// No control characters besides tab, line feed, form feed and carriage return.
fn is_text(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
}

/// Not UTF-8 and no NUL: chardetng's guess, constrained to our encodings.
fn guess(bytes: &[u8]) -> Decoded {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guessed = detector.guess(None, chardetng::Utf8Detection::Deny);
    let encoding = if is_cyrillic(guessed) {
        more_russian(bytes)
    } else {
        let latin = WINDOWS_1252.decode_without_bom_handling(bytes).0;
        let cyrillic = more_russian(bytes);
        let other = cyrillic.decode_without_bom_handling(bytes).0;
        if vowel_score(&other) > latin_score(&latin) {
            cyrillic
        } else {
            WINDOWS_1252
        }
    };
    let text = encoding.decode_without_bom_handling(bytes).0.into_owned();
    plain(text, encoding, Some("guessed"))
}

fn is_cyrillic(encoding: &'static Encoding) -> bool {
    let cyrillic = [
        "windows-1251",
        "KOI8-R",
        "KOI8-U",
        "IBM866",
        "ISO-8859-5",
        "x-mac-cyrillic",
    ];
    cyrillic.contains(&encoding.name())
}

/// Windows-1251 or KOI8-R, whichever decoding reads as more plausible Russian.
fn more_russian(bytes: &[u8]) -> &'static Encoding {
    let score = |e: &'static Encoding| vowel_score(&e.decode_without_bom_handling(bytes).0);
    if score(KOI8_R) > score(WINDOWS_1251) {
        KOI8_R
    } else {
        WINDOWS_1251
    }
}

/// Lowercase Russian vowels: about 40 % of the letters of running Russian
/// text, and rare in a wrongly decoded one, where they turn into capitals.
fn vowel_score(text: &str) -> usize {
    text.chars().filter(|c| "аеёиоуыэюя".contains(*c)).count()
}

/// Letters of the Latin-1 supplement that our Latin-script languages use
/// (`é`, `ä`, `ñ`, `ß`, …) plus ASCII letters: a text mis-decoded as
/// Windows-1252 from Cyrillic fills up with capitals and symbols instead.
fn latin_score(text: &str) -> usize {
    text.chars()
        .filter(|&c| c.is_ascii_lowercase() || "àâäçéèêëîïôöùûüÿñáíóúßœ".contains(c))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    fn name_of(bytes: &[u8]) -> &'static str {
        decode(Path::new("t"), bytes, None).unwrap().encoding.name()
    }

    const RU: &str = "Правительство сообщило о новых мерах поддержки для малого бизнеса.";

    #[test]
    fn cyrillic_single_byte_encodings_are_told_apart() {
        assert_eq!(name_of(&enc(RU, WINDOWS_1251)), "windows-1251");
        assert_eq!(name_of(&enc(RU, KOI8_R)), "KOI8-R");
    }

    #[test]
    fn latin1_is_windows_1252() {
        let bytes = enc(
            "Le ministère a présenté ses résultats à Genève.",
            WINDOWS_1252,
        );
        assert_eq!(name_of(&bytes), "windows-1252");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let (le, be) = (
            "Hallo Welt, schöne Grüße".encode_utf16(),
            "x".encode_utf16(),
        );
        let le: Vec<u8> = le.flat_map(u16::to_le_bytes).collect();
        assert_eq!(name_of(&le), "UTF-16LE");
        let mut with_bom = vec![0xFE, 0xFF];
        with_bom.extend(be.flat_map(u16::to_be_bytes));
        let d = decode(Path::new("t"), &with_bom, None).unwrap();
        assert_eq!((d.encoding.name(), d.text.as_str()), ("UTF-16BE", "x"));
    }

    #[test]
    fn damaged_utf8_is_not_re_decoded() {
        let mut bytes = "été à Genève ".as_bytes().to_vec();
        bytes.push(0xE9);
        let err = decode(Path::new("t"), &bytes, None).unwrap_err();
        assert!(
            matches!(err, Error::InvalidUtf8 { offset: 17, .. }),
            "{err}"
        );
    }

    #[test]
    fn utf16_junk_is_refused() {
        let err = decode(Path::new("t"), b"\xff\xfe\x00garbage", None).unwrap_err();
        assert!(
            err.to_string().contains("neither Latin nor Cyrillic"),
            "{err}"
        );
    }

    #[test]
    fn labels() {
        assert_eq!(
            encoding_from_label("latin1").unwrap().name(),
            "windows-1252"
        );
        assert_eq!(encoding_from_label("KOI8-R").unwrap().name(), "KOI8-R");
        assert!(encoding_from_label("klingon").is_err());
    }

    #[test]
    fn forced_encoding_is_strict() {
        let err = decode(Path::new("t"), b"\xFF", Some(UTF_8)).unwrap_err();
        assert!(matches!(err, Error::InvalidUtf8 { offset: 0, .. }), "{err}");
        let d = decode(Path::new("t"), b"\xE9", Some(KOI8_R)).unwrap();
        assert_eq!(d.text, "И");
    }
}
