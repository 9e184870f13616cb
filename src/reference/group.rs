//! Group comments: the `## paragraph 3` lines that show translators a release's structure.
//!
//! In: a block kind and its position, or the text of a `## …` line. Out: a [`Group`] (the
//! kind and, for kinds a release has many of, its ordinal), rendered and parsed here and
//! nowhere else, from one table of block kinds. `## Obsolete` is relingo's too: sync
//! gathers the messages that left the source under it.

use std::fmt;

use crate::source::BlockKind;

/// What a block is, as group comments name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Title,
    Lead,
    Location,
    Department,
    Heading,
    Paragraph,
    Quote,
    Attribution,
    ListItem,
    ImageAlt,
}

/// Every kind with its name in group comments and whether its blocks are numbered (a
/// release has one title but many paragraphs).
const KINDS: [(Kind, &str, bool); 10] = [
    (Kind::Title, "title", false),
    (Kind::Lead, "lead", false),
    (Kind::Location, "location", false),
    (Kind::Department, "department", false),
    (Kind::Heading, "heading", true),
    (Kind::Paragraph, "paragraph", true),
    (Kind::Quote, "quote", true),
    (Kind::Attribution, "attribution", true),
    (Kind::ListItem, "list item", true),
    (Kind::ImageAlt, "image alt text", true),
];

/// The group comment under which sync keeps messages that left the source.
pub const OBSOLETE: &str = "Obsolete";

impl Kind {
    /// The kind's name in group comments (`list item`).
    pub fn name(self) -> &'static str {
        KINDS[self as usize].1
    }

    fn is_numbered(self) -> bool {
        KINDS[self as usize].2
    }

    fn named(name: &str) -> Option<Kind> {
        KINDS.iter().find(|(_, n, _)| *n == name).map(|(k, _, _)| *k)
    }

    /// The kind of a source block.
    pub fn of_block(kind: &BlockKind) -> Kind {
        match kind {
            BlockKind::Title => Kind::Title,
            BlockKind::Lead => Kind::Lead,
            BlockKind::Location => Kind::Location,
            BlockKind::Department => Kind::Department,
            BlockKind::Heading { .. } => Kind::Heading,
            BlockKind::Paragraph => Kind::Paragraph,
            BlockKind::Quote => Kind::Quote,
            BlockKind::Attribution => Kind::Attribution,
            BlockKind::ListItem { .. } => Kind::ListItem,
            BlockKind::Image { .. } => Kind::ImageAlt,
        }
    }
}

/// A block of a release as its group comment names it: `paragraph 3`, `title`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Group {
    pub kind: Kind,
    /// 1-based among the blocks of its kind; none for kinds a release has once.
    pub ordinal: Option<usize>,
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ordinal {
            Some(n) => write!(f, "{} {n}", self.kind.name()),
            None => f.write_str(self.kind.name()),
        }
    }
}

impl Group {
    /// Reads a group comment's text (after `## `); `None` for a comment relingo did not write.
    /// Lenient on numbering: `paragraph` and `title 2` are read too.
    pub fn parse(label: &str) -> Option<Group> {
        let (name, ordinal) = match label.rsplit_once(' ') {
            Some((name, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                (name, n.parse().ok())
            }
            _ => (label, None),
        };
        Kind::named(name).map(|kind| Group { kind, ordinal })
    }
}

impl Group {
    /// Whether `label` is exactly how this group is written (compared without allocating:
    /// sync asks this of every block of every file).
    pub fn is_written_as(&self, label: &str) -> bool {
        let Some(rest) = label.strip_prefix(self.kind.name()) else {
            return false;
        };
        match self.ordinal {
            None => rest.is_empty(),
            Some(n) => rest
                .strip_prefix(' ')
                .is_some_and(|digits| !digits.starts_with('0') && digits.parse() == Ok(n)),
        }
    }
}

/// Whether a group comment's text is one relingo writes (and may rewrite or move).
pub fn is_managed(label: &str) -> bool {
    label == OBSOLETE || Group::parse(label).is_some()
}

/// The relingo group comments among the lines of `text` (a gap between entries), as the
/// text after `## `.
pub fn managed_in(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter_map(|l| l.strip_suffix('\r').unwrap_or(l).strip_prefix("## "))
        .filter(|label| is_managed(label))
}

/// Numbers blocks in document order: the third paragraph is `paragraph 3`.
#[derive(Debug, Default)]
pub struct Numbering {
    counts: [usize; KINDS.len()],
}

impl Numbering {
    /// The group of the next block of `kind`.
    pub fn next(&mut self, kind: Kind) -> Group {
        let ordinal = kind.is_numbered().then(|| {
            let n = &mut self.counts[kind as usize];
            *n += 1;
            *n
        });
        Group { kind, ordinal }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_the_order_of_the_enum() {
        for (i, (kind, _, _)) in KINDS.iter().enumerate() {
            assert_eq!(*kind as usize, i);
        }
    }

    #[test]
    fn every_group_reads_back_as_written() {
        let mut numbering = Numbering::default();
        for (kind, _, _) in KINDS {
            for _ in 0..2 {
                let group = numbering.next(kind);
                assert_eq!(Group::parse(&group.to_string()), Some(group));
                assert!(group.is_written_as(&group.to_string()));
            }
        }
    }

    #[test]
    fn numbering_counts_each_kind_on_its_own() {
        let mut n = Numbering::default();
        let labels: Vec<String> = [Kind::Title, Kind::Paragraph, Kind::ListItem, Kind::Paragraph]
            .into_iter()
            .map(|k| n.next(k).to_string())
            .collect();
        assert_eq!(labels, ["title", "paragraph 1", "list item 1", "paragraph 2"]);
    }

    #[test]
    fn translator_group_comments_are_not_relingo_s() {
        assert!(is_managed("image alt text 4"));
        assert!(is_managed("Obsolete"));
        assert!(is_managed("paragraph"));
        assert!(!is_managed("Notes from Siân"));
        assert!(!is_managed("paragraph three"));
        assert!(!is_managed("paragraphs 3"));
    }
}
