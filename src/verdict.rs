//! The verdict: where one message stands in one locale, decided here and nowhere else.
//!
//! In: a reference [`Message`] and a locale's file for its release ([`Translations`]: the
//! parsed catalog, or why there is none, with the locale's shared terms). Out: a [`Verdict`]:
//! translated, stale, missing or broken (the entry does not parse, fails an error-level
//! check, or fails to format), and the text a build publishes from this file, if any.
//! `status` counts verdicts, `build` publishes by them and records them in its manifest,
//! `export --state` selects by them: so the dashboard predicts exactly what a build does.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use crate::approval::{self, Review};
use crate::catalog::{self, Catalog, Entry};
use crate::check::codes::{self, Code};
use crate::check::{self, rules::Terms};
use crate::config::CheckConfig;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Severity;
use crate::locale::Locale;
use crate::reference::Message;

/// Where a message stands in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Translated for the current source text and fit to publish; `identical` when the value
    /// is the source text (names, or a copy in a file relingo did not create).
    Translated { identical: bool },
    /// Translated for an earlier source text (`# @stale:`).
    Stale,
    /// Absent, without a value, or a `# @todo` stub still copying the source.
    Missing,
    /// Present but not publishable.
    Broken(Broken),
}

/// Why a present message cannot be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    /// The entry (or the whole file) does not parse.
    Syntax,
    /// The file exists but cannot be read (not UTF-8, no permission, not a regular file).
    Unreadable,
    /// The translation fails this error-level check.
    Check(Code),
    /// fluent-bundle cannot format it (an unknown variable, term or message).
    Format,
}

impl Broken {
    /// What is wrong, in a few words, for reports.
    pub fn reason(self) -> Cow<'static, str> {
        match self {
            Broken::Syntax => "does not parse".into(),
            Broken::Unreadable => "the file cannot be read".into(),
            Broken::Check(code) => format!("fails the `{code}` check").into(),
            Broken::Format => "cannot be formatted".into(),
        }
    }
}

/// The verdict on one message in one locale.
#[derive(Debug, Clone)]
pub struct Verdict<'a> {
    pub state: State,
    /// Whether a reviewer's approval holds for this text ([`crate::approval`]).
    pub review: Review,
    /// The message's entry in the locale's file, when it has one.
    pub entry: Option<&'a Entry>,
    /// What a build publishes from this file: the formatted translation of a translated
    /// message, or of a stale one that passes the checks when stale text is allowed.
    pub text: Option<Cow<'a, str>>,
}

/// What a locale allows to be published.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    pub check: &'a CheckConfig,
    /// Publish stale translations (`use-stale` of the locale) instead of falling back.
    pub use_stale: bool,
    /// Publish only approved translations (`require-approval` of the locale).
    pub require_approval: bool,
}

/// A locale's shared `_terms.ftl`: its text for formatting, its names for the checks.
#[derive(Debug, Default)]
pub struct SharedTerms {
    text: Option<Arc<str>>,
    names: HashSet<String>,
}

impl SharedTerms {
    /// Reads `dir/_terms.ftl`. A file that is absent, unreadable or does not parse shares
    /// nothing: messages that use its terms are then broken everywhere alike.
    pub fn load(dir: &Path) -> SharedTerms {
        let path = dir.join("_terms.ftl");
        match crate::input::read_utf8(&path, crate::input::Links::Refuse) {
            Ok(text) => SharedTerms::parse(&path, text),
            Err(_) => SharedTerms::default(),
        }
    }

    /// The terms of a `_terms.ftl` read as `text`.
    pub fn parse(path: &Path, text: String) -> SharedTerms {
        let catalog = catalog::parse(path, text);
        if !catalog.is_clean() {
            return SharedTerms::default();
        }
        SharedTerms {
            names: catalog
                .entries
                .iter()
                .filter(|e| e.is_term())
                .map(|e| e.id.clone())
                .collect(),
            text: Some(Arc::from(catalog.with_bom(&catalog.text))),
        }
    }

    pub fn names(&self) -> &HashSet<String> {
        &self.names
    }
}

