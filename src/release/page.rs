//! One page's bytes -> [`Document`]: decoding, header (or its absence),
//! body blocks, filed and detected language, warnings.

use std::borrow::Cow;
use std::path::Path;

use super::{Document, Header, Problem, ReadOptions, chrome, decode, detect, header, invisible};
use super::{path_lang, read};
use crate::segment::Paragraph;
use crate::{Error, Lang, Result};

/// Parses one page from its raw bytes with the default [`ReadOptions`].
///
/// Fails, naming the file and line, on binary input, an empty page, an
/// over-long line, an unknown month name, or a page whose language cannot
/// be told at all. The filed language ([`Document::lang`]) is the path's,
/// else the header's (document type, then an unambiguous month name, then
/// the title), else the body's.
///
/// A page without a release-ID line is read as well: one that has the rest
/// of the scraped header gets a warning naming the line where the ID was
/// expected; one with none of it is a plain document (title = first line,
/// paragraphs = blank-line blocks). Either way [`Header::id`] is empty.
pub fn parse_document(path: &Path, bytes: &[u8]) -> Result<Document> {
    parse_document_with(path, bytes, &ReadOptions::default())
}

/// [`parse_document`] with the encoding and size limit of `opts`.
pub fn parse_document_with(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<Document> {
    parse_page(path, bytes, opts, Pass::Whole)
}

/// How much of a page a reading needs: the index's two passes over an
/// archive split the costly steps between them instead of doing both twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pass {
    /// Everything: [`parse_document_with`].
    Whole,
    /// No sentence segmentation: the paragraphs' sentences are left empty
    /// (the index's first pass needs only the paragraph texts).
    Unsegmented,
    /// The body's language as an earlier parse of the same bytes detected
    /// it, so that the detector does not run again.
    Detected(Option<Lang>),
}

pub(super) fn parse_page(
    path: &Path,
    bytes: &[u8],
    opts: &ReadOptions,
    pass: Pass,
) -> Result<Document> {
    read::check_size(path, bytes.len() as u64, opts.max_page_size)?;
    let decoded = decode::decode(path, bytes, opts.encoding)?;
    let lines: Vec<&str> = decoded.text.split('\n').collect();
    let clean: Vec<Cow<'_, str>> = lines.iter().map(|l| invisible::strip_header(l)).collect();
    let clean: Vec<&str> = clean.iter().map(AsRef::as_ref).collect();
    let mut parsed = header::parse(path, &clean)?;
    if parsed.missing_id.is_some() && !parsed.looks_scraped() {
        parsed = plain(&clean);
    }
    let numbered = lines.iter().enumerate().map(|(i, l)| (i + 1, *l));
    let blocks = chrome::blocks(numbered.skip(parsed.body_start));
    let detected = match pass {
        Pass::Detected(known) => known,
        Pass::Whole | Pass::Unsegmented => detect_blocks(&blocks),
    };
    let path_lang = path_lang::lang_from_path(path);
    let header_lang = parsed.lang.or_else(|| detect::detect(&parsed.header.title));
    let lang = path_lang
        .or(header_lang)
        .or(detected)
        .ok_or_else(|| no_lang(path, &parsed))?;
    let mut warnings = Vec::new();
    if let Some(remark) = decoded.remark {
        warnings.push(Problem::new(path, 0, remark));
    }
    warnings.extend(header_warnings(path, &parsed, path_lang, blocks.is_empty()));
    let segment_as = detected.unwrap_or(lang);
    Ok(Document {
        path: path.to_path_buf(),
        header: parsed.header,
        lang,
        path_lang,
        detected,
        paragraphs: blocks
            .into_iter()
            .map(|b| match pass {
                Pass::Unsegmented => Paragraph {
                    line: b.line,
                    text: b.text,
                    sentences: Vec::new(),
                },
                _ => Paragraph::new(b.line, b.text, segment_as),
            })
            .collect(),
        warnings,
    })
}

/// A page with no scraped header at all. Its first non-blank line is its
/// title; it is kept out of the body only when it reads as a heading
/// ([`is_heading`]) and more text follows. A plain text whose first line is
/// already its first paragraph keeps it: nothing of the text is lost.
fn plain(lines: &[&str]) -> header::Parsed {
    let first = lines.iter().position(|l| !chrome::is_blank(l));
    let title = first.map_or("", |i| chrome::trim(lines[i]));
    let more = first.is_some_and(|i| lines[i + 1..].iter().any(|l| !chrome::is_blank(l)));
    let body_start = match first {
        Some(i) if more && is_heading(title) => i + 1,
        Some(i) => i,
        None => lines.len(),
    };
    header::Parsed {
        header: Header {
            title: title.to_string(),
            ..Header::default()
        },
        body_start,
        missing_id: Some(first.map_or(1, |i| i + 1)),
        ..header::Parsed::default()
    }
}

/// Longest line, in characters, taken for a plain page's heading.
const MAX_HEADING_CHARS: usize = 150;

/// True when `line` reads as a heading, not as a paragraph: short, and not
/// ending as a sentence does (a full stop, `!`, `?` or `…`, perhaps inside
/// closing quotes or brackets).
fn is_heading(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '\'', '”', '“', '»', '«', '’', ')', ']']);
    line.chars().count() <= MAX_HEADING_CHARS && !end.ends_with(['.', '!', '?', '…'])
}

fn no_lang(path: &Path, parsed: &header::Parsed) -> Error {
    match parsed.missing_id {
        Some(line) => Error::parse(
            path,
            line,
            "no release ID line, and the language cannot be told from the file name or the text",
        ),
        None => Error::parse(
            path,
            0,
            "cannot tell the language: not in the path, the header or the body",
        ),
    }
}

/// The header's remarks, a missing ID on an otherwise scraped page, an
/// empty body and a path that contradicts the header's own language.
fn header_warnings(
    path: &Path,
    parsed: &header::Parsed,
    path_lang: Option<Lang>,
    empty_body: bool,
) -> Vec<Problem> {
    let mut out: Vec<Problem> = parsed
        .warnings
        .iter()
        .map(|(line, message)| Problem::new(path, *line, message.clone()))
        .collect();
    if let Some(line) = parsed.missing_id.filter(|_| parsed.looks_scraped()) {
        let message = "no release ID line (expected one here, after the title): \
                       the page is grouped by its file name";
        out.push(Problem::new(path, line, message));
    }
    if empty_body {
        out.push(Problem::new(path, 0, "no body text after the header"));
    }
    if let (Some(p), Some(h)) = (path_lang, parsed.lang)
        && p != h
    {
        let message = format!("the path says {p} but the header is written in {h}");
        out.push(Problem::new(path, 0, message));
    }
    out
}

/// Detects the body language from its first paragraphs, never reading more
/// than the detector's sample size however long the body is.
fn detect_blocks(blocks: &[chrome::Block]) -> Option<Lang> {
    let mut sample = String::new();
    for block in blocks {
        if sample.len() >= detect::SAMPLE_BYTES {
            break;
        }
        let room = detect::SAMPLE_BYTES - sample.len();
        let mut end = block.text.len().min(room);
        while !block.text.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&block.text[..end]);
        sample.push('\n');
    }
    detect::detect(&sample)
}
