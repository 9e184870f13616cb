//! What relingo knows of one editor buffer, in byte offsets of its text.
//!
//! In: a file's path and the buffer's current (unsaved) text. Out: its diagnostics (the
//! findings of `relingo check`, one implementation, plus `@todo`/`@stale` as hints), the
//! hover of a message (source, block, words, verdict, what changed in a stale source), the
//! code actions at a place (as edits: nothing here writes a file), completions, the
//! definition of a term, the outline, the sources of messages the file does not quote, and
//! the project's coverage summary. The server ([`super::server`]) turns offsets into
//! the client's positions.
//!
//! A buffer is judged where it sits: a translation file of a relingo project
//! (`locales/<locale>/<release>.ftl`) gets everything; the reference catalog is said to be
//! generated; any other Fluent file gets Fluent's syntax diagnostics only. Only the
//! project's configuration, the release's reference and the locale's `_terms.ftl` are read,
//! never the whole project.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::approval::{self, Review};
use crate::catalog::{self, Catalog, Entry};
use crate::check::{self, codes};
use crate::diagnostic::Severity;
use crate::locale::Locale;
use crate::project::Project;
use crate::reference::{self, Message, Reference};
use crate::verdict::{self, Rules, SharedTerms, State, Translations};

/// Where a buffer sits.
pub enum Place {
    /// A translation file of a relingo project.
    Translation {
        project: Box<Project>,
        locale: Locale,
        release: String,
    },
    /// The reference catalog `relingo extract` writes.
    Reference { release: String },
    /// Any other Fluent file.
    Elsewhere,
}

impl Place {
    /// Finds the project above `path` (its `relingo.toml`) and what the file is in it.
    pub fn of(path: &Path) -> Place {
        let Some(dir) = path.parent() else {
            return Place::Elsewhere;
        };
        let Ok(project) = Project::open(None, dir) else {
            return Place::Elsewhere;
        };
        let locales = &project.config.paths.locales;
        let Some(relative) = path.strip_prefix(locales).ok() else {
            return Place::Elsewhere;
        };
        let parts: Vec<&str> = relative.iter().filter_map(|p| p.to_str()).collect();
        let [locale, file] = parts.as_slice() else {
            return Place::Elsewhere;
        };
        let Some(release) = file.strip_suffix(".ftl").filter(|r| !r.starts_with('_')) else {
            return Place::Elsewhere;
        };
        let Ok(locale) = Locale::parse(locale) else {
            return Place::Elsewhere;
        };
        let release = release.to_string();
        if locale == project.config.source_locale {
            Place::Reference { release }
        } else if project.config.locale(&locale).is_some() {
            Place::Translation {
                project: Box::new(project),
                locale,
                release,
            }
        } else {
            Place::Elsewhere
        }
    }
}

/// How much a finding weighs in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Error,
    Warning,
    Information,
    Hint,
}

/// A finding on a byte range of the buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub span: Range<usize>,
    pub weight: Weight,
    pub code: &'static str,
    pub message: String,
}

/// A buffer with what judging it needs, read once per request.
pub struct Buffer {
    pub path: PathBuf,
    pub catalog: Catalog,
    pub place: Place,
    reference: Option<Reference>,
    terms: Arc<SharedTerms>,
}

impl Buffer {
    /// Parses `text` as the file at `path`, with its project's reference and terms.
    pub fn new(path: &Path, text: &str) -> Buffer {
        let place = Place::of(path);
        let (reference, terms) = match &place {
            Place::Translation {
                project,
                locale,
                release,
            } => (
                reference::read(&project.reference_path(release), release).ok(),
                Arc::new(SharedTerms::load(&project.locale_dir(locale))),
            ),
            _ => (None, Arc::default()),
        };
        Buffer {
            path: path.to_path_buf(),
            catalog: catalog::parse(path, text.to_string()),
            place,
            reference,
            terms,
        }
    }

    pub fn text(&self) -> &str {
        &self.catalog.text
    }

