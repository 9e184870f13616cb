//! Fluent catalogs as files: parsed with fluent-syntax, laid out with byte ranges so that
//! commands can edit them surgically.
//!
//! In: the bytes of a `.ftl` file. Out: a [`Catalog`]: the exact text (BOM and line endings as
//! they were), its messages and terms with the byte ranges of their attached comments and
//! bodies, their values as plain text, their [`Markers`], and the [`Diagnostic`]s of anything
//! that does not parse. fluent-syntax gives the tree but no positions; a line scanner gives
//! the positions and is cross-checked against the tree, so a file we do not fully understand
//! is reported, never edited.

pub mod escape;
pub mod markers;
pub mod pieces;
pub mod syntax;

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

pub use markers::{CommentLine, Markers};

use crate::Result;
use crate::diagnostic::{Diagnostic, LineIndex, Location, Severity};

/// Deepest nesting of `{` accepted before parsing: fluent-syntax recurses per level and would
/// overflow a 2 MiB thread stack at a few thousand levels, aborting the whole process.
pub const MAX_NESTING: usize = 64;

/// A parsed Fluent file.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub path: PathBuf,
    /// The file's text after the BOM; ranges index into it.
    pub text: String,
    pub bom: bool,
    /// `"\r\n"` when the file's first line ends so, else `"\n"`.
    pub line_ending: &'static str,
    /// Resource comments (`###`) at the top of the file.
    pub header: Range<usize>,
    /// Messages and terms in file order.
    pub entries: Vec<Entry>,
    /// Syntax errors, duplicate ids, unsafe nesting: a file with any error is never edited.
    pub diagnostics: Vec<Diagnostic>,
    /// Ids of the messages that do not parse as written: junk starting with `id =`, and a
    /// message whose continuation line starts at the margin (its value is cut short).
    pub junk_ids: rustc_hash::FxHashSet<String>,
    /// Entry positions by id (the first of a duplicated id), built on the first lookup.
    by_id: std::sync::OnceLock<FxHashMap<Box<str>, usize>>,
}

/// A message or term of a catalog.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The identifier; terms keep their leading `-`.
    pub id: String,
    /// The attached comment's lines (may be empty).
    pub comment: Range<usize>,
    /// From the identifier to the end of the last line of the entry, line ending included.
    pub body: Range<usize>,
    /// The value as text: string literals unescaped, other placeables as written in Fluent.
    pub value: Option<String>,
    /// The value is text and string literals only, so [`Entry::value`] is exactly what
    /// fluent-bundle would format; otherwise it has variables or references to resolve.
    pub plain: bool,
    pub has_attributes: bool,
    /// Variables (`$name`), terms (`-brand`) and messages (`other-id`) the value refers to.
    pub references: Vec<String>,
    pub markers: Markers,
    pub comment_lines: Vec<CommentLine>,
    /// 1-based line of the identifier.
    pub line: usize,
}

impl Entry {
    pub fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }

    /// The whole entry: attached comment and body.
    pub fn range(&self) -> Range<usize> {
        self.comment.start.min(self.body.start)..self.body.end
    }
}

impl Catalog {
    /// Whether the file can be edited safely: it parsed without any error.
    pub fn is_clean(&self) -> bool {
        !self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.position(id).map(|i| &self.entries[i])
    }

    /// Where the entry `id` is in [`Catalog::entries`] (the first of a duplicated id).
    pub fn position(&self, id: &str) -> Option<usize> {
        let by_id = self.by_id.get_or_init(|| {
            let mut by_id = FxHashMap::with_capacity_and_hasher(self.entries.len(), Default::default());
            for (i, entry) in self.entries.iter().enumerate() {
                by_id.entry(entry.id.as_str().into()).or_insert(i);
            }
            by_id
        });
        by_id.get(id).copied()
    }

    /// Messages by id (the first one of a duplicated id).
    pub fn index(&self) -> FxHashMap<&str, &Entry> {
        let mut index = FxHashMap::with_capacity_and_hasher(self.entries.len(), Default::default());
        for entry in &self.entries {
            index.entry(entry.id.as_str()).or_insert(entry);
        }
        index
    }

