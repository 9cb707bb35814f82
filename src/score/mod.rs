//! The evidence the aligner weighs: length cost and lexical similarity.
