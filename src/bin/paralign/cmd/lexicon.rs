//! The flags shared by `align`, `align-lines` and `check` that bring in
//! word translations: bilingual dictionaries and a saved lexicon.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use paralign::release::Index;
use paralign::score::{Translations, dict};
use paralign::{Lang, align, join};

/// Dictionary and lexicon flags.
#[derive(Debug, Default, clap::Args)]
pub struct LexiconArgs {
    /// Bilingual dictionary: hunalign's `target @ source` lines, or a dictd
    /// database (`freedict-deu-fra.index`); languages from the file name.
    /// Repeatable.
    /// Without it, `align-lines` reads the FreeDict databases installed for
    /// its pair in /usr/share/dictd, if any (see --no-dict).
    #[arg(long, value_name = "FILE")]
    pub dict: Vec<PathBuf>,
    /// Do not read the installed FreeDict databases when --dict is not given.
    #[arg(long, conflicts_with = "dict")]
    pub no_dict: bool,
    /// `align DIR`, `check`, `review`: read every FreeDict database installed
    /// in /usr/share/dictd for the languages aligned (all five unless
    /// --langs), as `align-lines` does for its pair (all fourteen editions:
    /// about 3 s and 50 MB, most of it English–German).
    #[arg(long, conflicts_with_all = ["dict", "no_dict"])]
    pub installed_dicts: bool,
    /// Word translations saved by `--lexicon-out`, used instead of learning
    /// them over the input.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Save the word translations learned over the whole input here.
    #[arg(long, value_name = "FILE", conflicts_with = "lexicon")]
    pub lexicon_out: Option<PathBuf>,
    /// `align-lines`: learn word translations over the pair's confident
    /// beads, then align it again with them (implied by `--lexicon-out`).
    /// `align DIR`, `check` and `review` do so over the whole archive by
    /// default (see --no-archive-lexicon).
    #[arg(long)]
    pub archive_lexicon: bool,
    /// `align DIR`, `check`, `review`: do not learn word translations over
    /// the archive before aligning (one pass instead of two; the
    /// alignment is then what each release's texts teach alone).
    #[arg(long, conflicts_with_all = ["archive_lexicon", "lexicon_out", "lexicon"])]
    pub no_archive_lexicon: bool,
}

impl LexiconArgs {
    /// The dictionaries and the saved lexicon as one table (`None` when
    /// neither is given); `pair` names the languages of a dictionary whose
    /// file name does not. With a `pair` and no `--dict`/`--no-dict`, the
    /// FreeDict databases installed for it are read, and named on stderr.
    pub fn known(&self, pair: Option<(Lang, Lang)>) -> anyhow::Result<Option<Translations>> {
        let installed = match (pair, self.dict.is_empty() && !self.no_dict) {
            (Some((src, tgt)), true) => dict::installed(Path::new(dict::FREEDICT_DIR), src, tgt),
            _ => Vec::new(),
        };
        self.read_known(pair, installed)
    }

    /// [`LexiconArgs::known`] for an archive in `langs` (every language
    /// when empty): with `--installed-dicts`, the FreeDict databases
    /// installed for any two of them are read.
    pub fn known_for(&self, langs: &[Lang]) -> anyhow::Result<Option<Translations>> {
        let langs = if langs.is_empty() {
            &Lang::ALL[..]
        } else {
            langs
        };
        let mut installed = Vec::new();
        for (k, &a) in langs.iter().enumerate().filter(|_| self.installed_dicts) {
            for &b in &langs[k + 1..] {
                installed.extend(dict::installed(Path::new(dict::FREEDICT_DIR), a, b));
            }
        }
        if self.installed_dicts && installed.is_empty() {
            eprintln!(
                "paralign: warning: no FreeDict database installed in {} for these languages",
                dict::FREEDICT_DIR
            );
        }
        self.read_known(None, installed)
    }