    /// The text around the entries: `gaps()[i]` precedes entry `i` (after the header for the
    /// first), and the last gap follows the last entry.
    pub fn gaps(&self) -> Vec<Range<usize>> {
        let mut gaps = Vec::with_capacity(self.entries.len() + 1);
        let mut end = self.header.end;
        for entry in &self.entries {
            gaps.push(end..entry.range().start);
            end = entry.body.end;
        }
        gaps.push(end..self.text.len());
        gaps
    }

    /// Writes `entry` into `out` with `markers` and, when given, a new `body` (`id = …` and
    /// any continuation lines, in this file's line endings). The translator's comment lines
    /// are kept in their order; an entry whose markers and body are unchanged is copied byte
    /// for byte.
    pub fn write_entry(&self, out: &mut String, entry: &Entry, markers: &Markers, body: Option<&str>) {
        let le = self.line_ending;
        if *markers == entry.markers {
            out.push_str(&self.text[entry.comment.clone()]);
        } else {
            for line in markers.lines() {
                out.push_str(&line);
                out.push_str(le);
            }
            for line in &entry.comment_lines {
                if let CommentLine::Translator(text) = line {
                    out.push_str(text);
                    out.push_str(le);
                }
            }
        }
        out.push_str(body.unwrap_or(&self.text[entry.body.clone()]));
        if !out.ends_with('\n') {
            out.push_str(le);
        }
    }

    /// The file's text with the entries `edit` changes rewritten (new markers and, when
    /// given, a new body) and every other byte as it was.
    pub fn with_edits<'e>(&self, edit: impl Fn(&Entry) -> Option<(&'e Markers, Option<&'e str>)>) -> String {
        let mut out = String::with_capacity(self.text.len());
        let mut end = 0;
        for entry in &self.entries {
            let Some((markers, body)) = edit(entry) else {
                continue;
            };
            out.push_str(&self.text[end..entry.range().start]);
            self.write_entry(&mut out, entry, markers, body);
            end = entry.body.end;
        }
        out.push_str(&self.text[end..]);
        out
    }

    /// The file's text with one managed marker line (`# @{name}: …`) set on the entries
    /// `value` gives a text for: the entry's own line of that marker rewritten where it has
    /// one, a new line right above the message otherwise. No other byte moves, translator
    /// comments included, whatever order they are in.
    pub fn with_marker(&self, name: &str, value: impl Fn(&Entry) -> Option<String>) -> String {
        let le = self.line_ending;
        let prefix = format!("# @{name}:");
        let mut out = String::with_capacity(self.text.len() + 64);
        let mut end = 0;
        for entry in &self.entries {
            let Some(text) = value(entry) else {
                continue;
            };
            let line = format!("{prefix} {text}{le}");
            let comment = &self.text[entry.comment.clone()];
            let existing = comment
                .split_inclusive('\n')
                .scan(entry.comment.start, |at, l| {
                    let start = *at;
                    *at += l.len();
                    Some((start, l))
                })
                .find(|(_, l)| l.starts_with(&prefix));
            match existing {
                Some((start, old)) => {
                    out.push_str(&self.text[end..start]);
                    out.push_str(&line);
                    end = start + old.len();
                }
                None => {
                    out.push_str(&self.text[end..entry.body.start]);
                    out.push_str(&line);
                    end = entry.body.start;
                }
            }
        }
        out.push_str(&self.text[end..]);
        out
    }

    /// The full file bytes for `text` laid out like this file (BOM kept).
    pub fn with_bom(&self, text: &str) -> String {
        if self.bom {
            format!("\u{feff}{text}")
        } else {
            text.to_string()
        }
    }

    fn location(&self, offset: usize) -> Location {
        Location::of_offset(&self.path, &self.text, offset)
    }
}

/// Reads and parses a catalog file. Unreadable files and invalid UTF-8 are errors; content
/// problems are diagnostics in the returned catalog.
pub fn read(path: &Path) -> Result<Catalog> {
    let text = crate::input::read_utf8(path, crate::input::Links::Refuse)?;
    Ok(parse(path, text))
}

