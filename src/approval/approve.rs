//! `relingo approve` and `relingo review`: a reviewer's sign-off written into the files,
//! and the list of what awaits it.
//!
//! In: a locale, the releases and message ids to look at, and who approves. Out, for
//! [`approve`]: `# @approved:` markers written surgically (only on messages translated for
//! the current source, free of error-level findings, and not approved already; every other
//! byte of the file stays as it was; a file that does not parse is left untouched), and what
//! was skipped with why. For [`awaiting`]: every translated message whose approval is
//! missing or void, with its source and translation.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Review, marker};
use crate::catalog;
use crate::check::codes;
use crate::diagnostic::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::project::Project;
use crate::reference::{self, Reference};
use crate::verdict::{self, Rules, SharedTerms, State, Translations};
use crate::{Error, Result, persist};

/// What `relingo approve` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The reviewer's name, written into each marker.
    pub by: String,
    /// Only these releases (all when empty).
    pub releases: Vec<String>,
    /// Only these messages (all when empty), by id or `release/id`; one that no selected
    /// release has is reported.
    pub ids: Vec<String>,
    /// Say what would be approved; write nothing.
    pub dry_run: bool,
}

/// What `relingo approve` did.
#[derive(Debug, Default)]
pub struct Approved {
    /// `release/id` of each message approved now.
    pub approved: Vec<String>,
    /// Messages approved already, for the text they hold.
    pub already: usize,
    /// Messages left unapproved, with why (each at its file and line).
    pub skipped: Vec<Diagnostic>,
    /// Messages not translated yet, counted (they are the translators' work, not a problem
    /// of the approval).
    pub missing: usize,
    pub written: Vec<PathBuf>,
}

/// A message that awaits review.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Awaiting {
    pub release: String,
    pub id: String,
    pub path: PathBuf,
    pub line: usize,
    pub source: Arc<str>,
    pub translation: String,
    pub words: usize,
    /// Why an earlier approval no longer holds, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub void: Option<String>,
}

/// The judging rules of a review: the locale's own text, current, as a build checks it.
fn review_rules(project: &Project) -> Rules<'_> {
    Rules {
        check: &project.config.check,
        use_stale: false,
        require_approval: false,
    }
}

/// The references of the selected releases.
fn references(project: &Project, releases: &[String]) -> Result<Vec<Reference>> {
    project
        .reference_ids(releases)?
        .iter()
        .map(|id| reference::read(&project.reference_path(id), id))
        .collect()
}

/// Writes approval markers by `options.by` into `locale`'s files.
pub fn approve(project: &Project, locale: &Locale, options: &Options) -> Result<Approved> {
    if options.by.trim().is_empty() || options.by.contains('\n') {
        return Err(Error::Usage(
            "say who approves: --by NAME (or set `git config user.name`)".into(),
        ));
    }
    let references = references(project, &options.releases)?;
    let mut outcome = Approved::default();
    for id in &options.ids {
        let found = |r: &Reference| r.messages.iter().any(|m| names(id, &r.release, &m.id));
        if !references.iter().any(found) {
            outcome.skipped.push(Diagnostic {
                severity: Severity::Error,
                ..Diagnostic::file(
                    &project.locale_dir(locale),
                    codes::NOT_APPROVED,
                    format!("no selected release has a message `{id}`"),
                    Some("`relingo review --locale` lists the ids that await review".into()),
                )
            });
        }
    }
    let terms = Arc::new(SharedTerms::load(&project.locale_dir(locale)));
    let mut displaced = Vec::new();
    for reference in &references {
        let path = project.catalog_path(locale, &reference.release);
        // An editor may save the file meanwhile: the approval starts again from its save.
        for attempt in 1..=3 {
            let mut file = Approved::default();
            let Some(text) = approve_file(
                project,
                locale,
                reference,
                &path,
                terms.clone(),
                options,
                &mut file,
            ) else {
                outcome.absorb(file);
                break;
            };
            if options.dry_run {
                outcome.absorb(file);
                break;
            }
            match persist::replace_read(&path, Some(text.0.as_bytes()), text.1.as_bytes()) {
                Err(Error::ChangedMeanwhile { .. }) if attempt < 3 => continue,
                Err(e) => {
                    outcome
                        .skipped
                        .push(Diagnostic::of_error(&e, codes::NOT_WRITTEN, &path));
                }
                Ok(replaced) => {
                    displaced.extend(replaced.displaced);
                    outcome.absorb(file);
                }
            }
            break;
        }
    }
    // A save into a file this run replaced is put back, and the approvals of that file are
    // not counted: the reviewer approves again what the editor saved.
    for (path, error) in persist::settle(displaced) {
        outcome.approved.retain(|a| {
            let release = a.split('/').next().unwrap_or_default();
            project.catalog_path(locale, release) != path
        });
        outcome.written.retain(|p| p != &path);
        outcome
            .skipped
            .push(Diagnostic::of_error(&error, codes::NOT_WRITTEN, &path));
    }
    Ok(outcome)
}

