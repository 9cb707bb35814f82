//! Lowercase lookup keys without allocation, their hasher, and the filter
//! that rejects most tokens before a key is built.

use std::hash::Hasher;

/// FNV-1a (Fowler, Noll, Vo): the keys are short, trusted and looked up once
/// per candidate boundary, where SipHash's collision resistance is not needed.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A small stack buffer for lowercase lookup keys, so that looking up the
/// token before a full stop allocates nothing.
pub(crate) struct KeyBuf {
    bytes: [u8; 64],
    len: usize,
    overflow: bool,
}

impl KeyBuf {
    /// An empty key.
    pub(crate) fn new() -> Self {
        KeyBuf {
            bytes: [0; 64],
            len: 0,
            overflow: false,
        }
    }

    /// Appends `s` lowercased.
    pub(crate) fn push_lower(&mut self, s: &str) {
        if s.is_ascii() {
            let start = self.len;
            self.push_bytes(s.as_bytes());
            if !self.overflow {
                self.bytes[start..self.len].make_ascii_lowercase();
            }
            return;
        }
        for c in s.chars() {
            let mut tmp = [0u8; 4];
            match simple_lower(c) {
                Some(lower) => self.push_bytes(lower.encode_utf8(&mut tmp).as_bytes()),
                None => {
                    for lower in c.to_lowercase() {
                        self.push_bytes(lower.encode_utf8(&mut tmp).as_bytes());
                    }
                }
            }
        }
    }

    fn push_bytes(&mut self, enc: &[u8]) {
        if self.overflow || self.len + enc.len() > self.bytes.len() {
            self.overflow = true;
            return;
        }
        self.bytes[self.len..self.len + enc.len()].copy_from_slice(enc);
        self.len += enc.len();
    }

    /// The key, or `None` when it did not fit.
    pub(crate) fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(&self.bytes[..self.len]).ok()
    }
}

/// Size of the tail filter, in bits.
pub(super) const TAIL_BITS: usize = 1 << 16;

/// The filter bit of a token: its first and last letter (lowercased) and its
/// length in bytes.
pub(super) fn tail_bit(token: &str) -> usize {
    let lower = |c: Option<char>| c.map_or(0, |c| simple_lower(c).unwrap_or(c) as usize);
    let first = lower(token.chars().next());
    let last = lower(token.chars().next_back());
    ((first % 64) * 64 + last % 64) * 16 + token.len().min(15)
}

/// The lowercase of `c` for ASCII, Latin-1 and the basic Cyrillic alphabet,
/// which cover nearly every key, without the general Unicode tables.
fn simple_lower(c: char) -> Option<char> {
    let shifted = |k: u32| char::from_u32(c as u32 + k);
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'А'..='Я' => shifted(32),
        'Ѐ'..='Џ' => shifted(80),
        c if c.is_ascii() || ('ß'..='ÿ').contains(&c) || ('а'..='џ').contains(&c) => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_lowercase_agrees_with_unicode() {
        for c in ('\0'..='ӿ').filter(|&c| simple_lower(c).is_some()) {
            assert_eq!(
                simple_lower(c).map(String::from),
                Some(c.to_lowercase().collect()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn key_buffer_lowercases_cyrillic_and_reports_overflow() {
        let mut key = KeyBuf::new();
        key.push_lower("Т.Д");
        assert_eq!(key.as_str(), Some("т.д"));
        let mut long = KeyBuf::new();
        long.push_lower(&"x".repeat(100));
        assert_eq!(long.as_str(), None);
    }
}