/// Parses catalog text; `path` is used in diagnostics.
pub fn parse(path: &Path, text: String) -> Catalog {
    let (bom, text) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (true, rest.to_string()),
        None => (false, text),
    };
    let line_ending = match text.find('\n') {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    };
    let mut catalog = Catalog {
        path: path.to_path_buf(),
        text,
        bom,
        line_ending,
        header: 0..0,
        entries: Vec::new(),
        diagnostics: Vec::new(),
        junk_ids: Default::default(),
        by_id: Default::default(),
    };
    if let Some(offset) = too_deep(&catalog.text) {
        catalog.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            code: crate::check::codes::NESTING,
            at: catalog.location(offset),
            message: format!("placeables are nested more than {MAX_NESTING} levels deep").into(),
            help: Some("no translation needs this; look for a run of `{` pasted by mistake".into()),
            span: Some(offset..offset + 1),
        });
        return catalog;
    }
    let text = std::mem::take(&mut catalog.text);
    // The runtime parser skips comments (about twice as fast); relingo reads its markers from
    // the text itself, and the scanner reports malformed comment lines the runtime parser
    // would let pass.
    // Built only for a file with errors, which may have one per line.
    let lines = std::cell::OnceCell::new();
    let locate = |offset: usize| {
        lines
            .get_or_init(|| LineIndex::new(&text))
            .location(path, &text, offset)
    };
    let mut cut_short = Vec::new();
    let resource = match fluent_syntax::parser::parse_runtime(text.as_str()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let explained = syntax::explain(&error, &text);
                cut_short.extend(explained.cut_short);
                let end = (explained.offset + 1).min(text.len()).max(explained.offset);
                catalog.diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    code: crate::check::codes::SYNTAX,
                    at: locate(explained.offset),
                    message: explained.message.into(),
                    help: Some(explained.help.into()),
                    span: Some(explained.offset..end),
                });
            }
            resource
        }
    };
    let layout = scan(&text);
    for &offset in &layout.bad_comments {
        catalog.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            code: crate::check::codes::SYNTAX,
            at: locate(offset),
            message: "Fluent syntax error: a comment starts with `#`, `##` or `###` and a space".into(),
            help: Some("add a space after the `#`".into()),
            span: Some(offset..offset + 1),
        });
    }
    catalog.header = layout.header.clone();
    catalog.entries = entries(&text, &resource, &layout);
    catalog.junk_ids = junk_ids(&resource);
    catalog.junk_ids.extend(cut_short);
    let matches = layout_matches(&resource, &catalog.entries);
    drop(resource);
    catalog.text = text;
    if catalog.is_clean() && !matches {
        catalog.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            code: crate::check::codes::LAYOUT,
            at: catalog.location(0),
            message: "relingo cannot map this file's layout to its entries".into(),
            help: Some(
                "start every message and term at the beginning of a line, and indent its continuation lines"
                    .into(),
            ),
            span: None,
        });
    }
    duplicate_ids(&mut catalog);
    catalog
}