    /// Every finding of the buffer.
    pub fn diagnostics(&self) -> Vec<Finding> {
        let syntax_only = || {
            self.catalog
                .diagnostics
                .iter()
                .map(|d| {
                    self.finding(
                        d.span.clone().unwrap_or(0..0),
                        d.severity,
                        d.code,
                        d.message.to_string(),
                    )
                })
                .collect()
        };
        match (&self.place, &self.reference) {
            (Place::Reference { release }, _) => {
                let mut found: Vec<Finding> = syntax_only();
                found.push(Finding {
                    span: 0..0,
                    weight: Weight::Information,
                    code: "generated",
                    message: format!(
                        "this reference catalog is generated by `relingo extract` from the release `{release}`: edit the source release instead"
                    ),
                });
                found
            }
            (Place::Translation { project, locale, .. }, Some(reference)) => {
                let checked = check::check_catalog(
                    self.catalog.clone(),
                    locale,
                    reference,
                    self.terms.clone(),
                    &project.config.check,
                );
                checked
                    .diagnostics
                    .into_iter()
                    .map(|r| {
                        let d = r.diagnostic;
                        let message = match &d.help {
                            Some(help) => format!("{}\n{help}", d.message),
                            None => d.message.to_string(),
                        };
                        self.finding(d.span.unwrap_or(0..0), d.severity, d.code, message)
                    })
                    .collect()
            }
            _ => syntax_only(),
        }
    }

    fn finding(&self, span: Range<usize>, severity: Severity, code: codes::Code, message: String) -> Finding {
        // The remaining work shows in the problem list without being mistaken for faults.
        let weight = match (code.name, severity) {
            ("todo", _) => Weight::Hint,
            ("stale", _) => Weight::Information,
            (_, Severity::Error) => Weight::Error,
            (_, Severity::Warning) => Weight::Warning,
        };
        let end = span.end.min(self.text().len());
        Finding {
            span: span.start.min(end)..end,
            weight,
            code: code.name,
            message,
        }
    }

    /// The entry whose text holds `offset`, with its reference message.
    fn at(&self, offset: usize) -> Option<(&Entry, Option<&Message>)> {
        let entry = self
            .catalog
            .entries
            .iter()
            .find(|e| e.range().contains(&offset) || e.range().end == offset)?;
        let message = self
            .reference
            .as_ref()
            .and_then(|r| r.messages.iter().find(|m| m.id == entry.id));
        Some((entry, message))
    }

    fn translations(&self) -> Option<(Translations, &Project)> {
        let Place::Translation { project, locale, .. } = &self.place else {
            return None;
        };
        let file = verdict::File::Read(self.catalog.clone());
        Some((
            Translations::new(locale, self.path.clone(), file, self.terms.clone()),
            project,
        ))
    }

    /// The hover of the message at `offset`, as Markdown.
    pub fn hover(&self, offset: usize) -> Option<String> {
        let (entry, message) = self.at(offset)?;
        let Some(message) = message else {
            return match &self.place {
                Place::Translation { release, .. } => Some(format!(
                    "`{}` is not a message of the release `{release}`: `relingo sync` marks it obsolete",
                    entry.id
                )),
                _ => None,
            };
        };
        let (translations, project) = self.translations()?;
        let rules = review_rules(project);
        let verdict = translations.judge(message, &rules);
        let mut out = String::new();
        let block = message
            .group
            .map_or_else(|| "message".to_string(), |g| g.to_string());
        out.push_str(&format!(
            "**Source** — {block} · {} {}\n\n",
            message.words,
            crate::coverage::plural(message.words, "word", "words")
        ));
        out.push_str(&quote(&message.text));
        let state = match verdict.state {
            State::Translated { identical: true } => "translated (the same as the source)".to_string(),
            State::Translated { .. } => "translated".to_string(),
            State::Stale => "stale: translated for an earlier source text".to_string(),
            State::Missing => "not translated yet".to_string(),
            State::Broken(why) => format!("broken: it {}; a build publishes the fallback", why.reason()),
        };
        out.push_str(&format!("\n\n**Verdict**: {state}"));
        match &verdict.review {
            Review::Approved { by } => out.push_str(&format!(" · approved by {by}")),
            Review::Void { .. } => out.push_str(&format!(
                " · approval void: {}",
                verdict.review.void_reason().unwrap_or_default()
            )),
            Review::Unreviewed => {}
        }
        if let Some(old) = &entry.markers.stale {
            let (before, after) = crate::coverage::render::word_diff(old, &message.text);
            let marked = |pieces: &[crate::coverage::render::Piece], mark: &str| -> String {
                pieces
                    .iter()
                    .map(|p| {
                        if p.changed && !p.text.trim().is_empty() {
                            format!("{mark}{}{mark}", p.text.trim())
                        } else {
                            p.text.clone()
                        }
                    })
                    .collect()
            };
            out.push_str("\n\n**Was**: ");
            out.push_str(&marked(&before, "~~"));
            out.push_str("\n\n**Now**: ");
            out.push_str(&marked(&after, "**"));
        }
        if let Some(memory) = &entry.markers.memory {
            out.push_str(&format!("\n\n**Filled from** {memory}"));
        }
        Some(out)
    }

