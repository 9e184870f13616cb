//! The checks, one function each: source facts and a translation in, findings out.
//!
//! Each finding names its check (the name `# @allow:` takes), says what is wrong and how to
//! fix it, and points at the offending text when it can be found in the translation.

use std::borrow::Cow;
use std::collections::HashSet;

use super::codes::{self, Code};
use super::facts::{BRACKETS, Ending, Facts};
use crate::config::CheckConfig;
use crate::diagnostic::Severity;
use crate::locale::Locale;

/// A problem in one message, before it gets a file position.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub code: Code,
    pub message: Cow<'static, str>,
    pub help: Option<Cow<'static, str>>,
    /// Text of the translation to point at, when there is one.
    pub needle: Option<String>,
}

fn error(code: Code, message: String, help: impl Into<Option<String>>) -> Finding {
    Finding {
        severity: Severity::Error,
        code,
        message: message.into(),
        help: help.into().map(Cow::Owned),
        needle: None,
    }
}

fn warning(code: Code, message: String, help: impl Into<Option<String>>) -> Finding {
    Finding {
        severity: Severity::Warning,
        code,
        message: message.into(),
        help: help.into().map(Cow::Owned),
        needle: None,
    }
}

impl Finding {
    fn at(mut self, needle: &str) -> Finding {
        self.needle = Some(needle.to_string());
        self
    }
}

/// Locales that write a decimal comma (`20,5`).
pub fn decimal_comma(locale: &Locale) -> bool {
    matches!(
        locale.language(),
        "fr" | "de"
            | "es"
            | "pl"
            | "it"
            | "pt"
            | "nl"
            | "sv"
            | "da"
            | "nb"
            | "nn"
            | "fi"
            | "ru"
            | "uk"
            | "cs"
            | "sk"
            | "ro"
            | "tr"
            | "el"
            | "hu"
            | "lt"
            | "lv"
            | "et"
            | "bg"
            | "hr"
            | "sl"
            | "sr"
            | "ca"
            | "gl"
            | "eu"
            | "id"
            | "vi"
    )
}

/// The terms a locale file may use: the locale's shared `_terms.ftl` and the file's own.
pub struct Terms<'a> {
    pub shared: &'a HashSet<String>,
    /// The terms the file itself defines.
    pub own: &'a [String],
}

impl Terms<'_> {
    pub fn contains(&self, id: &str) -> bool {
        self.own.iter().any(|t| t == id) || self.shared.contains(id)
    }
}

/// What the checks of one message look at: the source, the translation and their context.
pub struct Subject<'a> {
    pub source: &'a str,
    pub source_facts: &'a Facts,
    pub source_references: &'a [String],
    /// The block kind of the reference message, when known.
    pub kind: Option<crate::reference::Kind>,
    pub translation: &'a str,
    pub translation_facts: &'a Facts,
    pub references: &'a [String],
    pub locale: &'a Locale,
    /// Terms defined for the locale; `None` skips the check.
    pub terms: Option<&'a Terms<'a>>,
    pub config: &'a CheckConfig,
}

/// The error-level checks.
pub fn errors(m: &Subject) -> Vec<Finding> {
    let mut out = Vec::new();
    empty(m, &mut out);
    if m.translation.trim().is_empty() {
        return out;
    }
    placeables(m, &mut out);
    markdown(m, &mut out);
    numbers(m, &mut out);
    addresses(m, &mut out);
    unsafe_content(m, &mut out);
    out
}

/// The warning-level checks.
pub fn warnings(m: &Subject) -> Vec<Finding> {
    let mut out = Vec::new();
    if m.translation.trim().is_empty() {
        return out;
    }
    identical(m, &mut out);
    do_not_translate(m, &mut out);
    whitespace(m, &mut out);
    punctuation(m, &mut out);
    brackets_and_quotes(m, &mut out);
    length(m, &mut out);
    out
}

fn empty(m: &Subject, out: &mut Vec<Finding>) {
    if m.translation.trim().is_empty() && !m.source.trim().is_empty() {
        out.push(error(
            codes::EMPTY,
            "the translation is empty".into(),
            Some("translate the source text, or delete the message to let it fall back".into()),
        ));
    }
}