    /// The table of the `installed` databases (else of `--dict`) and the
    /// saved lexicon, `None` when there is none.
    fn read_known(
        &self,
        pair: Option<(Lang, Lang)>,
        installed: Vec<std::path::PathBuf>,
    ) -> anyhow::Result<Option<Translations>> {
        if !installed.is_empty() {
            let names: Vec<String> = installed.iter().map(|p| p.display().to_string()).collect();
            let hint = match self.installed_dicts {
                true => "--installed-dicts",
                false => "--no-dict to leave them out",
            };
            crate::ui::note!("paralign: dictionaries read ({hint}): {}", names.join(", "));
        }
        let dicts = if installed.is_empty() {
            &self.dict
        } else {
            &installed
        };
        if dicts.is_empty() && self.lexicon.is_none() {
            return Ok(None);
        }
        let mut table = Translations::default();
        for path in dicts {
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

    /// Refuses a `--lexicon-out` inside one of `inputs` (it would be read
    /// back as a page next time), or one that cannot be written, before any
    /// work is done.
    pub fn check_output(&self, inputs: &[&Path]) -> anyhow::Result<()> {
        if let Some(path) = &self.lexicon_out {
            paralign::export::refuse_inputs(path, inputs)?;
            paralign::export::check_file_target(path).context("cannot write the lexicon")?;
        }
        Ok(())
    }

    /// Writes `table` to `--lexicon-out`, if given, atomically (an
    /// interrupted run leaves an existing file as it was).
    pub fn save(&self, table: &Translations) -> anyhow::Result<()> {
        let Some(path) = &self.lexicon_out else {
            return Ok(());
        };
        let mut bytes = Vec::new();
        table.write(&mut bytes)?;
        paralign::export::write_atomically(path, &bytes).context("cannot write the lexicon")?;
        crate::ui::note!(
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

impl LexiconArgs {
    /// True when an archive is to be aligned twice, the second time with
    /// the translations a first pass learned over it: the default, unless
    /// `--no-archive-lexicon` or a saved lexicon (`--lexicon`) is given.
    pub fn learns(&self) -> bool {
        self.lexicon.is_none() && !self.no_archive_lexicon
    }

    /// The configuration the archive is aligned with: `config` with the
    /// dictionaries and the saved lexicon, and, when an `index` is given
    /// and [`LexiconArgs::learns`], the translations learned over its
    /// releases by a first pass against the pivots `preferred` and the
    /// archive's counts choose (saved to `--lexicon-out`).
    pub fn configure(
        &self,
        index: Option<&Index>,
        (langs, preferred): (&[Lang], Option<Lang>),
        config: &align::Config,
    ) -> anyhow::Result<align::Config> {
        let known = self.known_for(langs)?;
        let mut config = align::Config {
            translations: shared(known.clone()),
            ..config.clone()
        };
        if let Some(index) = index.filter(|_| self.learns()) {
            let learned = learn_over(index, (langs, preferred), &config)?;
            self.save(&learned)?;
            let mut all = known.unwrap_or_default();
            all.extend(&learned);
            config.translations = shared(Some(all));
        }
        Ok(config)
    }
}

/// The translations learned over the confident 1-1 sentence beads of a
/// first pass with `config` over every release of `index`
/// ([`join::learn_lexicon`]).
pub fn learn_over(
    index: &Index,
    (langs, preferred): (&[Lang], Option<Lang>),
    config: &align::Config,
) -> paralign::Result<Translations> {
    let learning = crate::ui::spinner("learning word translations over the archive (first pass)");
    let lexicon = join::learn_lexicon(index, langs, preferred, config)?;
    learning.finish_and_clear();
    let table = lexicon.translations();
    crate::ui::note!(
        "paralign: learned {} word translations from {} confident beads",
        table.len(),
        lexicon.beads()
    );
    Ok(table)
}

/// `table` shared with the aligner's workers.
pub fn shared(table: Option<Translations>) -> Option<Arc<Translations>> {
    table.filter(|t| !t.is_empty()).map(Arc::new)
}
