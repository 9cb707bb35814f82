//! Dates as one value, full or partial: `14.03.2021`, `14/03/2021`,
//! `2021-03-14`, `14 March 2021`, `March 14, 2021`, `14. März 2021`, `14 de
//! marzo de 2021`, `1er mars`, `14 марта 2021 г.`, `im März 2021` (month and
//! year), `le 14 mars` (day and month).
//!
//! Month names come from the one month table of the crate,
//! [`crate::release::months`], and count only next to a day or a year: a
//! month word alone (`May`, `mars`, `Mai`) is too often something else.

use super::digits::run;
use super::text::{eq_lower, glued_after, is_space, lower_into, spaces, word_end};
use super::{Quantity, QuantityKind, Value};
use crate::Lang;
use crate::release::months::month_in;

/// A date and the byte offset just past it.
pub type Found = (Value, usize);

fn date(year: Option<u16>, month: u8, day: Option<u8>) -> Value {
    Value::Date {
        year,
        month: Some(month),
        day,
    }
}

/// A number of exactly `len` digits at `pos`, not followed by another digit.
fn fixed(text: &str, pos: usize, len: usize) -> Option<u16> {
    let b = text.as_bytes().get(pos..)?;
    (run(b) == len).then(|| b[..len].iter().fold(0, |a, d| a * 10 + u16::from(d - b'0')))
}

/// A day or month of one or two digits at `pos`.
fn short(text: &str, pos: usize) -> Option<(u16, usize)> {
    let n = run(text.as_bytes().get(pos..)?);
    (1..=2)
        .contains(&n)
        .then(|| (fixed(text, pos, n).unwrap_or(0), pos + n))
}

