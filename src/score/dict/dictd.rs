//! dictd databases, as FreeDict ships them: `NAME.index` lists each
//! headword with the offset and length of its entry in `NAME.dict.dz`, both
//! written as base64 numbers (digits `A-Za-z0-9+/`, most significant
//! first). The `.dict.dz` is dictzip, a gzip file with a seek table in its
//! header, which a plain gzip decoder reads whole.
//!
//! An entry's first line is the headword (with pronunciation and part of
//! speech); the lines after it hold translations, comma-separated and
//! sometimes numbered by sense, mixed with glosses, examples and
//! cross-references. A line is read as translations when every item on it
//! is at most [`MAX_ITEM_WORDS`] words long, which leaves out glosses and
//! examples (written as sentences) without knowing each edition's layout.

use std::io::{self, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;

use super::single_word;
use crate::Error;

/// Longest item (in words) of a line read as a list of translations.
pub const MAX_ITEM_WORDS: usize = 3;

/// Passes the (source, target) one-word entries of the dictd database that
/// `path` (its `.index`, `.dict` or `.dict.dz`) names to `add`. The data is
/// decompressed as a stream and read in the order of the entries' offsets,
/// so that only an entry at a time is held, not the whole text.
pub(super) fn read(path: &Path, add: &mut dyn FnMut(&str, &str)) -> Result<(), Error> {
    let (index_path, data_path) = files(path);
    let data = open_data(&data_path)?;
    let spans = spans(&index_path)?;
    let mut window = Window::new(data);
    let mut scratch = Scratch::default();
    for (k, span) in spans.iter().enumerate() {
        let body = window.get(span.offset, span.len);
        match body.map_err(|e| Error::io(&data_path, e))? {
            Some(body) => entry(&String::from_utf8_lossy(body), &mut scratch, add),
            None => return Err(beyond_data(&index_path, &spans[k..], window.end())),
        }
    }
    Ok(())
}

/// Where an entry's text lies in the data, and the index line naming it.
struct Span {
    offset: usize,
    len: usize,
    line: usize,
}

/// The entries the index at `path` lists (but its `00database…` ones),
/// sorted by offset.
fn spans(path: &Path) -> Result<Vec<Span>, Error> {
    let index = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut spans = Vec::new();
    for (k, line) in index.lines().enumerate() {
        let bad = |message: &str| Error::Parse {
            path: path.to_path_buf(),
            line: k + 1,
            message: message.into(),
        };
        let mut fields = line.split('\t');
        let (Some(head), Some(off), Some(len)) = (fields.next(), fields.next(), fields.next())
        else {
            return Err(bad("expected 'headword<TAB>offset<TAB>length'"));
        };
        if head.starts_with("00database") || head.starts_with("00-database") {
            continue;
        }
        let (Some(offset), Some(len)) = (base64(off), base64(len)) else {
            return Err(bad("offset or length is not a base64 number"));
        };
        spans.push(Span {
            offset,
            len,
            line: k + 1,
        });
    }
    spans.sort_by_key(|s| (s.offset, s.len));
    Ok(spans)
}

/// The error for the first index line (of `spans`) whose entry does not
/// end within the `size` bytes of the data.
fn beyond_data(path: &Path, spans: &[Span], size: usize) -> Error {
    let beyond = |s: &&Span| s.offset.checked_add(s.len).is_none_or(|end| end > size);
    let line = spans.iter().filter(beyond).map(|s| s.line).min();
    Error::Parse {
        path: path.to_path_buf(),
        line: line.unwrap_or_default(),
        message: "entry beyond the data".into(),
    }
}

/// The index and data files of the database `path` belongs to.
fn files(path: &Path) -> (PathBuf, PathBuf) {
    let name = path.to_string_lossy();
    let base = [".index", ".dict.dz", ".dict"]
        .iter()
        .find_map(|e| name.strip_suffix(e))
        .unwrap_or(&name)
        .to_string();
    let dz = PathBuf::from(format!("{base}.dict.dz"));
    let data = if dz.exists() {
        dz
    } else {
        PathBuf::from(format!("{base}.dict"))
    };
    (PathBuf::from(format!("{base}.index")), data)
}

/// The text of the data file at `path`, decompressed as it is read when
/// it ends in `.dz`.
fn open_data(path: &Path) -> Result<Box<dyn Read>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let file = BufReader::with_capacity(1 << 16, file);
    Ok(if path.to_string_lossy().ends_with(".dz") {
        Box::new(GzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// The bytes of a stream from some offset on, read as far as asked: for
/// spans asked for in increasing order of offset, it holds about one
/// entry's text at a time, and serves entries that overlap or repeat.
struct Window<R> {
    source: R,
    /// The bytes from `start` on that were read.
    held: Vec<u8>,
    start: usize,
}

impl<R: Read> Window<R> {
    fn new(source: R) -> Self {
        Window {
            source,
            held: Vec::new(),
            start: 0,
        }
    }

    /// The offset just past the bytes read so far.
    fn end(&self) -> usize {
        self.start + self.held.len()
    }

    /// Bytes `offset..offset + len`, `None` when the stream ends before;
    /// `offset` is never less than the last call's. Bytes before `offset`
    /// are forgotten.
    fn get(&mut self, offset: usize, len: usize) -> io::Result<Option<&[u8]>> {
        let Some(end) = offset.checked_add(len) else {
            return Ok(None);
        };
        let forget = offset.saturating_sub(self.start).min(self.held.len());
        self.held.drain(..forget);
        self.start += forget;
        if self.start < offset {
            let gap = (offset - self.start) as u64;
            let skipped = io::copy(&mut (&mut self.source).take(gap), &mut io::sink())?;
            self.start += skipped as usize;
            if skipped < gap {
                return Ok(None);
            }
        }
        if self.end() < end {
            let want = (end - self.end()) as u64;
            (&mut self.source).take(want).read_to_end(&mut self.held)?;
            if self.end() < end {
                return Ok(None);
            }
        }
        Ok(Some(&self.held[offset - self.start..end - self.start]))
    }
}

/// A dictd base64 number.
fn base64(text: &str) -> Option<usize> {
    text.bytes().try_fold(0usize, |n, c| {
        let digit = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        n.checked_mul(64)?.checked_add(usize::from(digit))
    })
}

/// Buffers reused from one line of translations to the next.
#[derive(Default)]
struct Scratch {
    /// The line's items without their bracketed parts, end to end.
    kept: String,
    /// The items of one word, as ranges of `kept`.
    words: Vec<Range<usize>>,
}

/// Passes the one-word translations of the one-word headword of `body`
/// to `add`.
fn entry(body: &str, scratch: &mut Scratch, add: &mut dyn FnMut(&str, &str)) {
    let mut lines = body.lines();
    let Some(first) = lines.next() else { return };
    let head = first
        .split([' ', '\t'])
        .find(|p| !p.is_empty())
        .unwrap_or_default();
    let Some(head) = single_word(head) else {
        return;
    };
    for line in lines {
        translations(line, scratch);
        for range in &scratch.words {
            if let Some(word) = single_word(&scratch.kept[range.clone()]) {
                add(head, word);
            }
        }
    }
}

/// Leaves in `scratch.words` the one-word items of a line of translations
/// (see the module docs); none for a gloss, an example or a
/// cross-reference.
fn translations(line: &str, scratch: &mut Scratch) {
    let Scratch { kept, words } = scratch;
    kept.clear();
    words.clear();
    let text = line.trim();
    let label = text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with(':'));
    if text.starts_with('"') || label {
        return;
    }
    for item in text.split([',', ';']) {
        let start = kept.len();
        push_unbracketed(item, kept);
        let mut count = 0;
        let mut only = 0..0;
        for word in kept[start..].split_whitespace() {
            if !is_sense_number(word) {
                count += 1;
                let at = word.as_ptr() as usize - kept.as_ptr() as usize;
                only = at..at + word.len();
            }
        }
        if count > MAX_ITEM_WORDS {
            words.clear();
            return;
        }
        if count == 1 {
            words.push(only);
        }
    }
}

/// Appends `text` without its `(…)`, `[…]`, `<…>` and `{…}` parts
/// (labels, parts of speech, cross-references) to `out`.
fn push_unbracketed(text: &str, out: &mut String) {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' | '<' | '{' => depth += 1,
            ')' | ']' | '>' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
}

/// `3.`, the sense numbers of FreeDict's WikDict editions.
fn is_sense_number(word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_numbers() {
        assert_eq!(base64("A"), Some(0));
        assert_eq!(base64("B"), Some(1));
        assert_eq!(base64("BA"), Some(64));
        assert_eq!(base64("C1"), Some(2 * 64 + 53));
        assert_eq!(base64("é"), None);
    }

    #[test]
    fn translations_but_not_glosses() {
        let mut pairs = Vec::new();
        let mut add = |s: &str, t: &str| pairs.push((s.to_string(), t.to_string()));
        let body = "Gipfel /ˈɡɪp͡fl̩/ <n, masc>\n1. sommet 2.\n\
                    höchste Stelle eines Berges oder eines Gebirgszuges\n 3.\n\
                    2. sommet, comble\n\"ein Haus bauen\" - build a house\n\
                    Synonyms: {Spitze}\n [adm.] cime <n>, pointe\nbout de la montagne\n";
        entry(body, &mut Scratch::default(), &mut add);
        let words: Vec<&str> = pairs.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(words, ["sommet", "sommet", "comble", "cime", "pointe"]);
        assert!(pairs.iter().all(|p| p.0 == "Gipfel"));
    }

    /// A base64 number as dictd writes it.
    fn b64(mut n: usize) -> String {
        const DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = vec![DIGITS[n % 64]];
        while n >= 64 {
            n /= 64;
            s.insert(0, DIGITS[n % 64]);
        }
        String::from_utf8(s).unwrap()
    }

    /// Writes a database whose index lists `spans` of `data`, in that order.
    fn database(dir: &Path, data: &str, spans: &[(usize, usize)]) -> PathBuf {
        use std::io::Write;
        let mut index = String::from("00databaseinfo\tA\tB\n");
        for &(at, len) in spans {
            let head = data.get(at..).and_then(|d| d.split(' ').next());
            let head = head.filter(|h| !h.is_empty()).unwrap_or("x");
            index.push_str(&format!("{head}\t{}\t{}\n", b64(at), b64(len)));
        }
        let path = dir.join("freedict-deu-fra.index");
        std::fs::write(&path, index).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(data.as_bytes()).unwrap();
        std::fs::write(dir.join("freedict-deu-fra.dict.dz"), gz.finish().unwrap()).unwrap();
        path
    }

    #[test]
    fn streamed_entries_are_those_of_the_index_over_the_whole_text() {
        let entries = [
            "Hund <n>\nchien, toutou\n",
            "Katze <n>\n1. chat, minou\nHaustier mit weichem Fell und langem Schwanz\n",
            "Berg <n>\nmontagne\n",
            "Gipfel <n>\nsommet; cime\n",
        ];
        let data: String = entries.concat() + "trailing text no index line names";
        let mut at = Vec::new();
        let mut end = 0;
        for e in entries {
            at.push((end, e.len()));
            end += e.len();
        }
        // Out of data order, one entry twice, one overlapping the next,
        // one never named (a gap) and an empty one.
        let (hund, katze, gipfel) = (at[0], at[1], at[3]);
        let spans = [gipfel, hund, katze, hund, (katze.0, katze.1 + 5), (end, 0)];
        let dir = tempfile::tempdir().unwrap();
        let path = database(dir.path(), &data, &spans);
        let mut streamed = Vec::new();
        read(&path, &mut |s, t| {
            streamed.push((s.to_string(), t.to_string()))
        })
        .unwrap();
        let mut whole = Vec::new();
        let mut add = |s: &str, t: &str| whole.push((s.to_string(), t.to_string()));
        for (at, len) in spans {
            entry(&data[at..at + len], &mut Scratch::default(), &mut add);
        }
        streamed.sort();
        whole.sort();
        assert_eq!(streamed, whole);
        assert_eq!(streamed.len(), 11);
    }

    #[test]
    fn an_entry_beyond_the_data_names_its_index_line() {
        let data = "Hund <n>\nchien\n";
        let dir = tempfile::tempdir().unwrap();
        let spans = [(0, data.len()), (0, data.len() + 1), (data.len() + 9, 1)];
        let path = database(dir.path(), data, &spans);
        let err = read(&path, &mut |_, _| {}).unwrap_err();
        assert!(err.to_string().contains(":3:"), "{err}");
        assert!(err.to_string().contains("beyond the data"), "{err}");
    }
}
