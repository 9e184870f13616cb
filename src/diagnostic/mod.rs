//! Positions in files and the problems found in content.
//!
//! In: a file's text and byte offsets (fluent-syntax reports byte ranges, our scanners too).
//! Out: [`Location`]s as `file:line:col` (1-based, columns counted in characters, as editors do)
//! and [`Diagnostic`] values that commands collect and [`render`] writes, the same way for
//! every command: compiler-style for people, JSON Lines, GitHub workflow annotations.

pub mod render;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// A place in a file, 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line,
            column,
        }
    }

    /// The location of byte `offset` in `text` (clamped to the text, snapped to a char boundary).
    pub fn of_offset(path: &Path, text: &str, offset: usize) -> Self {
        let (line, column) = line_column(text, offset);
        Location::new(path, line, column)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path.display(), self.line, self.column)
    }
}

/// 1-based line and character column of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The start of every line of a text, found once, so that the positions of many items of
/// one file cost a binary search each instead of a scan from the start of the file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        LineIndex {
            starts: std::iter::once(0).chain(newlines.map(|(i, _)| i + 1)).collect(),
        }
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }

    /// The 1-based line and character column of byte `offset` in `text`, the text this
    /// index was built from (clamped to it, snapped to a char boundary).
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line(offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }

    pub fn location(&self, path: &Path, text: &str, offset: usize) -> Location {
        let (line, column) = self.line_column(text, offset);
        Location::new(path, line, column)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A problem found in content: reported, never fatal to the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What was checked (`syntax`, `duplicate-id`, …), written by its name.
    pub code: crate::check::codes::Code,
    #[serde(flatten)]
    pub at: Location,
    /// Borrowed for the messages every file repeats (`@todo`), owned otherwise.
    pub message: Cow<'static, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<Cow<'static, str>>,
    /// The byte range in the file the diagnostic points at, for rendering the source line.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    /// A problem with a file as a whole, placed at its start.
    pub fn file(
        path: &Path,
        code: crate::check::codes::Code,
        message: impl Into<Cow<'static, str>>,
        help: Option<Cow<'static, str>>,
    ) -> Diagnostic {
        Diagnostic {
            severity: code.severity,
            code,
            at: Location::new(path, 1, 1),
            message: message.into(),
            help,
            span: None,
        }
    }
}

impl Diagnostic {
    /// A fatal error of one file (of many a command works on) as a diagnostic of `code`
    /// about `path`, placed where the error says, or at the file's start.
    pub fn of_error(error: &crate::Error, code: crate::check::codes::Code, path: &Path) -> Diagnostic {
        let (at, message) = error.detail();
        Diagnostic {
            at: at.cloned().unwrap_or_else(|| Location::new(path, 1, 1)),
            ..Diagnostic::file(path, code, message, None)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}]: {}: {}",
            self.severity, self.code, self.at, self.message
        )?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\nçé = x";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'x' sits after "çé = " (5 chars, 7 bytes).
        assert_eq!(line_column(text, 3 + 7), (2, 6));
    }

    #[test]
    fn the_line_index_agrees_with_a_scan_from_the_start() {
        let text = "ab\nçé = x\n\n\nlast line é\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.line_column(text, offset),
                line_column(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn offsets_inside_a_character_snap_back() {
        assert_eq!(line_column("é", 1), (1, 1));
        assert_eq!(line_column("ab", 99), (1, 3));
    }
}