fn placeables(m: &Subject, out: &mut Vec<Finding>) {
    let count = |list: &[String], r: &String| list.iter().filter(|x| *x == r).count();
    let mut seen = HashSet::new();
    for r in m.source_references.iter().chain(m.references) {
        if !seen.insert(r) {
            continue;
        }
        let (want, have) = (count(m.source_references, r), count(m.references, r));
        // A translation may name a term the source spells out (`{ -alliance }` from the
        // locale's `_terms.ftl`); whether it is defined is `unknown-term`'s business.
        let term_added = r.starts_with('-') && have > want;
        if want != have && !term_added {
            let what = if want > have { "missing from" } else { "added to" };
            out.push(
                error(
                    codes::PLACEABLES,
                    format!("`{{ {r} }}` is {what} the translation (source: {want}, translation: {have})"),
                    Some("keep every placeable of the source exactly once, as written".into()),
                )
                .at(r),
            );
        }
    }
    if let Some(terms) = m.terms {
        for r in m.references.iter().filter(|r| r.starts_with('-')) {
            if !terms.contains(r.as_str()) {
                out.push(
                    error(
                        codes::UNKNOWN_TERM,
                        format!("the term `{r}` is not defined for {}", m.locale),
                        Some(format!("define `{r} = …` in locales/{}/_terms.ftl", m.locale)),
                    )
                    .at(r),
                );
            }
        }
    }
}

fn markdown(m: &Subject, out: &mut Vec<Finding>) {
    let (s, t) = (m.source_facts, m.translation_facts);
    if s.link_targets.len() != t.link_targets.len() {
        out.push(error(
            codes::LINKS,
            format!(
                "the source has {} links; this translation has {}",
                s.link_targets.len(),
                t.link_targets.len()
            ),
            Some("keep each `[text](target)` of the source, translating only the text".into()),
        ));
    } else {
        let mut want = s.link_targets.clone();
        let mut have = t.link_targets.clone();
        want.sort();
        have.sort();
        for (w, h) in want.iter().zip(&have) {
            if w != h {
                out.push(
                    error(
                        codes::LINKS,
                        format!("link target `{h}` differs from the source's `{w}`"),
                        Some("link targets are copied from the source unchanged".into()),
                    )
                    .at(h),
                );
            }
        }
    }
    if s.code_spans != t.code_spans {
        out.push(error(
            codes::CODE,
            format!(
                "the source has {} inline code spans; this translation has {}",
                s.code_spans, t.code_spans
            ),
            None,
        ));
    }
    if t.stray_markers > s.stray_markers {
        out.push(
            error(
                codes::EMPHASIS,
                "an emphasis marker `*` is not closed".into(),
                Some("write emphasis as `*words*` and strong as `**words**`, both ends on one line".into()),
            )
            .at("*"),
        );
    } else if s.emphasis != t.emphasis {
        out.push(error(
            codes::EMPHASIS,
            format!(
                "the source has {} emphasised spans; this translation has {}",
                s.emphasis, t.emphasis
            ),
            Some("keep the `*…*` and `**…**` of the source around the translated words".into()),
        ));
    }
}

fn numbers(m: &Subject, out: &mut Vec<Finding>) {
    let stated: Vec<f64> = m.translation_facts.numbers.iter().flatten().copied().collect();
    for token in &m.source_facts.numbers {
        let Some(&shown) = token.first() else { continue };
        if token.iter().any(|&v| super::numbers::contains(&stated, v)) {
            continue;
        }
        let shown = if shown.fract() == 0.0 {
            format!("{shown:.0}")
        } else {
            format!("{shown}")
        };
        out.push(error(
            codes::NUMBERS,
            format!("the number {shown} of the source is missing from the translation"),
            Some(format!(
                "write it as {} writes numbers (decimal {}), or add `# @allow: numbers` if it is spelled out",
                m.locale,
                if decimal_comma(m.locale) { "comma" } else { "point" }
            )),
        ));
    }
}

fn addresses(m: &Subject, out: &mut Vec<Finding>) {
    for address in &m.source_facts.addresses {
        if !m.translation_facts.addresses.contains(address) {
            out.push(error(
                codes::ADDRESSES,
                format!("`{address}` of the source is missing or changed in the translation"),
                Some("copy web and e-mail addresses exactly".into()),
            ));
        }
    }
}

