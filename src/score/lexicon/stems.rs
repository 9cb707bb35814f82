//! The stems of one language's entries in a [`Translations`] table, each
//! stored once: their texts end to end in one string, found again through
//! a hash table of ids ([`hashbrown::HashTable`], which hashes and compares
//! through the texts). A dictionary's tens of thousands of stems thus take
//! a few bytes each, where a `HashMap<String, _>` took an allocation per
//! stem and per use.
//!
//! [`Translations`]: super::Translations

use std::hash::{Hash, Hasher};

use hashbrown::HashTable;

use crate::score::hash::FastHasher;

/// Interned stems, numbered from 0 in order of first insertion.
#[derive(Clone, Debug, Default)]
pub(super) struct Stems {
    /// Every stem's text, end to end.
    text: String,
    /// Per id: where its text ends in `text` (it starts where the previous
    /// one ends).
    ends: Vec<u32>,
    /// The ids, found by their texts' hashes.
    ids: HashTable<u32>,
}

impl Stems {
    /// The id of `stem`, if interned.
    pub(super) fn get(&self, stem: &str) -> Option<u32> {
        let same = |id: &u32| text_of(&self.text, &self.ends, *id) == stem;
        self.ids.find(hash(stem), same).copied()
    }

    /// The id of `stem`, interned if new.
    pub(super) fn intern(&mut self, stem: &str) -> u32 {
        if let Some(id) = self.get(stem) {
            return id;
        }
        let id = self.ends.len() as u32;
        self.text.push_str(stem);
        self.ends.push(self.text.len() as u32);
        let (text, ends) = (&self.text, &self.ends);
        let rehash = |id: &u32| hash(text_of(text, ends, *id));
        self.ids.insert_unique(hash(stem), id, rehash);
        id
    }

    /// The text of stem `id`.
    pub(super) fn text(&self, id: u32) -> &str {
        text_of(&self.text, &self.ends, id)
    }
}

/// The text of stem `id` in `text`, whose stems end at `ends`.
fn text_of<'t>(text: &'t str, ends: &[u32], id: u32) -> &'t str {
    let id = id as usize;
    let start = if id == 0 { 0 } else { ends[id - 1] };
    &text[start as usize..ends[id] as usize]
}

/// The hash of `stem` as `str` hashes itself (its bytes, then a marker
/// byte whose round spreads every byte into the low bits the table uses).
fn hash(stem: &str) -> u64 {
    let mut hasher = FastHasher::default();
    stem.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_interned_once_and_found_again() {
        let mut stems = Stems::default();
        assert_eq!(stems.get("gipfel"), None);
        let words: Vec<String> = (0..1000).map(|k| format!("w{k}")).collect();
        for (k, w) in words.iter().enumerate() {
            assert_eq!(stems.intern(w), k as u32);
        }
        assert_eq!(stems.intern(""), 1000);
        assert_eq!(stems.intern("sommet"), 1001);
        assert_eq!(stems.ends.len(), 1002);
        for (k, w) in words.iter().enumerate() {
            assert_eq!(stems.intern(w), k as u32);
            assert_eq!(stems.get(w), Some(k as u32));
            assert_eq!(stems.text(k as u32), w);
        }
        assert_eq!(stems.text(1000), "");
        assert_eq!(stems.get("sommet"), Some(1001));
        assert_eq!(stems.get("w1000"), None);
        assert_eq!(stems.ids.len(), 1002);
    }
}
