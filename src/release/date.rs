//! The date line of a page: `26 November 202018:51` (year and time glued by
//! the scraper), `26 ноября 2020 18:51`, `26 de noviembre de 2020`,
//! `November 26, 2020`, `26.11.2020` -> ISO date and `HH:MM` time.

use super::months;

/// A parsed date line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateLine {
    /// ISO `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, when the line has a time.
    pub time: Option<String>,
    /// The month word as written, when the month is spelt out.
    pub month_word: Option<String>,
}

/// Words that may stand in a date line besides the month (`26 de mayo de 2020`,
/// `26 мая 2020 г.`, `26. Mai 2020 um 18:51 Uhr`, `le 26 mai 2020 à 18:51`).
const FILLERS: &[&str] = &[
    "de", "del", "г", "года", "um", "uhr", "à", "a", "at", "h", "le", "el", "the", "of", "в",
];

/// Weekday names, which some pages put before the date (`Freitag, 26. November 2021`).
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Why a line shaped like a date gives none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bad {
    /// A month word no language of ours has: the page cannot be trusted.
    Month(String),
    /// A day or time that does not exist (`29 Februar 2021`): the rest of the
    /// page is still fine, so the caller warns and goes on without a date.
    Impossible(String),
}

#[derive(Default)]
struct Parts<'a> {
    day: Option<u32>,
    year: Option<u32>,
    numeric: Option<(u32, u32, u32)>,
    time: Option<(u32, u32)>,
    words: Vec<&'a str>,
    other: bool,
}

/// Parses `line` as a date line.
///
/// `Ok(None)`: the line is not shaped like a date (it is probably a title).
/// `Err(bad)`: it is shaped like a date but cannot be one (unknown month
/// word, impossible day) — the message says which word.
pub fn parse(line: &str) -> Result<Option<DateLine>, Bad> {
    let parts = split(line);
    if parts.other || parts.words.len() > 1 {
        return Ok(None);
    }
    let (year, month, day, month_word) = match (parts.numeric, parts.year, parts.day) {
        (Some((d, m, y)), None, None) if parts.words.is_empty() => (y, m, d, None),
        (None, Some(y), Some(d)) => match parts.words.first() {
            Some(word) => match months::lookup(word) {
                Some((m, _)) => (y, u32::from(m), d, Some((*word).to_string())),
                None => {
                    return Err(Bad::Month(format!(
                        "unknown month name '{word}' in date line"
                    )));
                }
            },
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    let date = iso_date(year, month, day).ok_or_else(|| {
        Bad::Impossible(format!(
            "impossible date: day {day} of month {month} in {year}"
        ))
    })?;
    let time = match parts.time {
        Some((h, m)) if h < 24 && m < 60 => Some(format!("{h:02}:{m:02}")),
        Some((h, m)) => return Err(Bad::Impossible(format!("impossible time {h}:{m:02}"))),
        None => None,
    };
    Ok(Some(DateLine {
        date,
        time,
        month_word,
    }))
}

fn split(line: &str) -> Parts<'_> {
    let mut parts = Parts::default();
    for token in line.split(|c: char| c.is_whitespace() || c == ',') {
        let token = token.trim_end_matches('.');
        let lower = token.to_lowercase();
        if token.is_empty()
            || token == "-"
            || FILLERS.contains(&lower.as_str())
            || WEEKDAYS.contains(&lower.as_str())
        {
            continue;
        }
        classify(token, &mut parts);
    }
    parts
}

fn classify<'a>(token: &'a str, parts: &mut Parts<'a>) {
    let all_digits = token.bytes().all(|b| b.is_ascii_digit());
    if all_digits && token.len() <= 2 && parts.day.is_none() {
        parts.day = token.parse().ok();
    } else if all_digits && token.len() == 4 && parts.year.is_none() {
        parts.year = token.parse().ok();
    } else if let Some(hm) = time_of(token).filter(|_| parts.time.is_none()) {
        parts.time = Some(hm);
    } else if let Some((year, hm)) = glued_year_time(token) {
        parts.year = Some(year);
        parts.time = Some(hm);
    } else if let Some(day) = ordinal_day(token).filter(|_| parts.day.is_none()) {
        parts.day = Some(day);
    } else if let Some(dmy) = numeric_date(token) {
        parts.numeric = Some(dmy);
    } else if token.chars().all(char::is_alphabetic) {
        parts.words.push(token);
    } else {
        parts.other = true;
    }
}

/// A day written as an ordinal: the French `1er` (the usual form for the
/// first of the month), the Spanish `1.º`/`1º`, the English `1st`/`22nd`.
fn ordinal_day(token: &str) -> Option<u32> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    let (day, suffix) = token.split_at(digits);
    let suffix = suffix.strip_prefix('.').unwrap_or(suffix);
    let known = ["er", "re", "º", "°", "st", "nd", "rd", "th"];
    ((1..=2).contains(&digits) && known.contains(&suffix.to_lowercase().as_str()))
        .then(|| day.parse().ok())
        .flatten()
}

