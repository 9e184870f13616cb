//! Whether one run of terminators ends a sentence, and where the next one begins.
//!
//! In: the text, a [`Run`] (terminators with the closing quotes and brackets right after
//! them), where the current sentence began, and the language's [`Rules`]. Out: the byte
//! offset where a new sentence begins, or `None`.

use super::rules::{Abbreviation, Rules};
use super::{is_cjk_terminator, is_definite_terminator, is_terminator, lists};

/// Closing quotes and brackets that belong to the sentence before them; `«` closes German
/// quotations.
const CLOSERS: &[char] = &[
    '"', '\'', '\u{201D}', '\u{201C}', '\u{2019}', ')', ']', '\u{BB}', '\u{AB}', '\u{203A}', '\u{300D}',
    '\u{300F}', '\u{FF09}',
];
/// Opening quotes and brackets (and Spanish `¿ ¡`) that may begin a sentence; `»` opens
/// German quotations.
const OPENERS: &[char] = &[
    '"', '\'', '\u{201C}', '\u{201E}', '\u{2018}', '(', '[', '\u{AB}', '\u{BB}', '\u{2039}', '\u{300C}',
    '\u{300E}', '\u{FF08}', '\u{BF}', '\u{A1}',
];

/// Terminators, with the closers that follow them, from `start` to `end` (bytes).
#[derive(Debug)]
pub(super) struct Run {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The byte offset of the run's last character.
    pub(super) last: usize,
    /// How many full stops it holds.
    dots: usize,
    /// Whether the full stops are spaced (`. . .`).
    spaced: bool,
    /// Whether it holds `!`, `?` or another terminator that ends a sentence on its own.
    definite: bool,
    /// Whether it holds `…`.
    ellipsis_char: bool,
    /// Whether it holds a terminator of a script without spaces (`。`).
    cjk: bool,
}

impl Run {
    /// The run that begins with the terminator at `start`.
    pub(super) fn at(text: &str, start: usize) -> Run {
        let mut run = Run {
            start,
            end: start,
            last: start,
            dots: 0,
            spaced: false,
            definite: false,
            ellipsis_char: false,
            cjk: false,
        };
        for (offset, c) in text[start..].char_indices() {
            let at = start + offset;
            if is_terminator(c) {
                run.dots += usize::from(c == '.');
                run.definite |= is_definite_terminator(c);
                run.ellipsis_char |= c == '\u{2026}';
                run.cjk |= is_cjk_terminator(c);
            } else if c == ' ' && run.continues_spaced_dots(&text[at..]) {
                run.spaced = true;
            } else if !(CLOSERS.contains(&c) || is_space_before_guillemet(&text[at..])) {
                break;
            }
            run.last = at;
            run.end = at + c.len_utf8();
        }
        run
    }

    /// Whether `rest` (starting with a space) goes on with the next dot of `. . .`: only
    /// full stops so far, and a lone dot (not `...`, nor one beginning a word like `.NET`).
    fn continues_spaced_dots(&self, rest: &str) -> bool {
        let only_dots = self.dots > 0 && !self.definite && !self.ellipsis_char;
        let mut after = rest[1..].chars();
        let lone_dot =
            after.next() == Some('.') && !after.next().is_some_and(|c| c == '.' || c.is_alphanumeric());
        only_dots && lone_dot
    }

    fn is_ellipsis(&self) -> bool {
        self.ellipsis_char || self.dots >= 2
    }

    /// Whether the run's first terminator sits right after a word (`word.`, not `word .`).
    fn attached(&self, text: &str) -> bool {
        !text[..self.start].ends_with(char::is_whitespace)
    }
}

/// The first byte at or after `at` that is not white space.
fn skip_spaces(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    at + (rest.len() - rest.trim_start().len())
}

/// French sets closing guillemets off with a (narrow, no-break) space: `… agissons. »`.
fn is_space_before_guillemet(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some(' ' | '\u{A0}' | '\u{202F}'))
        && matches!(chars.next(), Some('\u{BB}' | '\u{203A}'))
}