impl Approved {
    fn absorb(&mut self, other: Approved) {
        self.approved.extend(other.approved);
        self.already += other.already;
        self.skipped.extend(other.skipped);
        self.missing += other.missing;
        self.written.extend(other.written);
    }
}

/// Approves what may be approved in one file; returns its text as read and as it should
/// be written (with its byte-order mark), or `None` when nothing is to be written.
fn approve_file(
    project: &Project,
    locale: &Locale,
    reference: &Reference,
    path: &std::path::Path,
    terms: Arc<SharedTerms>,
    options: &Options,
    outcome: &mut Approved,
) -> Option<(String, String)> {
    let catalog = match catalog::read(path) {
        Ok(c) if c.is_clean() => c,
        Ok(c) => {
            outcome.skipped.push(Diagnostic {
                help: Some("this file is left untouched: fix it, then approve again".into()),
                ..c.diagnostics[0].clone()
            });
            return None;
        }
        Err(e) if e.is_not_found() => {
            outcome.missing += reference.messages.len();
            return None;
        }
        Err(e) => {
            outcome
                .skipped
                .push(Diagnostic::of_error(&e, codes::UNREADABLE, path));
            return None;
        }
    };
    let translations = Translations::new(locale, path.to_path_buf(), verdict::File::Read(catalog), terms);
    let rules = review_rules(project);
    let mut edits: HashMap<String, String> = HashMap::new();
    let wanted =
        |id: &str| options.ids.is_empty() || options.ids.iter().any(|w| names(w, &reference.release, id));
    for message in reference.messages.iter().filter(|m| wanted(&m.id)) {
        let verdict = translations.judge(message, &rules);
        let entry = verdict.entry;
        let line = entry.map_or(1, |e| e.line);
        let skip = |why: String, help: &str| Diagnostic {
            severity: Severity::Warning,
            at: crate::diagnostic::Location::new(path, line, 1),
            ..Diagnostic::file(path, codes::NOT_APPROVED, why, Some(help.to_string().into()))
        };
        match (verdict.state, entry) {
            (State::Translated { .. }, Some(_)) if verdict.review.is_approved() => outcome.already += 1,
            (State::Translated { .. }, Some(entry)) => {
                let value = entry.value.as_deref().unwrap_or_default();
                edits.insert(entry.id.clone(), marker(&options.by, &message.text, value));
                outcome
                    .approved
                    .push(format!("{}/{}", reference.release, message.id));
            }
            (State::Missing, _) => outcome.missing += 1,
            (State::Stale, _) => outcome.skipped.push(skip(
                format!("`{}` is stale: translated for an earlier source text", message.id),
                "update the translation and delete `# @stale:`, then approve it",
            )),
            (State::Broken(why), _) => outcome.skipped.push(skip(
                format!("`{}` {}", message.id, why.reason()),
                "`relingo check` shows what to fix before it can be approved",
            )),
            (State::Translated { .. }, None) => {}
        }
    }
    if edits.is_empty() {
        return None;
    }
    let catalog = translations.catalog()?;
    let text = catalog.with_marker("approved", |entry| edits.get(&entry.id).cloned());
    outcome.written.push(path.to_path_buf());
    Some((catalog.with_bom(&catalog.text), catalog.with_bom(&text)))
}

