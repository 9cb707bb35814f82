//! Gold alignments and strict/lax precision, recall and F1 (Sennrich & Volk 2011).