/// Where the sentence after `run` begins, if `run` ends one. `sentence_start` is where the
/// sentence that `run` would end began.
pub(super) fn cut_after(text: &str, run: &Run, sentence_start: usize, rules: &Rules) -> Option<usize> {
    let next = skip_spaces(text, run.end);
    if next == text.len() || (next == run.end && !run.cjk) || is_bracketed_ellipsis(text, run) {
        return None;
    }
    let following = &text[next..];
    let first = following.chars().next()?;
    if lists::is_bullet(first) {
        return Some(next);
    }
    if first == '.' || first == '\u{2026}' {
        return ellipsis_opens_next(text, run, following).then_some(next);
    }
    let word = Word::after(following)?;
    if word.lowercase {
        return None;
    }
    if run.definite {
        return Some(next);
    }
    if run.is_ellipsis() {
        return ellipsis_cut(text, run, next);
    }
    let before = Before::of(text, run.start);
    before
        .ends_sentence(&word, text, sentence_start, rules)
        .then_some(next)
}

/// `[...]` and `(…)`: an omission, never the end of a sentence.
fn is_bracketed_ellipsis(text: &str, run: &Run) -> bool {
    let opened = text[..run.start].ends_with(['[', '(']);
    let closed = text[run.start..run.end]
        .trim_start_matches(['.', '\u{2026}'])
        .starts_with([']', ')']);
    run.is_ellipsis() && opened && closed
}

/// A full stop right after a word, then an ellipsis that opens the next sentence
/// (`… was raak. ...en toen …`). The cheap tests come first: only such a full stop looks
/// past the ellipsis, so a text of ellipses is read once.
fn ellipsis_opens_next(text: &str, run: &Run, following: &str) -> bool {
    run.dots == 1
        && !run.spaced
        && run.attached(text)
        && following
            .trim_start_matches(['.', '\u{2026}', ' '])
            .chars()
            .next()
            .is_some()
}

/// Where an ellipsis before a capitalised word `next` ends the sentence. Unspaced (`...`,
/// `…`), it ends it. Spaced, it depends on the first dot: `word. . . . Next` ends at the
/// word's own full stop, the ellipsis opening the next sentence; a detached `. . . .` (an
/// ellipsis and a full stop) ends after the last dot; a detached `. . .` is an omission
/// inside the sentence.
fn ellipsis_cut(text: &str, run: &Run, next: usize) -> Option<usize> {
    if !run.spaced {
        Some(next)
    } else if run.attached(text) {
        Some(skip_spaces(text, run.start + 1))
    } else {
        (run.dots >= 4).then_some(next)
    }
}

/// The word after the spaces that follow a run, past any opening quotes or brackets.
struct Word<'t> {
    text: &'t str,
    lowercase: bool,
    digit: bool,
}

impl<'t> Word<'t> {
    /// `None` when what follows cannot begin a sentence (a dash, a slash, a closing quote).
    fn after(following: &'t str) -> Option<Word<'t>> {
        let unquoted = following.trim_start_matches(OPENERS);
        let first = unquoted.chars().next()?;
        let currency = matches!(first, '$' | '£' | '€' | '¥');
        if !(first.is_alphanumeric() || currency) {
            return None;
        }
        let len = unquoted
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(unquoted.len());
        Some(Word {
            text: &unquoted[..len],
            lowercase: first.is_lowercase(),
            digit: first.is_numeric() || currency,
        })
    }
}

/// The word in front of a full stop.
struct Before<'t> {
    /// Without opening quotes before it and closing ones after it.
    word: &'t str,
    /// Where it begins in the text.
    start: usize,
}