    /// The code actions for the message at `offset`; `codes` are the diagnostics the client
    /// shows there (for "allow this check here"); `reviewer` signs approvals.
    pub fn actions(&self, offset: usize, codes: &[String], reviewer: Option<&str>) -> Vec<Action> {
        let Some((entry, Some(message))) = self.at(offset) else {
            return Vec::new();
        };
        let Some((translations, project)) = self.translations() else {
            return Vec::new();
        };
        let mut actions = Vec::new();
        let line_of = |marker: &str| self.marker_line(entry, marker);
        if entry.markers.todo
            && let Some(line) = line_of("# @todo")
        {
            actions.push(Action::new(
                "Mark as translated (remove # @todo)",
                vec![(line, String::new())],
            ));
        }
        if entry.markers.stale.is_some()
            && let Some(line) = line_of("# @stale:")
        {
            actions.push(Action::new(
                "Accept after review (remove # @stale:)",
                vec![(line, String::new())],
            ));
        }
        if let Some(value) = self.value_span(entry) {
            actions.push(Action::new(
                "Copy the source into the value",
                vec![(value, catalog::escape::value(&message.text))],
            ));
        }
        let verdict = translations.judge(message, &review_rules(project));
        if let (State::Translated { .. }, false, Some(by)) =
            (verdict.state, verdict.review.is_approved(), reviewer)
        {
            let seal = approval::marker(by, &message.text, entry.value.as_deref().unwrap_or_default());
            let le = self.catalog.line_ending;
            let edit = match line_of("# @approved:") {
                Some(line) => (line, format!("# @approved: {seal}{le}")),
                None => (
                    entry.body.start..entry.body.start,
                    format!("# @approved: {seal}{le}"),
                ),
            };
            actions.push(Action::new(&format!("Approve as {by}"), vec![edit]));
        }
        // A link or an address of the source that the translation lacks, put at the end of
        // the value for the translator to move into place.
        if let Some(value) = self.value_span(entry) {
            let translation = entry.value.as_deref().unwrap_or_default();
            let facts = message.facts();
            for target in facts
                .link_targets
                .iter()
                .filter(|t| !translation.contains(t.as_str()))
            {
                let link = source_link(&message.text, target);
                actions.push(Action::new(
                    &format!("Insert the link {link} (the source has it)"),
                    vec![(value.end..value.end, format!(" {link}"))],
                ));
            }
            for address in facts
                .addresses
                .iter()
                .filter(|a| !translation.contains(a.as_str()))
            {
                actions.push(Action::new(
                    &format!("Insert {address} (the source has it)"),
                    vec![(value.end..value.end, format!(" {address}"))],
                ));
            }
        }
        if matches!(verdict.state, State::Missing | State::Stale) {
            actions.extend(self.memory_action(project, entry, message));
        }
        for code in codes {
            if codes::find(code).is_some() && !entry.markers.allow.contains(code) {
                let le = self.catalog.line_ending;
                actions.push(Action::new(
                    &format!("Allow `{code}` for this message (# @allow:)"),
                    vec![(
                        entry.body.start..entry.body.start,
                        format!("# @allow: {code}{le}"),
                    )],
                ));
            }
        }
        actions
    }

