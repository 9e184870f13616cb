//! Status markers: comment lines starting with `@` that relingo manages.
//!
//! In: the lines of a message's attached comment. Out: [`Markers`] (what relingo records)
//! and the translator's own lines, kept verbatim. `@allow` and unknown `@` lines belong to
//! the translator: relingo reads `@allow` but never rewrites it.

/// The tool-managed state of one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markers {
    /// `# @source: …` the source text this message translates.
    pub source: Option<String>,
    /// `# @stale: …` the earlier source text the translation was made for.
    pub stale: Option<String>,
    /// `# @todo` the value is a copy of the source.
    pub todo: bool,
    /// `# @obsolete` the message is no longer in the source.
    pub obsolete: bool,
    /// `# @memory: …` where translation memory took the value from.
    pub memory: Option<String>,
    /// `# @allow: check` checks silenced for this message (written by translators).
    pub allow: Vec<String>,
    /// `# @conflict: …` another side's translation, which a three-way import or merge could
    /// not reconcile with the value: both are kept until a translator chooses.
    pub conflict: Option<String>,
    /// `# @approved: NAME · SEAL` a reviewer's sign-off of this source and translation
    /// (see [`crate::approval`]), as written.
    pub approved: Option<String>,
}

/// One line of an attached comment, without `#` and the space after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommentLine {
    Managed,
    /// Anything else, kept byte for byte (line ending excluded).
    Translator(String),
}

impl Markers {
    /// Reads the markers of a comment; returns them with the comment's line kinds.
    pub fn read<'a>(lines: impl IntoIterator<Item = &'a str>) -> (Markers, Vec<CommentLine>) {
        let mut markers = Markers::default();
        let mut kinds = Vec::new();
        for raw in lines {
            let content = raw.strip_prefix('#').unwrap_or(raw);
            let content = content.strip_prefix(' ').unwrap_or(content);
            let (name, rest) = match content.strip_prefix('@') {
                Some(marker) => marker
                    .split_once(':')
                    .map_or((marker.trim(), None), |(n, r)| (n.trim(), Some(r.trim_start()))),
                None => ("", None),
            };
            let managed = match (name, rest) {
                ("source", Some(text)) => markers.source.replace(text.to_string()).is_none(),
                ("stale", Some(text)) => markers.stale.replace(text.to_string()).is_none(),
                ("memory", Some(text)) => markers.memory.replace(text.to_string()).is_none(),
                ("conflict", Some(text)) => markers.conflict.replace(text.to_string()).is_none(),
                ("approved", Some(text)) => markers.approved.replace(text.trim_end().to_string()).is_none(),
                ("todo", None) => !std::mem::replace(&mut markers.todo, true),
                ("obsolete", None) => !std::mem::replace(&mut markers.obsolete, true),
                ("allow", Some(checks)) => {
                    markers.allow.extend(
                        checks
                            .split([',', ' '])
                            .filter(|c| !c.is_empty())
                            .map(str::to_string),
                    );
                    false
                }
                _ => false,
            };
            kinds.push(if managed {
                CommentLine::Managed
            } else {
                CommentLine::Translator(raw.to_string())
            });
        }
        (markers, kinds)
    }

    /// The managed lines in their canonical order, each without line ending.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(source) = &self.source {
            lines.push(format!("# @source: {}", super::escape::comment(source)));
        }
        if let Some(stale) = &self.stale {
            lines.push(format!("# @stale: {}", super::escape::comment(stale)));
        }
        if let Some(conflict) = &self.conflict {
            lines.push(format!("# @conflict: {}", super::escape::comment(conflict)));
        }
        if let Some(memory) = &self.memory {
            lines.push(format!("# @memory: {memory}"));
        }
        if let Some(approved) = &self.approved {
            lines.push(format!("# @approved: {approved}"));
        }
        if self.todo {
            lines.push("# @todo".to_string());
        }
        if self.obsolete {
            lines.push("# @obsolete".to_string());
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_translator_lines_are_told_apart() {
        let (m, kinds) = Markers::read([
            "# @source: The text.",
            "# Check the minister's title.",
            "# @stale: Old text.",
            "# @allow: identical, length",
            "# @todo",
        ]);
        assert_eq!(m.source.as_deref(), Some("The text."));
        assert_eq!(m.stale.as_deref(), Some("Old text."));
        assert!(m.todo && !m.obsolete);
        assert_eq!(m.allow, ["identical", "length"]);
        assert_eq!(
            kinds[1],
            CommentLine::Translator("# Check the minister's title.".into())
        );
        assert_eq!(
            kinds[3],
            CommentLine::Translator("# @allow: identical, length".into())
        );
    }

    #[test]
    fn a_repeated_marker_line_is_kept_as_translator_text() {
        let (_, kinds) = Markers::read(["# @todo", "# @todo"]);
        assert_eq!(kinds[0], CommentLine::Managed);
        assert_eq!(kinds[1], CommentLine::Translator("# @todo".into()));
    }
}