/// `18:51` or the French `18h51`.
fn time_of(token: &str) -> Option<(u32, u32)> {
    let (h, m) = token.split_once(':').or_else(|| token.split_once('h'))?;
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return None;
    }
    Some((h.parse().ok()?, m.parse().ok()?))
}

/// The scraper drops the space between year and time: `202018:51`.
fn glued_year_time(token: &str) -> Option<(u32, (u32, u32))> {
    if token.len() < 8 || !token.is_char_boundary(4) {
        return None;
    }
    let (year, rest) = token.split_at(4);
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((year.parse().ok()?, time_of(rest)?))
}

/// `26.11.2020` (the dots are kept inside the token; only a final one is trimmed).
fn numeric_date(token: &str) -> Option<(u32, u32, u32)> {
    let mut it = token.split(['.', '/']);
    let (d, m, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    Some((d.parse().ok()?, m.parse().ok()?, y.parse().ok()?))
}

/// `YYYY-MM-DD` for a real calendar day (proleptic Gregorian), else `None`.
pub fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1..=days).contains(&day) && (1000..=9999).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(line: &str) -> (String, Option<String>) {
        let d = parse(line)
            .unwrap()
            .unwrap_or_else(|| panic!("no date in {line:?}"));
        (d.date, d.time)
    }

    fn dt(date: &str, time: Option<&str>) -> (String, Option<String>) {
        (date.to_string(), time.map(str::to_string))
    }

    #[test]
    fn glued_year_and_time() {
        assert_eq!(ok("26 November 202018:51"), dt("2020-11-26", Some("18:51")));
        assert_eq!(ok("3 März 20219:05"), dt("2021-03-03", Some("09:05")));
    }

    #[test]
    fn five_languages_with_and_without_time() {
        assert_eq!(ok("26 ноября 2020 18:51"), dt("2020-11-26", Some("18:51")));
        assert_eq!(
            ok("26 de noviembre de 2020 18:51"),
            dt("2020-11-26", Some("18:51"))
        );
        assert_eq!(ok("26 novembre 2020"), dt("2020-11-26", None));
        assert_eq!(ok("November 26, 2020"), dt("2020-11-26", None));
        assert_eq!(ok("26. Dez. 2020, 7:30"), dt("2020-12-26", Some("07:30")));
    }

    #[test]
    fn abbreviations_fillers_and_numeric() {
        assert_eq!(ok("5 févr. 2021 à 18h00"), dt("2021-02-05", Some("18:00")));
        assert_eq!(ok("5 мая 2021 г."), dt("2021-05-05", None));
        assert_eq!(ok("26.11.2020 18:51"), dt("2020-11-26", Some("18:51")));
        assert_eq!(ok("Freitag, 26. November 2021"), dt("2021-11-26", None));
        assert_eq!(
            ok("jeudi 25 novembre 2021 - 18:51"),
            dt("2021-11-25", Some("18:51"))
        );
    }

    #[test]
    fn ordinal_days() {
        assert_eq!(
            ok("1er décembre 202010:00"),
            dt("2020-12-01", Some("10:00"))
        );
        assert_eq!(ok("1.º de enero de 2021"), dt("2021-01-01", None));
        assert_eq!(
            ok("1º de enero de 2021 9:30"),
            dt("2021-01-01", Some("09:30"))
        );
        assert_eq!(ok("22nd November 2021"), dt("2021-11-22", None));
        assert_eq!(ok("November 1st, 2021"), dt("2021-11-01", None));
        assert_eq!(parse("1er rapport annuel").unwrap(), None);
    }

    #[test]
    fn unknown_month_names_the_word() {
        let err = parse("26 Novembar 2020 18:51").unwrap_err();
        assert!(
            matches!(&err, Bad::Month(m) if m.contains("'Novembar'")),
            "{err:?}"
        );
    }

    #[test]
    fn impossible_days_are_errors() {
        assert!(matches!(
            parse("30 February 2021"),
            Err(Bad::Impossible(m)) if m.contains("impossible")
        ));
        assert!(parse("29 February 2020").unwrap().is_some());
        assert!(parse("26 November 2020 25:00").is_err());
    }

    #[test]
    fn titles_are_not_dates() {
        assert_eq!(parse("Zum Besuch des Ministers in Minsk").unwrap(), None);
        assert_eq!(parse("Bilanz 2020: Exporte wachsen").unwrap(), None);
        assert_eq!(parse("2065-26-11-2020").unwrap(), None);
    }
}
