//! The header block of a scraped page, in the order the archive writes it:
//!
//! ```text
//! <date line>            26 November 202018:51
//! <title, up to a blank> Visit of …
//! <release ID>           2065-26-11-2020
//! <bullet line>            • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1
//! <document type>        PRESSEMITTEILUNG
//! ```
//!
//! separated by blank or no-break-space lines. Everything after is the body.

use std::path::Path;

use super::chrome::{is_blank, trim};
use super::{Header, date, doc_type, months};
use crate::{Error, Lang, Result};

/// What the header tells besides the [`Header`] itself.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The header fields.
    pub header: Header,
    /// 0-based index of the first body line.
    pub body_start: usize,
    /// The header's own language: document type, else an unambiguous month name.
    pub lang: Option<Lang>,
    /// `(1-based line, message)` remarks that do not stop the parse.
    pub warnings: Vec<(usize, String)>,
    /// True when the first line is shaped like a date (even an impossible one).
    pub dated: bool,
    /// 1-based line where the release ID was expected, when there is none;
    /// `header.id` is then empty.
    pub missing_id: Option<usize>,
}

impl Parsed {
    /// True when the page has any part of the scraped header besides a
    /// title: a date line, a bullet line or a document type.
    pub fn looks_scraped(&self) -> bool {
        self.dated || !self.header.declared.is_empty() || self.header.doc_type.is_some()
    }
}

/// Parses the header of `lines` (the page split at `\n`, invisible format
/// characters already removed). A page without a release-ID line is no
/// error here: [`Parsed::missing_id`] says where it was expected.
pub fn parse(path: &Path, lines: &[&str]) -> Result<Parsed> {
    let mut out = Parsed::default();
    let mut i = skip_blank(lines, 0);
    let month_lang = read_date(path, lines, &mut i, &mut out)?;
    read_title(lines, &mut i, &mut out);
    i = match find_id(lines, i) {
        Some(id_at) => {
            warn_stray(lines, i, id_at, &mut out);
            read_id(path, lines, id_at, &mut out)?;
            skip_blank(lines, id_at + 1)
        }
        None => {
            let at = skip_blank(lines, i);
            out.missing_id = Some(at + 1);
            at
        }
    };
    if let Some(langs) = lines.get(i).and_then(|l| bullet_codes(l)) {
        read_declared(&langs, i + 1, &mut out);
        i = skip_blank(lines, i + 1);
    }
    let type_lang = read_doc_type(lines, &mut i, &mut out);
    out.lang = type_lang.or(month_lang);
    out.body_start = i;
    Ok(out)
}

fn warn_stray(lines: &[&str], from: usize, id_at: usize, out: &mut Parsed) {
    if let Some(stray) = (from..id_at).find(|&j| !is_blank(lines[j])) {
        let message = format!(
            "text between the title and the release ID (line {}) ignored",
            id_at + 1
        );
        out.warnings.push((stray + 1, message));
    }
}

/// Takes the line at `*i` as the document type if it looks like one; returns its language.
fn read_doc_type(lines: &[&str], i: &mut usize, out: &mut Parsed) -> Option<Lang> {
    let line = trim(lines.get(*i)?);
    if !doc_type::looks_like(line) {
        return None;
    }
    out.header.doc_type = Some(line.to_string());
    *i += 1;
    doc_type::lang_of(line)
}

fn skip_blank(lines: &[&str], mut i: usize) -> usize {
    while lines.get(i).is_some_and(|l| is_blank(l)) {
        i += 1;
    }
    i
}

