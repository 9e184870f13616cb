//! Fluent syntax errors in words a translator can act on.
//!
//! In: an error of fluent-syntax's parser and the file's text. Out: where to point (the
//! broken message, not the next one), a message that names the broken message and says what
//! is wrong in the translator's terms, and what to type instead.

use fluent_syntax::parser::{ErrorKind, ParserError};

/// A syntax error, explained.
#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    pub offset: usize,
    pub message: String,
    pub help: String,
    /// The message this error cuts short though it parses: the one above a continuation
    /// line written at the margin (Fluent ends its value early).
    pub cut_short: Option<String>,
}

/// How far back an error looks for the id of its message: a message is a few lines long,
/// and a file of junk must not cost a scan to its start for every error.
const LINES_BACK: usize = 40;

pub fn explain(error: &ParserError, text: &str) -> Explained {
    let mut offset = error.pos.start.min(text.len());
    // What a message leaves open is found where the next line starts: point at the end of
    // the line left open instead (a line of its own that lacks `=` is the error itself).
    if !matches!(error.kind, ErrorKind::ExpectedToken('=')) && at_line_start(text, offset) {
        offset = end_of_previous_content(text, offset);
    }
    let continuation =
        matches!(error.kind, ErrorKind::ExpectedToken('=')) && continues_a_message(text, offset);
    if continuation {
        // The fix is at the line's first column.
        offset = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    }
    let line = line_at(text, offset);
    let entry = entry_id_before(text, offset);
    let in_entry = |what: String| match &entry {
        Some(id) => format!("in `{id}`: {what}"),
        None => what,
    };
    let (message, help) = match &error.kind {
        ErrorKind::ExpectedToken('=') if continuation => (
            format!(
                "the line `{}` continues the message above but starts at the margin, so Fluent reads it as a new message",
                shorten(line.trim_end())
            ),
            "indent every continuation line of a message by at least one space".to_string(),
        ),
        ErrorKind::ExpectedToken('=') => (
            format!("`{}` is not `id = text`", shorten(line.trim_end())),
            "start a message with its id, then ` = `, then the translation; a comment line starts with `# `"
                .to_string(),
        ),
        ErrorKind::ExpectedToken('}') => (
            in_entry("a placeable opened with `{` is not closed".to_string()),
            "close it with `}`; to show a brace as text, write { \"{\" }".to_string(),
        ),
        ErrorKind::UnbalancedClosingBrace => (
            in_entry("a `}` closes nothing".to_string()),
            "delete it; to show a brace as text, write { \"}\" }".to_string(),
        ),
        ErrorKind::UnterminatedStringLiteral => (
            in_entry("a string in quotes inside `{ }` is not closed".to_string()),
            "close it with `\"` on the same line".to_string(),
        ),
        ErrorKind::UnknownEscapeSequence(sequence) => (
            in_entry(format!(
                "`\\{}` is not an escape Fluent knows",
                escaped_char(sequence)
            )),
            "inside { \"…\" } write \\\\ for a backslash, \\\" for a quote, \\u00E9 for a character"
                .to_string(),
        ),
        ErrorKind::MissingValue
        | ErrorKind::ExpectedMessageField { .. }
        | ErrorKind::ExpectedTermField { .. } => (
            in_entry("the message has no translation after `=`".to_string()),
            "write the translation after ` = ` on the same line, or indented on the next".to_string(),
        ),
        ErrorKind::ExpectedInlineExpression | ErrorKind::ExpectedLiteral => (
            in_entry("`{ }` holds nothing Fluent can show".to_string()),
            "write a variable { $name }, a term { -brand } or a string { \"text\" } between the braces"
                .to_string(),
        ),
        kind => (
            in_entry(format!("Fluent syntax error: {kind}")),
            "fix the entry so it parses; relingo leaves this file untouched until then".to_string(),
        ),
    };
    Explained {
        offset,
        message,
        help,
        cut_short: continuation.then(|| entry_id_before(text, offset)).flatten(),
    }
}