fn unsafe_content(m: &Subject, out: &mut Vec<Finding>) {
    for tag in &m.translation_facts.html_tags {
        if !m.source_facts.html_tags.contains(tag) {
            out.push(
                error(
                    codes::UNSAFE_HTML,
                    format!("raw HTML `{tag}` in the translation"),
                    Some("write Markdown instead; published pages show raw HTML as text".into()),
                )
                .at(tag),
            );
        }
    }
    for target in &m.translation_facts.link_targets {
        if !crate::publish::inline::is_safe_target(target) {
            out.push(
                error(
                    codes::UNSAFE_LINK,
                    format!("link target `{target}` is neither http(s), mailto nor relative"),
                    Some("use the source's link target".into()),
                )
                .at(target),
            );
        }
    }
}

fn identical(m: &Subject, out: &mut Vec<Finding>) {
    let same = crate::msgid::same_normalized;
    let similar_length = m.translation.len().abs_diff(m.source.len()) <= m.source.len() / 4 + 8;
    if m.translation != m.source && (!similar_length || !same(m.translation, m.source)) {
        return;
    }
    let kept = m.config.keep.iter().any(|k| same(k, m.source));
    let no_words = crate::words::count(m.source) == 0;
    if !kept && !no_words {
        out.push(warning(
            codes::IDENTICAL,
            "the translation is identical to the source".into(),
            Some("translate it; if it must stay as it is (a name), add it to `keep` in [check] or `# @allow: identical`".into()),
        ));
    }
}

fn do_not_translate(m: &Subject, out: &mut Vec<Finding>) {
    for term in &m.config.do_not_translate {
        if m.source.contains(term.as_str()) && !m.translation.contains(term.as_str()) {
            out.push(warning(
                codes::DO_NOT_TRANSLATE,
                format!("`{term}` must stay untranslated, but the translation does not contain it"),
                Some(format!("write `{term}` as in the source")),
            ));
        }
    }
}

fn whitespace(m: &Subject, out: &mut Vec<Finding>) {
    let (s, t) = (m.source, m.translation);
    if s.starts_with(char::is_whitespace) != t.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace) != t.ends_with(char::is_whitespace)
    {
        out.push(warning(
            codes::WHITESPACE,
            "leading or trailing space differs from the source".into(),
            None,
        ));
    }
    if t.contains("  ") && !s.contains("  ") {
        out.push(
            warning(
                codes::WHITESPACE,
                "doubled space".into(),
                Some("use one space".into()),
            )
            .at("  "),
        );
    }
    if let Some((word, doubled)) = doubled_word(t, s) {
        out.push(warning(codes::DOUBLED_WORD, format!("`{word}` is written twice"), None).at(doubled));
    }
    let source_invisible = &m.source_facts.invisible;
    if let Some(&c) = m
        .translation_facts
        .invisible
        .iter()
        .find(|c| !source_invisible.contains(c))
    {
        let name = if c == '\u{FFFD}' {
            "the replacement character U+FFFD (an encoding accident)".to_string()
        } else {
            format!("the invisible character U+{:04X}", c as u32)
        };
        out.push(
            warning(
                codes::INVISIBLE_CHAR,
                format!("the translation contains {name}"),
                Some("delete it; retype the text around it if needed".into()),
            )
            .at(&c.to_string()),
        );
    }
}

/// The first word written twice in a row (`the the`, `du du`) that the source does not write
/// twice too: the word, and the two words as they stand in the text. Case is ignored, and
/// punctuation around the words, but not between them (`no, no`).
fn doubled_word<'t>(text: &'t str, source: &str) -> Option<(&'t str, &'t str)> {
    let mut source_lowercase = None;
    let mut previous: Option<(usize, &str, &str)> = None;
    for (at, raw) in words_at(text) {
        let word = trim_to_word(raw);
        if let Some((start, previous_raw, previous_word)) = previous
            && !word.is_empty()
            && same_word(previous_word, word)
            && previous_raw.ends_with(|c| !is_around_words(c))
            && word.chars().any(char::is_alphabetic)
        {
            let source = source_lowercase.get_or_insert_with(|| source.to_lowercase());
            if !source.contains(&format!("{previous_raw} {raw}").to_lowercase()) {
                return Some((previous_word, &text[start..at + raw.len()]));
            }
        }
        previous = Some((at, raw, word));
    }
    None
}

/// The whitespace-separated words of `text` with their byte offsets.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// A word without the punctuation around it.
fn trim_to_word(raw: &str) -> &str {
    raw.trim_matches(is_around_words)
}

