//! A rule-based sentence splitter for press-release prose.
//!
//! In: one block's text and the source language's abbreviations. Out: byte ranges that cover
//! the text exactly (joining them gives the text back); trailing spaces belong to the sentence
//! before them. Better than plain UAX #29 on what releases hold: abbreviations (`Mr.`, `No. 10`,
//! `e.g.`), initials, decimals and amounts (`1.6m`, `£20.5 million`), ellipses, quotations and
//! brackets (no cut inside them), URLs and e-mail addresses, list markers, `?!` runs.
//! Abbreviations are data (`data/abbreviations/<language>.txt`), not code.

use std::collections::HashSet;
use std::ops::Range;

/// Words after which a full stop does not end a sentence.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations(HashSet<String>);

impl Abbreviations {
    /// The list shipped for `language` (`en`, `fr`, `de`, `cy`); empty for other languages.
    pub fn for_language(language: &str) -> Self {
        let data = match language {
            "en" => include_str!("../../data/abbreviations/en.txt"),
            "fr" => include_str!("../../data/abbreviations/fr.txt"),
            "de" => include_str!("../../data/abbreviations/de.txt"),
            "cy" => include_str!("../../data/abbreviations/cy.txt"),
            _ => "",
        };
        Abbreviations::parse(data)
    }

    /// One abbreviation per line, without its final full stop; `#` starts a comment line.
    pub fn parse(data: &str) -> Self {
        Abbreviations(
            data.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect(),
        )
    }

    fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

const CLOSERS: &[char] = &[
    '"', '\'', '\u{201D}', '\u{2019}', ')', ']', '\u{BB}', '\u{300D}', '\u{300F}', '\u{FF09}',
];
const OPENERS: &[char] = &[
    '"', '\'', '\u{201C}', '\u{2018}', '(', '[', '\u{AB}', '\u{300C}', '\u{300E}', '\u{FF08}', '\u{BF}',
    '\u{A1}',
];

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | '\u{203C}'
            | '\u{2047}'
            | '\u{2048}'
            | '\u{2049}'
            | '\u{061F}'
            | '\u{06D4}'
    ) || is_cjk_terminator(c)
}

fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF0E}')
}

/// Splits `text` into sentences: ranges covering it exactly, in order.
pub fn split(text: &str, abbreviations: &Abbreviations) -> Vec<Range<usize>> {
    let nesting = Nesting::of(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < chars.len() && is_terminator(chars[i].1) {
            i += 1;
        }
        while i < chars.len() && CLOSERS.contains(&chars[i].1) {
            i += 1;
        }
        // Inside brackets or quotes unless the closers just ended the outermost pair.
        if nesting.inside(i - 1) {
            continue;
        }
        let cjk = chars[run_start..i].iter().any(|&(_, c)| is_cjk_terminator(c));
        let mut next = i;
        while next < chars.len() && chars[next].1.is_whitespace() {
            next += 1;
        }
        if next == chars.len() {
            break;
        }
        let spaced = next > i;
        if !(spaced || cjk) {
            continue;
        }
        if ends_sentence(text, &chars, run_start, i, next, abbreviations) {
            cuts.push(chars[next].0);
        }
        i = next;
    }
    let mut ranges = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts {
        ranges.push(start..cut);
        start = cut;
    }
    ranges.push(start..text.len());
    ranges
}

