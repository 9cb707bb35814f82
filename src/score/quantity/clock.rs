//! Clock hours of the twelve-hour clock on the twenty-four-hour one.
//!
//! English writes `3 p.m.` (Spanish also `3 p. m.`) where the other
//! versions write `15.00`, `15:00 Uhr`, `15 heures`: read as plain numbers,
//! 3 and 15 were two figures that disagree. An hour of 1 to 12 followed by
//! an afternoon mark (with its minutes in between: `3:30 p.m.`) is read as
//! the hour it names, 15; `12 a.m.` is midnight, 0.

use super::text::{glued_after, is_space};
use super::{Decimal, Quantity, QuantityKind, Value};
use crate::Lang;

/// Afternoon and morning marks, lower-case, by language.
fn marks(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::En => (
            &["p.m.", "pm", "p.m", "p. m."],
            &["a.m.", "am", "a.m", "a. m."],
        ),
        Lang::Es => (&["p. m.", "p.m.", "pm"], &["a. m.", "a.m.", "am"]),
        _ => (&[], &[]),
    }
}

/// Sets the hours of `out` that an afternoon or morning mark follows in
/// `text` to the twenty-four-hour clock. A British `7.30pm`, read as the
/// decimal 7.3, becomes the hour and its minutes, as `19.30 Uhr` is read.
pub fn twenty_four_hours(text: &str, out: &mut Vec<Quantity>, lang: Lang) {
    let (pm, am) = marks(lang);
    if pm.is_empty() {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        if let Some(minutes) = split_decimal_time(text, &mut out[k], [pm, am]) {
            out.insert(k + 1, minutes);
        }
        let Some(hour) = hour(&out[k]) else {
            k += 1;
            continue;
        };
        // The minutes, `3:30 p.m.`, stand between the hour and the mark.
        let minutes = out.get(k + 1).filter(|m| {
            let between = &text[out[k].span.end..m.span.start];
            (between == ":" || between == ".") && m.span.len() == 2
        });
        let end = minutes.map_or(out[k].span.end, |m| m.span.end);
        let value = match (marked(text, end, pm), marked(text, end, am)) {
            (true, _) if hour < 12 => Some(hour + 12),
            (_, true) if hour == 12 => Some(0),
            _ => None,
        };
        if let Some(v) = value {
            out[k].value = Value::Number(Decimal(i128::from(v) * Decimal::ONE));
        }
        k += 1;
    }
}

/// True when one of `marks` follows `text[..end]` (after spaces).
fn marked(text: &str, end: usize, marks: &[&str]) -> bool {
    let rest = text[end..].trim_start_matches(is_space);
    let at = text.len() - rest.len();
    marks.iter().any(|m| {
        rest.get(..m.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(m))
            && (m.ends_with('.') || !glued_after(text, at + m.len()))
    })
}

/// `7.30pm` read as a decimal: `q` becomes the hour 7, and the minutes 30
/// are returned, when a mark of `day_halves` (either half of the day) follows and the
/// digits are an hour of 1 to 12 and minutes under 60.
fn split_decimal_time(text: &str, q: &mut Quantity, day_halves: [&[&str]; 2]) -> Option<Quantity> {
    let written = text.get(q.span.clone())?;
    let (h, m) = written.split_once(['.', ':'])?;
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if q.kind != QuantityKind::Decimal || !digits(h, 1..=2) || !digits(m, 2..=2) {
        return None;
    }
    let (hour, minutes): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    let end = q.span.end;
    let either = day_halves.iter().any(|m| marked(text, end, m));
    if !(1..=12).contains(&hour) || minutes >= 60 || !either {
        return None;
    }
    let start = q.span.start;
    q.kind = QuantityKind::Cardinal;
    q.value = Value::Number(Decimal(i128::from(hour) * Decimal::ONE));
    q.span = start..start + h.len();
    Some(Quantity {
        value: Value::Number(Decimal(i128::from(minutes) * Decimal::ONE)),
        kind: QuantityKind::Cardinal,
        span: end - m.len()..end,
        spelled: false,
        other_reading: None,
    })
}

/// The hour a plain number in digits can be: 1 to 12.
fn hour(q: &Quantity) -> Option<u8> {
    let n = q.number()?.as_int()?;
    let plain = q.kind == QuantityKind::Cardinal && !q.spelled;
    (plain && (1..=12).contains(&n)).then_some(n as u8)
}
