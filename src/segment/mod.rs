//! Segmentation: a release's blocks become the messages translators translate.
//!
//! In: a [`Release`] and a [`Granularity`]. Out: [`Segment`]s in document order, each with its
//! content-derived id ([`crate::msgid`]). By default a block is one segment; with sentence
//! granularity each block is cut by [`sentence::split`] and the sentences are the segments.

pub mod sentence;

use serde::Serialize;

use crate::config::Granularity;
use crate::source::{BlockKind, Release};

/// One translatable unit of a release.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub id: String,
    pub kind: BlockKind,
    pub text: String,
    /// Index of the block in [`Release::blocks`].
    pub block: usize,
    /// Index of the sentence within its block (0 at block granularity).
    pub sentence: usize,
}

/// Cuts a release into segments; `rules` are the sentence rules of its language.
pub fn split(release: &Release, granularity: Granularity, rules: &sentence::Rules) -> Vec<Segment> {
    let mut pieces: Vec<(usize, usize, &str)> = Vec::with_capacity(release.blocks.len());
    for (b, block) in release.blocks.iter().enumerate() {
        match granularity {
            Granularity::Block => pieces.push((b, 0, block.text.as_str())),
            Granularity::Sentence => {
                let sentences = sentence::split(&block.text, rules);
                let texts = sentences
                    .iter()
                    .map(|r| block.text[r.clone()].trim())
                    .filter(|s| !s.is_empty());
                pieces.extend(texts.enumerate().map(|(s, text)| (b, s, text)));
            }
        }
    }
    let keyed: Vec<(&str, &str)> = pieces
        .iter()
        .map(|&(b, _, text)| (text, fallback_slug(&release.blocks[b].kind)))
        .collect();
    let ids = crate::msgid::assign(&keyed);
    pieces
        .into_iter()
        .zip(ids)
        .map(|((block, sentence, text), id)| Segment {
            id,
            kind: release.blocks[block].kind.clone(),
            text: text.to_string(),
            block,
            sentence,
        })
        .collect()
}

/// The slug used when a text has no ASCII words (Arabic, Chinese … sources).
fn fallback_slug(kind: &BlockKind) -> &'static str {
    match kind {
        BlockKind::ListItem { .. } => "item",
        BlockKind::Image { .. } => "image",
        other => other.label(),
    }
}

/// What goes between two sentences of one block: nothing in scripts written without spaces
/// (Chinese, Japanese: `no_spaces`), one space elsewhere.
pub fn sentence_separator(no_spaces: bool) -> &'static str {
    if no_spaces { "" } else { " " }
}

/// Joins translated sentences of one block as the target script expects
/// ([`sentence_separator`]).
pub fn join_sentences<'a>(sentences: impl IntoIterator<Item = &'a str>, no_spaces: bool) -> String {
    let mut out = String::new();
    for s in sentences {
        if !out.is_empty() {
            out.push_str(sentence_separator(no_spaces));
        }
        out.push_str(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Block, Format, Meta, Section};

    fn release(texts: &[&str]) -> Release {
        Release {
            id: "r".into(),
            path: "r.txt".into(),
            format: Format::Plain,
            meta: Meta::default(),
            blocks: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Block {
                    kind: BlockKind::Paragraph,
                    text: t.to_string(),
                    line: i + 1,
                    group: None,
                    section: Section::Body,
                })
                .collect(),
        }
    }

    fn ids(texts: &[&str]) -> Vec<String> {
        split(
            &release(texts),
            Granularity::Block,
            sentence::Rules::builtin("en"),
        )
        .into_iter()
        .map(|s| s.id)
        .collect()
    }

    #[test]
    fn ids_survive_insertion_deletion_and_moves() {
        let before = ids(&["One.", "Two.", "Three."]);
        let inserted = ids(&["Zero.", "One.", "Two.", "Three."]);
        let deleted = ids(&["One.", "Three."]);
        let moved = ids(&["Three.", "One.", "Two."]);
        assert_eq!(&inserted[1..], &before[..]);
        assert_eq!(deleted, [before[0].clone(), before[2].clone()]);
        assert_eq!(moved, [before[2].clone(), before[0].clone(), before[1].clone()]);
    }

    #[test]
    fn whitespace_edits_keep_ids() {
        assert_eq!(ids(&["One  two."]), ids(&["One two. "]));
    }

    #[test]
    fn sentence_granularity_cuts_blocks() {
        let segments = split(
            &release(&["Mr. Smith came. He left!"]),
            Granularity::Sentence,
            sentence::Rules::builtin("en"),
        );
        let texts: Vec<_> = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Mr. Smith came.", "He left!"]);
        assert_eq!(segments[1].sentence, 1);
    }

    #[test]
    fn sentence_ids_survive_edits_of_neighbouring_sentences() {
        let ids = |text: &str| -> Vec<String> {
            split(
                &release(&[text]),
                Granularity::Sentence,
                sentence::Rules::builtin("en"),
            )
            .into_iter()
            .map(|s| s.id)
            .collect()
        };
        let before = ids("Funding opens today. Councils may bid. The fund closes in May.");
        let edited = ids("Funding opens today. Councils and charities may bid. The fund closes in May.");
        assert_eq!(edited.len(), 3);
        assert_eq!((&edited[0], &edited[2]), (&before[0], &before[2]));
        assert_ne!(edited[1], before[1]);
        let inserted = ids("Funding opens today. It is new. Councils may bid. The fund closes in May.");
        assert_eq!(
            [&inserted[0], &inserted[2], &inserted[3]],
            [&before[0], &before[1], &before[2]]
        );
    }

    #[test]
    fn cjk_sentences_join_without_spaces() {
        assert_eq!(join_sentences(["一。", "二。"], true), "一。二。");
        assert_eq!(join_sentences(["Un.", "Deux."], false), "Un. Deux.");
    }
}
