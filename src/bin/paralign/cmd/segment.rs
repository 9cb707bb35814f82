//! `paralign segment`: split plain text into sentences (or paragraphs), one per line.

use std::io::{self, BufWriter, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context;
use paralign::segment::{collapse_whitespace, paragraph_spans, sentence_spans};
use paralign::{Error, Lang};
use serde::Serialize;

/// Flags of `paralign segment`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The text to segment; standard input when absent or `-`.
    pub file: Option<PathBuf>,
    /// Language of the text, whose rules apply (de, en, es, ru, fr).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Lang,
    /// Print sentences or whole paragraphs, one per line.
    #[arg(long, value_enum, default_value_t = Level::Sentence)]
    pub level: Level,
    /// Print one JSON object per line with the byte span into the input.
    #[arg(long)]
    pub json: bool,
}

/// The unit printed per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Level {
    /// One sentence per line.
    Sentence,
    /// One paragraph per line.
    Paragraph,
}

/// One printed segment in `--json` mode.
#[derive(Serialize)]
struct Record<'a> {
    paragraph: usize,
    line: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

fn parse_lang(s: &str) -> Result<Lang, Error> {
    s.parse()
}

/// Runs `paralign segment`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let (path, bytes) = read_input(args.file.as_deref())?;
    let text = decode(&bytes, &path)?;
    let mut out = Printer {
        out: BufWriter::new(io::stdout().lock()),
        text,
        json: args.json,
        line: 1,
        counted: 0,
    };
    for (index, para) in paragraph_spans(text).into_iter().enumerate() {
        let pieces = match args.level {
            Level::Paragraph => vec![para.clone()],
            Level::Sentence => sentence_spans(&text[para.clone()], args.lang)
                .into_iter()
                .map(|s| para.start + s.start..para.start + s.end)
                .collect(),
        };
        for piece in pieces {
            out.piece(piece, index + 1)?;
        }
    }
    out.out.flush()?;
    Ok(0)
}

/// Writes segments in order, counting lines as it goes (so that `--json`
/// stays linear on large inputs).
struct Printer<'a, W: Write> {
    out: W,
    text: &'a str,
    json: bool,
    /// The 1-based line at byte `counted`.
    line: usize,
    counted: usize,
}

impl<W: Write> Printer<'_, W> {
    fn piece(&mut self, span: Range<usize>, paragraph: usize) -> anyhow::Result<()> {
        let raw = &self.text[span.clone()];
        let start = span.start + (raw.len() - raw.trim_start().len());
        let end = start + raw.trim().len();
        let printed = collapse_whitespace(raw);
        if !self.json {
            writeln!(self.out, "{printed}")?;
            return Ok(());
        }
        let feeds = self.text.as_bytes()[self.counted..start]
            .iter()
            .filter(|&&b| b == b'\n');
        self.line += feeds.count();
        self.counted = start;
        let record = Record {
            paragraph,
            line: self.line,
            start,
            end,
            text: &printed,
        };
        serde_json::to_writer(&mut self.out, &record)?;
        writeln!(self.out)?;
        Ok(())
    }
}

fn read_input(file: Option<&Path>) -> anyhow::Result<(PathBuf, Vec<u8>)> {
    match file {
        Some(path) if path != Path::new("-") => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            Ok((path.to_path_buf(), bytes))
        }
        _ => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
            Ok((PathBuf::from("-"), bytes))
        }
    }
}

/// The input as text, or an error naming the first invalid byte.
fn decode<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        Error::InvalidUtf8 {
            path: path.to_path_buf(),
            line,
            offset,
        }
    })
}