/// The shared terms of several locales, each read once per run.
#[derive(Debug, Default)]
pub struct LocaleTerms(HashMap<Locale, Arc<SharedTerms>>);

impl LocaleTerms {
    pub fn load<'a>(locales_dir: &Path, locales: impl IntoIterator<Item = &'a Locale>) -> LocaleTerms {
        LocaleTerms(
            locales
                .into_iter()
                .map(|l| {
                    (
                        l.clone(),
                        Arc::new(SharedTerms::load(&locales_dir.join(l.as_str()))),
                    )
                })
                .collect(),
        )
    }

    pub fn get(&self, locale: &Locale) -> Arc<SharedTerms> {
        self.0.get(locale).cloned().unwrap_or_default()
    }
}

/// What a locale has for a release.
#[derive(Debug)]
pub enum File {
    /// No file: every message is missing.
    Absent,
    /// A file that exists but cannot be read, with why: every message is broken.
    Unreadable(Diagnostic),
    Read(Catalog),
}

/// A locale's file for one release, with what judging its messages needs; the fluent-bundle
/// that formats messages with placeables is made on first use.
pub struct Translations {
    pub locale: Locale,
    pub path: PathBuf,
    pub file: File,
    terms: Arc<SharedTerms>,
    bundle: OnceCell<Option<FluentBundle<FluentResource>>>,
    /// The terms the file defines, found on first use.
    own_terms: OnceCell<Vec<String>>,
    /// Where the entry after the last one found is: files keep the reference's order, so
    /// the next message asked for is usually there, and no index of the file is needed.
    next: std::cell::Cell<usize>,
}

impl Translations {
    /// Reads `locales_dir/<locale>/<release>.ftl`; an absent file is [`File::Absent`], one
    /// that cannot be read is [`File::Unreadable`].
    pub fn load(locales_dir: &Path, locale: &Locale, release: &str, terms: Arc<SharedTerms>) -> Translations {
        let path = locales_dir.join(locale.as_str()).join(format!("{release}.ftl"));
        let file = match catalog::read(&path) {
            Ok(catalog) => File::Read(catalog),
            Err(e) if e.is_not_found() => File::Absent,
            Err(e) => File::Unreadable(Diagnostic::of_error(&e, codes::UNREADABLE, &path)),
        };
        Translations::new(locale, path, file, terms)
    }

    pub fn new(locale: &Locale, path: PathBuf, file: File, terms: Arc<SharedTerms>) -> Translations {
        Translations {
            locale: locale.clone(),
            path,
            file,
            terms,
            bundle: OnceCell::new(),
            own_terms: OnceCell::new(),
            next: std::cell::Cell::new(0),
        }
    }

