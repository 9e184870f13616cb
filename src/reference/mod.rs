//! The reference catalog of a release: what every other stage compares translations with.
//!
//! In: a release and its segments (what `extract` writes), or the reference catalog file
//! `locales/<source-locale>/<release>.ftl` (what every other stage reads). Out: a
//! [`Reference`]: the release's messages in document order, each with its id, text, block
//! ([`group::Group`]), the placeables and terms it uses and its word count. There is one type
//! and one reader: sync, check, status, build, export and import all see the same messages,
//! and a reference that does not parse is the same error wherever it is read.

pub mod group;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use crate::catalog::{self, Catalog, escape};
use crate::check::Facts;
use crate::segment::Segment;
use crate::source::Release;
use crate::{Error, Result, words};
pub use group::{Group, Kind};

/// The messages of one release, in document order, each id once.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The release id (for a Fluent repository that is not a relingo project: the file's
    /// path relative to the reference folder).
    pub release: String,
    pub messages: Vec<Message>,
    /// The terms (`-brand`) the catalog defines: none in relingo's references; in other
    /// Fluent repositories, entities to translate like messages.
    pub terms: Vec<String>,
    by_id: OnceLock<FxHashMap<Box<str>, usize>>,
}

/// One message of a reference catalog.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    /// Shared with every report that quotes it.
    pub text: Arc<str>,
    /// The block this message belongs to (`None` in a catalog relingo did not write).
    pub group: Option<Group>,
    /// Whether this message is the first of its block: its group comment stands above it.
    pub opens_group: bool,
    /// Variables (`$name`), terms (`-brand`) and messages the text refers to.
    pub references: Vec<String>,
    /// Source words, counted as vendors count them ([`crate::words`]).
    pub words: usize,
    /// What the checks read in the text, worked out once when first asked for and shared by
    /// every locale (boxed: commands that never check hold a pointer, not the facts).
    facts: OnceLock<Box<Facts>>,
}

impl Message {
    /// A message of block `group` (not the first of its block).
    pub fn new(id: &str, text: &str, group: Option<Group>, references: Vec<String>) -> Self {
        Message {
            id: id.to_string(),
            words: words::count(text),
            text: text.into(),
            group,
            opens_group: false,
            references,
            facts: OnceLock::new(),
        }
    }

    fn opening(mut self, opens_group: bool) -> Self {
        self.opens_group = opens_group;
        self
    }

    /// The group comment written above this message, when it opens its block.
    pub fn group_comment(&self) -> Option<Group> {
        self.group.filter(|_| self.opens_group)
    }

    pub fn kind(&self) -> Option<Kind> {
        self.group.map(|g| g.kind)
    }

    /// Numbers, links, markup and punctuation of the text, as the checks read them.
    pub fn facts(&self) -> &Facts {
        self.facts.get_or_init(|| Box::new(Facts::of(&self.text, false)))
    }
}

