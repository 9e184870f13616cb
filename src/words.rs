//! Word counts as translators are paid by them.
//!
//! In: the text of a message (inline Markdown and Fluent placeables included). Out: the
//! number of words a vendor would quote: Unicode word boundaries (UAX #29); link targets,
//! Markdown markers and Fluent placeables not counted; numbers (`20.5`, `3.5%`, `1,400`) not
//! counted; Chinese, Japanese, Korean and Thai counted one word per character.

use unicode_segmentation::UnicodeSegmentation;

/// Words in `text`.
pub fn count(text: &str) -> usize {
    let prose = strip_markup(text);
    prose.unicode_words().map(word_weight).sum()
}

fn word_weight(word: &str) -> usize {
    if word.chars().all(|c| !c.is_alphabetic()) {
        return 0;
    }
    let per_character = word.chars().filter(|&c| is_counted_per_character(c)).count();
    if per_character > 0 {
        // Latin letters mixed into a CJK run (e.g. "AI技术") count once more.
        per_character
            + usize::from(
                word.chars()
                    .any(|c| c.is_alphabetic() && !is_counted_per_character(c)),
            )
    } else {
        1
    }
}

/// Scripts written without spaces between words, where vendors count characters.
fn is_counted_per_character(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x0E00..=0x0E7F    // Thai
        | 0x0E80..=0x0EFF    // Lao
        | 0x20000..=0x2FFFF  // CJK Extensions B–F
    )
}

/// The prose of a message: `[text](url)` keeps only its text, `{ … }` placeables go.
fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut depth = 0usize;
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            ']' if text[i + 1..].starts_with('(') => {
                // Skip the link target up to its closing parenthesis.
                for (_, c) in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
                out.push(' ');
            }
            '*' | '_' | '`' | '[' | ']' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_counted_without_numbers() {
        assert_eq!(count("Funding of £20.5 million, up 3.5% on 1,400 sites."), 6);
    }

    #[test]
    fn markup_link_targets_and_placeables_are_not_counted() {
        assert_eq!(
            count("See the **full** [report](https://www.gov.uk/a/b) { $name } now."),
            5
        );
    }

    #[test]
    fn contractions_and_hyphens_follow_uax29() {
        assert_eq!(count("Don't self-harm"), 3);
    }

    #[test]
    fn chinese_is_counted_by_character() {
        assert_eq!(count("英国政府宣布。"), 6);
        assert_eq!(count("AI技术"), 3);
    }

    #[test]
    fn thai_is_counted_by_character() {
        assert_eq!(count("สวัสดี"), 6);
    }

    #[test]
    fn arabic_and_welsh_count_words() {
        assert_eq!(count("أعلنت الحكومة البريطانية اليوم"), 4);
        assert_eq!(count("Mae'r Llywodraeth wedi cyhoeddi"), 4);
    }
}
