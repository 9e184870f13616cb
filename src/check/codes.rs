//! The names of relingo's checks: one table, read by findings, `# @allow:` and `[check] allow`.
//!
//! In: a name as a translator or a config wrote it. Out: the check it names, with its default
//! severity and what it looks for, or the closest name to suggest when it names none.

use crate::diagnostic::Severity;

/// What a diagnostic is about: a check of translations, or a problem with a file.
/// Diagnostics carry one of the constants below, so a misspelt code does not compile; it
/// is written (JSON, annotations, `error[numbers]`) by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// A check of translations, which `# @allow:` and `[check] allow` may silence.
    pub check: bool,
}

impl PartialEq<&str> for Code {
    fn eq(&self, name: &&str) -> bool {
        self.name == *name
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name)
    }
}

const fn error(name: &'static str, summary: &'static str) -> Code {
    Code {
        name,
        severity: Severity::Error,
        summary,
        check: true,
    }
}

const fn warning(name: &'static str, summary: &'static str) -> Code {
    Code {
        name,
        severity: Severity::Warning,
        summary,
        check: true,
    }
}

pub const SYNTAX: Code = error("syntax", "the file or the message is not valid Fluent");
pub const DUPLICATE_ID: Code = error("duplicate-id", "a message id is defined twice");
pub const NESTING: Code = error("nesting", "placeables nested deep enough to crash a parser");
pub const LAYOUT: Code = error("layout", "an entry relingo cannot map to its lines");
pub const PLACEABLES: Code = error(
    "placeables",
    "variables and message references differ from the source",
);
pub const UNKNOWN_TERM: Code = error(
    "unknown-term",
    "a term that neither the file nor _terms.ftl defines",
);
pub const LINKS: Code = error("links", "link targets differ from the source");
pub const CODE: Code = error("code", "code spans differ from the source");
pub const EMPHASIS: Code = error(
    "emphasis",
    "emphasis differs from the source, or a `*` is left open",
);
pub const NUMBERS: Code = error("numbers", "a number of the source is missing or changed");
pub const ADDRESSES: Code = error(
    "addresses",
    "a URL or e-mail address of the source is missing or changed",
);
pub const EMPTY: Code = error("empty", "the translation is empty");
pub const UNSAFE_HTML: Code = error("unsafe-html", "raw HTML in the translation");
pub const FORMAT: Code = error(
    "format",
    "Fluent cannot format the translation (a reference to nothing)",
);
pub const UNSAFE_LINK: Code = error(
    "unsafe-link",
    "a link target other than http(s), mailto or relative",
);
pub const IDENTICAL: Code = warning("identical", "the translation is the source text");
pub const DO_NOT_TRANSLATE: Code = warning(
    "do-not-translate",
    "a term that must stay untranslated was translated",
);
pub const WHITESPACE: Code = warning("whitespace", "leading, trailing or doubled spaces");
pub const DOUBLED_WORD: Code = warning("doubled-word", "a word written twice in a row");
pub const INVISIBLE_CHAR: Code = warning("invisible-char", "control, zero-width or bidi characters");
pub const PUNCTUATION: Code = warning("punctuation", "the final punctuation differs from the source's");
pub const BRACKETS: Code = warning("brackets", "brackets left unbalanced");
pub const QUOTES: Code = warning("quotes", "quotation marks left unbalanced or of another style");
pub const LENGTH: Code = warning("length", "longer than a title or summary may be");
pub const LENGTH_RATIO: Code = warning("length-ratio", "much longer or shorter than the source");
pub const STALE: Code = warning("stale", "translated for an earlier source text (`# @stale:`)");
pub const TODO: Code = warning("todo", "not translated yet (`# @todo`)");
pub const CONFLICT: Code = warning(
    "conflict",
    "another side's translation kept beside this one (`# @conflict:`)",
);
pub const APPROVAL: Code = warning(
    "approval",
    "an `# @approved:` that approves nothing: the text changed since, or it is malformed",
);
pub const MISSING_FILE: Code = warning("missing-file", "the locale has no file for the release");
pub const ALLOW: Code = warning(
    "allow",
    "an `# @allow:` that names no check, or is not attached to a message",
);

pub const UNREADABLE: Code = run(
    "unreadable",
    Severity::Error,
    "a file exists but cannot be read (not UTF-8, no permission, not a regular file)",
);

/// Not checks: what a run could not do, or decided, for one file.
const fn run(name: &'static str, severity: Severity, summary: &'static str) -> Code {
    Code {
        name,
        severity,
        summary,
        check: false,
    }
}

pub const NOT_WRITTEN: Code = run(
    "not-written",
    Severity::Error,
    "a file relingo had to leave as it was: read-only, a link, or saved by someone else meanwhile",
);
pub const NOT_IMPORTED: Code = run(
    "not-imported",
    Severity::Error,
    "a unit of an exchange file that could not be imported",
);
pub const REQUIRED: Code = run(
    "required",
    Severity::Error,
    "a release of a required locale is incomplete, so the build fails",
);
pub const STRICT: Code = run(
    "strict",
    Severity::Error,
    "a message falls back to another locale under --strict",
);
pub const OUT_OF_DATE: Code = run(
    "out-of-date",
    Severity::Warning,
    "a reference catalog that no longer matches its source release",
);
pub const MISSING_IMAGE: Code = run(
    "missing-image",
    Severity::Warning,
    "an image a release shows is missing, or outside the sources folder",
);
pub const NOT_APPROVED: Code = run(
    "not-approved",
    Severity::Warning,
    "a message `relingo approve` left unapproved: stale, broken, or not in the release",
);
pub const EMBARGO: Code = run(
    "embargo",
    Severity::Warning,
    "a release under embargo: held, or built for preview only",
);
pub const SIMULTANEOUS: Code = run(
    "simultaneous",
    Severity::Error,
    "a release held in every language because a required one is not complete ([build] simultaneous)",
);
pub const WITHHELD: Code = run(
    "withheld",
    Severity::Warning,
    "a release below its locale's min-coverage is not published in that locale",
);

/// Every code, in the order `relingo check` runs its checks.
pub const CODES: &[Code] = &[
    SYNTAX,
    DUPLICATE_ID,
    NESTING,
    LAYOUT,
    PLACEABLES,
    UNKNOWN_TERM,
    LINKS,
    CODE,
    EMPHASIS,
    NUMBERS,
    ADDRESSES,
    EMPTY,
    UNSAFE_HTML,
    FORMAT,
    UNSAFE_LINK,
    IDENTICAL,
    DO_NOT_TRANSLATE,
    WHITESPACE,
    DOUBLED_WORD,
    INVISIBLE_CHAR,
    PUNCTUATION,
    BRACKETS,
    QUOTES,
    LENGTH,
    LENGTH_RATIO,
    STALE,
    TODO,
    CONFLICT,
    APPROVAL,
    MISSING_FILE,
    ALLOW,
    UNREADABLE,
    NOT_WRITTEN,
    NOT_IMPORTED,
    REQUIRED,
    STRICT,
    OUT_OF_DATE,
    MISSING_IMAGE,
    NOT_APPROVED,
    EMBARGO,
    SIMULTANEOUS,
    WITHHELD,
];

/// The check called `name` (codes that are no check, such as `unreadable`, are not found).
pub fn find(name: &str) -> Option<&'static Code> {
    CODES.iter().find(|c| c.check && c.name == name)
}

/// What to say of `name`, which names no check: the closest name when one is close.
pub fn unknown(name: &str) -> String {
    let closest = CODES
        .iter()
        .filter(|c| c.check)
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