impl Reference {
    fn new(release: &str, messages: Vec<Message>) -> Reference {
        Reference {
            release: release.to_string(),
            messages,
            terms: Vec::new(),
            by_id: OnceLock::new(),
        }
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> Option<&Message> {
        self.position(id).map(|i| &self.messages[i])
    }

    /// Where the message `id` is in [`Reference::messages`].
    pub fn position(&self, id: &str) -> Option<usize> {
        let by_id = self.by_id.get_or_init(|| {
            let mut by_id = FxHashMap::with_capacity_and_hasher(self.messages.len(), Default::default());
            for (i, m) in self.messages.iter().enumerate() {
                by_id.insert(m.id.as_str().into(), i);
            }
            by_id
        });
        by_id.get(id).copied()
    }

    /// Source words of all messages.
    pub fn words(&self) -> usize {
        self.messages.iter().map(|m| m.words).sum()
    }
}

/// The reference of a release as segmented: what `extract` writes. Identical segments of a
/// release share one message, at the place of the first.
pub fn of_release(release: &Release, segments: &[Segment]) -> Reference {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut numbering = group::Numbering::default();
    let mut current: Option<(usize, Group)> = None;
    let mut messages = Vec::with_capacity(segments.len());
    for segment in segments {
        if !seen.insert(segment.id.as_str()) {
            continue;
        }
        let opens_group = current.is_none_or(|(block, _)| block != segment.block);
        if opens_group {
            let kind = Kind::of_block(&release.blocks[segment.block].kind);
            current = Some((segment.block, numbering.next(kind)));
        }
        let group = current.map(|(_, g)| g);
        messages.push(Message::new(&segment.id, &segment.text, group, Vec::new()).opening(opens_group));
    }
    Reference::new(&release.id, messages)
}

/// The one help text for a reference catalog that cannot be used.
const BROKEN_REFERENCE_HELP: &str = "the reference must parse before translations can be compared with it; \
     in a relingo project it is generated: run `relingo extract` instead of editing it";

/// Reads the reference catalog of `release` from `path`. A file that cannot be read or does
/// not parse is an error naming the first problem's place.
pub fn read(path: &Path, release: &str) -> Result<Reference> {
    let catalog = catalog::read(path)?;
    if let Some(d) = catalog.diagnostics.first() {
        return Err(Error::at(
            d.at.clone(),
            format!("reference catalog: {}", d.message),
            Some(BROKEN_REFERENCE_HELP.to_string()),
        ));
    }
    Ok(of_catalog(release, &catalog))
}

/// The messages of a parsed reference catalog: values as text, blocks from the group
/// comments (a message belongs to the last group opened above it). Terms are not messages.
pub fn of_catalog(release: &str, catalog: &Catalog) -> Reference {
    let mut current = None;
    let mut messages = Vec::with_capacity(catalog.entries.len());
    let mut terms = Vec::new();
    for (entry, gap) in catalog.entries.iter().zip(catalog.gaps()) {
        let opened = group::managed_in(&catalog.text[gap]).find_map(Group::parse);
        if opened.is_some() {
            current = opened;
        }
        if entry.is_term() {
            terms.push(entry.id.clone());
            continue;
        }
        let text = entry.value.as_deref().unwrap_or("");
        messages
            .push(Message::new(&entry.id, text, current, entry.references.clone()).opening(opened.is_some()));
    }
    Reference {
        terms,
        ..Reference::new(release, messages)
    }
}

/// The text of a reference catalog: a header naming the release and its source, then each
/// message under its group comment.
pub fn render(reference: &Reference, source_path: &str, source_locale: &str) -> String {
    let release = &reference.release;
    let mut out = String::with_capacity(reference.messages.iter().map(|m| m.text.len() + 64).sum());
    out.push_str(&format!("### Release `{release}`, from {source_path}.\n"));
    out.push_str(&format!(
        "### Reference catalog ({source_locale}) written by `relingo extract`: do not edit it, edit the source.\n"
    ));
    out.push_str(&format!(
        "### Translators work in locales/<locale>/{release}.ftl.\n"
    ));
    for message in &reference.messages {
        out.push('\n');
        if let Some(group) = message.group_comment() {
            out.push_str(&format!("## {group}\n"));
        }
        out.push_str(&message.id);
        out.push_str(" = ");
        out.push_str(&escape::value(&message.text));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Granularity;

    fn release(text: &str) -> Release {
        crate::source::parse("r".into(), Path::new("r.txt"), text, crate::source::Format::Plain).unwrap()
    }

    #[test]
    fn the_reader_reads_back_what_extract_writes() {
        let r = release("govt\nThe lead { here }.\nOne.\n-\nAn item.\nOne.\nTwo.\n");
        let segments = crate::segment::split(
            &r,
            Granularity::Block,
            crate::segment::sentence::Rules::builtin("en"),
        );
        let written = of_release(&r, &segments);
        let text = render(&written, "sources/r.txt", "en-GB");
        let read = of_catalog("r", &catalog::parse(Path::new("r.ftl"), text));
        let shape = |r: &Reference| -> Vec<(String, String, Option<Group>, bool, usize)> {
            r.messages
                .iter()
                .map(|m| (m.id.clone(), m.text.to_string(), m.group, m.opens_group, m.words))
                .collect()
        };
        assert_eq!(shape(&read), shape(&written));
        let labels: Vec<String> = read
            .messages
            .iter()
            .filter_map(|m| m.group_comment().map(|g| g.to_string()))
            .collect();
        // A block whose only text repeats an earlier one opens no group and takes no number.
        assert_eq!(labels, ["lead", "paragraph 1", "list item 1", "paragraph 2"]);
    }

    #[test]
    fn a_reference_that_does_not_parse_is_one_error_with_one_help() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ftl");
        std::fs::write(&path, "ok = fine\nbroken = { $\n").unwrap();
        let error = read(&path, "r").unwrap_err().to_string();
        assert!(error.contains("r.ftl:2:"), "{error}");
        assert!(error.contains("reference catalog: "), "{error}");
        assert!(error.contains("run `relingo extract`"), "{error}");
    }

    #[test]
    fn messages_are_found_by_id() {
        let read = of_catalog(
            "r",
            &catalog::parse(Path::new("r.ftl"), "a = A\n-t = T\nb = B\n".into()),
        );
        assert_eq!(read.messages.len(), 2);
        assert_eq!(read.position("b"), Some(1));
        assert!(read.get("-t").is_none());
    }
}