    /// The entry `id` of `catalog` (this file's), looked for where the last one ended first.
    fn entry<'a>(&self, catalog: &'a Catalog, id: &str) -> Option<&'a Entry> {
        let next = self.next.get();
        // A file with duplicated ids takes the first of them, as every other reader does.
        let found = match catalog.entries.get(next) {
            Some(entry) if entry.id == id && catalog.diagnostics.is_empty() => Some((next, entry)),
            _ => catalog.position(id).map(|i| (i, &catalog.entries[i])),
        };
        found.map(|(i, entry)| {
            self.next.set(i + 1);
            entry
        })
    }

    /// A locale without files for the release (the source locale, a pseudo-locale).
    pub fn none(locale: &Locale) -> Translations {
        Translations::new(locale, PathBuf::new(), File::Absent, Arc::default())
    }

    pub fn catalog(&self) -> Option<&Catalog> {
        match &self.file {
            File::Read(catalog) => Some(catalog),
            _ => None,
        }
    }

    /// The catalog, given back (a report shows lines of its text).
    pub fn into_catalog(self) -> Option<Catalog> {
        match self.file {
            File::Read(catalog) => Some(catalog),
            _ => None,
        }
    }

    /// Why the file exists but could not be read.
    pub fn unreadable(&self) -> Option<&Diagnostic> {
        match &self.file {
            File::Unreadable(why) => Some(why),
            _ => None,
        }
    }

    /// The terms a translation in this file may use: its own and the locale's shared ones.
    pub fn terms(&self) -> Terms<'_> {
        // Found once per file: every message of it is judged with them.
        let own = self.own_terms.get_or_init(|| {
            self.catalog()
                .map(|c| {
                    c.entries
                        .iter()
                        .filter(|e| e.is_term())
                        .map(|e| e.id.clone())
                        .collect()
                })
                .unwrap_or_default()
        });
        Terms {
            shared: self.terms.names(),
            own,
        }
    }

    /// The verdict on `message`, running the error-level checks itself.
    pub fn judge(&self, message: &Message, rules: &Rules) -> Verdict<'_> {
        self.judge_with(message, rules, |entry| {
            let terms = self.terms();
            check::message(message, entry, &self.locale, rules.check, Some(&terms), true)
                .into_iter()
                .find(|f| f.severity == Severity::Error)
                .map(|f| f.code)
        })
    }

    /// The verdict on `message`, where `first_error` gives the first error-level check that
    /// the entry fails (`relingo check` passes what it found running every check).
    pub fn judge_with<'a>(
        &'a self,
        message: &Message,
        rules: &Rules,
        first_error: impl FnOnce(&Entry) -> Option<Code>,
    ) -> Verdict<'a> {
        let verdict = |state, entry: Option<&'a Entry>, text: Option<Cow<'a, str>>| {
            let translated = matches!(state, State::Translated { .. });
            let review = entry.map_or(Review::Unreviewed, |e| {
                approval::review(&message.text, e, translated)
            });
            // Where approval is required, an unapproved translation is not published.
            let text = text.filter(|_| !rules.require_approval || review.is_approved());
            Verdict {
                state,
                review,
                entry,
                text,
            }
        };
        let catalog = match &self.file {
            File::Absent => return verdict(State::Missing, None, None),
            File::Unreadable(_) => return verdict(State::Broken(Broken::Unreadable), None, None),
            File::Read(catalog) => catalog,
        };
        if catalog.junk_ids.contains(&message.id) {
            return verdict(
                State::Broken(Broken::Syntax),
                self.entry(catalog, &message.id),
                None,
            );
        }
        let Some(entry) = self.entry(catalog, &message.id) else {
            // A file refused before parsing (unsafe nesting) has no entries at all.
            let unparsed = catalog.diagnostics.iter().any(|d| d.code == "nesting");
            let state = if unparsed {
                State::Broken(Broken::Syntax)
            } else {
                State::Missing
            };
            return verdict(state, None, None);
        };
        match entry.state(&message.text) {
            catalog::MarkerState::Missing => verdict(State::Missing, Some(entry), None),
            catalog::MarkerState::Stale => {
                // Checked against the new source only when it may be published anyway.
                let text = if rules.use_stale {
                    first_error(entry).map_or_else(|| self.format(entry), |_| None)
                } else {
                    None
                };
                verdict(State::Stale, Some(entry), text)
            }
            catalog::MarkerState::Translated { identical } => {
                if let Some(code) = first_error(entry) {
                    return verdict(State::Broken(Broken::Check(code)), Some(entry), None);
                }
                match self.format(entry) {
                    Some(text) => verdict(State::Translated { identical }, Some(entry), Some(text)),
                    None => verdict(State::Broken(Broken::Format), Some(entry), None),
                }
            }
        }
    }

    /// The formatted value of `entry`, or `None` when formatting fails. Plain text is its
    /// own formatting; messages with placeables go through fluent-bundle with the locale's
    /// terms (bidi isolation off: these are documents, not interface strings).
    pub fn format<'a>(&self, entry: &'a Entry) -> Option<Cow<'a, str>> {
        if entry.plain {
            return entry.value.as_deref().map(Cow::Borrowed);
        }
        let bundle = self.bundle.get_or_init(|| self.make_bundle()).as_ref()?;
        let message = bundle.get_message(&entry.id)?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(message.value()?, None, &mut errors)
            .into_owned();
        errors.iter().all(is_runtime_variable).then_some(Cow::Owned(text))
    }

    fn make_bundle(&self) -> Option<FluentBundle<FluentResource>> {
        let catalog = self.catalog()?;
        let mut bundle = FluentBundle::new_concurrent(vec![self.locale.langid()]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(catalog.text.clone()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        if let Some(terms) = &self.terms.text {
            let resource = FluentResource::try_new(terms.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Some(bundle)
    }
}

/// A variable that only the running application can supply: not a fault of the translation
/// (the placeables check sees that it is one the source uses too). Release texts have none.
fn is_runtime_variable(error: &fluent_bundle::FluentError) -> bool {
    use fluent_bundle::FluentError::ResolverError;
    use fluent_bundle::resolver::{ResolverError::Reference, errors::ReferenceKind};
    matches!(error, ResolverError(Reference(ReferenceKind::Variable { .. })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(source: &str, file: Option<&str>, use_stale: bool) -> (State, Option<String>) {
        let reference = crate::reference::of_catalog(
            "r",
            &catalog::parse(Path::new("en/r.ftl"), format!("m = {source}\n")),
        );
        let message = &reference.messages[0];
        let fr = Locale::parse("fr").unwrap();
        let file = match file {
            Some(text) => File::Read(catalog::parse(Path::new("fr/r.ftl"), text.to_string())),
            None => File::Absent,
        };
        let translations = Translations::new(&fr, "fr/r.ftl".into(), file, Arc::default());
        let config = CheckConfig::default();
        let rules = Rules {
            check: &config,
            use_stale,
            require_approval: false,
        };
        let verdict = translations.judge(message, &rules);
        (verdict.state, verdict.text.map(Cow::into_owned))
    }

    #[test]
    fn a_translation_is_published_as_formatted() {
        let (state, text) = judge("Funds of £35m.", Some("m = Des fonds de 35 M£.\n"), false);
        assert_eq!(state, State::Translated { identical: false });
        assert_eq!(text.as_deref(), Some("Des fonds de 35 M£."));
    }

    #[test]
    fn a_dropped_number_is_broken_not_translated() {
        let (state, text) = judge(
            "312 arrests, 41 in the UK.",
            Some("m = 312 arrestations.\n"),
            false,
        );
        assert_eq!(state, State::Broken(Broken::Check(codes::NUMBERS)));
        assert_eq!(text, None);
    }

    #[test]
    fn an_undefined_term_is_broken() {
        let (state, _) = judge("The alliance.", Some("m = L'alliance { -alliance }.\n"), false);
        assert_eq!(state, State::Broken(Broken::Check(codes::UNKNOWN_TERM)));
    }

    #[test]
    fn a_message_that_does_not_parse_is_broken_not_missing() {
        let (state, _) = judge("One.", Some("m = { Un\n"), false);
        assert_eq!(state, State::Broken(Broken::Syntax));
        let cut_short = "m = Un\nqui continue à la marge\n";
        assert_eq!(
            judge("One.", Some(cut_short), false).0,
            State::Broken(Broken::Syntax)
        );
    }

    #[test]
    fn stale_text_is_published_only_where_the_locale_allows_it() {
        let file = "# @stale: Old.\nm = Ancien.\n";
        assert_eq!(judge("New.", Some(file), false), (State::Stale, None));
        assert_eq!(
            judge("New.", Some(file), true),
            (State::Stale, Some("Ancien.".into()))
        );
    }

    #[test]
    fn a_reference_to_nothing_cannot_be_formatted() {
        let (state, _) = judge("One.", Some("m = Un { other }.\n"), false);
        assert_eq!(state, State::Broken(Broken::Check(codes::PLACEABLES)));
        let file = "m = Un { -t }.\n-t = { -undefined }\n";
        assert_eq!(judge("One.", Some(file), false).0, State::Broken(Broken::Format));
    }

    #[test]
    fn variables_the_source_uses_are_left_to_the_application() {
        let (state, text) = judge("Hello { $name }", Some("m = Bonjour { $name }\n"), false);
        assert_eq!(state, State::Translated { identical: false });
        assert!(text.is_some());
    }

    #[test]
    fn absent_and_todo_are_missing() {
        assert_eq!(judge("One.", None, false).0, State::Missing);
        assert_eq!(
            judge("One.", Some("# @todo\nm = One.\n"), false).0,
            State::Missing
        );
    }
}