    /// The translation another release of the locale has for the same source (or a close
    /// one), offered as the value: translation memory, read from the locale's files when
    /// asked for (a translator's request, not every keystroke).
    fn memory_action(&self, project: &Project, entry: &Entry, message: &Message) -> Option<Action> {
        let Place::Translation { locale, release, .. } = &self.place else {
            return None;
        };
        let ids = project.catalog_ids(locale).ok()?;
        let catalogs: Vec<(String, Catalog)> = ids
            .into_iter()
            .filter(|id| id != release)
            .filter_map(|id| {
                catalog::read(&project.catalog_path(locale, &id))
                    .ok()
                    .map(|c| (id, c))
            })
            .collect();
        let memory = crate::sync::memory::Memory::build(catalogs.iter().map(|(id, c)| (id.as_str(), c)));
        let (hit, score) = match memory.exact(&message.text, release) {
            Some(hit) => (hit, 1.0),
            None => memory.near(&message.text, project.config.memory_threshold, release)?,
        };
        let body = format!("{}{}", entry.id, &hit.body[hit.id.len()..]);
        let body = body.trim_end_matches(['\n', '\r']);
        let end = entry.body.start
            + self.text()[entry.body.clone()]
                .trim_end_matches(['\n', '\r'])
                .len();
        Some(Action::new(
            &format!(
                "Use the translation of {}/{} ({:.0}% match)",
                hit.release,
                hit.id,
                score * 100.0
            ),
            vec![(entry.body.start..end, body.to_string())],
        ))
    }

    /// The byte range of the whole line of `entry`'s comment that starts with `marker`.
    fn marker_line(&self, entry: &Entry, marker: &str) -> Option<Range<usize>> {
        let mut at = entry.comment.start;
        for line in self.text()[entry.comment.clone()].split_inclusive('\n') {
            if line.starts_with(marker) {
                return Some(at..at + line.len());
            }
            at += line.len();
        }
        None
    }

    /// The byte range of `entry`'s value (after `= `, to the end of the entry's text).
    fn value_span(&self, entry: &Entry) -> Option<Range<usize>> {
        let body = &self.text()[entry.body.clone()];
        let equals = body.find('=')?;
        let start =
            equals + 1 + (body[equals + 1..].len() - body[equals + 1..].trim_start_matches(' ').len());
        let end = body.trim_end().len().max(start);
        Some(entry.body.start + start..entry.body.start + end)
    }

    /// What may be typed at `offset`: a term after `{ -`, a placeable the source uses
    /// after `{`.
    pub fn completions(&self, offset: usize) -> Vec<Completion> {
        let before = &self.text()[..offset.min(self.text().len())];
        let line = before.rsplit('\n').next().unwrap_or_default();
        let Some(open) = line.rfind('{') else {
            return Vec::new();
        };
        let typed = line[open + 1..].trim_start();
        let mut out = Vec::new();
        if typed.starts_with('-') || typed.is_empty() {
            let mut names: Vec<String> = self
                .catalog
                .entries
                .iter()
                .filter(|e| e.is_term())
                .map(|e| e.id.clone())
                .chain(self.terms.names().iter().cloned())
                .collect();
            names.sort();
            names.dedup();
            out.extend(names.into_iter().map(|name| Completion {
                detail: "term".into(),
                label: name,
            }));
        }
        if let Some((_, Some(message))) = self.at(offset) {
            out.extend(message.references.iter().map(|r| Completion {
                label: r.clone(),
                detail: "used by the source".into(),
            }));
        }
        out.retain(|c| c.label.starts_with(typed.trim_end()));
        out
    }

