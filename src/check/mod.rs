//! Step 6: completeness findings as data.
