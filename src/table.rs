//! Plain-text tables and reports printed a piece at a time: the summary
//! tables of `scan` and `check`, whose rows wait in a temporary file until
//! the column widths are known, so memory does not grow with the archive.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

use serde::Serialize;

/// One table line: each cell padded to its column's width, two spaces
/// between columns, no trailing space.
pub(crate) fn line(cells: &[String], widths: &[usize]) -> String {
    let padded: Vec<String> = cells
        .iter()
        .zip(widths)
        .map(|(cell, &w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
        .collect();
    padded.join("  ").trim_end().to_string()
}

/// Grows `widths` to hold every cell of `row`.
pub(crate) fn widen(widths: &mut [usize], row: &[String]) {
    for (w, cell) in widths.iter_mut().zip(row) {
        *w = (*w).max(cell.chars().count());
    }
}

/// The lines of a whole table, `header` first, padded alike.
pub(crate) fn lines(header: &[String], rows: &[Vec<String>]) -> Vec<String> {
    let mut widths = vec![0; header.len()];
    std::iter::once(header)
        .chain(rows.iter().map(Vec::as_slice))
        .for_each(|r| widen(&mut widths, r));
    std::iter::once(header)
        .chain(rows.iter().map(Vec::as_slice))
        .map(|r| line(r, &widths))
        .collect()
}

/// A table whose rows are kept in a temporary file (one JSON array of
/// cells a line) until the last is known, then printed padded alike.
pub(crate) struct Spilled {
    header: Vec<String>,
    widths: Vec<usize>,
    rows: BufWriter<File>,
}

impl Spilled {
    /// An empty table under `header`.
    pub(crate) fn new(header: Vec<String>) -> io::Result<Self> {
        let mut widths = vec![0; header.len()];
        widen(&mut widths, &header);
        Ok(Spilled {
            header,
            widths,
            rows: BufWriter::new(tempfile::tempfile()?),
        })
    }

    /// Adds a row.
    pub(crate) fn push(&mut self, row: &[String]) -> io::Result<()> {
        widen(&mut self.widths, row);
        serde_json::to_writer(&mut self.rows, row)?;
        self.rows.write_all(b"\n")
    }

    /// Writes the header and every row to `out`.
    pub(crate) fn write_to(&mut self, out: &mut impl Write) -> io::Result<()> {
        writeln!(out, "{}", line(&self.header, &self.widths))?;
        for row in BufReader::new(rewind(&mut self.rows)?).lines() {
            let cells: Vec<String> = serde_json::from_str(&row?)?;
            writeln!(out, "{}", line(&cells, &self.widths))?;
        }
        Ok(())
    }
}

/// `value` as pretty JSON whose lines after the first are indented by
/// `indent`, to sit inside a pretty document printed by hand.
pub(crate) fn pretty(value: &impl Serialize, indent: &str) -> io::Result<String> {
    let text = serde_json::to_string_pretty(value)?;
    Ok(text.replace('\n', &format!("\n{indent}")))
}

/// The file written through `w`, flushed, to be read from its start.
pub(crate) fn rewind(w: &mut BufWriter<File>) -> io::Result<File> {
    w.flush()?;
    let mut file = w.get_ref().try_clone()?;
    file.rewind()?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn columns_are_padded_to_their_widest_cell_without_trailing_space() {
        let header = cells(&["id", "lang"]);
        let rows = [cells(&["2101", "de"]), cells(&["7", "ü"])];
        assert_eq!(lines(&header, &rows), ["id    lang", "2101  de", "7     ü"]);
    }

    #[test]
    fn a_spilled_table_prints_what_the_whole_one_does() {
        let header = cells(&["id", "lang"]);
        let rows = [cells(&["2101", "de"]), cells(&["7", "ü"])];
        let mut t = Spilled::new(header.clone()).unwrap();
        rows.iter().for_each(|r| t.push(r).unwrap());
        let mut out = Vec::new();
        t.write_to(&mut out).unwrap();
        let whole = lines(&header, &rows).join("\n") + "\n";
        assert_eq!(String::from_utf8(out).unwrap(), whole);
    }
}
