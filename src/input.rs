//! Reading the files a project consists of: regular files only.
//!
//! In: a path and whether a symbolic link may stand there. Out: the file's bytes (or its text,
//! BOM dropped and line endings made `\n`), or an error that says what the path is instead.
//! A FIFO, socket or device is refused without being opened for reading (opening a FIFO
//! blocks until a writer comes, which would hang any command), and the check is made on the
//! opened file, so nothing can be swapped in between.

use std::io::Read;
use std::path::Path;

use crate::{Error, Result};

/// Whether a symbolic link may stand where a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// For the files inside the project's folders (sources, catalogs, terms, build output):
    /// a link could lead out of the project, and writing commands never follow one, so no
    /// command reads through one either.
    Refuse,
    /// For a file named explicitly (relingo.toml, `--config`, a template, a file to import).
    Follow,
}

/// The bytes of the regular file at `path`.
pub fn read_bytes(path: &Path, links: Links) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    read_into(path, links, &mut bytes)?;
    Ok(bytes)
}

/// The bytes of the regular file at `path`, into `bytes` (emptied first): one buffer serves
/// many files. The file is opened, its kind and size asked once, and read.
pub fn read_into(path: &Path, links: Links, bytes: &mut Vec<u8>) -> Result<()> {
    let (file, size) = open_regular(path, links)?;
    bytes.clear();
    bytes.reserve(usize::try_from(size).unwrap_or(0));
    // Through `Take`, the read does not ask the file for its size and position again.
    (&file)
        .take(u64::MAX)
        .read_to_end(bytes)
        .map_err(|e| Error::io(path, "read", e))?;
    Ok(())
}

/// The bytes of `path` as UTF-8 text; invalid UTF-8 is an error naming the byte offset.
pub fn read_utf8(path: &Path, links: Links) -> Result<String> {
    String::from_utf8(read_bytes(path, links)?).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The text of `path`: UTF-8, BOM dropped, CRLF and CR turned into LF.
pub fn read_text(path: &Path, links: Links) -> Result<String> {
    let text = read_utf8(path, links)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    })
}

/// Whether `path` exists as something other than a regular file or a link (a FIFO, socket,
/// device or directory), which directory listings then skip or report.
pub fn is_special(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_file() && !m.file_type().is_symlink())
}

/// The regular file at `path`, open for reading, and its size.
#[cfg(unix)]
fn open_regular(path: &Path, links: Links) -> Result<(std::fs::File, u64)> {
    use rustix::fs::{Mode, OFlags};
    // O_NONBLOCK makes opening a FIFO return at once; it changes nothing for regular files.
    let mut flags = OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NONBLOCK | OFlags::NOCTTY;
    if links == Links::Refuse {
        flags |= OFlags::NOFOLLOW;
    }
    let file = match rustix::fs::open(path, flags, Mode::empty()) {
        Ok(fd) => std::fs::File::from(fd),
        Err(rustix::io::Errno::LOOP) if links == Links::Refuse && is_link(path) => {
            return Err(link_refused(path));
        }
        // A FIFO without a reader refuses a write-only open, not ours; a socket cannot be
        // opened at all (ENXIO): say what it is rather than "no such device".
        Err(_) if is_special(path) => return Err(not_regular(path)),
        Err(e) => return Err(Error::io(path, "read", e.into())),
    };
    let meta = file.metadata().map_err(|e| Error::io(path, "read", e))?;
    if !meta.is_file() {
        return Err(not_regular(path));
    }
    Ok((file, meta.len()))
}

#[cfg(not(unix))]
fn open_regular(path: &Path, links: Links) -> Result<(std::fs::File, u64)> {
    if links == Links::Refuse && is_link(path) {
        return Err(link_refused(path));
    }
    if is_special(path) {
        return Err(not_regular(path));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, "read", e))?;
    let size = file.metadata().map_or(0, |m| m.len());
    Ok((file, size))
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn link_refused(path: &Path) -> Error {
    Error::file(
        path,
        "is a symbolic link; relingo reads and writes the files of a project only as regular files",
        Some("replace the link with a copy of the file it points to".to_string()),
    )
}

fn not_regular(path: &Path) -> Error {
    Error::file(
        path,
        format!(
            "is {}, not a regular file; relingo does not read it",
            kind_of(path)
        ),
        Some("remove it or rename it, or point relingo at a regular file".to_string()),
    )
}

/// What the thing at `path` is, in words.
fn kind_of(path: &Path) -> &'static str {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return "not readable";
    };
    let kind = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_and_its_text_normalized() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "\u{feff}one\r\ntwo\rthree").unwrap();
        assert_eq!(read_text(&path, Links::Refuse).unwrap(), "one\ntwo\nthree");
    }

    #[test]
    fn a_missing_file_is_an_io_error_of_kind_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_bytes(&dir.path().join("none.ftl"), Links::Refuse).unwrap_err();
        assert!(err.is_not_found(), "{err:?}");
        // The operating system's message once, whatever way the error is printed.
        assert_eq!(
            format!("{:#}", anyhow::Error::from(err))
                .matches("os error 2")
                .count(),
            1
        );
    }

    #[test]
    fn a_directory_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_bytes(dir.path(), Links::Follow).unwrap_err().to_string();
        assert!(err.contains("is a directory, not a regular file"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_at_once_instead_of_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cy.ftl");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &path,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
            0,
        )
        .unwrap();
        for links in [Links::Refuse, Links::Follow] {
            let err = read_bytes(&path, links).unwrap_err().to_string();
            assert!(
                err.contains("is a named pipe (FIFO), not a regular file"),
                "{err}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_refused_inside_the_project_and_followed_when_named() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.ftl");
        std::fs::write(&target, "a = b\n").unwrap();
        let link = dir.path().join("link.ftl");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = read_bytes(&link, Links::Refuse).unwrap_err().to_string();
        assert!(err.contains("is a symbolic link"), "{err}");
        assert_eq!(read_bytes(&link, Links::Follow).unwrap(), b"a = b\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_socket_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ftl");
        let _listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        let err = read_bytes(&path, Links::Follow).unwrap_err().to_string();
        assert!(err.contains("is a socket"), "{err}");
    }
}