/// The byte offset where `{` nesting first exceeds [`MAX_NESTING`], skipping string literals.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Most files hold few braces: counting them is a fraction of walking the text.
    if text.matches('{').count() <= MAX_NESTING {
        return None;
    }
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\n' if depth == 0 => {}
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where entries sit in a file, found line by line.
#[derive(Debug, Default)]
struct Layout {
    header: Range<usize>,
    /// Offsets of lines starting with `#` that are not comments (`#x`, `####`).
    bad_comments: Vec<usize>,
    /// Per entry: (attached comment, body, 1-based line of the body), counted while
    /// scanning so positions cost nothing extra.
    entries: Vec<(Range<usize>, Range<usize>, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum LineKind {
    Blank,
    ResourceComment,
    GroupComment,
    Comment,
    EntryStart,
    Continuation,
}

fn line_kind(line: &str) -> LineKind {
    let bytes = line.as_bytes();
    match bytes.first() {
        None => LineKind::Blank,
        Some(b' ' | b'\t' | b'\r' | b'\n') => {
            if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                LineKind::Blank
            } else {
                LineKind::Continuation
            }
        }
        Some(b'#') => {
            let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
            let after = bytes.get(hashes).copied();
            match (hashes, after) {
                (1..=3, None | Some(b' ' | b'\n' | b'\r')) => match hashes {
                    1 => LineKind::Comment,
                    2 => LineKind::GroupComment,
                    _ => LineKind::ResourceComment,
                },
                _ => LineKind::Continuation,
            }
        }
        Some(b) if b.is_ascii_alphabetic() => LineKind::EntryStart,
        Some(b'-') if bytes.get(1).is_some_and(u8::is_ascii_alphabetic) => LineKind::EntryStart,
        Some(_) => LineKind::Continuation,
    }
}

fn scan(text: &str) -> Layout {
    let mut layout = Layout::default();
    let mut offset = 0;
    let mut in_header = true;
    let mut comment_start: Option<usize> = None;
    // Body of the entry being read, and where its last non-blank line ends.
    let mut body: Option<(usize, usize)> = None;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let kind = line_kind(line);
        if kind == LineKind::Continuation && line.starts_with('#') {
            layout.bad_comments.push(start);
        }
        if in_header {
            if kind == LineKind::ResourceComment {
                layout.header = 0..offset;
                continue;
            }
            in_header = false;
        }
        match kind {
            LineKind::Continuation if body.is_some() => {
                if let Some((_, end)) = &mut body {
                    *end = offset;
                }
            }
            LineKind::Blank => comment_start = None,
            LineKind::Comment => {
                close(&mut layout, &mut body);
                comment_start.get_or_insert(start);
            }
            LineKind::EntryStart => {
                close(&mut layout, &mut body);
                let comment = comment_start.take().map_or(start..start, |c| c..start);
                layout.entries.push((comment, start..offset, number + 1));
                body = Some((start, offset));
            }
            _ => {
                close(&mut layout, &mut body);
                comment_start = None;
            }
        }
    }
    close(&mut layout, &mut body);
    layout
}

/// Ends the entry being read: its body stops after its last non-blank line.
fn close(layout: &mut Layout, body: &mut Option<(usize, usize)>) {
    if let (Some((start, end)), Some(last)) = (body.take(), layout.entries.last_mut()) {
        last.1 = start..end;
    }
}

fn entries(text: &str, resource: &ast::Resource<&str>, layout: &Layout) -> Vec<Entry> {
    let ast_entries = resource.body.iter().filter_map(|entry| match entry {
        ast::Entry::Message(m) => Some((m.id.name.to_string(), m.value.as_ref(), !m.attributes.is_empty())),
        ast::Entry::Term(t) => Some((
            format!("-{}", t.id.name),
            Some(&t.value),
            !t.attributes.is_empty(),
        )),
        _ => None,
    });
    layout
        .entries
        .iter()
        .zip(ast_entries)
        .map(|((comment, body, line), (id, value, has_attributes))| {
            let comment_text = &text[comment.clone()];
            let (markers, comment_lines) =
                Markers::read(comment_text.lines().map(|l| l.strip_suffix('\r').unwrap_or(l)));
            Entry {
                id,
                comment: comment.clone(),
                body: body.clone(),
                plain: value.is_none_or(is_plain),
                references: value.map(references).unwrap_or_default(),
                value: value.map(pattern_text),
                has_attributes,
                markers,
                comment_lines,
                line: *line,
            }
        })
        .collect()
}

/// Whether the scanner found exactly the entries fluent-syntax found, in the same order.
fn layout_matches(resource: &ast::Resource<&str>, entries: &[Entry]) -> bool {
    let ids: Vec<String> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect();
    ids.len() == entries.len() && ids.iter().zip(entries).all(|(id, e)| *id == e.id)
}

