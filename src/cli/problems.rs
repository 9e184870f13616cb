//! Problems a run met — files it had to leave alone, units it could not import, releases a
//! build withheld or refused — written the way `relingo check` writes its findings: for
//! people on stderr, or with `--message-format json|github` on stdout, for tools and CI.

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use relingo::diagnostic::Diagnostic;
use relingo::diagnostic::render::{self, About};
use relingo::project::Project;

/// `--message-format`, shared by the commands that report problems.
#[derive(clap::Args, Debug)]
pub struct MessageFormat {
    /// How problems are written: for people (stderr), JSON Lines or GitHub workflow
    /// annotations (stdout).
    #[arg(long = "message-format", value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

/// Writes problems as they come, counting them.
pub struct Problems<'a> {
    project: &'a Project,
    format: Format,
    human: render::Human,
    pub count: usize,
}

impl<'a> Problems<'a> {
    pub fn new(project: &'a Project, format: &MessageFormat) -> Problems<'a> {
        Problems {
            project,
            format: format.format,
            human: render::Human::new(super::color(std::io::stderr().is_terminal())),
            count: 0,
        }
    }

    /// Whether problems are written for people (who also want the notes around them).
    pub fn for_people(&self) -> bool {
        self.format == Format::Human
    }

    pub fn report(&mut self, d: &Diagnostic, about: About) {
        self.count += 1;
        let shown = self.project.display(&d.at.path).to_string();
        let _ = match self.format {
            Format::Human => {
                // The offending line is shown when the diagnostic points into the file.
                let text = d
                    .span
                    .as_ref()
                    .and_then(|_| relingo::input::read_text(&d.at.path, relingo::input::Links::Refuse).ok());
                std::io::stderr().write_all(&self.human.render(d, &shown, text.as_deref()))
            }
            Format::Json => render::json_line(d, &shown, about, &mut std::io::stdout().lock()),
            Format::Github => render::github(d, &shown, &mut std::io::stdout().lock()),
        };
    }
}
