//! Markdown releases: TOML front matter between `+++` lines, then a CommonMark body.
//!
//! Front matter keys become [`Meta`]; title and summary also become blocks so they are
//! translated. Body paragraphs, headings, list items, block quotes (a last paragraph starting
//! with a dash is the attribution) and standalone images (their alt text) become blocks whose
//! text is the Markdown source of their inline content, so links and emphasis stay in place.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::{Block, BlockKind, Meta, Section, at_line, collapse_whitespace};
use crate::diagnostic::Location;
use crate::{Error, Result};

const FENCE: &str = "+++";

pub(super) fn parse(path: &Path, text: &str) -> Result<(Meta, Vec<Block>)> {
    if text.lines().next().is_some_and(|l| l.trim_end() == FENCE) {
        with_front_matter(path, text)
    } else {
        with_heading_title(path, text)
    }
}

/// A release with TOML front matter: title and summary come from it.
fn with_front_matter(path: &Path, text: &str) -> Result<(Meta, Vec<Block>)> {
    let (meta, body_start) = front_matter(path, text)?;
    let Some(title) = meta.title.as_deref().filter(|t| !t.trim().is_empty()) else {
        return Err(no_title(path));
    };
    let mut blocks = vec![meta_block(BlockKind::Title, title)];
    let fields = [
        (BlockKind::Lead, &meta.summary),
        (BlockKind::Location, &meta.location),
        (BlockKind::Department, &meta.department),
    ];
    for (kind, value) in fields {
        if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            blocks.push(meta_block(kind, value));
        }
    }
    let mut body = BodyWalker::new(path, text, body_start);
    body.walk()?;
    blocks.extend(body.blocks);
    Ok((meta, blocks))
}

/// A release without front matter whose first block is a `# Title` heading (as many
/// Markdown tools write them).
fn with_heading_title(path: &Path, text: &str) -> Result<(Meta, Vec<Block>)> {
    let mut body = BodyWalker::new(path, text, 0);
    body.walk()?;
    let mut blocks = body.blocks;
    match blocks.first() {
        Some(Block {
            kind: BlockKind::Heading { level: 1 },
            ..
        }) => {
            blocks[0].kind = BlockKind::Title;
            let meta = Meta {
                title: Some(blocks[0].text.clone()),
                ..Meta::default()
            };
            Ok((meta, blocks))
        }
        _ => Err(no_title(path)),
    }
}

fn no_title(path: &Path) -> Error {
    Error::at(
        at_line(path, 1, 1),
        "the release has no title",
        Some("add `title = \"…\"` to the front matter between `+++` lines, or start the file with a `# Title` line".to_string()),
    )
}

fn meta_block(kind: BlockKind, value: &str) -> Block {
    Block {
        kind,
        text: collapse_whitespace(value),
        line: 1,
        group: None,
        section: Section::Body,
    }
}

/// Parses the front matter; returns it with the byte offset where the body starts.
fn front_matter(path: &Path, text: &str) -> Result<(Meta, usize)> {
    let first_line = text.lines().next().unwrap_or("");
    let start = first_line.len() + 1;
    let mut offset = start;
    let mut end = None;
    for line in text[start.min(text.len())..].split_inclusive('\n') {
        if line.trim_end() == FENCE {
            end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((end, body_start)) = end else {
        return Err(Error::at(
            at_line(path, 1, 1),
            "the front matter is never closed",
            Some("add a line holding only `+++` after the last front-matter key".to_string()),
        ));
    };
    let toml_text = &text[start..end];
    let meta: Meta = toml::from_str(toml_text).map_err(|e| {
        let offset = start + e.span().map_or(0, |s| s.start);
        Error::at(
            Location::of_offset(path, text, offset),
            format!("front matter: {}", e.message().trim_end()),
            Some(
                "known keys: title, summary, date, location, embargo, department, topic, reference"
                    .to_string(),
            ),
        )
    })?;
    if let Some(date) = meta.date.as_deref().filter(|d| !is_iso_date(d)) {
        return Err(Error::at(
            at_line(path, key_line(toml_text, "date"), 1),
            format!("date: `{date}` is not a date as ISO 8601 writes it; pages put it in <time datetime>"),
            Some(
                "write it as YYYY-MM-DD, e.g. date = \"2026-11-04\"; pages show it in each language's way"
                    .into(),
            ),
        ));
    }
    if let Some(embargo) = meta.embargo.as_deref()
        && let Err(why) = crate::embargo::Embargo::parse(embargo)
    {
        return Err(Error::at(
            at_line(path, key_line(toml_text, "embargo"), 1),
            format!("embargo: {why}"),
            Some("write it as an ISO 8601 date-time with an offset, e.g. embargo = \"2026-12-04T09:30:00+00:00\"".into()),
        ));
    }
    Ok((meta, body_start))
}

/// The line of the file on which front-matter key `key` is written (the front matter starts
/// on line 2).
fn key_line(toml_text: &str, key: &str) -> usize {
    toml_text
        .lines()
        .position(|l| l.trim_start().starts_with(key))
        .map_or(2, |i| i + 2)
}

/// Whether `text` is a calendar date written YYYY-MM-DD.
fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// What the walker is collecting inline content for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Holder {
    Paragraph,
    Heading(u8),
    Item,
}

struct Collecting {
    holder: Holder,
    range: Option<Range<usize>>,
    /// A paragraph holding one image and nothing else: (alt text, src).
    image: Option<(String, String)>,
    other_inline: bool,
}

struct BodyWalker<'a> {
    path: &'a Path,
    text: &'a str,
    lines: crate::diagnostic::LineIndex,
    body_start: usize,
    blocks: Vec<Block>,
    section: Section,
    lists: Vec<(bool, u32)>,
    quote: Option<(u32, usize)>,
    groups: u32,
    collecting: Option<Collecting>,
    in_image: bool,
}

