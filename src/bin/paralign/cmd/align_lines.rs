//! `paralign align-lines`: align two files holding one sentence per line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use itertools::Itertools;
use paralign::Lang;
use paralign::align::{self, Alignment};
use paralign::score::ArchiveLexicon;
use paralign::score::lexicon::archive;

/// Flags of `paralign align-lines`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Source file, one sentence per line (not re-segmented).
    pub src: PathBuf,
    /// Target file, one sentence per line (not re-segmented).
    pub tgt: PathBuf,
    /// Language of the source file (de, en, es, ru, fr).
    #[arg(long)]
    pub src_lang: Lang,
    /// Language of the target file (de, en, es, ru, fr).
    #[arg(long)]
    pub tgt_lang: Lang,
    /// Write the beads here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Largest bead: shapes a-b with a + b <= MAX_SHAPE + 1 are tried, 2 to 6 [default: 4].
    // The aligner clamps to 2..=6; refusing the rest beats ignoring them silently.
    #[arg(long, value_parser = clap::value_parser!(u8).range(2..=6))]
    pub max_shape: Option<u8>,
    /// Skip the second pass with the lexicon learned from the first.
    #[arg(long)]
    pub no_lexicon: bool,
    /// Print the aligned sentences themselves, `score<TAB>source<TAB>target`,
    /// the sentences of a side joined by a space, instead of their indices.
    #[arg(long)]
    pub text: bool,
    /// Dictionaries and a saved lexicon.
    #[command(flatten)]
    pub lexicon: super::lexicon::LexiconArgs,
    /// Worker threads.
    #[command(flatten)]
    pub threads: super::Threads,
}

/// Runs `paralign align-lines`: prints one bead per line as `[i, j]:[k]:score`
/// (or its sentences with `--text`). An output file is replaced only once the
/// beads are all written, and never when it is one of the inputs.
pub fn run(args: Args) -> anyhow::Result<u8> {
    args.threads.apply()?;
    if let Some(path) = &args.output {
        paralign::export::refuse_inputs(path, &[&args.src, &args.tgt])?;
        paralign::export::check_file_target(path).context("cannot write the output")?;
    }
    args.lexicon.check_output(&[&args.src, &args.tgt])?;
    let src_text = read_text(&args.src)?;
    let tgt_text = read_text(&args.tgt)?;
    let src: Vec<&str> = src_text.lines().collect();
    let tgt: Vec<&str> = tgt_text.lines().collect();
    let pair = (args.src_lang, args.tgt_lang);
    let known = args.lexicon.known(Some(pair))?;
    let defaults = align::Config::default();
    let config = align::Config {
        max_shape: args.max_shape.map_or(defaults.max_shape, usize::from),
        learn_lexicon: !args.no_lexicon,
        translations: super::lexicon::shared(known),
        ..defaults
    };
    let mut alignment = align::align_sentences(&src, &tgt, args.src_lang, args.tgt_lang, &config);
    let lexicon = &args.lexicon;
    if lexicon.lexicon.is_none() && (lexicon.archive_lexicon || lexicon.lexicon_out.is_some()) {
        // The "archive" is this one pair: learn over its confident beads,
        // save, and align again with what was learned.
        let mut learned = ArchiveLexicon::default();
        let beads = alignment.beads.iter().map(|b| (&b.src, &b.tgt, b.score));
        for (i, j) in archive::confident(beads) {
            learned.add(pair, src[i], tgt[j]);
        }
        let learned = learned.translations();
        lexicon.save(&learned)?;
        if lexicon.archive_lexicon {
            let mut all = config.translations.as_deref().cloned().unwrap_or_default();
            all.extend(&learned);
            let config = align::Config {
                translations: super::lexicon::shared(Some(all)),
                ..config
            };
            alignment = align::align_sentences(&src, &tgt, args.src_lang, args.tgt_lang, &config);
        }
    }
    let mut bytes = Vec::new();
    if args.text {
        write_texts(&mut bytes, &alignment, &src, &tgt)?;
    } else {
        write_beads(&mut bytes, &alignment)?;
    }
    match &args.output {
        Some(path) => {
            paralign::export::write_atomically(path, &bytes).context("cannot write the output")?
        }
        None => {
            let mut out = io::stdout().lock();
            out.write_all(&bytes)
                .and_then(|()| out.flush())
                .map_err(|e| paralign::Error::io(Path::new("<stdout>"), e))?;
        }
    }
    Ok(0)
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).map_err(|e| paralign::Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        paralign::Error::InvalidUtf8 {
            path: path.to_path_buf(),
            line,
            offset,
        }
        .into()
    })
}

fn write_beads(mut out: impl Write, alignment: &Alignment) -> io::Result<()> {
    let list = |r: &std::ops::Range<usize>| {
        let items: Vec<String> = r.clone().map(|i| i.to_string()).collect();
        format!("[{}]", items.join(", "))
    };
    for bead in &alignment.beads {
        writeln!(
            out,
            "{}:{}:{:.4}",
            list(&bead.src),
            list(&bead.tgt),
            bead.score
        )?;
    }
    Ok(())
}

fn write_texts(
    mut out: impl Write,
    alignment: &Alignment,
    src: &[&str],
    tgt: &[&str],
) -> io::Result<()> {
    let side = |lines: &[&str], r: &std::ops::Range<usize>| {
        let joined = lines[r.clone()].iter().map(|l| l.trim()).join(" ");
        joined.replace('\t', " ")
    };
    for bead in &alignment.beads {
        let (a, b) = (side(src, &bead.src), side(tgt, &bead.tgt));
        writeln!(out, "{:.4}\t{a}\t{b}", bead.score)?;
    }
    Ok(())
}