/// The identifiers that junk entries start with, so a broken message counts as an error
/// rather than as missing.
fn junk_ids(resource: &ast::Resource<&str>) -> rustc_hash::FxHashSet<String> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Junk { content } => {
                let (head, _) = content.split_once('=')?;
                let id = head.trim();
                crate::msgid::is_valid(id.trim_start_matches('-')).then(|| id.to_string())
            }
            _ => None,
        })
        .collect()
}

fn duplicate_ids(catalog: &mut Catalog) {
    let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
    let mut found = Vec::new();
    for entry in &catalog.entries {
        if let Some(first) = seen.insert(&entry.id, entry.line) {
            found.push((entry.id.clone(), entry.body.start, entry.line, first));
        }
    }
    for (id, offset, line, first) in found {
        // An entry's id starts its line.
        let at = Location::new(&catalog.path, line, 1);
        let span = Some(offset..offset + id.len());
        catalog.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            code: crate::check::codes::DUPLICATE_ID,
            at,
            message: format!("`{id}` is defined twice (first on line {first}); Fluent uses only the first")
                .into(),
            help: Some("keep one of the two definitions".into()),
            span,
        });
    }
}

/// The variables, terms and messages a pattern refers to, in order of appearance.
fn references(pattern: &ast::Pattern<&str>) -> Vec<String> {
    fn walk(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
        match expression {
            ast::Expression::Inline(inline) => walk_inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for variant in variants {
                    for element in &variant.value.elements {
                        if let ast::PatternElement::Placeable { expression } = element {
                            walk(expression, out);
                        }
                    }
                }
            }
        }
    }
    fn walk_inline(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => out.push(format!("${}", id.name)),
            ast::InlineExpression::TermReference { id, .. } => out.push(format!("-{}", id.name)),
            ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_string()),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    walk_inline(argument, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => walk(expression, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk(expression, &mut out);
        }
    }
    out
}

/// Whether a pattern holds only text and literals (nothing to resolve at format time).
fn is_plain(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { .. } => true,
        ast::PatternElement::Placeable { expression } => matches!(
            expression,
            ast::Expression::Inline(
                ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. }
            )
        ),
    })
}

/// The state of a message in a target file, judged against its current source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerState {
    /// Translated; `identical` when the value equals the source (names, or an untouched copy
    /// in a file relingo did not create).
    Translated { identical: bool },
    /// Translated for an earlier source text (`# @stale:`), or with another side's text kept
    /// beside it (`# @conflict:`): either way a translator must look before it is published.
    Stale,
    /// A `# @todo` stub still copying the source, or a message without value.
    Missing,
}

impl Entry {
    /// The state of this message for the source text `source`.
    pub fn state(&self, source: &str) -> MarkerState {
        let value = self.value.as_deref().unwrap_or("");
        let identical = value == source
            || (value.len().abs_diff(source.len()) <= source.len() / 4 + 8
                && crate::msgid::same_normalized(value, source));
        if (self.value.is_none() && !self.has_attributes) || (self.markers.todo && identical) {
            MarkerState::Missing
        } else if self.markers.stale.is_some() || self.markers.conflict.is_some() {
            MarkerState::Stale
        } else {
            MarkerState::Translated { identical }
        }
    }
}

/// The text of a pattern: text as written, string literals unescaped, other placeables as
/// their Fluent source (`{ $name }`, `{ -brand }` …).
pub fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(&mut out, expression),
        }
    }
    out
}

fn expression_text(out: &mut String, expression: &ast::Expression<&str>) {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
        }
        ast::Expression::Inline(ast::InlineExpression::NumberLiteral { value }) => out.push_str(value),
        ast::Expression::Inline(inline) => {
            out.push_str("{ ");
            inline_text(out, inline);
            out.push_str(" }");
        }
        ast::Expression::Select { selector, .. } => {
            out.push_str("{ ");
            inline_text(out, selector);
            out.push_str(" -> … }");
        }
    }
}

