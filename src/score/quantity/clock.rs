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
/// `text` to the twenty-four-hour clock.
pub fn twenty_four_hours(text: &str, out: &mut [Quantity], lang: Lang) {
    let (pm, am) = marks(lang);
    if pm.is_empty() {
        return;
    }
    for k in 0..out.len() {
        let Some(hour) = hour(&out[k]) else { continue };
        // The minutes, `3:30 p.m.`, stand between the hour and the mark.
        let minutes = out.get(k + 1).filter(|m| {
            let between = &text[out[k].span.end..m.span.start];
            (between == ":" || between == ".") && m.span.len() == 2
        });
        let end = minutes.map_or(out[k].span.end, |m| m.span.end);
        let rest = text[end..].trim_start_matches(is_space);
        let at = text.len() - rest.len();
        let marked = |marks: &[&str]| {
            marks.iter().any(|m| {
                rest.get(..m.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(m))
                    && (m.ends_with('.') || !glued_after(text, at + m.len()))
            })
        };
        let value = match (marked(pm), marked(am)) {
            (true, _) if hour < 12 => hour + 12,
            (_, true) if hour == 12 => 0,
            _ => continue,
        };
        out[k].value = Value::Number(Decimal(i128::from(value) * Decimal::ONE));
    }
}

/// The hour a plain number in digits can be: 1 to 12.
fn hour(q: &Quantity) -> Option<u8> {
    let n = q.number()?.as_int()?;
    let plain = q.kind == QuantityKind::Cardinal && !q.spelled;
    (plain && (1..=12).contains(&n)).then_some(n as u8)
}
