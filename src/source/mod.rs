//! Source releases: the plain format the first release arrived in (`.txt`) and Markdown with
//! TOML front matter (`.md`).
//!
//! In: a `sources/` directory or one file. Out: [`Release`] values: an id (the file stem,
//! `[a-z0-9-]`), metadata, and the blocks in document order, each with its kind and its
//! text (inline Markdown kept as written) and the line it starts on.

mod markdown;
mod plain;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostic::Location;
use crate::input::{self, Links};
use crate::{Error, Result};

/// One press release.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Release {
    pub id: String,
    pub path: PathBuf,
    pub format: Format,
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Plain,
    Markdown,
}

/// Front matter of a Markdown release (`topic` is line 1 of a plain one). Title and summary
/// are translatable and therefore also appear as blocks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub embargo: Option<String>,
    pub department: Option<String>,
    pub topic: Option<String>,
    pub reference: Option<String>,
}

/// A unit of a release that translators see as one piece of structure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The text, one line, inline Markdown kept as written.
    pub text: String,
    /// 1-based line in the source file.
    pub line: usize,
    /// Blocks sharing a number belong to one list or one quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
    pub section: Section,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum BlockKind {
    Title,
    Lead,
    Location,
    Department,
    Heading { level: u8 },
    Paragraph,
    Quote,
    Attribution,
    ListItem { ordered: bool },
    Image { src: String },
}

impl BlockKind {
    /// The name translators read in group comments.
    pub fn label(&self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Lead => "lead",
            BlockKind::Location => "location",
            BlockKind::Department => "department",
            BlockKind::Heading { .. } => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Quote => "quote",
            BlockKind::Attribution => "attribution",
            BlockKind::ListItem { .. } => "list item",
            BlockKind::Image { .. } => "image alt text",
        }
    }
}

/// Where in the release a block sits; press releases end with notes and contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    #[default]
    Body,
    NotesToEditors,
    Contacts,
}

impl Section {
    /// The section a heading opens, judged by its text.
    fn opened_by(heading: &str) -> Section {
        let h = heading.trim().trim_end_matches(':').to_lowercase();
        match h.as_str() {
            "notes to editors" | "note to editors" | "notes for editors" => Section::NotesToEditors,
            "contacts" | "contact" | "media contacts" | "press contacts" | "media enquiries" => {
                Section::Contacts
            }
            _ => Section::Body,
        }
    }
}

impl Release {
    /// Heads a release that has no title line (the plain format) with `title`, which
    /// translators then translate as any title. A release with a title of its own keeps it:
    /// two titles for one release are refused, with why.
    pub fn give_title(&mut self, title: &str) -> std::result::Result<(), String> {
        if self.meta.title.is_some() {
            return Err(format!(
                "{} has a title of its own in its front matter; keep one of the two",
                self.path.display()
            ));
        }
        self.meta.title = Some(title.to_string());
        self.blocks.insert(
            0,
            Block {
                kind: BlockKind::Title,
                text: title.to_string(),
                // The heading stands above the lead, where the topic line is.
                line: 1,
                group: None,
                section: Section::Body,
            },
        );
        Ok(())
    }
}

/// Reads every release in `dir` (`*.txt`, `*.md`), in parallel, sorted by id.
pub fn read_dir(dir: &Path) -> Result<Vec<Release>> {
    let files = list(dir)?;
    let mut releases = files.par_iter().map(|p| read(p)).collect::<Result<Vec<_>>>()?;
    releases.sort_by(|a, b| a.id.cmp(&b.id));
    for pair in releases.windows(2) {
        if pair[0].id == pair[1].id {
            return Err(Error::file(
                &pair[1].path,
                format!(
                    "release id `{}` is also used by {}",
                    pair[1].id,
                    pair[0].path.display()
                ),
                Some("each release needs a file name of its own; rename one of them".to_string()),
            ));
        }
    }
    Ok(releases)
}

/// The release files of `dir`: `*.txt` and `*.md`, hidden files skipped, sorted.
pub fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, "read the sources directory", e))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| Error::io(dir, "read the sources directory", e))?
            .path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        let ext = path.extension().and_then(|e| e.to_str());
        // Anything but a directory is listed, so that a link or a FIFO named like a release
        // is refused by name when it is read instead of being skipped in silence.
        if !hidden && matches!(ext, Some("txt" | "md")) && !path.is_dir() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads one release; the format follows the extension (`.md` Markdown, anything else plain).
pub fn read(path: &Path) -> Result<Release> {
    let id = release_id(path)?;
    let text = input::read_text(path, Links::Refuse)?;
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("md") => Format::Markdown,
        _ => Format::Plain,
    };
    parse(id, path, &text, format)
}