fn inline_text(out: &mut String, inline: &ast::InlineExpression<&str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.push('$');
            out.push_str(id.name);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(a) = attribute {
                out.push('.');
                out.push_str(a.name);
            }
        }
        ast::InlineExpression::TermReference { id, attribute, .. } => {
            out.push('-');
            out.push_str(id.name);
            if let Some(a) = attribute {
                out.push('.');
                out.push_str(a.name);
            }
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            out.push_str(id.name);
            out.push_str("(…)");
        }
        ast::InlineExpression::StringLiteral { value } => {
            out.push('"');
            out.push_str(value);
            out.push('"');
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::Placeable { expression } => expression_text(out, expression),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(text: &str) -> Catalog {
        parse(Path::new("fr/x.ftl"), text.to_string())
    }

    #[test]
    fn entries_have_comment_and_body_ranges() {
        let text = "### Header\n\n## paragraph 1\n# @source: One.\n# mine\none-abc = Un.\n\nmulti =\n    Ligne\n\n    deux\n.\n";
        let text = &text[..text.len() - 2];
        let c = catalog(text);
        assert!(c.is_clean(), "{:?}", c.diagnostics);
        assert_eq!(&c.text[c.header.clone()], "### Header\n");
        let one = &c.entries[0];
        assert_eq!(&c.text[one.comment.clone()], "# @source: One.\n# mine\n");
        assert_eq!(&c.text[one.body.clone()], "one-abc = Un.\n");
        assert_eq!(one.markers.source.as_deref(), Some("One."));
        assert_eq!(one.line, 6);
        let multi = &c.entries[1];
        assert_eq!(&c.text[multi.body.clone()], "multi =\n    Ligne\n\n    deux\n");
        assert_eq!(multi.value.as_deref(), Some("Ligne\n\ndeux"));
    }

    #[test]
    fn select_expression_closing_brace_at_column_one_belongs_to_the_entry() {
        let c = catalog("n = { $c ->\n    [one] un\n   *[other] plusieurs\n}\nnext = x\n");
        assert!(c.is_clean(), "{:?}", c.diagnostics);
        assert_eq!(
            &c.text[c.entries[0].body.clone()],
            "n = { $c ->\n    [one] un\n   *[other] plusieurs\n}\n"
        );
    }

    #[test]
    fn junk_is_reported_with_its_position() {
        let c = catalog("ok = fine\nbroken = { $\n");
        assert!(!c.is_clean());
        let d = &c.diagnostics[0];
        assert_eq!(c.junk_ids.iter().collect::<Vec<_>>(), ["broken"]);
        assert_eq!(d.code, "syntax");
        assert_eq!((d.at.line, d.at.column), (2, 13));
    }

    #[test]
    fn malformed_comment_lines_are_syntax_errors() {
        let c = catalog("a = b\n#not a comment\nc = d\n");
        assert!(!c.is_clean());
        assert_eq!(
            (c.diagnostics[0].code.name, c.diagnostics[0].at.line),
            ("syntax", 2)
        );
    }

    #[test]
    fn duplicate_ids_are_errors() {
        let c = catalog("a = one\na = two\n");
        assert_eq!(c.diagnostics[0].code, "duplicate-id");
        assert_eq!(c.diagnostics[0].at.line, 2);
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("a = {}\"x\"{}\n", "{ ".repeat(5000), " }".repeat(5000));
        let c = catalog(&deep);
        assert_eq!(c.diagnostics[0].code, "nesting");
        assert!(c.entries.is_empty());
    }

    #[test]
    fn escaped_braces_do_not_count_as_nesting() {
        let text = format!("a = {}\n", "{ \"{\" }".repeat(200));
        assert!(catalog(&text).is_clean());
    }

    #[test]
    fn bom_and_crlf_are_remembered() {
        let c = catalog("\u{feff}# @todo\r\na = b\r\n");
        assert!(c.bom);
        assert_eq!(c.line_ending, "\r\n");
        assert!(c.entries[0].markers.todo);
        assert_eq!(c.entries[0].value.as_deref(), Some("b"));
    }

    #[test]
    fn placeables_read_as_fluent_source() {
        let c = catalog("a = Hi { $name }, { -brand } { \"{\" }\n");
        assert_eq!(c.entries[0].value.as_deref(), Some("Hi { $name }, { -brand } {"));
    }
}
