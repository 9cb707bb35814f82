//! The stems of one language's entries in a [`Translations`] table, each
//! stored once: their texts end to end in one string, found again through
//! an open-addressing table of ids. A dictionary's tens of thousands of
//! stems thus take a few bytes each, where a `HashMap<String, _>` took an
//! allocation per stem and per use.
//!
//! [`Translations`]: super::Translations

use std::hash::Hasher;

use crate::score::hash::FastHasher;

/// Marks an empty slot of [`Stems::slots`].
const EMPTY: u32 = u32::MAX;

/// Interned stems, numbered from 0 in order of first insertion.
#[derive(Clone, Debug, Default)]
pub(super) struct Stems {
    /// Every stem's text, end to end.
    text: String,
    /// Per id: where its text ends in `text` (it starts where the previous
    /// one ends).
    ends: Vec<u32>,
    /// Ids by hash, linear probing; a power of two long (or empty), at
    /// most three quarters full.
    slots: Vec<u32>,
}

impl Stems {
    /// The id of `stem`, if interned.
    pub(super) fn get(&self, stem: &str) -> Option<u32> {
        self.find(stem).ok()
    }

    /// The id of `stem`, interned if new.
    pub(super) fn intern(&mut self, stem: &str) -> u32 {
        if (self.ends.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        match self.find(stem) {
            Ok(id) => id,
            Err(slot) => {
                let id = self.ends.len() as u32;
                self.text.push_str(stem);
                self.ends.push(self.text.len() as u32);
                self.slots[slot] = id;
                id
            }
        }
    }

    /// The text of stem `id`.
    pub(super) fn text(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.text[start as usize..self.ends[id] as usize]
    }

    /// `Ok(id)` of `stem`, or `Err(slot)`: the empty slot it would take
    /// (0 while there are no slots, which [`Stems::intern`] grows first).
    fn find(&self, stem: &str) -> Result<u32, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.home(stem);
        loop {
            match self.slots[slot] {
                EMPTY => return Err(slot),
                id if self.text(id) == stem => return Ok(id),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The first slot `stem` is looked for in: the hash's top bits, which
    /// depend on every byte (its low bits only on the first ones).
    fn home(&self, stem: &str) -> usize {
        let mut hasher = FastHasher::default();
        hasher.write(stem.as_bytes());
        let bits = self.slots.len().trailing_zeros();
        (hasher.finish() >> (64 - bits)) as usize
    }

    /// Doubles the slots (16 at first) and places every id again.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        self.slots = vec![EMPTY; size];
        let mask = size - 1;
        for id in 0..self.ends.len() as u32 {
            let mut slot = self.home(self.text(id));
            while self.slots[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = id;
        }
    }
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
        assert!(stems.slots.len() * 3 >= stems.ends.len() * 4);
    }
}