/// Punctuation, symbols and controls that may stand next to a word: ASCII ones, and the
/// non-ASCII blocks of punctuation (Latin-1, General Punctuation, CJK Symbols, full-width
/// forms, the Arabic comma, semicolon and question mark). A range test, not a Unicode table
/// lookup: it runs on every word of every translation.
fn is_around_words(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    // Latin-1's punctuation and symbols, without its letters and digits (ª º µ ² ³ ¹ ¼ ½ ¾).
    matches!(
        c,
        '\u{80}'..='\u{A9}'
            | '\u{AB}'..='\u{B1}'
            | '\u{B4}'
            | '\u{B6}'..='\u{B8}'
            | '\u{BB}'
            | '\u{BF}'
            | '\u{D7}'
            | '\u{F7}'
            | '\u{2000}'..='\u{206F}'
            | '\u{3000}'..='\u{303F}'
            | '\u{FF00}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}'
            | '\u{FF5B}'..='\u{FF65}'
            | '\u{060C}'
            | '\u{061B}'
            | '\u{061F}'
            | '\u{06D4}'
    )
}

/// Whether two words are the same but for case.
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    // Upper and lower case letters take as many UTF-8 bytes in every alphabet in use (the
    // exceptions are rare letters like `İ` and `ẞ`): a cheap filter before going letter by
    // letter through the Unicode case tables.
    a.len() == b.len()
        && a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

fn punctuation(m: &Subject, out: &mut Vec<Finding>) {
    let (s, t) = (m.source_facts.ending, m.translation_facts.ending);
    let language = m.locale.language();
    let trimmed = m.translation.trim_end();
    let equivalent = s == t
        || (s == Ending::Ellipsis && t == Ending::FullStop)
        || (s == Ending::FullStop && t == Ending::Ellipsis);
    if !equivalent && s != Ending::None {
        out.push(warning(
            codes::PUNCTUATION,
            format!(
                "the source ends with {}; the translation ends with {}",
                s.describe(),
                t.describe()
            ),
            None,
        ));
        return;
    }
    let last = trimmed.trim_end_matches(['"', '»', '”', '*', ')']).chars().last();
    match language {
        "fr" => {
            for mark in ['?', '!', ':', ';'] {
                for (i, _) in trimmed.match_indices(mark) {
                    let before = trimmed[..i].chars().last();
                    let in_url = trimmed[..i].ends_with("https")
                        || trimmed[..i].ends_with("http")
                        || trimmed[..i].ends_with("mailto");
                    if !in_url && before.is_some_and(|c| !c.is_whitespace()) && i > 0 {
                        out.push(
                            warning(
                                codes::PUNCTUATION,
                                format!("French typography wants a (narrow no-break) space before `{mark}`"),
                                Some(format!("write `\u{202F}{mark}`")),
                            )
                            .at(&trimmed[i..i + 1]),
                        );
                        return;
                    }
                }
            }
        }
        "ar" | "fa" | "ur" if last == Some('?') => {
            out.push(
                warning(
                    codes::PUNCTUATION,
                    "a Latin `?` ends an Arabic-script sentence".into(),
                    Some("write `؟`".into()),
                )
                .at("?"),
            );
        }
        "zh" | "ja" if matches!(last, Some('.' | '?' | '!' | ',')) && t != Ending::Ellipsis => {
            let mark = last.unwrap_or('.');
            let wide = match mark {
                '.' => '。',
                '?' => '？',
                '!' => '！',
                _ => '，',
            };
            out.push(
                warning(
                    codes::PUNCTUATION,
                    format!("a Latin `{mark}` ends a {language} sentence"),
                    Some(format!("write `{wide}`")),
                )
                .at(&mark.to_string()),
            );
        }
        "es" if t == Ending::Question && !m.translation.contains('¿') => {
            out.push(warning(
                codes::PUNCTUATION,
                "a Spanish question needs its opening `¿`".into(),
                None,
            ));
        }
        "es" if t == Ending::Exclamation && !m.translation.contains('¡') => {
            out.push(warning(
                codes::PUNCTUATION,
                "a Spanish exclamation needs its opening `¡`".into(),
                None,
            ));
        }
        _ => {}
    }
}

