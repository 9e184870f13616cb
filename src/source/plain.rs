//! The plain release format, read exactly as the press office writes it:
//!
//! ```text
//! govt                          ← line 1: topic tag
//! A Global Threat Assessment…   ← next non-empty line: the lead
//! It found that…                ← every further line: a paragraph
//! The Minister said:            ← a paragraph ending in `said:` introduces a quote…
//! Online child sexual…          ← …which is the next paragraph
//! -                             ← a line holding only `-` introduces a list item…
//! Individual dark net sites…    ← …whose text is the next line (`- text` works too)
//! ```

use std::path::Path;

use super::{Block, BlockKind, Meta, Section, at_line, collapse_whitespace};
use crate::{Error, Result};

pub(super) fn parse(path: &Path, text: &str) -> Result<(Meta, Vec<Block>)> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    let (_, topic) = lines.next().expect("the caller refuses empty text");
    let topic = topic.trim();
    if topic.is_empty() || topic.contains(char::is_whitespace) {
        return Err(Error::at(
            at_line(path, 1, 1),
            format!("line 1 must be the topic tag (one word, such as `govt`), found `{topic}`"),
            Some("put the topic tag on the first line and the lead on the next".to_string()),
        ));
    }
    let meta = Meta {
        topic: Some(topic.to_string()),
        ..Meta::default()
    };
    let mut blocks: Vec<Block> = Vec::new();
    let mut pending_item: Option<usize> = None;
    let mut groups = 0u32;
    for (line, raw) in lines {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed == "-" {
            if let Some(dash) = pending_item {
                return Err(dangling_dash(path, dash));
            }
            pending_item = Some(line);
            continue;
        }
        let (kind, text) = if pending_item.take().is_some() {
            (BlockKind::ListItem { ordered: false }, trimmed)
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            (BlockKind::ListItem { ordered: false }, item)
        } else if blocks.is_empty() {
            (BlockKind::Lead, trimmed)
        } else if blocks.last().is_some_and(introduces_quote) {
            (BlockKind::Quote, trimmed)
        } else {
            (BlockKind::Paragraph, trimmed)
        };
        let group = group_of(&kind, blocks.last(), &mut groups);
        blocks.push(Block {
            kind,
            text: collapse_whitespace(text),
            line,
            group,
            section: Section::Body,
        });
    }
    if let Some(dash) = pending_item {
        return Err(dangling_dash(path, dash));
    }
    if blocks.is_empty() {
        return Err(Error::at(
            at_line(path, 1, 1),
            "the release has a topic tag but no lead",
            Some("write the lead on the line after the topic tag".to_string()),
        ));
    }
    Ok((meta, blocks))
}

fn introduces_quote(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph && block.text.ends_with("said:")
}

/// List items in a row share a group; so does a quote with the paragraph introducing it.
fn group_of(kind: &BlockKind, previous: Option<&Block>, groups: &mut u32) -> Option<u32> {
    let continues = |p: &Block| std::mem::discriminant(&p.kind) == std::mem::discriminant(kind);
    match kind {
        BlockKind::ListItem { .. } | BlockKind::Quote => match previous.filter(|p| continues(p)) {
            Some(p) => p.group,
            None => {
                *groups += 1;
                Some(*groups)
            }
        },
        _ => None,
    }
}

fn dangling_dash(path: &Path, line: usize) -> Error {
    Error::at(
        at_line(path, line, 1),
        "a line holding only `-` must be followed by the text of its list item",
        Some("write the item's text on the next line, or as `- text` on this one".to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, String)> {
        parse(Path::new("x.txt"), text)
            .unwrap()
            .1
            .into_iter()
            .map(|b| (b.kind.label().to_string(), b.text))
            .collect()
    }

    #[test]
    fn lead_paragraph_quote_and_items() {
        let got = kinds("govt\nLead.\nPara.\nThe Minister said:\nWe act.\n-\nOne.\n- Two.\nEnd.");
        let labels: Vec<_> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            labels,
            [
                "lead",
                "paragraph",
                "paragraph",
                "quote",
                "list item",
                "list item",
                "paragraph"
            ]
        );
        assert_eq!(got[5].1, "Two.");
    }

    #[test]
    fn blank_lines_between_paragraphs_are_ignored() {
        assert_eq!(kinds("govt\n\nLead.\n\n\nPara.\n").len(), 2);
    }

    #[test]
    fn dash_without_item_is_an_error_at_its_line() {
        let err = parse(Path::new("x.txt"), "govt\nLead.\n-\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("x.txt:3:1: a line holding only `-`"), "{err}");
    }

    #[test]
    fn topic_line_with_spaces_is_an_error() {
        let err = parse(Path::new("x.txt"), "This is a lead\nPara.\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("x.txt:1:1: line 1 must be the topic tag"),
            "{err}"
        );
    }

    #[test]
    fn topic_without_lead_is_an_error() {
        assert!(parse(Path::new("x.txt"), "govt\n").is_err());
    }
}
