//! Diagnostics written out, one way for every command: compiler-style with the offending
//! line underlined (codespan-reporting) for people, one JSON object per line for tools, and
//! GitHub workflow annotations for CI.
//!
//! In: a [`Diagnostic`], how its path is shown, and (for people) the file's text. Out: bytes.

use std::io::Write;

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;
use serde::Serialize;

use super::{Diagnostic, Severity};

/// Compiler-style output for people.
pub struct Human {
    color: bool,
    config: term::Config,
}

impl Human {
    pub fn new(color: bool) -> Human {
        Human {
            color,
            config: term::Config::default(),
        }
    }

    /// `d` with the line it points at, taken from `text` when the file's text is at hand;
    /// a diagnostic about no line in particular on one line with its place.
    pub fn render(&self, d: &Diagnostic, shown_path: &str, text: Option<&str>) -> Vec<u8> {
        match (&d.span, text) {
            (Some(_), Some(text)) => self.snippet(d, shown_path, text),
            _ => self.one_line(d, shown_path),
        }
    }

    /// `error[code]: path:line:col: message`, then the help; the position is left out for a
    /// diagnostic about a whole file.
    fn one_line(&self, d: &Diagnostic, shown_path: &str) -> Vec<u8> {
        let place = if (d.at.line, d.at.column) == (1, 1) && d.span.is_none() {
            shown_path.to_string()
        } else {
            format!("{shown_path}:{}:{}", d.at.line, d.at.column)
        };
        let head = format!("{}[{}]", d.severity, d.code.name);
        let head = match (self.color, d.severity) {
            (false, _) => head,
            (true, Severity::Error) => format!("\x1b[1;31m{head}\x1b[0m"),
            (true, Severity::Warning) => format!("\x1b[1;33m{head}\x1b[0m"),
        };
        let mut out = format!("{head}: {place}: {}\n", d.message);
        if let Some(help) = &d.help {
            out.push_str(&format!("  = help: {help}\n"));
        }
        out.into_bytes()
    }

    fn snippet(&self, d: &Diagnostic, shown_path: &str, text: &str) -> Vec<u8> {
        let mut buffer = if self.color {
            term::termcolor::Buffer::ansi()
        } else {
            term::termcolor::Buffer::no_color()
        };
        let file = SimpleFile::new(shown_path, text);
        let span = d.span.clone().unwrap_or_default();
        let mut rendered = match d.severity {
            Severity::Error => Rendered::error(),
            Severity::Warning => Rendered::warning(),
        }
        .with_code(d.code.name)
        .with_message(&d.message)
        .with_labels(vec![Label::primary((), span)]);
        if let Some(help) = &d.help {
            rendered = rendered.with_notes(vec![format!("help: {help}")]);
        }
        let _ = term::emit_to_write_style(&mut buffer, &self.config, &file, &rendered);
        buffer.into_inner()
    }
}

/// What a diagnostic is about besides its place, for tools reading JSON.
#[derive(Debug, Clone, Copy, Default)]
pub struct About<'a> {
    pub locale: Option<&'a str>,
    pub release: Option<&'a str>,
    /// The message, when the diagnostic is about one.
    pub id: Option<&'a str>,
}

/// One diagnostic as a JSON line: the README documents these fields.
#[derive(Serialize)]
struct JsonLine<'a> {
    severity: Severity,
    code: &'a str,
    path: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    release: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
}

/// `d` as one JSON object on one line.
pub fn json_line(
    d: &Diagnostic,
    shown_path: &str,
    about: About,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let line = JsonLine {
        severity: d.severity,
        code: d.code.name,
        path: shown_path,
        line: d.at.line,
        column: d.at.column,
        message: &d.message,
        help: d.help.as_deref(),
        locale: about.locale,
        release: about.release,
        id: about.id,
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

/// `d` as a GitHub Actions workflow command, which annotates the file in a pull request.
pub fn github(d: &Diagnostic, shown_path: &str, out: &mut impl Write) -> std::io::Result<()> {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let help = d.help.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
    writeln!(
        out,
        "::{level} file={},line={},col={},title=relingo {}::{}",
        escape_property(shown_path),
        d.at.line,
        d.at.column,
        escape_property(d.code.name),
        escape_data(&format!("{}{help}", d.message))
    )
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
