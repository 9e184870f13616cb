//! Renderings of check results: compiler-style with the offending line (codespan-reporting),
//! JSON Lines, and GitHub workflow annotations.

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

use super::FileChecks;
use crate::diagnostic::Severity;

/// Human output, file by file: each diagnostic with its source line underlined; `# @todo`
/// warnings, which are many in a partial locale, are summed up per file at the end.
pub struct Human {
    color: bool,
    config: term::Config,
    todo: Vec<(String, usize)>,
}

impl Human {
    pub fn new(color: bool) -> Human {
        Human {
            color,
            config: term::Config::default(),
            todo: Vec::new(),
        }
    }

    /// The rendering of one file's diagnostics; `shown_path` is how the user sees its path.
    pub fn file(&mut self, report: &FileChecks, shown_path: &str) -> Vec<u8> {
        let text = report.text.as_deref().unwrap_or("");
        let file = SimpleFile::new(shown_path, text);
        let mut buffer = if self.color {
            term::termcolor::Buffer::ansi()
        } else {
            term::termcolor::Buffer::no_color()
        };
        let mut todo = 0;
        for reported in &report.diagnostics {
            let d = &reported.diagnostic;
            if d.code == "todo" {
                todo += 1;
                continue;
            }
            let mut rendered = match d.severity {
                Severity::Error => Rendered::error(),
                Severity::Warning => Rendered::warning(),
            }
            .with_code(d.code)
            .with_message(&d.message);
            match &d.span {
                Some(span) if report.text.is_some() => {
                    rendered = rendered.with_labels(vec![Label::primary((), span.clone())]);
                }
                _ => {
                    rendered =
                        rendered.with_notes(vec![format!("at {shown_path}:{}:{}", d.at.line, d.at.column)])
                }
            }
            if let Some(help) = &d.help {
                rendered = rendered.with_notes(vec![format!("help: {help}")]);
            }
            let _ = term::emit_to_write_style(&mut buffer, &self.config, &file, &rendered);
        }
        if todo > 0 {
            self.todo.push((shown_path.to_string(), todo));
        }
        buffer.into_inner()
    }

    /// The closing notes: untranslated messages per file.
    pub fn finish(mut self) -> Vec<u8> {
        self.todo.sort();
        self.todo
            .iter()
            .map(|(path, n)| {
                let what = crate::coverage::plural(*n, "message", "messages");
                format!("note[todo]: {path}: {n} {what} not translated yet\n")
            })
            .collect::<String>()
            .into_bytes()
    }
}

/// One diagnostic as a JSON line: the README documents these fields.
#[derive(serde::Serialize)]
struct JsonLine<'a> {
    severity: Severity,
    code: &'a str,
    path: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    locale: &'a str,
    release: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
}

/// One JSON object per line per diagnostic of a file (schema documented in the README).
pub fn json_lines(
    report: &FileChecks,
    shown_path: &str,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    for r in &report.diagnostics {
        let d = &r.diagnostic;
        let line = JsonLine {
            severity: d.severity,
            code: d.code.name,
            path: shown_path,
            line: d.at.line,
            column: d.at.column,
            message: &d.message,
            help: d.help.as_deref(),
            locale: report.locale.as_str(),
            release: &report.release,
            id: r.id.as_deref(),
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// GitHub Actions workflow commands, one per diagnostic of a file.
pub fn github(report: &FileChecks, shown_path: &str, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let file = escape_property(shown_path);
    for d in report.diagnostics.iter().map(|r| &r.diagnostic) {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let help = d.help.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
        writeln!(
            out,
            "::{level} file={file},line={},col={},title=relingo {}::{}",
            d.at.line,
            d.at.column,
            escape_property(d.code.name),
            escape_data(&format!("{}{help}", d.message))
        )?;
    }
    Ok(())
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