/// Reads the date line at `*i` if there is one; returns the month's language.
fn read_date(path: &Path, lines: &[&str], i: &mut usize, out: &mut Parsed) -> Result<Option<Lang>> {
    let Some(line) = lines.get(*i) else {
        return Ok(None);
    };
    match date::parse(trim(line)) {
        Ok(Some(parsed)) => {
            out.dated = true;
            out.header.date = Some(parsed.date);
            out.header.time = parsed.time;
            *i = skip_blank(lines, *i + 1);
            Ok(parsed
                .month_word
                .as_deref()
                .and_then(months::unambiguous_lang))
        }
        Ok(None) => {
            out.warnings
                .push((*i + 1, "no date line at the top of the page".into()));
            Ok(None)
        }
        Err(date::Bad::Impossible(message)) => {
            out.dated = true;
            let message = format!("{message}: the page is read without a date");
            out.warnings.push((*i + 1, message));
            *i = skip_blank(lines, *i + 1);
            Ok(None)
        }
        Err(date::Bad::Month(message)) => Err(Error::parse(path, *i + 1, message)),
    }
}

/// The title: the first block of lines, up to a blank line or the ID line.
fn read_title(lines: &[&str], i: &mut usize, out: &mut Parsed) {
    let mut parts = Vec::new();
    while let Some(line) = lines
        .get(*i)
        .filter(|l| !is_blank(l) && id_parts(l).is_none())
    {
        parts.push(trim(line));
        *i += 1;
    }
    if parts.is_empty() {
        out.warnings
            .push((*i + 1, "no title before the release ID line".into()));
    }
    out.header.title = parts.join(" ");
}

/// The first release-ID-shaped line of `lines`, trimmed.
pub fn find_release_id(lines: &[&str]) -> Option<String> {
    find_id(lines, 0).map(|at| trim(lines[at]).to_string())
}

/// The first release-ID line at or after `from`.
fn find_id(lines: &[&str], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&j| id_parts(lines[j]).is_some())
}

/// `2065-26-11-2020` -> `("2065", day, month, year)`.
fn id_parts(line: &str) -> Option<(&str, u32, u32, u32)> {
    let line = trim(line);
    let mut it = line.split('-');
    let (n, d, m, y) = (it.next()?, it.next()?, it.next()?, it.next()?);
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let shaped = digits(n, 1, 9) && digits(d, 1, 2) && digits(m, 1, 2) && digits(y, 4, 4);
    if it.next().is_some() || !shaped {
        return None;
    }
    Some((n, d.parse().ok()?, m.parse().ok()?, y.parse().ok()?))
}

fn read_id(path: &Path, lines: &[&str], at: usize, out: &mut Parsed) -> Result<()> {
    let line = at + 1;
    let Some((number, d, m, y)) = id_parts(lines[at]) else {
        return Err(Error::parse(path, line, "malformed release ID"));
    };
    let h = &mut out.header;
    h.id = trim(lines[at]).to_string();
    h.id_line = line;
    h.number = number
        .parse()
        .map_err(|_| Error::parse(path, line, format!("release number {number} is too large")))?;
    h.id_date = date::iso_date(y, m, d);
    match (&h.id_date, &h.date) {
        (None, _) => out
            .warnings
            .push((line, format!("release ID {} holds no valid date", h.id))),
        (Some(id_date), Some(date)) if id_date != date => out.warnings.push((
            line,
            format!("release ID date {id_date} differs from the header date {date}"),
        )),
        _ => {}
    }
    Ok(())
}

/// The tokens of a bullet line (`  • de-DE1 en-GB1`), or `None` for another line.
fn bullet_codes(line: &str) -> Option<Vec<&str>> {
    let rest = trim(line).strip_prefix(['•', '·', '▪', '*'])?;
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    let code_like = |t: &&str| {
        let t = t.trim_end_matches(|c: char| c.is_ascii_digit());
        (2..=6).contains(&t.len())
            && t.chars()
                .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_')
    };
    (!tokens.is_empty() && tokens.iter().all(code_like)).then_some(tokens)
}

