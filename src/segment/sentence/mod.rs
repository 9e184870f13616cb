//! A rule-based sentence splitter for press-release prose, in English and six more languages.
//!
//! In: one block's text and the [`Rules`] of its language. Out: byte ranges that cover the
//! text exactly (joining them gives the text back); the spaces after a sentence belong to it.
//!
//! A sentence ends at a run of terminators (`.`, `!`, `?`, `…`, `。`, `؟` …) and the closing
//! quotes or brackets after it, followed by a space and something that can begin a sentence.
//! Whether a full stop ends one depends on the word in front of it ([`boundary`]):
//! abbreviations, initials, numbers and ordinals, e-mail addresses and URLs. Nothing is cut
//! inside balanced brackets or quotation marks ([`nesting`]); list items run together in one
//! block are cut apart ([`lists`]). What is language-specific is data ([`rules`]).

mod boundary;
mod lists;
mod nesting;
pub mod rules;

use std::ops::Range;

pub use rules::Rules;

use boundary::Run;
use lists::Lists;
use nesting::Nesting;

/// Splits `text` into sentences: ranges covering it exactly, in order.
pub fn split(text: &str, rules: &Rules) -> Vec<Range<usize>> {
    let lists = Lists::of(text);
    let mut cuts = Vec::new();
    if text.contains(is_terminator) {
        let nesting = Nesting::of(text);
        let mut sentence_start = 0;
        let mut from = 0;
        while let Some(offset) = text[from..].find(is_terminator) {
            let run = Run::at(text, from + offset);
            from = run.end;
            if lists.in_marker(run.start) || nesting.inside(run.last) {
                continue;
            }
            if let Some(cut) = boundary::cut_after(text, &run, sentence_start, rules) {
                cuts.push(cut);
                sentence_start = cut;
            }
        }
    }
    cuts.extend(lists.starts);
    cuts.sort_unstable();
    cuts.dedup();
    let mut ranges = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts.into_iter().filter(|&c| c > 0 && c < text.len()) {
        ranges.push(start..cut);
        start = cut;
    }
    ranges.push(start..text.len());
    ranges
}

/// Whether `c` can end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?') || (!c.is_ascii() && (is_definite_terminator(c) || c == '\u{2026}'))
}

/// Terminators that end a sentence whatever word comes before them: `!`, `?` and their
/// doubled forms, the Arabic and Urdu question mark and full stop, the Devanagari danda, and
/// the full-width terminators of Chinese and Japanese.
fn is_definite_terminator(c: char) -> bool {
    matches!(
        c,
        '!' | '?'
            | '\u{203C}'
            | '\u{2047}'
            | '\u{2048}'
            | '\u{2049}'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{0964}'
            | '\u{0965}'
    ) || is_cjk_terminator(c)
}

/// Terminators of scripts written without spaces: a sentence may begin right after them.
fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF0E}')
}

#[cfg(test)]
mod tests;