/// Whether `wanted` (an id, or `release/id`) names message `id` of `release`.
fn names(wanted: &str, release: &str, id: &str) -> bool {
    match wanted.split_once('/') {
        Some((r, i)) => r == release && i == id,
        None => wanted == id,
    }
}

/// Every translated message of `locale` in `releases` (all when empty) that no approval
/// holds for, in release and file order.
pub fn awaiting(project: &Project, locale: &Locale, releases: &[String]) -> Result<Vec<Awaiting>> {
    let terms = Arc::new(SharedTerms::load(&project.locale_dir(locale)));
    let rules = review_rules(project);
    let mut out = Vec::new();
    for reference in references(project, releases)? {
        let translations = Translations::load(
            &project.config.paths.locales,
            locale,
            &reference.release,
            terms.clone(),
        );
        for message in &reference.messages {
            let verdict = translations.judge(message, &rules);
            let (State::Translated { .. }, Some(entry)) = (verdict.state, verdict.entry) else {
                continue;
            };
            if matches!(verdict.review, Review::Approved { .. }) {
                continue;
            }
            out.push(Awaiting {
                release: reference.release.clone(),
                id: message.id.clone(),
                path: translations.path.clone(),
                line: entry.line,
                source: message.text.clone(),
                translation: entry.value.clone().unwrap_or_default(),
                words: message.words,
                void: verdict.review.void_reason(),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::path::Path;

    /// A locale file of `n` translated messages, with translator comments where `comments`
    /// says, in CRLF when asked, with a byte-order mark when asked.
    fn file(n: usize, comments: &[bool], void: &[bool], crlf: bool) -> String {
        let mut text = String::from("### A header the translator keeps.\n\n");
        for i in 0..n {
            if comments.get(i).copied().unwrap_or(false) {
                text.push_str(&format!("# Note {i} from the translator\n"));
            }
            if void.get(i).copied().unwrap_or(false) {
                text.push_str("# @approved: Someone Before · 00000000\n");
            }
            text.push_str(&format!("# @source: Source text {i}.\nm{i} = Testun {i}.\n\n"));
        }
        if crlf { text.replace('\n', "\r\n") } else { text }
    }

    proptest! {
        #[test]
        fn sealing_adds_approval_lines_and_changes_no_other_byte(
            n in 1usize..12,
            comments in proptest::collection::vec(any::<bool>(), 12),
            chosen in proptest::collection::vec(any::<bool>(), 12),
            void in proptest::collection::vec(any::<bool>(), 12),
            crlf in any::<bool>(),
        ) {
            let text = file(n, &comments, &void, crlf);
            let catalog = catalog::parse(Path::new("cy/r.ftl"), text.clone());
            prop_assert!(catalog.is_clean());
            let edits: HashMap<String, String> = catalog
                .entries
                .iter()
                .enumerate()
                .filter(|(i, _)| chosen[*i])
                .map(|(i, e)| (e.id.clone(), marker("Siân Jones", &format!("Source text {i}."), e.value.as_deref().unwrap())))
                .collect();
            let sealed = catalog.with_marker("approved", |entry| edits.get(&entry.id).cloned());
            let le = if crlf { "\r\n" } else { "\n" };
            let without = |text: &str| -> String {
                text.split_inclusive(le).filter(|l| !l.starts_with("# @approved: ")).collect()
            };
            prop_assert_eq!(without(&sealed), without(&text));
            // An approval replaces the void one in its place; the others stay as they were.
            let expected = (0..n).filter(|i| chosen[*i] || void[*i]).count();
            prop_assert_eq!(sealed.matches("# @approved: ").count(), expected);
            let again = catalog::parse(Path::new("cy/r.ftl"), sealed.clone());
            for (i, entry) in again.entries.iter().enumerate() {
                let review = super::super::review(&format!("Source text {i}."), entry, true);
                prop_assert_eq!(review.is_approved(), chosen[i], "{}", sealed);
            }
        }
    }
}
