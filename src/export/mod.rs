//! Step 5: one file per output format.