/// Parses release text already in memory (`relingo segment -` reads stdin this way).
pub fn parse(id: String, path: &Path, text: &str, format: Format) -> Result<Release> {
    if text.trim().is_empty() {
        return Err(Error::file(
            path,
            "the release is empty",
            Some("write the release, or remove the file".to_string()),
        ));
    }
    let (meta, blocks) = match format {
        Format::Plain => plain::parse(path, text)?,
        Format::Markdown => markdown::parse(path, text)?,
    };
    Ok(Release {
        id,
        path: path.to_path_buf(),
        format,
        meta,
        blocks,
    })
}

/// Splits bare text (no header lines) into paragraphs, one per non-empty line.
/// A release from text that did not come from the sources directory (what `relingo segment`
/// reads): `path` names it (`<stdin>` for standard input), `bare` text has no header lines
/// and one paragraph per line; otherwise the format follows the extension.
pub fn of_text(path: &Path, text: &str, bare: bool) -> Result<Release> {
    let from_stdin = path == Path::new(STDIN);
    if bare {
        return Ok(Release {
            id: "stdin".into(),
            path: path.to_path_buf(),
            format: Format::Plain,
            meta: Meta::default(),
            blocks: parse_bare(text),
        });
    }
    let id = if from_stdin {
        "stdin".to_string()
    } else {
        release_id(path)?
    };
    let format = if path.extension().is_some_and(|e| e == "md") {
        Format::Markdown
    } else {
        Format::Plain
    };
    parse(id, path, text, format)
}

/// How standard input is named in positions and errors.
pub const STDIN: &str = "<stdin>";

pub fn parse_bare(text: &str) -> Vec<Block> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Block {
            kind: BlockKind::Paragraph,
            text: collapse_whitespace(l),
            line: i + 1,
            group: None,
            section: Section::Body,
        })
        .collect()
}

/// The release id of a file: its stem, which must match `[a-z0-9-]+`.
pub fn release_id(path: &Path) -> Result<String> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    check_release_id(stem).map_err(|message| {
        Error::file(
            path,
            message,
            Some(
                "rename the file: lowercase ASCII letters, digits and hyphens, e.g. `budget-2026.md`"
                    .to_string(),
            ),
        )
    })?;
    Ok(stem.to_string())
}

/// Whether `id` is a valid release id; the error says why not. Also used for ids from the
/// command line, which must never become a path outside the project.
pub fn check_release_id(id: &str) -> std::result::Result<(), String> {
    if id.is_empty() {
        return Err("a release id cannot be empty".into());
    }
    if let Some(c) = id.chars().find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-')) {
        return Err(format!("`{id}` is not a valid release id: `{c}` is not allowed"));
    }
    if id == "index" || id == "manifest" {
        return Err(format!("`{id}` is reserved for the files `relingo build` writes"));
    }
    Ok(())
}

/// Collapses runs of whitespace (line breaks included) into one space and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn at_line(path: &Path, line: usize, column: usize) -> Location {
    Location::new(path, line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_ids_that_look_like_paths_are_refused() {
        for bad in ["../x", "a b", "Budget", "x/y", "", "index"] {
            assert!(check_release_id(bad).is_err(), "{bad}");
        }
        assert!(check_release_id("budget-2026").is_ok());
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.txt");
        std::fs::write(&path, "\u{feff}govt\r\nLead.\r\nPara.\r\n").unwrap();
        let release = read(&path).unwrap();
        assert_eq!(release.blocks[0].text, "Lead.");
        assert_eq!(release.blocks[1].text, "Para.");
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.txt");
        std::fs::write(&path, b"govt\nabc\xff\n").unwrap();
        let err = read(&path).unwrap_err().to_string();
        assert!(err.contains("not valid UTF-8 at byte 8"), "{err}");
    }

    #[test]
    fn empty_release_is_an_error() {
        let err = parse("x".into(), Path::new("x.txt"), " \n\n", Format::Plain).unwrap_err();
        assert!(err.to_string().contains("empty"));
    }

    #[test]
    fn two_sources_with_one_id_are_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.txt"), "govt\nLead.\n").unwrap();
        std::fs::write(dir.path().join("x.md"), "+++\ntitle = \"T\"\n+++\nBody.\n").unwrap();
        let err = read_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("release id `x` is also used by"), "{err}");
    }

    #[test]
    fn missing_file_is_an_error_naming_it() {
        let err = read(Path::new("/nonexistent/x.md")).unwrap_err().to_string();
        assert!(err.starts_with("/nonexistent/x.md: cannot read"), "{err}");
    }
}