/// fluent-syntax reports an unknown escape by the code of its character (`113` for `\q`).
fn escaped_char(sequence: &str) -> String {
    sequence
        .parse::<u32>()
        .ok()
        .and_then(char::from_u32)
        .map_or_else(|| sequence.to_string(), String::from)
}

fn at_line_start(text: &str, offset: usize) -> bool {
    offset == 0 || text.as_bytes().get(offset - 1) == Some(&b'\n')
}

/// The end of the last non-blank line before the one at `offset`.
fn end_of_previous_content(text: &str, offset: usize) -> usize {
    let before = text[..offset].trim_end();
    if before.is_empty() { offset } else { before.len() }
}

/// The line holding byte `offset`.
fn line_at(text: &str, offset: usize) -> &str {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    &text[start..end]
}

/// The lines before the one at `offset`, nearest first, at most [`LINES_BACK`].
fn lines_before(text: &str, offset: usize) -> impl Iterator<Item = &str> {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    text[..start].lines().rev().take(LINES_BACK)
}

/// The id of the message or term whose first line is at or before `offset`.
fn entry_id_before(text: &str, offset: usize) -> Option<String> {
    std::iter::once(line_at(text, offset))
        .chain(lines_before(text, offset))
        .find_map(entry_start)
}

/// `id` when `line` starts an entry (`id =` or `-term =` at the margin).
fn entry_start(line: &str) -> Option<String> {
    let (head, _) = line.split_once('=')?;
    let id = head.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| id.to_string())
}

/// Whether the line at `offset` follows a message's line with no blank line between.
fn continues_a_message(text: &str, offset: usize) -> bool {
    let Some(previous) = lines_before(text, offset).next() else {
        return false;
    };
    !previous.trim().is_empty() && !previous.starts_with('#')
}

fn shorten(line: &str) -> String {
    match line.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explained(text: &str) -> Vec<Explained> {
        match fluent_syntax::parser::parse_runtime(text) {
            Ok(_) => Vec::new(),
            Err((_, errors)) => errors.iter().map(|e| explain(e, text)).collect(),
        }
    }

    #[test]
    fn an_unindented_continuation_line_says_to_indent_it() {
        let text = "a = Première ligne\nseconde ligne sans retrait\nb = B\n";
        let e = &explained(text)[0];
        assert!(
            e.message
                .starts_with("the line `seconde ligne sans retrait` continues the message above"),
            "{e:?}"
        );
        assert_eq!(
            e.help,
            "indent every continuation line of a message by at least one space"
        );
        assert_eq!(e.offset, text.find("seconde").unwrap());
    }

    #[test]
    fn an_unclosed_placeable_points_into_its_own_message_and_names_it() {
        let text = "a = A\nb = Le { $count fichiers\nc = C\n";
        let e = &explained(text)[0];
        assert_eq!(e.message, "in `b`: a placeable opened with `{` is not closed");
        assert!(
            e.offset > text.find("b =").unwrap() && e.offset < text.find("c =").unwrap(),
            "{e:?}"
        );
    }

    #[test]
    fn other_mistakes_name_the_message_and_what_to_type() {
        let cases = [
            ("a = A }\n", "in `a`: a `}` closes nothing"),
            (
                "a = { \"non fermé }\n",
                "in `a`: a string in quotes inside `{ }` is not closed",
            ),
            ("a = { \"\\q\" }\n", "in `a`: `\\q` is not an escape Fluent knows"),
            ("a =\n", "in `a`: the message has no translation after `=`"),
            ("a = { }\n", "in `a`: `{ }` holds nothing Fluent can show"),
            ("just words\n", "`just words` is not `id = text`"),
        ];
        for (text, want) in cases {
            let found = explained(text);
            assert!(found.iter().any(|e| e.message == want), "{text:?}: {found:?}");
        }
    }
}
