//! Fatal errors of the library: every variant names the file (and, where known, the line and
//! column) and says what to do. Problems in translations are not errors but
//! [`Diagnostic`](crate::diagnostic::Diagnostic)s.

use std::path::PathBuf;

use crate::diagnostic::Location;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The operating system's message is part of this error's text, so it is not also
    /// its `source()`: `{:#}` would print it twice.
    #[error("{}: cannot {action}: {error}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        error: std::io::Error,
    },
    #[error("{}: not valid UTF-8 at byte {offset}; save the file as UTF-8", path.display())]
    InvalidUtf8 { path: PathBuf, offset: usize },
    /// Bad input at a known place: a config key, a source line, a Fluent entry.
    #[error("{at}: {message}{}", help.as_deref().map(|h| format!("\n  help: {h}")).unwrap_or_default())]
    At {
        at: Location,
        message: String,
        help: Option<String>,
    },
    /// Bad input that concerns a whole file (or none in particular).
    #[error("{}: {message}{}", path.display(), help.as_deref().map(|h| format!("\n  help: {h}")).unwrap_or_default())]
    File {
        path: PathBuf,
        message: String,
        help: Option<String>,
    },
    #[error("no relingo.toml found in {} or any parent directory\n  help: run `relingo init` to create one, or pass --config PATH", start.display())]
    NoConfig { start: PathBuf },
    /// A file changed between the moment relingo read it and the moment it would have
    /// replaced it (an editor saved it): it is left as the other writer left it.
    #[error("{}: changed while relingo was working on it (saved by an editor?); it is left as it was saved\n  help: run the command again", path.display())]
    ChangedMeanwhile { path: PathBuf },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, action: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            action,
            error: source,
        }
    }

    /// What went wrong, without the path the error's text starts with (for a diagnostic,
    /// which names the file itself), and where, when the error knows.
    pub fn detail(&self) -> (Option<&Location>, String) {
        let help = |h: &Option<String>| h.as_deref().map(|h| format!("\n  help: {h}")).unwrap_or_default();
        match self {
            Error::Io { action, error, .. } => (None, format!("cannot {action}: {error}")),
            Error::InvalidUtf8 { offset, .. } => (
                None,
                format!("not valid UTF-8 at byte {offset}; save the file as UTF-8"),
            ),
            Error::At { at, message, help: h } => (Some(at), format!("{message}{}", help(h))),
            Error::File { message, help: h, .. } => (None, format!("{message}{}", help(h))),
            Error::ChangedMeanwhile { .. } => (
                None,
                "changed while relingo was working on it (saved by an editor?); it is left as it was saved"
                    .into(),
            ),
            other => (None, other.to_string()),
        }
    }

    /// Whether this is the error of a file that does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Io { error, .. } if error.kind() == std::io::ErrorKind::NotFound)
    }

    pub(crate) fn at(at: Location, message: impl Into<String>, help: impl Into<Option<String>>) -> Self {
        Error::At {
            at,
            message: message.into(),
            help: help.into(),
        }
    }

    pub(crate) fn file(
        path: impl Into<PathBuf>,
        message: impl Into<String>,
        help: impl Into<Option<String>>,
    ) -> Self {
        Error::File {
            path: path.into(),
            message: message.into(),
            help: help.into(),
        }
    }
}
