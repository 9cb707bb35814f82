//! Step 5: translation units -> parallel corpora, one file per output format.
//!
//! Every format implements the small [`Exporter`] trait and writes as units
//! arrive, so an archive is streamed, never collected. [`run::export`] drives the
//! whole step: releases aligned in parallel chunks, written in ID order, through
//! the MT-training [`filter`]s.
//!
//! ```
//! use paralign::export::{self, Format, Meta, Output};
//! use paralign::join::Level;
//! use paralign::Lang;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("out.tmx");
//! let output = Output::prepare(&path, Format::Tmx).unwrap();
//! let meta = Meta::new(Level::Sentence, Lang::De, vec![Lang::De, Lang::Fr]);
//! let mut exporter = Format::Tmx.exporter(output, &meta).unwrap();
//! exporter.finish().unwrap();
//! assert!(std::fs::read_to_string(&path).unwrap().contains("<tmx version=\"1.4\">"));
//! ```

pub mod filter;
mod jsonl;
mod moses;
mod output;
pub mod run;
pub mod staged;
mod tmx;
pub mod tmx_json;
mod tsv;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

pub use filter::{Filter, Filters, Removed};
pub use output::{Output, check_file_target, refuse_inputs};
pub use run::{Options, Summary, export};
pub use staged::{Pending, abandon_all, write_atomically};

use crate::join::{Level, TranslationUnit};
use crate::{Error, Lang, Result};

/// A corpus writer. It writes its preamble when created, one record per unit,
/// and its closing part in [`Exporter::finish`], which also moves the output
/// into place; an exporter dropped before that leaves an existing output as it
/// was (see [`staged`]).
pub trait Exporter {
    /// Writes one unit.
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()>;
    /// Writes what follows the last unit and flushes every file.
    fn finish(&mut self) -> Result<()>;
}

/// Passes units on to an exporter, and finishes it (moving the output into
/// place) only when at least one unit was written: an export of nothing must not
/// replace a good corpus. Dropped unfinished, the exporter removes its files.
pub struct NonEmpty {
    inner: Box<dyn Exporter>,
    /// Units written so far.
    pub written: usize,
}

impl NonEmpty {
    /// Wraps `inner`.
    pub fn new(inner: Box<dyn Exporter>) -> Self {
        NonEmpty { inner, written: 0 }
    }
}

impl Exporter for NonEmpty {
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        self.written += 1;
        self.inner.unit(unit)
    }

    fn finish(&mut self) -> Result<()> {
        if self.written == 0 {
            return Ok(());
        }
        self.inner.finish()
    }
}

/// The output formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// TMX 1.4b mirrored as one JSON document (`header` + `body` of units).
    #[default]
    TmxJson,
    /// TMX 1.4b XML.
    Tmx,
    /// Line-aligned plain-text files, two per language pair, in a directory.
    Moses,
    /// One JSON object per unit and line: `{"translation": {"de": …, "fr": …}, …}`.
    Jsonl,
    /// Tab-separated values with a header row, one column per language.
    Tsv,
}

impl Format {
    /// Every format, in the order of the documentation.
    pub const ALL: [Format; 5] = [
        Format::TmxJson,
        Format::Tmx,
        Format::Moses,
        Format::Jsonl,
        Format::Tsv,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::TmxJson => "tmx-json",
            Format::Tmx => "tmx",
            Format::Moses => "moses",
            Format::Jsonl => "jsonl",
            Format::Tsv => "tsv",
        }
    }

    /// The single-file format a file name's extension announces: `.tmx`,
    /// `.jsonl` (or `.ndjson`), `.tsv`, `.json` (TMX mirrored as JSON);
    /// `None` for any other name (moses writes a folder, named freely).
    pub fn from_extension(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "tmx" => Some(Format::Tmx),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "tsv" => Some(Format::Tsv),
            "json" => Some(Format::TmxJson),
            _ => None,
        }
    }

    /// True when the output is a directory of files rather than one file.
    pub fn is_directory(self) -> bool {
        self == Format::Moses
    }

    /// Creates the exporter writing to `output` and writes its preamble.
    pub fn exporter(self, output: Output, meta: &Meta) -> Result<Box<dyn Exporter>> {
        Ok(match self {
            Format::TmxJson => Box::new(tmx_json::TmxJsonExporter::new(output, meta)?),
            Format::Tmx => Box::new(tmx::TmxExporter::new(output, meta)?),
            Format::Moses => Box::new(moses::MosesExporter::new(output, meta)?),
            Format::Jsonl => Box::new(jsonl::JsonlExporter::new(output)?),
            Format::Tsv => Box::new(tsv::TsvExporter::new(output, meta)?),
        })
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names = Format::ALL.map(Format::name).join(", ");
                Error::Invalid(format!("unknown format '{s}' (supported: {names})"))
            })
    }
}