impl<'t> Before<'t> {
    fn of(text: &'t str, stop: usize) -> Before<'t> {
        let start = text[..stop]
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
        let word = text[start..stop]
            .trim_start_matches(OPENERS)
            .trim_end_matches(CLOSERS);
        Before { word, start }
    }

    /// Whether the full stop after this word ends the sentence that `next` would follow.
    fn ends_sentence(&self, next: &Word, text: &str, sentence_start: usize, rules: &Rules) -> bool {
        let word = self.word;
        if word.is_empty() {
            return true;
        }
        // Elided articles and prepositions: French and Italian `l'Ing.`, `d'art.`.
        let elided = word.rsplit_once(['\'', '\u{2019}']).map_or(word, |(_, w)| w);
        let abbreviation = rules.abbreviation(word).or_else(|| rules.abbreviation(elided));
        match abbreviation {
            Some(Abbreviation::Prepositive) => return false,
            Some(_) if next.digit => return false,
            Some(Abbreviation::Ordinary) => return rules.is_starter(next.text),
            Some(Abbreviation::Closing) => return true,
            Some(Abbreviation::Time) => {
                return rules.is_starter(next.text) || !opens_sentence(text, sentence_start, self.start);
            }
            None => {}
        }
        if is_initialism(word) {
            return !next.digit && rules.is_starter(next.text);
        }
        let mut letters = word.chars();
        if let (Some(letter), None) = (letters.next(), letters.next())
            && letter.is_alphabetic()
        {
            return self.single_letter_ends(letter, next, text, rules);
        }
        if let Some(digits) = number(word) {
            // `S. 14.`, `Abs. 3.`: a number a title or reference abbreviation announces is
            // counted, not an ordinal.
            let announced =
                rules.abbreviation(previous_word(text, self.start)) == Some(Abbreviation::Prepositive);
            // Ordinals have at most three digits: `2025.` is a year.
            let ordinal = rules.ordinal_numbers
                && !announced
                && digits.len() <= 3
                && digits.bytes().all(|b| b.is_ascii_digit());
            if !ordinal {
                return true;
            }
            // An ordinal goes on into what it counts (`am 3. März`) and into a date written
            // with full stops (`am 3. 4. 2024`); a starter still begins a new sentence.
            let date = next.digit && digits.len() <= 2;
            return !date && (next.digit || rules.is_starter(next.text));
        }
        true
    }

    /// A single letter and a full stop: an initial (`Jonas E. Smith`), a lower-case
    /// abbreviation (`z. B.`, `p. 55`), or a one-letter word ending the sentence (`you and I.`).
    fn single_letter_ends(&self, letter: char, next: &Word, text: &str, rules: &Rules) -> bool {
        if next.digit {
            return false;
        }
        if letter.is_lowercase() {
            return rules.is_starter(next.text);
        }
        let after_lowercase = previous_word(text, self.start)
            .trim_start_matches(OPENERS)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        after_lowercase && (rules.is_one_letter_word(letter) || rules.is_starter(next.text))
    }
}

/// The word before the one that begins at `start`, without its final full stop.
fn previous_word(text: &str, start: usize) -> &str {
    let previous = text[..start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    previous.strip_suffix('.').unwrap_or(previous)
}

/// Letters of one or two, joined by full stops: `U.S`, `E.U`, `LL.AA.II.RR`, `z.B`.
fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

/// The digits of a number, an amount or a figure with separators (`2`, `-3`, `1.000.000`,
/// `$100.00`, `20,5 %`), without its sign, currency or percent sign.
fn number(word: &str) -> Option<&str> {
    let digits = word
        .trim_start_matches(['$', '£', '€', '¥', '+', '-'])
        .trim_end_matches('%');
    let is_number = digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\u{A0}' | '\u{202F}'));
    is_number.then_some(digits)
}

/// Whether the words from `sentence_start` to `word_start` are a short opening phrase, such
/// as `At 5` before `a.m.`: then the time does not end the sentence.
fn opens_sentence(text: &str, sentence_start: usize, word_start: usize) -> bool {
    // At most three words are read, so that a long sentence costs nothing here.
    text[sentence_start..word_start]
        .split_whitespace()
        .take(3)
        .count()
        <= 2
}
