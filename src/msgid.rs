//! Content-derived message ids: `<slug of the first words>-<short hash of the normalized text>`.
//!
//! In: segment texts. Out: Fluent identifiers (`[a-z][a-z0-9-]*`) that depend only on the
//! text itself, so inserting, deleting or moving other segments never changes them, and a
//! changed text gets a new id ("new meaning, new id"). Whitespace and typographic variants
//! (curly quotes, non-breaking spaces, `…`, dashes) are normalized away before hashing.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

/// Hex digits of the hash in an id; longer only where two texts would otherwise collide.
pub const HASH_LEN: usize = 6;
const SLUG_WORDS: usize = 4;
const SLUG_MAX: usize = 32;

/// The text as far as meaning goes: one space between words, straight quotes, plain dashes.
pub fn normalize(text: &str) -> String {
    normalized(text).collect()
}

/// Whether two texts mean the same as far as [`normalize`] goes; stops at the first difference
/// and allocates nothing.
pub fn same_normalized(a: &str, b: &str) -> bool {
    normalized(a).eq(normalized(b))
}

/// The characters of [`normalize`]`(text)`, without building the string (comparisons stop at
/// the first difference).
pub fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut started = false;
    let mut pending_space = false;
    text.chars().flat_map(move |c| {
        // At most a space and the three dots of an ellipsis come out of one character.
        let mut out = ['\0'; 4];
        let mut n = 0;
        let mut push = |c: char| {
            out[n] = c;
            n += 1;
        };
        if c.is_whitespace() {
            pending_space = started;
        } else {
            let mapped: &[char] = match c {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => &['\''],
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => &['"'],
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => &['-'],
                '\u{2026}' => &['.', '.', '.'],
                '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => &[],
                _ => std::slice::from_ref(&c),
            };
            if pending_space {
                push(' ');
                pending_space = false;
            }
            mapped.iter().for_each(|&c| push(c));
            started |= n > 0;
        }
        out.into_iter().take(n)
    })
}

/// The readable part of an id: the first words in lowercase ASCII, joined by hyphens.
pub fn slug(text: &str, fallback: &str) -> String {
    let mut slug = String::new();
    let words = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(SLUG_WORDS);
    for word in words {
        if slug.len() + word.len() + 1 > SLUG_MAX && !slug.is_empty() {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().take(SLUG_MAX).map(|c| c.to_ascii_lowercase()));
    }
    if slug.is_empty() {
        return fallback.to_string();
    }
    if slug.starts_with(|c: char| c.is_ascii_digit()) {
        slug.insert(0, 'n');
    }
    slug
}

fn hash_hex(normalized: &str, len: usize) -> String {
    let digest = Sha256::digest(normalized.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex.truncate(len);
    hex
}

/// The id of one text, with the standard hash length.
pub fn of(text: &str, fallback_slug: &str) -> String {
    with_hash_len(&normalize(text), fallback_slug, HASH_LEN)
}

fn with_hash_len(normalized: &str, fallback_slug: &str, len: usize) -> String {
    format!(
        "{}-{}",
        slug(normalized, fallback_slug),
        hash_hex(normalized, len)
    )
}

/// Ids for the texts of one release, in order. Equal texts (after normalization) share an
/// id; different texts that would share one get longer hashes, decided by the set of texts
/// alone so the outcome does not depend on their order.
pub fn assign(texts: &[(&str, &str)]) -> Vec<String> {
    assign_with(texts, HASH_LEN)
}

fn assign_with(texts: &[(&str, &str)], start_len: usize) -> Vec<String> {
    let normalized: Vec<String> = texts.iter().map(|(t, _)| normalize(t)).collect();
    let mut len = vec![start_len; texts.len()];
    loop {
        let ids: Vec<String> = (0..texts.len())
            .map(|i| with_hash_len(&normalized[i], texts[i].1, len[i]))
            .collect();
        let mut owners: HashMap<&str, &str> = HashMap::new();
        let mut colliding: Vec<&str> = Vec::new();
        for (id, text) in ids.iter().zip(&normalized) {
            match owners.insert(id, text) {
                Some(other) if other != text => colliding.push(id),
                _ => {}
            }
        }
        if colliding.is_empty() {
            return ids;
        }
        for i in 0..texts.len() {
            if colliding.contains(&ids[i].as_str()) {
                len[i] = (len[i] * 2).min(64);
            }
        }
    }
}

/// Whether `id` is a valid Fluent message identifier.
pub fn is_valid(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_slug_plus_hash() {
        let id = of("The NCA continues to lead operations.", "paragraph");
        assert!(id.starts_with("the-nca-continues-to-"), "{id}");
        assert_eq!(id.len(), "the-nca-continues-to-".len() + HASH_LEN);
        assert!(is_valid(&id));
    }

    #[test]
    fn whitespace_and_typography_do_not_change_the_id() {
        let a = of(
            "The Minister said: \u{201C}We act\u{201D} \u{2014} now\u{2026}",
            "p",
        );
        let b = of("The  Minister said:\n\"We act\" - now...", "p");
        assert_eq!(a, b);
    }

    #[test]
    fn a_changed_word_changes_the_id() {
        assert_ne!(of("We will act.", "p"), of("We will not act.", "p"));
    }

    #[test]
    fn texts_without_latin_words_use_the_kind_and_digits_get_a_letter() {
        assert!(of("你好，世界", "paragraph").starts_with("paragraph-"));
        assert!(of("2026 budget", "p").starts_with("n2026-budget-"));
    }

    #[test]
    fn equal_texts_share_an_id() {
        let ids = assign(&[("Same text.", "p"), ("Other.", "p"), ("Same  text.", "p")]);
        assert_eq!(ids[0], ids[2]);
        assert_ne!(ids[0], ids[1]);
    }

    #[test]
    fn collisions_are_resolved_regardless_of_order() {
        // With one hex digit, collisions between these slugs-alike texts are certain.
        let texts: Vec<String> = (0..40).map(|i| format!("Alpha {}", "x".repeat(i))).collect();
        let input: Vec<(&str, &str)> = texts.iter().map(|t| (t.as_str(), "p")).collect();
        let forward = assign_with(&input, 1);
        let mut reversed_input = input.clone();
        reversed_input.reverse();
        let mut backward = assign_with(&reversed_input, 1);
        backward.reverse();
        assert_eq!(forward, backward);
        let unique: std::collections::HashSet<_> = forward.iter().collect();
        assert_eq!(unique.len(), texts.len());
    }
}
