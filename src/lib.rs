//! paralign turns multilingual press releases into aligned parallel corpora.
//!
//! The pipeline, one module per step:
//! 1. [`release`]: scraped pages -> [`Release`]s grouped by ID, chrome stripped, language detected;
//! 2. [`segment`]: each version -> [`Paragraph`]s of [`Sentence`]s;
//! 3. [`align`]: a length-and-similarity dynamic program over [`Bead`]s, paragraphs then sentences;
//! 4. [`join`]: pairwise alignments -> multi-way translation units;
//! 5. [`export`] writes corpora; [`check`] reports missing or incomplete versions.

#![deny(missing_docs)]

pub mod align;
pub mod check;
pub mod error;
pub mod eval;
pub mod export;
pub mod join;
pub mod lang;
pub mod release;
pub mod score;
pub mod segment;

pub use align::{Alignment, Bead};
pub use error::{Error, Result};
pub use lang::Lang;
pub use release::{Archive, Document, Release};
pub use segment::{Paragraph, Sentence};
