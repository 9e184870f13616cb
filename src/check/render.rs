//! Renderings of check results: compiler-style with the offending line (codespan-reporting),
//! JSON Lines, and GitHub workflow annotations.

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

use super::{Report, Reported};
use crate::diagnostic::Severity;

/// Human output: each diagnostic with its source line underlined; `# @todo` warnings, which
/// are many in a partial locale, are summed up per file.
pub fn human(report: &Report, color: bool, display_path: &dyn Fn(&std::path::Path) -> String) -> Vec<u8> {
    let mut files = SimpleFiles::new();
    let mut ids = std::collections::HashMap::new();
    let mut paths: Vec<_> = report.sources.keys().collect();
    paths.sort();
    for path in paths {
        let id = files.add(display_path(path), report.sources[path].clone());
        ids.insert(path.clone(), id);
    }
    let mut buffer = if color {
        term::termcolor::Buffer::ansi()
    } else {
        term::termcolor::Buffer::no_color()
    };
    let config = term::Config::default();
    let mut todo: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for reported in &report.diagnostics {
        let d = &reported.diagnostic;
        if d.code == "todo" {
            *todo.entry(display_path(&d.at.path)).or_default() += 1;
            continue;
        }
        let mut rendered = match d.severity {
            Severity::Error => Rendered::error(),
            Severity::Warning => Rendered::warning(),
        }
        .with_code(d.code)
        .with_message(&d.message);
        match (ids.get(&d.at.path), &d.span) {
            (Some(&file), Some(span)) => {
                rendered = rendered.with_labels(vec![Label::primary(file, span.clone())]);
            }
            _ => rendered = rendered.with_notes(vec![format!("at {}", display_at(d, display_path))]),
        }
        if let Some(help) = &d.help {
            rendered = rendered.with_notes(vec![format!("help: {help}")]);
        }
        let _ = term::emit_to_write_style(&mut buffer, &config, &files, &rendered);
    }
    let mut out = buffer.into_inner();
    for (path, n) in todo {
        out.extend(format!("note[todo]: {path}: {n} messages not translated yet\n").into_bytes());
    }
    out
}

fn display_at(
    d: &crate::diagnostic::Diagnostic,
    display_path: &dyn Fn(&std::path::Path) -> String,
) -> String {
    format!("{}:{}:{}", display_path(&d.at.path), d.at.line, d.at.column)
}

/// One diagnostic as a JSON line: the README documents these fields.
#[derive(serde::Serialize)]
struct JsonLine<'a> {
    severity: Severity,
    code: &'a str,
    path: String,
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

/// One JSON object per line per diagnostic (schema documented in the README).
pub fn json_lines(report: &Report, display_path: &dyn Fn(&std::path::Path) -> String) -> String {
    let mut out = Vec::with_capacity(report.diagnostics.len() * 200);
    for r in &report.diagnostics {
        let d = &r.diagnostic;
        let line = JsonLine {
            severity: d.severity,
            code: d.code,
            path: display_path(&d.at.path),
            line: d.at.line,
            column: d.at.column,
            message: &d.message,
            help: d.help.as_deref(),
            locale: &r.locale,
            release: &r.release,
            id: r.id.as_deref(),
        };
        serde_json::to_writer(&mut out, &line).expect("writing JSON to memory cannot fail");
        out.push(b'\n');
    }
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// GitHub Actions workflow commands, one per diagnostic.
pub fn github(report: &Report, display_path: &dyn Fn(&std::path::Path) -> String) -> String {
    let mut out = String::new();
    for Reported { diagnostic: d, .. } in &report.diagnostics {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = format!(
            "{}{}",
            d.message,
            d.help.as_deref().map(|h| format!(" ({h})")).unwrap_or_default()
        );
        out.push_str(&format!(
            "::{level} file={},line={},col={},title=relingo {}::{}\n",
            escape_property(&display_path(&d.at.path)),
            d.at.line,
            d.at.column,
            escape_property(d.code),
            escape_data(&message)
        ));
    }
    out
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
