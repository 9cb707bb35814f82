//! paralign turns multilingual press releases into aligned parallel corpora.
//!
//! The pipeline, one module per step:
//! 1. [`release`]: scraped pages -> [`Release`]s grouped by ID, chrome stripped, language detected;
//! 2. [`segment`]: each version -> [`Paragraph`]s of [`Sentence`]s;
//! 3. [`align`]: a length-and-similarity dynamic program over [`Bead`]s, paragraphs then sentences;
//! 4. [`join`]: pairwise alignments -> multi-way translation units;
//! 5. [`export`] writes corpora; [`check`] reports missing or incomplete versions.
//!
//! ```
//! use paralign::{Lang, align, join, release, segment::Paragraph};
//!
//! // Two sentences against one: the aligner finds the 2-1 bead.
//! let de = ["Der Minister reiste am 5. Mai nach Riga.", "Dort traf er A. Ozols."];
//! let fr = ["Le ministre s'est rendu à Riga le 5 mai, où il a rencontré A. Ozols."];
//! let al = align::align_sentences(&de, &fr, Lang::De, Lang::Fr, &align::Config::default());
//! assert_eq!(al.beads.len(), 1);
//! assert_eq!(al.beads[0].shape(), (2, 1));
//!
//! // Segmentation keeps ordinals and initials inside the sentence.
//! let p = Paragraph::new(1, "Am 25. und 26. November sprach Dr. A. Weber. Dann ging er.".into(), Lang::De);
//! assert_eq!(p.sentence_texts().count(), 2);
//!
//! // Whole folders: read, group by release ID, align against a pivot, join into units.
//! # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
//! let archive = release::read_dir(dir.as_ref())?;
//! let ranking = join::pivot_ranking(&archive.releases, &[], None);
//! let config = align::Config::default();
//! let units = join::join_release(&archive.releases[0], &ranking, &[], join::Level::Sentence, &config)?;
//! assert!(units.iter().all(|u| u.release == archive.releases[0].id));
//! # Ok::<(), paralign::Error>(())
//! ```

#![deny(missing_docs)]

pub mod align;
pub mod check;
pub mod error;
pub mod eval;
pub mod export;
pub mod join;
pub mod lang;
pub mod release;
pub mod review;
pub mod score;
pub mod segment;
mod table;

pub use align::{Alignment, Bead, DocAlignment};
pub use check::{Finding, Report};
pub use error::{Error, Result};
pub use export::Format;
pub use join::TranslationUnit;
pub use lang::Lang;
pub use release::{Archive, Document, Release};
pub use segment::{Paragraph, Sentence};
