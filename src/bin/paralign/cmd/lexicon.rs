//! The flags shared by `align`, `align-lines` and `check` that bring in
//! word translations: bilingual dictionaries and a saved lexicon.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use paralign::Lang;
use paralign::score::{Translations, dict};

/// Dictionary and lexicon flags.
#[derive(Debug, Default, clap::Args)]
pub struct LexiconArgs {
    /// Bilingual dictionary: hunalign's `target @ source` lines, or a dictd
    /// database (`freedict-deu-fra.index`); languages from the file name.
    /// Repeatable.
    #[arg(long, value_name = "FILE")]
    pub dict: Vec<PathBuf>,
    /// Word translations saved by `--lexicon-out`, used instead of learning
    /// them over the input.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Save the word translations learned over the whole input here.
    #[arg(long, value_name = "FILE")]
    pub lexicon_out: Option<PathBuf>,
}

impl LexiconArgs {
    /// The dictionaries and the saved lexicon as one table (`None` when
    /// neither is given); `pair` names the languages of a dictionary whose
    /// file name does not.
    pub fn known(&self, pair: Option<(Lang, Lang)>) -> anyhow::Result<Option<Translations>> {
        if self.dict.is_empty() && self.lexicon.is_none() {
            return Ok(None);
        }
        let mut table = Translations::default();
        for path in &self.dict {
            let n = dict::read(path, pair, &mut table)
                .with_context(|| format!("cannot read the dictionary {}", path.display()))?;
            if n == 0 {
                eprintln!("paralign: warning: no one-word entry in {}", path.display());
            }
        }
        if let Some(path) = &self.lexicon {
            table.extend(&read_lexicon(path)?);
        }
        Ok(Some(table))
    }

    /// Writes `table` to `--lexicon-out`, if given.
    pub fn save(&self, table: &Translations) -> anyhow::Result<()> {
        let Some(path) = &self.lexicon_out else {
            return Ok(());
        };
        let file = File::create(path).map_err(|e| paralign::Error::io(path, e))?;
        table
            .write(std::io::BufWriter::new(file))
            .map_err(|e| paralign::Error::io(path, e))
            .context("cannot write the lexicon")?;
        eprintln!(
            "paralign: {} word translations saved to {}",
            table.len(),
            path.display()
        );
        Ok(())
    }
}

fn read_lexicon(path: &Path) -> anyhow::Result<Translations> {
    let file = File::open(path).map_err(|e| paralign::Error::io(path, e))?;
    Translations::read(BufReader::new(file), path)
        .with_context(|| format!("cannot read the lexicon {}", path.display()))
}

/// `table` shared with the aligner's workers.
pub fn shared(table: Option<Translations>) -> Option<Arc<Translations>> {
    table.filter(|t| !t.is_empty()).map(Arc::new)
}