/// The quotation marks a locale uses as (opening, closing) pairs; the first `primary` pairs
/// are the ones a quotation starts with (the others are for quotes within quotes).
fn quote_style(language: &str) -> Option<(&'static [(char, char)], usize)> {
    Some(match language {
        "en" | "cy" | "ga" | "zh" | "ko" => (&[('“', '”'), ('‘', '’')], 2),
        "fr" => (&[('«', '»'), ('“', '”')], 1),
        "de" => (&[('„', '“'), ('»', '«'), ('‚', '‘')], 2),
        "pl" => (&[('„', '”'), ('«', '»')], 1),
        "es" | "it" | "pt" | "ar" | "ru" => (&[('«', '»'), ('“', '”')], 2),
        "ja" => (&[('「', '」'), ('『', '』')], 1),
        _ => return None,
    })
}

/// The quotation marks whose presence says which quoting style a translation uses.
const STYLE_MARKS: [char; 8] = ['“', '”', '„', '«', '»', '‚', '「', '」'];

fn brackets_and_quotes(m: &Subject, out: &mut Vec<Finding>) {
    let facts = m.translation_facts;
    for (&(open, close), &(o, c)) in BRACKETS.iter().zip(&facts.brackets) {
        if o != c {
            out.push(warning(
                codes::BRACKETS,
                format!("`{open}` and `{close}` do not balance ({o} opened, {c} closed)"),
                None,
            ));
            return;
        }
    }
    let language = m.locale.language();
    let Some((style, primary)) = quote_style(language) else {
        return;
    };
    // Double quotes and guillemets, and the corner brackets of Chinese and Japanese, tell
    // which style a text quotes in; single quotes do not (`’` is also the apostrophe of
    // `government’s`), nor do the marks only used inside other quotes.
    let used: Vec<char> = facts
        .quotation_marks
        .iter()
        .copied()
        .filter(|c| STYLE_MARKS.contains(c))
        .collect();
    if used.is_empty() {
        return;
    }
    if let Some(&foreign) = used
        .iter()
        .find(|c| !style.iter().any(|(o, cl)| o == *c || cl == *c))
    {
        let (o, c) = style[0];
        out.push(
            warning(
                codes::QUOTES,
                format!("`{foreign}` is not a quotation mark of {language}"),
                Some(format!("quote with {o}…{c}")),
            )
            .at(&foreign.to_string()),
        );
        return;
    }
    if !used.iter().any(|c| style[..primary].iter().any(|(o, _)| o == c)) {
        let (o, c) = style[0];
        out.push(warning(
            codes::QUOTES,
            format!("quotations in {language} open with {o}"),
            Some(format!("quote with {o}…{c}")),
        ));
        return;
    }
    let count = |mark: char| facts.quotation_marks.iter().filter(|&&c| c == mark).count();
    // `‘…’` is not balanced: `’` is also the apostrophe.
    for &(open, close) in style.iter().filter(|(o, c)| o != c && *c != '’') {
        let (o, c) = (count(open), count(close));
        // In German „…“, “ closes; a stray English “ shows as an extra closer.
        if o != c {
            out.push(warning(
                codes::QUOTES,
                format!("`{open}` and `{close}` do not balance ({o} opened, {c} closed)"),
                None,
            ));
            return;
        }
    }
}

fn length(m: &Subject, out: &mut Vec<Finding>) {
    use crate::reference::Kind;
    let chars = m.translation_facts.chars;
    let limit = match m.kind {
        Some(Kind::Title) => Some((m.config.title_max, "title")),
        Some(Kind::Lead) => Some((m.config.summary_max, "summary")),
        _ => None,
    };
    if let Some((max, what)) = limit.filter(|(max, _)| chars > *max && m.source_facts.chars <= *max) {
        out.push(warning(
            codes::LENGTH,
            format!("the {what} is {chars} characters long; the limit is {max}"),
            Some("shorten it (title-max and summary-max in [check] set the limits)".to_string()),
        ));
    }
    let source = m.source_facts.chars;
    if source >= 20 {
        let ratio = chars as f64 / source as f64;
        let (low, high) = if m.locale.is_scriptio_continua() {
            (0.12, 1.5)
        } else {
            (0.4, 2.5)
        };
        if ratio < low || ratio > high {
            out.push(warning(
                codes::LENGTH_RATIO,
                format!("the translation is {:.0}% of the source's length", ratio * 100.0),
                Some("check that nothing is missing or duplicated".into()),
            ));
        }
    }
}
