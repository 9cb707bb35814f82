//! `jsonl`: one unit per line, in the `{"translation": {"de": …, "fr": …}}` shape of
//! Hugging Face translation datasets, plus `release`, `tuid`, `bead` (shapes against
//! the pivot, as in TMX `x-bead`) and `score` (`null` when no bead links the unit).

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;
use serde::ser::Serializer;

use super::output::{Sink, at};
use super::staged::Pending;
use super::{Exporter, Output};
use crate::join::{Side, TranslationUnit};
use crate::{Error, Result};

#[derive(Serialize)]
struct Record<'a> {
    #[serde(serialize_with = "by_language")]
    translation: &'a [Side],
    release: &'a str,
    tuid: String,
    bead: String,
    score: Option<f64>,
}

/// The sides as a map `code -> text`, in language order.
fn by_language<S: Serializer>(sides: &&[Side], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(
        sides
            .iter()
            .map(|side| (side.lang.code(), side.text.as_str())),
    )
}

/// Streams one JSON object per line.
pub(crate) struct JsonlExporter {
    path: PathBuf,
    out: Box<dyn Write>,
    pending: Pending,
}

impl JsonlExporter {
    pub(crate) fn new(output: Output) -> Result<Self> {
        let Sink { path, out, pending } = output.into_sink()?;
        Ok(JsonlExporter { path, out, pending })
    }
}

impl Exporter for JsonlExporter {
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        let record = Record {
            translation: &unit.sides,
            release: &unit.release,
            tuid: unit.tuid(),
            bead: unit.bead_summary(),
            score: unit.score.map(|s| (s * 1000.0).round() / 1000.0),
        };
        let line = serde_json::to_string(&record)
            .map_err(|e| Error::Invalid(format!("cannot serialise a unit as JSON: {e}")))?;
        writeln!(self.out, "{line}").map_err(at(&self.path))
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush().map_err(at(&self.path))?;
        self.pending.commit()
    }
}
