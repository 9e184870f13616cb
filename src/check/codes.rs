//! The names of relingo's checks: one table, read by findings, `# @allow:` and `[check] allow`.
//!
//! In: a name as a translator or a config wrote it. Out: the check it names, with its default
//! severity and what it looks for, or the closest name to suggest when it names none.

use crate::diagnostic::Severity;

/// One check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
}

const fn error(name: &'static str, summary: &'static str) -> Code {
    Code {
        name,
        severity: Severity::Error,
        summary,
    }
}

const fn warning(name: &'static str, summary: &'static str) -> Code {
    Code {
        name,
        severity: Severity::Warning,
        summary,
    }
}

/// Every check, in the order `relingo check` runs them.
pub const CODES: &[Code] = &[
    error("syntax", "the file or the message is not valid Fluent"),
    error("duplicate-id", "a message id is defined twice"),
    error("nesting", "placeables nested deep enough to crash a parser"),
    error("layout", "an entry relingo cannot map to its lines"),
    error(
        "placeables",
        "variables and message references differ from the source",
    ),
    error(
        "unknown-term",
        "a term that neither the file nor _terms.ftl defines",
    ),
    error("links", "link targets differ from the source"),
    error("code", "code spans differ from the source"),
    error(
        "emphasis",
        "emphasis differs from the source, or a `*` is left open",
    ),
    error("numbers", "a number of the source is missing or changed"),
    error(
        "addresses",
        "a URL or e-mail address of the source is missing or changed",
    ),
    error("empty", "the translation is empty"),
    error("unsafe-html", "raw HTML in the translation"),
    error(
        "format",
        "Fluent cannot format the translation (a reference to nothing)",
    ),
    error(
        "unsafe-link",
        "a link target other than http(s), mailto or relative",
    ),
    warning("identical", "the translation is the source text"),
    warning(
        "do-not-translate",
        "a term that must stay untranslated was translated",
    ),
    warning("whitespace", "leading, trailing or doubled spaces"),
    warning("doubled-word", "a word written twice in a row"),
    warning("invisible-char", "control, zero-width or bidi characters"),
    warning("punctuation", "the final punctuation differs from the source's"),
    warning("brackets", "brackets left unbalanced"),
    warning("quotes", "quotation marks left unbalanced or of another style"),
    warning("length", "longer than a title or summary may be"),
    warning("length-ratio", "much longer or shorter than the source"),
    warning("stale", "translated for an earlier source text (`# @stale:`)"),
    warning("todo", "not translated yet (`# @todo`)"),
    warning("missing-file", "the locale has no file for the release"),
    warning(
        "allow",
        "an `# @allow:` that names no check, or is not attached to a message",
    ),
];

/// The check called `name`.
pub fn find(name: &str) -> Option<&'static Code> {
    CODES.iter().find(|c| c.name == name)
}

/// What to say of `name`, which names no check: the closest name when one is close.
pub fn unknown(name: &str) -> String {
    let closest = CODES
        .iter()
        .map(|c| (strsim::jaro_winkler(name, c.name), c.name))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(similarity, _)| *similarity > 0.8);
    match closest {
        Some((_, suggestion)) => format!("`{name}` is not a check; did you mean `{suggestion}`?"),
        None => format!("`{name}` is not a check (the README lists them under \"Checking translations\")"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut names: Vec<&str> = CODES.iter().map(|c| c.name).collect();
        assert!(
            names
                .iter()
                .all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        );
        names.sort();
        names.dedup();
        assert_eq!(names.len(), CODES.len());
    }

    #[test]
    fn a_misspelt_name_gets_the_closest_one() {
        assert_eq!(
            unknown("nubmers"),
            "`nubmers` is not a check; did you mean `numbers`?"
        );
        assert_eq!(
            unknown("length-ration"),
            "`length-ration` is not a check; did you mean `length-ratio`?"
        );
        assert!(unknown("xyzzy").starts_with("`xyzzy` is not a check (the README lists"));
    }
}
