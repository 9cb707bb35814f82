//! `moses`: for each language pair, two line-aligned plain-text files
//! `corpus.<src>-<tgt>.<src>` and `corpus.<src>-<tgt>.<tgt>`, the layout Moses and
//! most MT toolkits train from. A unit missing either side of a pair (or whose
//! side is blank) is left out of that pair, so line `n` of both files always match.
//! Every file is written beside its target and all are renamed together at the
//! end, so the folder never holds pairs of two different runs.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use super::output::at;
use super::staged::Pending;
use super::{Exporter, Meta, Output, one_line};
use crate::join::TranslationUnit;
use crate::{Error, Lang, Result};

/// The two files of one pair.
struct Pair {
    langs: [Lang; 2],
    paths: [PathBuf; 2],
    files: [BufWriter<File>; 2],
}

/// Streams every pair of [`Meta::pairs`] into its files.
pub(crate) struct MosesExporter {
    pairs: Vec<Pair>,
    pending: Pending,
}

impl MosesExporter {
    pub(crate) fn new(output: Output, meta: &Meta) -> Result<Self> {
        if meta.pairs.is_empty() {
            let langs = itertools::join(&meta.langs, ",");
            return Err(Error::Invalid(format!(
                "the moses format writes language pairs, but only {langs} would be \
                 exported; give --langs with two languages present in the input"
            )));
        }
        let dir = output.into_dir()?;
        let mut pending = Pending::default();
        pending.create_dir(&dir)?;
        let mut pairs = Vec::new();
        for &(a, b) in &meta.pairs {
            if a == b {
                return Err(Error::Invalid(format!(
                    "moses pair {a}-{b} needs two languages"
                )));
            }
            let paths = [a, b].map(|l| dir.join(format!("corpus.{a}-{b}.{l}")));
            let files = [
                BufWriter::new(pending.create(&paths[0])?),
                BufWriter::new(pending.create(&paths[1])?),
            ];
            pairs.push(Pair {
                langs: [a, b],
                paths,
                files,
            });
        }
        Ok(MosesExporter { pairs, pending })
    }
}

impl Exporter for MosesExporter {
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        for pair in &mut self.pairs {
            let texts = pair.langs.map(|l| unit.side(l).map(|s| s.text.trim()));
            let [Some(a), Some(b)] = texts else { continue };
            if a.is_empty() || b.is_empty() {
                continue;
            }
            for (k, text) in [a, b].into_iter().enumerate() {
                writeln!(pair.files[k], "{}", one_line(text)).map_err(at(&pair.paths[k]))?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        for pair in &mut self.pairs {
            for (file, path) in pair.files.iter_mut().zip(&pair.paths) {
                file.flush().map_err(at(path))?;
            }
        }
        self.pending.commit()
    }
}
