//! What the sentence splitter knows of one language, read from data.
//!
//! In: a rules file (`data/segment/<language>.txt`, or a project's own file named by
//! `[segment] rules` in `relingo.toml`). Out: [`Rules`], the sets the splitter looks words up
//! in. The format is documented in `data/segment/README.md`; a bad line is an
//! [`Error::At`] naming the file, line and column and saying how to fix it.

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use crate::diagnostic::Location;
use crate::error::{Error, Result};

/// The languages that ship with rules, with their data.
const BUILT_IN: &[(&str, &str)] = &[
    ("cy", include_str!("../../../data/segment/cy.txt")),
    ("de", include_str!("../../../data/segment/de.txt")),
    ("en", include_str!("../../../data/segment/en.txt")),
    ("es", include_str!("../../../data/segment/es.txt")),
    ("fr", include_str!("../../../data/segment/fr.txt")),
    ("it", include_str!("../../../data/segment/it.txt")),
    ("nl", include_str!("../../../data/segment/nl.txt")),
    ("pl", include_str!("../../../data/segment/pl.txt")),
];

/// The languages with built-in rules, as `--lang` accepts them.
pub fn languages() -> impl Iterator<Item = &'static str> {
    BUILT_IN.iter().map(|&(language, _)| language)
}

/// One language's sentence rules.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Titles before a name or number: a full stop after them never ends a sentence.
    prepositive: Entries,
    /// Other abbreviations: before a capitalised word, only a starter begins a sentence.
    abbreviations: Entries,
    /// Abbreviations that close a list (`etc`): before a capitalised word, a sentence ends.
    closing: Entries,
    /// Abbreviations that follow a time (`a.m`): they end a sentence unless it opens with them.
    time: Entries,
    /// Endings that make a word an abbreviation (German `str` in `Hauptstr`), lower-cased.
    suffixes: Vec<String>,
    /// Words that often begin a sentence, lower-cased.
    starters: HashSet<String>,
    /// Capital letters that are words, not initials (English `I`).
    one_letter_words: HashSet<char>,
    /// Whether a number with a full stop is an ordinal (German `12. Juni`).
    pub(super) ordinal_numbers: bool,
}

/// Entries matched the way the data format says: exactly, or a lower-case entry also
/// matching its capitalised form.
#[derive(Debug, Clone, Default)]
struct Entries(HashSet<String>);

impl Entries {
    fn contains(&self, word: &str) -> bool {
        if self.0.contains(word) {
            return true;
        }
        let mut chars = word.chars();
        match chars.next() {
            Some(first) if first.is_uppercase() => {
                let uncapitalised: String = first.to_lowercase().chain(chars).collect();
                self.0.contains(&uncapitalised)
            }
            _ => false,
        }
    }
}

/// How a word in front of a full stop counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abbreviation {
    Prepositive,
    Ordinary,
    Closing,
    Time,
}