/// Decides whether the terminator run `chars[run_start..run_end]`, followed by whitespace up
/// to `next`, ends a sentence.
fn ends_sentence(
    text: &str,
    chars: &[(usize, char)],
    run_start: usize,
    run_end: usize,
    next: usize,
    abbreviations: &Abbreviations,
) -> bool {
    if !starts_sentence(chars, next) {
        return false;
    }
    let run: String = chars[run_start..run_end].iter().map(|&(_, c)| c).collect();
    if !run.starts_with('.') || run.starts_with("..") {
        return true;
    }
    // A single full stop: look at the word in front of it.
    let word_end = chars[run_start].0;
    let word_start = text[..word_end]
        .rfind(|c: char| c.is_whitespace() || OPENERS.contains(&c))
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let word = &text[word_start..word_end];
    if abbreviations.contains(word) {
        return false;
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let is_list_marker = word_start == 0
        && !word.is_empty()
        && word.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
        && word.len() <= 3;
    !(is_initial || is_list_marker)
}

/// A sentence starts with an upper-case letter, a digit, an opening quote or bracket, or any
/// character of a script without case (Arabic, Chinese …).
fn starts_sentence(chars: &[(usize, char)], at: usize) -> bool {
    let c = chars[at].1;
    if c.is_lowercase() {
        return false;
    }
    c.is_uppercase() || c.is_numeric() || OPENERS.contains(&c) || (c.is_alphabetic() && !c.is_lowercase())
}

/// Which characters sit inside brackets or quotation marks, when those are balanced.
struct Nesting(Vec<bool>);

impl Nesting {
    fn of(text: &str) -> Nesting {
        Nesting::with_quotes(text, true)
            .or_else(|| Nesting::with_quotes(text, false))
            .unwrap_or_else(|| Nesting(vec![false; text.chars().count()]))
    }

    /// `None` when the pairs do not balance: then nothing is treated as nested.
    fn with_quotes(text: &str, quotes: bool) -> Option<Nesting> {
        let mut stack: Vec<char> = Vec::new();
        let mut inside = Vec::with_capacity(text.len());
        let mut previous = ' ';
        for c in text.chars() {
            let opening = match c {
                '(' => Some(')'),
                '[' => Some(']'),
                '\u{201C}' if quotes => Some('\u{201D}'),
                '\u{300C}' if quotes => Some('\u{300D}'),
                '\u{AB}' if quotes => Some('\u{BB}'),
                '"' if quotes && stack.last() != Some(&'"') && !previous.is_alphanumeric() => Some('"'),
                _ => None,
            };
            if stack.last() == Some(&c) {
                stack.pop();
                inside.push(!stack.is_empty());
            } else if let Some(close) = opening {
                inside.push(!stack.is_empty());
                stack.push(close);
            } else {
                if matches!(c, ')' | ']') {
                    return None;
                }
                inside.push(!stack.is_empty());
            }
            previous = c;
        }
        stack.is_empty().then_some(Nesting(inside))
    }

    fn inside(&self, char_index: usize) -> bool {
        self.0.get(char_index).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let abbreviations = Abbreviations::for_language("en");
        split(text, &abbreviations)
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            sentences("One two. Three four! Five? Six"),
            ["One two.", "Three four!", "Five?", "Six"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_cut() {
        assert_eq!(
            sentences("Mr. Smith met Dr. J. K. Jones at No. 10 Downing St. on Monday. They spoke."),
            [
                "Mr. Smith met Dr. J. K. Jones at No. 10 Downing St. on Monday.",
                "They spoke."
            ]
        );
        assert_eq!(
            sentences("Partners, e.g. Europol, helped. Good."),
            ["Partners, e.g. Europol, helped.", "Good."]
        );
        assert_eq!(
            sentences("Agencies in the U.S. Department of Justice agreed."),
            ["Agencies in the U.S. Department of Justice agreed."]
        );
    }

    #[test]
    fn decimals_and_amounts_do_not_cut() {
        assert_eq!(
            sentences("Sites share up to 1.6m files. Funding is £20.5 million, up 3.5%. Next."),
            [
                "Sites share up to 1.6m files.",
                "Funding is £20.5 million, up 3.5%.",
                "Next."
            ]
        );
    }

    #[test]
    fn ellipses_cut_only_before_a_new_sentence() {
        assert_eq!(
            sentences("We waited... and waited… Then it came."),
            ["We waited... and waited…", "Then it came."]
        );
    }

    #[test]
    fn quotations_and_brackets_are_not_cut() {
        assert_eq!(
            sentences("She said \u{201C}We act. We must.\u{201D} Then she left. (See note. It helps.) End."),
            [
                "She said \u{201C}We act. We must.\u{201D}",
                "Then she left.",
                "(See note. It helps.)",
                "End."
            ]
        );
    }

    #[test]
    fn urls_and_emails_are_not_cut() {
        assert_eq!(
            sentences("Write to press.office@example.gov.uk or see www.gov.uk/x. Thanks."),
            [
                "Write to press.office@example.gov.uk or see www.gov.uk/x.",
                "Thanks."
            ]
        );
    }

    #[test]
    fn list_markers_and_question_runs() {
        assert_eq!(
            sentences("1. Check eligibility. Then apply."),
            ["1. Check eligibility.", "Then apply."]
        );
        assert_eq!(sentences("Really?! Yes."), ["Really?!", "Yes."]);
    }

    #[test]
    fn lowercase_after_full_stop_does_not_cut() {
        assert_eq!(
            sentences("It costs approx. five pounds."),
            ["It costs approx. five pounds."]
        );
    }

    #[test]
    fn cjk_and_arabic_terminators_cut() {
        assert_eq!(
            sentences("我们行动。他们离开！好"),
            ["我们行动。", "他们离开！", "好"]
        );
        assert_eq!(sentences("هل نعمل؟ نعم."), ["هل نعمل؟", "نعم."]);
    }

    #[test]
    fn better_than_uax29_on_release_prose() {
        use unicode_segmentation::UnicodeSegmentation;
        let text = "Mr. Smith met Dr. Jones at No. 10 on Monday. They agreed.";
        let uax: Vec<&str> = text.split_sentence_bounds().collect();
        assert!(uax.len() > 2, "UAX #29 cuts after abbreviations: {uax:?}");
        assert_eq!(sentences(text).len(), 2);
    }

    proptest::proptest! {
        #[test]
        fn sentences_cover_the_text_exactly(text in "\\PC{0,200}") {
            let abbreviations = Abbreviations::for_language("en");
            let ranges = split(&text, &abbreviations);
            let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect();
            proptest::prop_assert_eq!(joined, text);
        }
    }
}