fn valid(month: u16, day: u16) -> bool {
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// True for a number read as a day next to a month name: 1 to 39. A month
/// name makes the number before or after it a day even when no calendar has
/// it: `32 de octubre` is a day stated wrongly (one digit slipped), and must
/// be compared with the other versions' `31 October` as a date, not left
/// over as a bare number. A numeric date (`32.10.1832`) has no month name to
/// vouch for it and keeps to the calendar's days.
pub fn written_day(n: i128) -> bool {
    (1..=39).contains(&n)
}

/// A numeric date at `pos`: ISO `2021-03-14`, or day, month and four-digit
/// year joined by the same `.` or `/` (English `/` dates with a second
/// field over 12 are read month first, as American texts write them).
pub fn numeric(text: &str, pos: usize, lang: Lang) -> Option<Found> {
    let b = text.as_bytes();
    if let Some(y) = fixed(text, pos, 4) {
        let (m, d) = (fixed(text, pos + 5, 2)?, fixed(text, pos + 8, 2)?);
        let iso = b.get(pos + 4) == Some(&b'-') && b.get(pos + 7) == Some(&b'-');
        return (iso && valid(m, d)).then(|| (ymd(y, m, d), pos + 10));
    }
    let (first, p) = short(text, pos)?;
    let sep = *b.get(p).filter(|s| matches!(s, b'.' | b'/'))?;
    let (second, q) = short(text, p + 1)?;
    (b.get(q) == Some(&sep)).then_some(())?;
    let year = fixed(text, q + 1, 4)?;
    let (d, m) = match lang == Lang::En && sep == b'/' && second > 12 {
        true => (second, first),
        false => (first, second),
    };
    valid(m, d).then(|| (ymd(year, m, d), q + 5))
}

fn ymd(y: u16, m: u16, d: u16) -> Value {
    date(Some(y), m as u8, Some(d as u8))
}

/// The month word at `pos` (with an abbreviation's dot) and its end.
fn month(text: &str, pos: usize, lang: Lang, buf: &mut String) -> Option<(u8, usize)> {
    let end = word_end(text, pos)?;
    // English capitalises month names; lower-case `may`, `march` are verbs.
    if lang == Lang::En && !text[pos..].starts_with(char::is_uppercase) {
        return None;
    }
    lower_into(&text[pos..end], buf);
    let m = month_in(buf, lang)?;
    let dot = text[end..].starts_with('.') && !glued_after(text, end + 1);
    Some((m, end + usize::from(dot)))
}

/// A year of four digits after the spaces (and Spanish `de` or `del`, an
/// English comma: `March, 1927`) at `pos`, with a Russian `г.`/`года` after
/// it.
fn year_after(text: &str, pos: usize, lang: Lang) -> Option<(u16, usize)> {
    let comma = usize::from(lang == Lang::En && text[pos..].starts_with(','));
    let mut p = spaces(text, pos + comma);
    if p == pos + comma {
        return None;
    }
    if matches!(lang, Lang::Es | Lang::Fr) && text[p..].starts_with("de ") {
        p = spaces(text, p + 2);
    } else if lang == Lang::Es && text[p..].starts_with("del ") {
        p = spaces(text, p + 3);
    }
    let year = fixed(text, p, 4).filter(|y| (1000..=2100).contains(y))?;
    Some((year, year_mark(text, p + 4, lang)))
}

/// The end of a Russian year mark (`г.`, `года`) after `pos`, else `pos`.
pub fn year_mark(text: &str, pos: usize, lang: Lang) -> usize {
    let p = spaces(text, pos);
    let Some(end) = word_end(text, p).filter(|_| lang == Lang::Ru) else {
        return pos;
    };
    let marks = super::words::table(lang).year_marks;
    if !marks.iter().any(|m| eq_lower(&text[p..end], m)) {
        return pos;
    }
    end + usize::from(text[end..].starts_with('.'))
}

/// A date whose day ([`written_day`]) ends at `after`: `14. März`, `1er mars`,
/// `14th March 2021`, `the 26th of March, 1927`, `14 de marzo de 2021`,
/// `14 марта 2021 г.`.
pub fn day_first(text: &str, day: u8, after: usize, lang: Lang, buf: &mut String) -> Option<Found> {
    let mut p = after;
    if text[p..].starts_with('.') {
        p += 1;
    } else if let Some(end) = word_end(text, p) {
        let suffixes = super::words::table(lang).ordinal_suffixes;
        suffixes
            .iter()
            .any(|s| eq_lower(&text[p..end], s))
            .then_some(())?;
        p = end;
    }
    let mut q = spaces(text, p);
    (q > p).then_some(())?;
    let linked = match lang {
        Lang::Es => text[q..].starts_with("de "),
        Lang::En => text[q..].starts_with("of "),
        _ => false,
    };
    if linked {
        q = spaces(text, q + 2);
    }
    let (m, end) = month(text, q, lang, buf)?;
    let (year, end) = year_after(text, end, lang).map_or((None, end), |(y, e)| (Some(y), e));
    Some((date(year, m, Some(day)), end))
}

/// A date that starts with the month word at `pos`: `March 14, 2021`,
/// `March 14th`, `März 2021`, `marzo de 2021`, `марта 2021 г.`.
pub fn month_first(text: &str, pos: usize, lang: Lang, buf: &mut String) -> Option<Found> {
    let (m, end) = month(text, pos, lang, buf)?;
    if let Some(found) = year_after(text, end, lang) {
        return Some((date(Some(found.0), m, None), found.1));
    }
    (lang == Lang::En).then_some(())?;
    let p = spaces(text, end);
    let (day, mut q) = short(text, p).filter(|(d, _)| p > end && written_day(i128::from(*d)))?;
    if let Some(e) = word_end(text, q).filter(|&e| ["st", "nd", "rd", "th"].contains(&&text[q..e]))
    {
        q = e;
    }
    let comma = usize::from(text[q..].starts_with(','));
    match year_after(text, q + comma, lang) {
        Some((y, e)) => Some((date(Some(y), m, Some(day as u8)), e)),
        None => (!glued_after(text, q)).then(|| (date(None, m, Some(day as u8)), q)),
    }
}

/// Words and signs that join the two days of a range of dates: `25-26
/// ноября`, `25. und 26. November`, `November 25-26`, `del 1 al 3 de
/// diciembre`, `с 1 по 3 декабря`.
const DAY_LINKS: &[&str] = &[
    "-", "–", "—", "/", "bis", "to", "through", "until", "and", "und", "et", "y", "и", "a", "à",
    "au", "al", "по", "до",
];

/// The links of [`DAY_LINKS`] that join any two things, not only a range.
const AND: &[&str] = &["and", "und", "et", "y", "и"];

/// Spreads the month (and year) of a date over the other day of a range:
/// day-first languages write the month after the second day (`25-26
/// ноября`, `25 et 26 novembre`), English after the first (`November
/// 25-26, 2021`), and the bare day was read as a plain number on one side
/// and the date's day on the other, two figures that could not agree. Both
/// days become dates; a year after `November 25-26,` goes to both, and is
/// no longer a quantity of its own.
pub fn spread_ranges(text: &str, out: &mut Vec<Quantity>) {
    let mut absorbed = Vec::new();
    for k in 1..out.len() {
        let between = text[out[k - 1].span.end..out[k].span.start].trim_matches(is_space);
        let between = between.strip_prefix('.').unwrap_or(between);
        let between = between.trim_matches(is_space);
        if !DAY_LINKS.iter().any(|w| eq_lower(between, w)) {
            continue;
        }
        let conjunction = AND.iter().any(|w| eq_lower(between, w));
        match (
            bare_day(&out[k - 1]),
            day_of(&out[k]),
            day_of(&out[k - 1]),
            bare_day(&out[k]),
        ) {
            // Before the date a linked day is one whatever its order (`28 au
            // 24 octobre` states a wrong first day); after a date, only a
            // later day after a range's link is (`March 3 and 26 people`).
            (Some(first), Some((year, month, _)), ..) => {
                set_date(&mut out[k - 1], year, month, first);
            }
            (_, _, Some((year, month, first)), Some(second)) if first < second && !conjunction => {
                set_date(&mut out[k], year, month, second);
                if year.is_none() && year_after_range(text, out, k) {
                    let Value::Number(y) = out[k + 1].value else {
                        continue;
                    };
                    let year = y.as_int().and_then(|y| u16::try_from(y).ok());
                    for q in &mut out[k - 1..=k] {
                        let Some((_, m, d)) = day_of(q) else { continue };
                        set_date(q, year, m, d);
                    }
                    absorbed.push(k + 1);
                }
            }
            _ => {}
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !absorbed.contains(&(k - 1))
    });
}

/// True when quantity `k + 1` of `out` is a year written right after
/// quantity `k` with a comma: `November 25-26, 2021`.
fn year_after_range(text: &str, out: &[Quantity], k: usize) -> bool {
    out.get(k + 1).is_some_and(|y| {
        y.kind == QuantityKind::Year
            && text[out[k].span.end..y.span.start].trim_matches(is_space) == ","
    })
}

/// The day a plain number in digits can be (`25` in `25-26 ноября`), a
/// slipped digit included ([`written_day`]).
fn bare_day(q: &Quantity) -> Option<u8> {
    let plain = matches!(q.kind, QuantityKind::Cardinal | QuantityKind::Ordinal) && !q.spelled;
    let n = q.number()?.as_int()?;
    (plain && written_day(n)).then_some(n as u8)
}

/// The year, month and day of a date that states a day.
fn day_of(q: &Quantity) -> Option<(Option<u16>, u8, u8)> {
    match q.value {
        Value::Date {
            year,
            month: Some(m),
            day: Some(d),
        } => Some((year, m, d)),
        _ => None,
    }
}

fn set_date(q: &mut Quantity, year: Option<u16>, month: u8, day: u8) {
    q.value = date(year, month, Some(day));
    q.kind = QuantityKind::Date;
}
