//! The images a release shows, copied beside its pages.
//!
//! In: a release's image blocks (`![alt](images/x.jpg)`), their paths relative to the
//! release's source file. Out: each image's bytes, to be written as `<locale>/<path>` beside
//! every published page of the release (so the page's relative `src` finds it), or a
//! diagnostic at the image's line: a path that would lead out of the sources folder, a file
//! that is missing or not a regular file. Remote images (`https:`) are left to the web.

use std::path::{Component, Path};

use crate::check::codes::{self, Code};
use crate::diagnostic::{Diagnostic, Location};
use crate::source::{BlockKind, Release};

/// One image to copy: its path relative to a page, and its bytes.
pub struct Media {
    pub src: String,
    pub bytes: Vec<u8>,
}

/// The images of `release` to copy, and the problems with those that cannot be.
pub fn of_release(release: &Release) -> (Vec<Media>, Vec<Diagnostic>) {
    let mut media: Vec<Media> = Vec::new();
    let mut problems = Vec::new();
    let dir = release.path.parent().unwrap_or(Path::new("."));
    for block in &release.blocks {
        let BlockKind::Image { src } = &block.kind else {
            continue;
        };
        if src.contains(':') || src.starts_with("//") || media.iter().any(|m| &m.src == src) {
            continue;
        }
        let at = Location::new(&release.path, block.line, 1);
        let problem = |code: Code, message: String, help: &'static str| Diagnostic {
            at: at.clone(),
            ..Diagnostic::file(&release.path, code, message, Some(help.into()))
        };
        let relative = Path::new(src);
        if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
            problems.push(problem(
                codes::MISSING_IMAGE,
                format!("the image `{src}` is not inside the sources folder; it is not published"),
                "keep images in a folder beside the releases, e.g. sources/images/",
            ));
            continue;
        }
        match crate::input::read_bytes(&dir.join(relative), crate::input::Links::Refuse) {
            Ok(bytes) => media.push(Media {
                src: src.clone(),
                bytes,
            }),
            Err(e) => {
                let (_, why) = e.detail();
                problems.push(problem(
                    codes::MISSING_IMAGE,
                    format!("the image `{src}` cannot be published: {why}"),
                    "add the file beside the release, or correct the path",
                ));
            }
        }
    }
    (media, problems)
}
