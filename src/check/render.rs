//! Check results written out through [`crate::diagnostic::render`]: compiler-style, JSON
//! Lines and GitHub workflow annotations, file by file.

use super::FileChecks;
use crate::diagnostic::render::{self, About};

/// Human output, file by file: each diagnostic with its source line underlined; `# @todo`
/// warnings, which are many in a partial locale, are summed up per file at the end.
pub struct HumanReport {
    render: render::Human,
    todo: Vec<(String, usize)>,
}

impl HumanReport {
    pub fn new(color: bool) -> HumanReport {
        HumanReport {
            render: render::Human::new(color),
            todo: Vec::new(),
        }
    }

    /// The rendering of one file's diagnostics; `shown_path` is how the user sees its path.
    pub fn file(&mut self, report: &FileChecks, shown_path: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let mut todo = 0;
        for reported in &report.diagnostics {
            let d = &reported.diagnostic;
            if d.code == super::codes::TODO {
                todo += 1;
                continue;
            }
            out.extend(self.render.render(d, shown_path, report.text.as_deref()));
        }
        if todo > 0 {
            self.todo.push((shown_path.to_string(), todo));
        }
        out
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

/// One JSON object per line per diagnostic of a file (schema documented in the README).
pub fn json_lines(
    report: &FileChecks,
    shown_path: &str,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    for r in &report.diagnostics {
        let about = About {
            locale: Some(report.locale.as_str()),
            release: Some(&report.release),
            id: r.id.as_deref(),
        };
        render::json_line(&r.diagnostic, shown_path, about, out)?;
    }
    Ok(())
}

/// GitHub Actions workflow commands, one per diagnostic of a file.
pub fn github(report: &FileChecks, shown_path: &str, out: &mut impl std::io::Write) -> std::io::Result<()> {
    for r in &report.diagnostics {
        render::github(&r.diagnostic, shown_path, out)?;
    }
    Ok(())
}