impl Rules {
    /// The built-in rules of `language` (`en`, `de` …; a region or script is ignored), or
    /// empty rules for a language without data. Parsed once per process.
    pub fn builtin(language: &str) -> &'static Rules {
        // One parsed `Rules` per built-in language, then the empty rules of all others.
        static PARSED: OnceLock<Vec<Rules>> = OnceLock::new();
        let parsed = PARSED.get_or_init(|| {
            BUILT_IN
                .iter()
                .map(|&(language, data)| {
                    let path = format!("data/segment/{language}.txt");
                    Rules::parse(Path::new(&path), data).expect("the built-in sentence rules parse")
                })
                .chain([Rules::default()])
                .collect()
        });
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        let index = BUILT_IN
            .iter()
            .position(|&(l, _)| l.eq_ignore_ascii_case(primary));
        &parsed[index.unwrap_or(BUILT_IN.len())]
    }

    /// The rules a project splits its sources with: those of its source language, with the
    /// project's own file (`[segment] rules`) added.
    pub fn of_project(config: &crate::config::Config) -> Result<std::borrow::Cow<'static, Rules>> {
        let language = config.source_locale.language();
        Ok(match &config.segment_rules {
            Some(path) => std::borrow::Cow::Owned(Rules::with_file(language, path)?),
            None => std::borrow::Cow::Borrowed(Rules::builtin(language)),
        })
    }

    /// The built-in rules of `language` with a project's own file added to them.
    pub fn with_file(language: &str, path: &Path) -> Result<Rules> {
        let text = crate::input::read_text(path, crate::input::Links::Follow).map_err(|e| {
            let (_, detail) = e.detail();
            Error::File {
                path: path.to_path_buf(),
                message: detail,
                help: Some(
                    "create the file relingo.toml names in [segment] rules, or remove that key".into(),
                ),
            }
        })?;
        let mut rules = Rules::builtin(language).clone();
        rules.extend(Rules::parse(path, &text)?);
        Ok(rules)
    }

    pub(super) fn extend(&mut self, other: Rules) {
        self.prepositive.0.extend(other.prepositive.0);
        self.abbreviations.0.extend(other.abbreviations.0);
        self.time.0.extend(other.time.0);
        self.closing.0.extend(other.closing.0);
        self.suffixes.extend(other.suffixes);
        self.starters.extend(other.starters);
        self.one_letter_words.extend(other.one_letter_words);
        self.ordinal_numbers |= other.ordinal_numbers;
    }

    /// Reads rules in the format of `data/segment/README.md`; `path` names the file in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Rules> {
        let mut rules = Rules::default();
        let mut section: Option<Section> = None;
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let column = raw.chars().take_while(|c| c.is_whitespace()).count() + 1;
            let at = || Location::new(path, index + 1, column);
            if let Some(name) = line.strip_prefix('[') {
                let name = name.strip_suffix(']').ok_or_else(|| {
                    bad(
                        at(),
                        format!("`{line}` opens a section header but does not close it"),
                        "write the header as `[abbreviations]`".into(),
                    )
                })?;
                section = Some(Section::named(name).ok_or_else(|| {
                    bad(
                        at(),
                        format!("unknown section `[{name}]`"),
                        format!(
                            "the sections are {}",
                            Section::NAMES.map(|n| format!("[{n}]")).join(", ")
                        ),
                    )
                })?);
                continue;
            }
            let Some(section) = section else {
                return Err(bad(
                    at(),
                    format!("`{line}` comes before any section header"),
                    "put entries under a header such as `[abbreviations]`".into(),
                ));
            };
            if let Some(offset) = line.find(char::is_whitespace) {
                let column = column + line[..offset].chars().count();
                return Err(bad(
                    Location::new(path, index + 1, column),
                    format!("`{line}` holds a space: one entry per line"),
                    "put each entry on its own line".into(),
                ));
            }
            rules
                .add(section, line)
                .map_err(|(message, help)| bad(at(), message, help))?;
        }
        Ok(rules)
    }

    fn add(&mut self, section: Section, entry: &str) -> Result<(), (String, String)> {
        let abbreviations = match section {
            Section::Prepositive => Some(&mut self.prepositive),
            Section::Abbreviations => Some(&mut self.abbreviations),
            Section::Time => Some(&mut self.time),
            Section::Closing => Some(&mut self.closing),
            _ => None,
        };
        if let Some(entries) = abbreviations {
            entries.0.insert(without_full_stop(entry)?.to_string());
            return Ok(());
        }
        match section {
            Section::Suffixes => self.suffixes.push(without_full_stop(entry)?.to_lowercase()),
            Section::Starters => {
                self.starters.insert(entry.to_lowercase());
            }
            Section::OneLetterWords => {
                let mut chars = entry.chars();
                let (Some(letter), None) = (chars.next(), chars.next()) else {
                    return Err(not_one_capital(entry));
                };
                if !letter.is_uppercase() {
                    return Err(not_one_capital(entry));
                }
                self.one_letter_words.insert(letter);
            }
            Section::Options if entry == "ordinal-numbers" => self.ordinal_numbers = true,
            _ => {
                return Err((
                    format!("unknown option `{entry}`"),
                    "the only option is `ordinal-numbers`".into(),
                ));
            }
        }
        Ok(())
    }

    /// How `word` (without its full stop) counts as an abbreviation, if it does.
    pub(super) fn abbreviation(&self, word: &str) -> Option<Abbreviation> {
        if self.prepositive.contains(word) {
            Some(Abbreviation::Prepositive)
        } else if self.time.contains(word) {
            Some(Abbreviation::Time)
        } else if self.closing.contains(word) {
            Some(Abbreviation::Closing)
        } else if self.abbreviations.contains(word) || self.has_abbreviated_ending(word) {
            Some(Abbreviation::Ordinary)
        } else {
            None
        }
    }

    /// Whether `word` is longer than one of the endings of `[suffixes]` and ends with it.
    fn has_abbreviated_ending(&self, word: &str) -> bool {
        !self.suffixes.is_empty() && {
            let lower = word.to_lowercase();
            self.suffixes
                .iter()
                .any(|s| lower.len() > s.len() && lower.ends_with(s.as_str()))
        }
    }

    /// Whether `word` often begins a sentence.
    pub(super) fn is_starter(&self, word: &str) -> bool {
        if word.chars().all(|c| !c.is_uppercase()) {
            return self.starters.contains(word);
        }
        self.starters.contains(&word.to_lowercase())
    }

    /// Whether the capital `letter` is a word of its own (English `I`).
    pub(super) fn is_one_letter_word(&self, letter: char) -> bool {
        self.one_letter_words.contains(&letter)
    }
}

#[derive(Debug, Clone, Copy)]
enum Section {
    Prepositive,
    Abbreviations,
    Closing,
    Time,
    Suffixes,
    Starters,
    OneLetterWords,
    Options,
}

impl Section {
    const NAMES: [&'static str; 8] = [
        "prepositive",
        "abbreviations",
        "closing",
        "time",
        "suffixes",
        "starters",
        "one-letter-words",
        "options",
    ];

    fn named(name: &str) -> Option<Section> {
        Some(match name.trim() {
            "prepositive" => Section::Prepositive,
            "abbreviations" => Section::Abbreviations,
            "closing" => Section::Closing,
            "time" => Section::Time,
            "suffixes" => Section::Suffixes,
            "starters" => Section::Starters,
            "one-letter-words" => Section::OneLetterWords,
            "options" => Section::Options,
            _ => return None,
        })
    }
}

/// An abbreviation as the data writes it: without its final full stop.
fn without_full_stop(entry: &str) -> Result<&str, (String, String)> {
    if entry.ends_with('.') {
        let bare = entry.trim_end_matches('.');
        return Err((
            format!("`{entry}` ends with a full stop"),
            format!("write the abbreviation without its final full stop: `{bare}`"),
        ));
    }
    Ok(entry)
}

fn not_one_capital(entry: &str) -> (String, String) {
    (
        format!("`{entry}` is not one capital letter"),
        "list single capital letters that are words, such as English `I`".into(),
    )
}

fn bad(at: Location, message: String, help: String) -> Error {
    Error::At {
        at,
        message,
        help: Some(help),
    }
}