/// Declared languages; the trailing digit of each token is a scraping artefact.
fn read_declared(tokens: &[&str], line: usize, out: &mut Parsed) {
    for token in tokens {
        let code = token.trim_end_matches(|c: char| c.is_ascii_digit());
        match code.parse::<Lang>() {
            Ok(lang) if !out.header.declared.contains(&lang) => out.header.declared.push(lang),
            Ok(_) => {}
            Err(_) => out.warnings.push((
                line,
                format!("unknown language code '{token}' on the bullet line, ignored"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_date_is_a_warning() {
        let p = header("29. Februar 2021\n\nTitel\n\n1-01-03-2021\n\nText").unwrap();
        assert_eq!(
            (p.header.date.as_deref(), p.header.title.as_str()),
            (None, "Titel")
        );
        assert_eq!(p.warnings[0].0, 1);
        assert!(
            p.warnings[0].1.contains("impossible date"),
            "{:?}",
            p.warnings
        );
    }

    fn header(text: &str) -> Result<Parsed> {
        let lines: Vec<&str> = text.split('\n').collect();
        parse(Path::new("p.txt"), &lines)
    }

    #[test]
    fn id_shapes() {
        assert_eq!(id_parts(" 2065-26-11-2020 "), Some(("2065", 26, 11, 2020)));
        assert_eq!(id_parts("2065-26-11-20"), None);
        assert_eq!(id_parts("2065-26-11-2020-1"), None);
        assert_eq!(id_parts("a-26-11-2020"), None);
    }

    #[test]
    fn full_header() {
        let p = header("3 March 202110:00\n\nA title\non two lines\n\n17-03-03-2021\n\n  • de-DE1 en-GB1 it-IT1\n\u{a0}\nPRESS RELEASE\n\nBody.").unwrap();
        let h = &p.header;
        assert_eq!(h.date.as_deref(), Some("2021-03-03"));
        assert_eq!(h.time.as_deref(), Some("10:00"));
        assert_eq!(h.title, "A title on two lines");
        assert_eq!(
            (h.id.as_str(), h.number, h.id_line),
            ("17-03-03-2021", 17, 6)
        );
        assert_eq!(h.declared, vec![Lang::De, Lang::En]);
        assert_eq!(h.doc_type.as_deref(), Some("PRESS RELEASE"));
        assert_eq!(p.lang, Some(Lang::En));
        assert_eq!(p.body_start, 10);
        assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
        assert!(p.warnings[0].1.contains("it-IT1"));
    }

    #[test]
    fn id_date_disagreement_is_a_warning() {
        let p = header("26 ноября 2020\n\nЗаголовок\n\n5-25-11-2020\n").unwrap();
        assert_eq!(p.lang, Some(Lang::Ru));
        assert_eq!(
            p.warnings,
            vec![(
                5,
                "release ID date 2020-11-25 differs from the header date 2020-11-26".to_string()
            )]
        );
    }

    #[test]
    fn missing_date_title_and_stray_lines_are_warnings() {
        let p = header("Title first\n\n12-01-02-2021\n\nBody").unwrap();
        assert_eq!(
            (p.header.date.as_deref(), p.header.title.as_str()),
            (None, "Title first")
        );
        assert_eq!(p.header.id_date.as_deref(), Some("2021-02-01"));
        assert_eq!(
            p.warnings[0],
            (1, "no date line at the top of the page".to_string())
        );
        let p = header("1 February 2021\n\n12-01-02-2021\n\nBody").unwrap();
        assert_eq!(p.header.title, "");
        assert_eq!(
            p.warnings,
            vec![(3, "no title before the release ID line".to_string())]
        );
        let p = header("1 February 2021\n\nTitle\n\nSubtitle\n\n12-01-02-2021\n").unwrap();
        assert_eq!(p.header.title, "Title");
        assert_eq!(p.warnings[0].0, 5);
        assert!(p.warnings[0].1.contains("ignored"), "{:?}", p.warnings);
    }

    #[test]
    fn missing_id_is_located_and_bad_month_is_an_error() {
        let p = header("26 November 2020\n\nTitle\n\n  • de-DE1\n\nBody").unwrap();
        assert_eq!((p.missing_id, p.header.id.as_str()), (Some(5), ""));
        assert_eq!(p.header.declared, [Lang::De]);
        assert!(p.looks_scraped());
        let err = header("\n26 Novembar 2020\n\nTitle\n\n1-26-11-2020")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("p.txt:2: unknown month name 'Novembar'"),
            "{err}"
        );
    }
}