/// What every format needs to know before the first unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    /// Sentence or paragraph units (TMX `segtype`).
    pub level: Level,
    /// The pivot, TMX `srclang`; `None` writes `*all*`.
    pub srclang: Option<Lang>,
    /// The languages exported, in column order.
    pub langs: Vec<Lang>,
    /// The language pairs of the moses format, source first.
    pub pairs: Vec<(Lang, Lang)>,
    /// TMX `creationdate`, `YYYYMMDDThhmmssZ`.
    pub creation_date: String,
}

impl Meta {
    /// Metadata for `langs` around `pivot`: moses pairs pivot -> every other language,
    /// creation date the Unix epoch (see [`tmx_date`] for a real one).
    pub fn new(level: Level, pivot: Lang, langs: Vec<Lang>) -> Self {
        let pairs = langs
            .iter()
            .filter(|&&l| l != pivot)
            .map(|&l| (pivot, l))
            .collect();
        Meta {
            level,
            srclang: Some(pivot),
            langs,
            pairs,
            creation_date: tmx_date(0),
        }
    }
}

/// Formats seconds since the Unix epoch as a TMX date, `YYYYMMDDThhmmssZ` (UTC).
pub fn tmx_date(epoch_seconds: i64) -> String {
    let (days, secs) = (
        epoch_seconds.div_euclid(86_400),
        epoch_seconds.rem_euclid(86_400),
    );
    let (y, m, d) = civil_from_days(days);
    let (hh, mm, ss) = (secs / 3600, secs % 3600 / 60, secs % 60);
    format!("{y:04}{m:02}{d:02}T{hh:02}{mm:02}{ss:02}Z")
}

/// The TMX date of midnight UTC on an ISO `YYYY-MM-DD` date, if it is one.
pub fn tmx_date_of_day(iso: &str) -> Option<String> {
    let mut parts = iso.trim().splitn(3, '-').map(str::parse::<u32>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    ((1..=12).contains(&m) && (1..=31).contains(&d) && y <= 9999)
        .then(|| format!("{y:04}{m:02}{d:02}T000000Z"))
}

/// Days since 1970-01-01 -> (year, month, day), proleptic Gregorian.
/// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Text safe for line-based formats: tabs and line breaks become spaces, other
/// control characters (scraping debris) are dropped. Unit texts are already
/// single-line (see [`crate::join::Side::text`]); this guards units built otherwise.
fn one_line(text: &str) -> Cow<'_, str> {
    if !text.contains(char::is_control) {
        return Cow::Borrowed(text);
    }
    let kept = text.chars().filter_map(|c| match c {
        '\t' | '\n' | '\r' => Some(' '),
        c if c.is_control() => None,
        c => Some(c),
    });
    Cow::Owned(kept.collect())
}

/// A unit score as written everywhere: three decimals.
fn score_text(score: f64) -> String {
    format!("{score:.3}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tmx_dates_are_utc_and_zero_padded() {
        assert_eq!(tmx_date(0), "19700101T000000Z");
        assert_eq!(tmx_date(1_606_416_660), "20201126T185100Z");
        assert_eq!(tmx_date(951_782_400), "20000229T000000Z");
        assert_eq!(tmx_date_of_day("2020-11-26").unwrap(), "20201126T000000Z");
        assert_eq!(tmx_date_of_day("2020-13-26"), None);
        assert_eq!(tmx_date_of_day("yesterday"), None);
    }

    #[test]
    fn formats_parse_their_names_and_list_them_otherwise() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
        }
        let err = "xml".parse::<Format>().unwrap_err().to_string();
        assert!(err.contains("tmx-json, tmx, moses, jsonl, tsv"), "{err}");
    }

    #[test]
    fn one_line_replaces_tabs_and_breaks() {
        assert_eq!(one_line("a\tb\r\nc\u{7}"), "a b  c");
        assert!(matches!(one_line("plain"), Cow::Borrowed(_)));
    }
}