impl<'a> BodyWalker<'a> {
    fn new(path: &'a Path, text: &'a str, body_start: usize) -> Self {
        BodyWalker {
            path,
            text,
            lines: crate::diagnostic::LineIndex::new(text),
            body_start,
            blocks: Vec::new(),
            section: Section::Body,
            lists: Vec::new(),
            quote: None,
            groups: 0,
            collecting: None,
            in_image: false,
        }
    }

    fn walk(&mut self) -> Result<()> {
        let body = &self.text[self.body_start..];
        for (event, range) in Parser::new(body).into_offset_iter() {
            let range = range.start + self.body_start..range.end + self.body_start;
            self.event(event, range)?;
        }
        Ok(())
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) -> Result<()> {
        if self.in_image {
            self.image_event(event);
            return Ok(());
        }
        match event {
            Event::Start(Tag::Paragraph) => {
                let holder = Holder::Paragraph;
                self.flush();
                self.start(holder);
            }
            Event::Start(Tag::Heading { level, .. }) => self.start(Holder::Heading(heading_level(level))),
            Event::Start(Tag::List(first)) => {
                self.flush();
                self.groups += 1;
                self.lists.push((first.is_some(), self.groups));
            }
            Event::End(TagEnd::List(_)) => {
                self.lists.pop();
            }
            Event::Start(Tag::Item) => self.start(Holder::Item),
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush();
                self.groups += 1;
                self.quote = Some((self.groups, self.blocks.len()));
            }
            Event::End(TagEnd::BlockQuote(_)) => self.end_quote(),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => self.flush(),
            Event::Start(Tag::CodeBlock(_)) => return Err(self.unsupported(range, "code blocks")),
            Event::Start(Tag::HtmlBlock) => return Err(self.unsupported(range, "raw HTML blocks")),
            Event::Start(Tag::Image { dest_url, .. }) => {
                self.inline(range);
                self.in_image = true;
                if let Some(c) = &mut self.collecting {
                    if c.image.is_none() && !c.other_inline {
                        c.image = Some((String::new(), dest_url.to_string()));
                    } else {
                        c.other_inline = true;
                    }
                }
            }
            Event::Text(t) if t.trim().is_empty() => self.inline(range),
            Event::Text(_) | Event::Code(_) | Event::InlineHtml(_) | Event::Html(_) | Event::Start(_) => {
                self.inline(range);
                if let Some(c) = &mut self.collecting {
                    c.other_inline = true;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Inside an image only its alt text matters.
    fn image_event(&mut self, event: Event<'_>) {
        match event {
            Event::End(TagEnd::Image) => self.in_image = false,
            Event::Text(t) | Event::Code(t) => {
                if let Some((alt, _)) = self.collecting.as_mut().and_then(|c| c.image.as_mut()) {
                    alt.push_str(&t);
                }
            }
            _ => {}
        }
    }

    fn start(&mut self, holder: Holder) {
        self.flush();
        let holder = match (holder, self.collecting_item_parent()) {
            (Holder::Paragraph, true) => Holder::Item,
            (h, _) => h,
        };
        self.collecting = Some(Collecting {
            holder,
            range: None,
            image: None,
            other_inline: false,
        });
    }

    /// A paragraph directly inside a list item is the item's text.
    fn collecting_item_parent(&self) -> bool {
        !self.lists.is_empty()
    }

    fn inline(&mut self, range: Range<usize>) {
        if let Some(c) = &mut self.collecting {
            c.range = Some(match c.range.take() {
                Some(r) => r.start.min(range.start)..r.end.max(range.end),
                None => range,
            });
        }
    }

    fn flush(&mut self) {
        let Some(c) = self.collecting.take() else { return };
        let Some(range) = c.range else { return };
        let line = self.lines.line(range.start);
        let (kind, text) = match (c.holder, c.image) {
            (Holder::Paragraph, Some((alt, src))) if !c.other_inline => (BlockKind::Image { src }, alt),
            (Holder::Heading(level), _) => (BlockKind::Heading { level }, inline_source(&self.text[range])),
            (Holder::Item, _) => {
                let ordered = self.lists.last().is_some_and(|(ordered, _)| *ordered);
                (BlockKind::ListItem { ordered }, inline_source(&self.text[range]))
            }
            (Holder::Paragraph, _) if self.quote.is_some() => {
                (BlockKind::Quote, inline_source(&self.text[range]))
            }
            (Holder::Paragraph, _) => (BlockKind::Paragraph, inline_source(&self.text[range])),
        };
        let text = collapse_whitespace(&text);
        if text.is_empty() {
            return;
        }
        if let BlockKind::Heading { .. } = kind {
            self.section = Section::opened_by(&text);
        }
        let group = match kind {
            BlockKind::ListItem { .. } => self.lists.last().map(|(_, g)| *g),
            BlockKind::Quote => self.quote.map(|(g, _)| g),
            _ => None,
        };
        self.blocks.push(Block {
            kind,
            text,
            line,
            group,
            section: self.section,
        });
    }

    /// The last paragraph of a quote that starts with a dash names who said it.
    fn end_quote(&mut self) {
        self.flush();
        let Some((_, first)) = self.quote.take() else {
            return;
        };
        if self.blocks.len() - first < 2 {
            return;
        }
        let last = self.blocks.last_mut().expect("the quote has blocks");
        for dash in ["— ", "– ", "-- ", "―", "—", "- "] {
            if let Some(who) = last.text.strip_prefix(dash) {
                last.text = who.trim().to_string();
                last.kind = BlockKind::Attribution;
                break;
            }
        }
    }

    fn unsupported(&self, range: Range<usize>, what: &str) -> Error {
        Error::at(
            self.lines.location(self.path, self.text, range.start),
            format!("{what} are not supported in releases"),
            Some("write the content as paragraphs or lists".to_string()),
        )
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The inline Markdown of a block, its container prefixes (`>` of quotes, indentation of list
/// items) removed from continuation lines.
fn inline_source(slice: &str) -> String {
    let mut out = String::with_capacity(slice.len());
    for (i, line) in slice.lines().enumerate() {
        let line = if i == 0 {
            line
        } else {
            strip_container_prefix(line)
        };
        if i > 0 {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

fn strip_container_prefix(line: &str) -> &str {
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix('>') {
        rest = r.trim_start();
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<Block> {
        parse(Path::new("x.md"), text).unwrap().1
    }

    fn labels(blocks: &[Block]) -> Vec<&'static str> {
        blocks.iter().map(|b| b.kind.label()).collect()
    }

    const HEAD: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\n+++\n";

    #[test]
    fn an_embargo_without_an_offset_or_unreadable_is_an_error_at_its_line() {
        for (bad, why) in [
            ("2026-12-04T09:30:00", "has no offset"),
            ("next Tuesday", "is not an ISO 8601"),
        ] {
            let text =
                format!("+++\ntitle = \"T\"\ndate = \"2026-12-01\"\nembargo = \"{bad}\"\n+++\n\nBody.\n");
            let err = parse(Path::new("r.md"), &text).unwrap_err().to_string();
            assert!(err.starts_with("r.md:4:1: embargo: `"), "{bad}: {err}");
            assert!(err.contains(why), "{bad}: {err}");
        }
        let text = "+++\ntitle = \"T\"\nembargo = \"2026-12-04T09:30:00+00:00\"\n+++\n\nBody.\n";
        assert!(parse(Path::new("r.md"), text).is_ok());
    }

    #[test]
    fn a_date_that_is_not_iso_8601_is_an_error_at_its_line() {
        for bad in ["2 December 2026", "2026-02-30", "2026-13-01", "26-11-04"] {
            let text = format!("+++\ntitle = \"T\"\ndate = \"{bad}\"\n+++\n\nBody.\n");
            let err = parse(Path::new("r.md"), &text).unwrap_err().to_string();
            assert!(err.starts_with("r.md:3:1: date: `"), "{bad}: {err}");
        }
        let text = "+++\ntitle = \"T\"\ndate = \"2028-02-29\"\n+++\n\nBody.\n";
        assert!(parse(Path::new("r.md"), text).is_ok());
    }

    #[test]
    fn front_matter_becomes_meta_and_blocks() {
        let text = "+++\ntitle = \"T\"\nsummary = \"S\"\nlocation = \"Cardiff\"\ndate = \"2026-11-01\"\n+++\nBody.\n";
        let (meta, blocks) = parse(Path::new("x.md"), text).unwrap();
        assert_eq!(meta.date.as_deref(), Some("2026-11-01"));
        assert_eq!(labels(&blocks), ["title", "lead", "location", "paragraph"]);
        assert_eq!(blocks[3].line, 7);
    }

    #[test]
    fn links_and_emphasis_stay_inline() {
        let b = blocks(&format!("{HEAD}See *the* [report](https://x.org/a)\nnow.\n"));
        assert_eq!(b[2].text, "See *the* [report](https://x.org/a) now.");
    }

    #[test]
    fn lists_keep_order_kind_and_group() {
        let b = blocks(&format!("{HEAD}- a\n- b\n\n1. c\n2. d\n"));
        assert_eq!(b[2].kind, BlockKind::ListItem { ordered: false });
        assert_eq!(b[4].kind, BlockKind::ListItem { ordered: true });
        assert_eq!(b[2].group, b[3].group);
        assert_ne!(b[3].group, b[4].group);
        assert_eq!(b[5].text, "d");
    }

    #[test]
    fn quote_with_attribution() {
        let b = blocks(&format!(
            "{HEAD}> We will act,\n> now.\n>\n> — Jane Doe, Minister\n"
        ));
        assert_eq!(labels(&b[2..]), ["quote", "attribution"]);
        assert_eq!(b[2].text, "We will act, now.");
        assert_eq!(b[3].text, "Jane Doe, Minister");
    }

    #[test]
    fn standalone_image_gives_its_alt_text() {
        let b = blocks(&format!("{HEAD}![A child *at* a desk](img/a.jpg)\n"));
        assert_eq!(
            b[2].kind,
            BlockKind::Image {
                src: "img/a.jpg".into()
            }
        );
        assert_eq!(b[2].text, "A child at a desk");
    }

    #[test]
    fn notes_and_contacts_sections_are_marked() {
        let b = blocks(&format!(
            "{HEAD}Body.\n\n## Notes to editors\n\n1. Note.\n\n## Contacts\n\nPress office.\n"
        ));
        assert_eq!(b[2].section, Section::Body);
        assert_eq!(b[4].section, Section::NotesToEditors);
        assert_eq!(b[6].section, Section::Contacts);
    }

    #[test]
    fn release_without_title_is_an_error() {
        let err = parse(Path::new("x.md"), "+++\nsummary = \"S\"\n+++\nBody.\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("no title"), "{err}");
    }

    #[test]
    fn malformed_front_matter_points_at_its_line() {
        let err = parse(Path::new("x.md"), "+++\ntitle = \"T\"\ndate = 2026-\n+++\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("x.md:3:"), "{err}");
    }

    #[test]
    fn unknown_front_matter_key_is_an_error() {
        let err = parse(Path::new("x.md"), "+++\ntitle = \"T\"\nauthor = \"me\"\n+++\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("x.md:3:1: front matter: unknown field `author`"),
            "{err}"
        );
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(parse(Path::new("x.md"), "+++\ntitle = \"T\"\nBody\n").is_err());
    }

    #[test]
    fn code_blocks_are_refused_with_their_line() {
        let err = parse(Path::new("x.md"), &format!("{HEAD}Body.\n\n```\ncode\n```\n"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("x.md:7:1: code blocks"), "{err}");
    }
}