    /// Where the term named at `offset` is defined: this buffer, or the locale's
    /// `_terms.ftl` (with that file's text, for positions).
    pub fn definition(&self, offset: usize) -> Option<(PathBuf, String, Range<usize>)> {
        let name = term_at(self.text(), offset)?;
        if let Some(entry) = self.catalog.entries.iter().find(|e| e.id == name) {
            return Some((self.path.clone(), self.text().to_string(), entry.body.clone()));
        }
        let Place::Translation { project, locale, .. } = &self.place else {
            return None;
        };
        let path = project.locale_dir(locale).join("_terms.ftl");
        let terms = catalog::read(&path).ok()?;
        let entry = terms.entries.iter().find(|e| e.id == name)?;
        Some((path, terms.text.clone(), entry.body.clone()))
    }

    /// The source of each message that has no `# @source:` line (a file relingo did not
    /// write), to show above it: (where, the source text).
    pub fn source_hints(&self) -> Vec<(usize, String)> {
        let Some(reference) = &self.reference else {
            return Vec::new();
        };
        self.catalog
            .entries
            .iter()
            .filter(|e| e.markers.source.is_none())
            .filter_map(|e| {
                let message = reference.messages.iter().find(|m| m.id == e.id)?;
                Some((e.body.start, message.text.to_string()))
            })
            .collect()
    }

    /// The outline: each message under its block.
    pub fn symbols(&self) -> Vec<Symbol> {
        let mut group = None;
        let mut out = Vec::new();
        for (k, entry) in self.catalog.entries.iter().enumerate() {
            let gap = &self.text()[self.catalog.gaps()[k].clone()];
            if let Some(label) = gap.lines().rev().find_map(|l| l.strip_prefix("## ")) {
                group = Some(label.trim().to_string());
            }
            out.push(Symbol {
                name: entry.id.clone(),
                detail: group.clone(),
                span: entry.range(),
                selection: entry.body.start..entry.body.start + entry.id.len(),
            });
        }
        out
    }
}

/// The judging rules of the editor: as `relingo check` and a review judge.
fn review_rules(project: &Project) -> Rules<'_> {
    Rules {
        check: &project.config.check,
        use_stale: false,
        require_approval: false,
    }
}

/// The source's link to `target` as written (`[GOV.UK](https://…)`), or a bare one.
fn source_link(source: &str, target: &str) -> String {
    let end = format!("]({target})");
    source
        .find(&end)
        .and_then(|close| {
            let open = source[..close].rfind('[')?;
            Some(source[open..close + end.len()].to_string())
        })
        .unwrap_or_else(|| format!("[{target}]({target})"))
}

fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The term (`-name`) at `offset` of `text`.
fn term_at(text: &str, offset: usize) -> Option<String> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let offset = offset.min(text.len());
    let start = text[..offset].rfind(|c: char| !is_name(c)).map_or(0, |i| i + 1);
    let end = offset
        + text[offset..]
            .find(|c: char| !is_name(c))
            .unwrap_or(text.len() - offset);
    let word = &text[start..end];
    (word.starts_with('-') && word.len() > 1).then(|| word.to_string())
}

/// A code action: a title and the edits (byte range, new text) it makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub title: String,
    pub edits: Vec<(Range<usize>, String)>,
}

impl Action {
    fn new(title: &str, edits: Vec<(Range<usize>, String)>) -> Action {
        Action {
            title: title.to_string(),
            edits,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    /// The block, as its group comment names it.
    pub detail: Option<String>,
    pub span: Range<usize>,
    pub selection: Range<usize>,
}

/// The coverage of the project around `path`, per locale, for the editor's summary:
/// `(locale, percent of words translated, words left, broken messages)`.
pub fn summary(path: &Path) -> Option<Vec<(String, f64, usize, usize)>> {
    let project = Project::open(None, path.parent()?).ok()?;
    let locales = project.select_locales(&[]).ok()?;
    let report = crate::coverage::compute(&crate::coverage::Tree::of_project(&project, &locales)).ok()?;
    Some(
        report
            .locales
            .iter()
            .map(|l| {
                (
                    l.locale.clone(),
                    l.coverage.word_percent(),
                    l.coverage.words_left(),
                    l.coverage.error.messages,
                )
            })
            .collect(),
    )
}
