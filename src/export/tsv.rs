//! `tsv`: a header row `tuid release bead score <one column per language>`, then one
//! row per unit; a language the unit lacks is an empty cell.
//!
//! Text is escaped, not altered: backslash, tab, line feed and carriage return
//! become `\\`, `\t`, `\n`, `\r` (the text format of PostgreSQL `COPY`), so a
//! reader splitting on tabs and lines gets every cell back exactly.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;

use super::output::{Sink, at};
use super::staged::Pending;
use super::{Exporter, Meta, Output, score_text};
use crate::join::TranslationUnit;
use crate::{Lang, Result};

/// Streams rows under a header.
pub(crate) struct TsvExporter {
    path: PathBuf,
    out: Box<dyn Write>,
    langs: Vec<Lang>,
    pending: Pending,
}

impl TsvExporter {
    pub(crate) fn new(output: Output, meta: &Meta) -> Result<Self> {
        let Sink {
            path,
            mut out,
            pending,
        } = output.into_sink()?;
        let columns = meta.langs.iter().map(|l| l.code());
        let header = itertools::join(
            ["tuid", "release", "bead", "score"]
                .into_iter()
                .chain(columns),
            "\t",
        );
        writeln!(out, "{header}").map_err(at(&path))?;
        Ok(TsvExporter {
            path,
            out,
            langs: meta.langs.clone(),
            pending,
        })
    }
}

impl Exporter for TsvExporter {
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        let fixed = [
            unit.tuid(),
            unit.release.clone(),
            unit.bead_summary(),
            unit.score.map(score_text).unwrap_or_default(),
        ];
        let texts = self
            .langs
            .iter()
            .map(|&l| unit.side(l).map_or("", |s| s.text.as_str()));
        let cells = fixed.iter().map(String::as_str).chain(texts).map(escape);
        let row = itertools::join(cells, "\t");
        writeln!(self.out, "{row}").map_err(at(&self.path))
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush().map_err(at(&self.path))?;
        self.pending.commit()
    }
}

/// Escapes `\`, tab, LF and CR with a backslash.
pub(crate) fn escape(cell: &str) -> Cow<'_, str> {
    if !cell.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len() + 8);
    for c in cell.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_reversible_and_leave_plain_text_alone() {
        assert_eq!(escape("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
        assert!(matches!(escape("plain text"), Cow::Borrowed(_)));
    }
}
