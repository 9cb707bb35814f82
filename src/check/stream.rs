//! The report printed as the check goes, a window of releases at a time,
//! byte for byte what [`Report`](super::Report)'s `Display` and `Serialize`
//! print, so that memory does not grow with the archive.
//!
//! What must come out before something not yet known (the table before
//! its widths are, the JSON findings after every release) waits in a
//! temporary file instead of memory.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};

use super::render::{self, Totals};
use super::run::{Checked, unreadable};
use super::{Finding, Severity};
use crate::Lang;
use crate::release::Problem;
use crate::table::{Spilled, pretty, rewind};

/// A report being written to `out`, as text or as pretty JSON.
pub struct Stream<W: Write> {
    out: W,
    json: bool,
    min_severity: Severity,
    langs: Vec<Lang>,
    /// Text: the summary table.
    table: Spilled,
    /// Text: the findings by release; JSON: the findings, each led by `,`.
    later: BufWriter<File>,
    totals: Totals,
}

impl<W: Write> Stream<W> {
    /// Starts a report on `out` naming `pivot` and the languages `langs`
    /// (see [`heading`](super::run::heading)); findings below
    /// `min_severity` are only counted.
    pub fn new(
        mut out: W,
        json: bool,
        min_severity: Severity,
        pivot: Option<Lang>,
        langs: Vec<Lang>,
    ) -> io::Result<Self> {
        if json {
            write!(
                out,
                "{{\n  \"pivot\": {},\n  \"langs\": {},\n  \"releases\": [",
                pretty(&pivot, "  ")?,
                pretty(&langs, "  ")?
            )?;
        }
        Ok(Stream {
            out,
            json,
            min_severity,
            table: Spilled::new(render::header(&langs))?,
            langs,
            later: BufWriter::new(tempfile::tempfile()?),
            totals: Totals::default(),
        })
    }

    /// Adds checked releases, in release order; `problems` are the files
    /// known so far that could not be used (counted only by [`finish`](Self::finish)).
    pub fn add(&mut self, checked: Vec<Checked>, problems: &[Problem]) -> io::Result<()> {
        for (summary, findings) in checked {
            let (listed, hidden): (Vec<Finding>, Vec<Finding>) = findings
                .into_iter()
                .partition(|f| f.severity >= self.min_severity);
            self.totals.hidden += hidden.len();
            listed.iter().for_each(|f| self.totals.add(f));
            if self.json {
                let sep = if self.totals.releases == 0 { "" } else { "," };
                write!(self.out, "{sep}\n    {}", pretty(&summary, "    ")?)?;
                for f in &listed {
                    write!(self.later, ",\n    {}", pretty(f, "    ")?)?;
                }
            } else {
                let own = self.unreadable_of(&summary.id, problems);
                let found: Vec<&Finding> = own.iter().chain(&listed).collect();
                self.totals.flawed += usize::from(!found.is_empty());
                self.table.push(&render::row(&self.langs, &summary))?;
                let mut text = String::new();
                render::release_details(&summary, &found, &mut text).map_err(io::Error::other)?;
                self.later.write_all(text.as_bytes())?;
            }
            self.totals.releases += 1;
        }
        Ok(())
    }

    /// The listed findings of the unusable files of release `id`.
    fn unreadable_of(&self, id: &str, problems: &[Problem]) -> Vec<Finding> {
        let mine: Vec<Problem> = problems
            .iter()
            .filter(|p| p.release.as_deref() == Some(id))
            .cloned()
            .collect();
        let mut found = unreadable(&mine);
        found.retain(|f| f.severity >= self.min_severity);
        found
    }

    /// Ends the report with the unusable files `problems` (all of them)
    /// and the totals, which it returns.
    pub fn finish(mut self, problems: &[Problem]) -> io::Result<Totals> {
        let (listed, hidden): (Vec<Finding>, Vec<Finding>) = unreadable(problems)
            .into_iter()
            .partition(|f| f.severity >= self.min_severity);
        self.totals.hidden += hidden.len();
        listed.iter().for_each(|f| self.totals.add(f));
        let later = rewind(&mut self.later)?;
        if self.json {
            finish_json(&mut self.out, self.totals, &listed, later)?;
        } else {
            self.finish_text(&listed, later)?;
        }
        self.out.flush()?;
        Ok(self.totals)
    }

    fn finish_text(&mut self, listed: &[Finding], later: File) -> io::Result<()> {
        if self.totals.releases == 0 {
            self.out.write_all(b"no releases\n")?;
        } else {
            self.table.write_to(&mut self.out)?;
        }
        let mut text = String::new();
        let homeless: Vec<&Finding> = listed.iter().filter(|f| f.release.is_none()).collect();
        if !homeless.is_empty() {
            text.push_str("\nfiles that could not be read\n");
            for f in homeless {
                render::finding(f, &mut text).map_err(io::Error::other)?;
            }
        }
        self.out.write_all(text.as_bytes())?;
        io::copy(&mut BufReader::new(later), &mut self.out)?;
        let mut text = String::new();
        self.totals.write(&mut text).map_err(io::Error::other)?;
        self.out.write_all(text.as_bytes())
    }
}

/// Closes the JSON document: the releases, the findings (`listed` first,
/// then those spilled to `later`, each led by a comma), `hidden`.
fn finish_json(
    out: &mut impl Write,
    totals: Totals,
    listed: &[Finding],
    later: File,
) -> io::Result<()> {
    out.write_all(match totals.releases {
        0 => b"],\n  \"findings\": [",
        _ => b"\n  ],\n  \"findings\": [",
    })?;
    for (i, f) in listed.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        write!(out, "{sep}\n    {}", pretty(f, "    ")?)?;
    }
    let mut later = BufReader::new(later);
    if listed.is_empty() {
        // The first spilled finding opens the list: drop its comma.
        let mut comma = [0u8; 1];
        if later.read(&mut comma)? == 0 {
            return writeln!(out, "],\n  \"hidden\": {}\n}}", totals.hidden);
        }
    }
    io::copy(&mut later, out)?;
    writeln!(out, "\n  ],\n  \"hidden\": {}\n}}", totals.hidden)
}
