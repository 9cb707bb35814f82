//! `tmx-json`: TMX 1.4b mirrored as JSON, and the TMX data model shared with `tmx`.
//!
//! ```text
//! { "header": { "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
//!               "srclang", "datatype", "creationdate" },
//!   "body": [ { "tuid", "props": { "x-…": "…" }, "tuv": [ { "lang", "seg" } … ] } … ] }
//! ```
//! Written one unit per line so an archive streams; parse it back with [`TmxJson`].

use std::collections::BTreeMap;
use std::io::Write;
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::output::{Sink, at};
use super::staged::Pending;
use super::{Exporter, Meta, Output, score_text};
use crate::join::{Side, TranslationUnit};
use crate::{Error, Lang, Result};

/// A whole `tmx-json` document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TmxJson {
    /// The TMX header attributes.
    pub header: Header,
    /// The translation units.
    pub body: Vec<Tu>,
}

/// The attributes of TMX `<header>` (TMX 1.4b, section 3.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Always `paralign`.
    pub creationtool: String,
    /// The paralign version.
    pub creationtoolversion: String,
    /// `sentence` or `paragraph`.
    pub segtype: String,
    /// Original translation-memory format: `paralign`.
    #[serde(rename = "o-tmf")]
    pub o_tmf: String,
    /// Language of the administrative text (props): `en`.
    pub adminlang: String,
    /// The pivot's locale (e.g. `de-DE`), or `*all*`.
    pub srclang: String,
    /// Always `plaintext`.
    pub datatype: String,
    /// `YYYYMMDDThhmmssZ`, derived from the input so output is reproducible.
    pub creationdate: String,
}

impl Header {
    /// The header describing a corpus with `meta`.
    pub fn new(meta: &Meta) -> Self {
        Header {
            creationtool: "paralign".into(),
            creationtoolversion: env!("CARGO_PKG_VERSION").into(),
            segtype: meta.level.name().into(),
            o_tmf: "paralign".into(),
            adminlang: "en".into(),
            srclang: meta.srclang.map_or("*all*", |l| l.locale()).into(),
            datatype: "plaintext".into(),
            creationdate: meta.creation_date.clone(),
        }
    }
}

/// A translation unit, TMX `<tu>`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tu {
    /// `<release>/<1-based position in the release>`.
    pub tuid: String,
    /// The unit's pivot locale, given only when it differs from the header's
    /// `srclang` (a release without the archive's pivot language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub srclang: Option<String>,
    /// `x-release` (ID), `x-bead` (shapes against the pivot, `de-en:2-1 de-fr:1-1`),
    /// `x-paragraphs` and `x-sentences` (1-based inclusive ranges per language,
    /// `de:3 en:3-4`), `x-score` (weakest link, three decimals).
    pub props: BTreeMap<String, String>,
    /// One variant per language, in language order.
    pub tuv: Vec<Tuv>,
}

impl Tu {
    /// The TMX view of `unit`, in a document whose header names `srclang`.
    pub fn new(unit: &TranslationUnit, srclang: Option<Lang>) -> Self {
        let mut props = BTreeMap::from([
            ("x-release".to_string(), unit.release.clone()),
            ("x-paragraphs".into(), ranges(unit, |s| &s.paragraphs)),
            ("x-sentences".into(), ranges(unit, |s| &s.sentences)),
        ]);
        let bead = unit.bead_summary();
        if !bead.is_empty() {
            props.insert("x-bead".into(), bead);
        }
        if let Some(score) = unit.score {
            props.insert("x-score".into(), score_text(score));
        }
        let tuv = unit
            .sides
            .iter()
            .map(|s| Tuv {
                lang: s.lang.locale().into(),
                seg: s.text.clone(),
            })
            .collect();
        Tu {
            tuid: unit.tuid(),
            srclang: (srclang != Some(unit.pivot)).then(|| unit.pivot.locale().to_string()),
            props,
            tuv,
        }
    }
}

/// A variant, TMX `<tuv xml:lang><seg>`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tuv {
    /// The locale, e.g. `de-DE`.
    pub lang: String,
    /// The text.
    pub seg: String,
}

/// `de:3 en:3-4`: per side a 1-based inclusive range.
fn ranges(unit: &TranslationUnit, pick: impl Fn(&Side) -> &Range<usize>) -> String {
    let parts = unit.sides.iter().map(|s| {
        let r = pick(s);
        match r.len() {
            0 => format!("{}:-", s.lang),
            1 => format!("{}:{}", s.lang, r.start + 1),
            _ => format!("{}:{}-{}", s.lang, r.start + 1, r.end),
        }
    });
    itertools::join(parts, " ")
}

/// Streams a [`TmxJson`] document.
pub(crate) struct TmxJsonExporter {
    path: PathBuf,
    srclang: Option<Lang>,
    out: Box<dyn Write>,
    first: bool,
    pending: Pending,
}

impl TmxJsonExporter {
    pub(crate) fn new(output: Output, meta: &Meta) -> Result<Self> {
        let Sink {
            path,
            mut out,
            pending,
        } = output.into_sink()?;
        let header = serde_json::to_string(&Header::new(meta)).map_err(json_error)?;
        write!(out, "{{\n\"header\": {header},\n\"body\": [").map_err(at(&path))?;
        Ok(TmxJsonExporter {
            path,
            srclang: meta.srclang,
            out,
            first: true,
            pending,
        })
    }
}

impl Exporter for TmxJsonExporter {
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        let sep = if self.first { "\n" } else { ",\n" };
        self.first = false;
        let tu = serde_json::to_string(&Tu::new(unit, self.srclang)).map_err(json_error)?;
        write!(self.out, "{sep}{tu}").map_err(at(&self.path))
    }

    fn finish(&mut self) -> Result<()> {
        self.out.write_all(b"\n]\n}\n").map_err(at(&self.path))?;
        self.out.flush().map_err(at(&self.path))?;
        self.pending.commit()
    }
}

/// Serialising our own plain structs fails only on a bug.
fn json_error(e: serde_json::Error) -> Error {
    Error::Invalid(format!("cannot serialise a unit as JSON: {e}"))
}
