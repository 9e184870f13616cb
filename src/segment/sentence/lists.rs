//! List items run together in one block: `1.) First 2.) Second`, `a. One b. Two`,
//! `• 9. Nine • 10. Ten`.
//!
//! In: a block's text. Out: [`Lists`], the places where an item begins (a sentence begins
//! there even without a terminator before it) and the spans of item markers (whose full stop
//! ends nothing). A marker is a number of up to three digits or one lower-case letter, then
//! `.`, `)` or `.)`, then a space. The first marker of a list opens the block or follows a
//! bullet; each further one must carry the next number or letter in the same style, so a
//! stray "2." in prose is not taken for an item.

use std::ops::Range;

/// Characters that mark list items on their own.
const BULLETS: &[char] = &[
    '\u{2022}', '\u{2043}', '\u{25E6}', '\u{25AA}', '\u{2023}', '\u{25CF}', '\u{25CB}', '\u{25A0}',
    '\u{25A1}', '\u{27A2}', '\u{25BA}', '\u{25B8}',
];

pub(super) fn is_bullet(c: char) -> bool {
    BULLETS.contains(&c)
}

#[derive(Debug, Default)]
pub(super) struct Lists {
    /// Byte offsets where an item begins, in order.
    pub(super) starts: Vec<usize>,
    /// The markers' byte spans (`1.`, `b)`), in order.
    markers: Vec<Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// The item's number, or its letter as a number (`a` = 1).
    value: u32,
    letter: bool,
    /// The punctuation after it: `.`, `)` or `.)`.
    style: &'static str,
}

impl Lists {
    pub(super) fn of(text: &str) -> Lists {
        let mut lists = Lists::default();
        let mut last: Option<Marker> = None;
        let mut previous: Option<char> = None;
        let mut after_bullet = false;
        for (at, c) in text.char_indices() {
            let word_start = previous.is_none_or(char::is_whitespace) || previous.is_some_and(is_bullet);
            if is_bullet(c) {
                if at > 0 && previous.is_some_and(char::is_whitespace) {
                    lists.starts.push(at);
                }
                after_bullet = true;
                last = None;
            } else if word_start && let Some((marker, len)) = marker_at(&text[at..]) {
                let opens_list = at == 0 || after_bullet;
                let continues = last.is_some_and(|l| {
                    l.letter == marker.letter && l.style == marker.style && l.value + 1 == marker.value
                });
                if opens_list || continues {
                    if continues {
                        lists.starts.push(at);
                    }
                    lists.markers.push(at..at + len);
                    last = Some(marker);
                }
                after_bullet = false;
            } else if !c.is_whitespace() {
                after_bullet = false;
            }
            previous = Some(c);
        }
        lists
    }

    /// Whether the byte at `at` belongs to an item marker.
    pub(super) fn in_marker(&self, at: usize) -> bool {
        let after = self.markers.partition_point(|m| m.start <= at);
        after > 0 && at < self.markers[after - 1].end
    }
}

/// The marker that `rest` starts with, and its length in bytes (a space must follow it).
fn marker_at(rest: &str) -> Option<(Marker, usize)> {
    let bytes = rest.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let (value, letter, len) = match digits {
        1..=3 => (rest[..digits].parse().ok()?, false, digits),
        0 if bytes.first().is_some_and(u8::is_ascii_lowercase) => (u32::from(bytes[0] - b'a' + 1), true, 1),
        _ => return None,
    };
    let style = [".)", ")", "."]
        .into_iter()
        .find(|s| rest[len..].starts_with(s))?;
    let end = len + style.len();
    let spaced = rest[end..].chars().next().is_some_and(char::is_whitespace);
    spaced.then_some((Marker { value, letter, style }, end))
}
