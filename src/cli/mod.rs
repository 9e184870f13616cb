//! The commands of the `relingo` binary, one file each: its arguments, its run function and
//! its printing. What they share lives here: the flags several commands take, the exit
//! outcome, and the output rules (the product on stdout; status lines, progress and
//! problems on stderr; colour only where wanted).

pub mod approve;
pub mod build;
pub mod check;
pub mod export;
pub mod extract;
pub mod import;
pub mod init;
pub mod lsp;
pub mod manifest;
pub mod merge_file;
pub mod problems;
pub mod review;
pub mod segment;
pub mod status;
pub mod sync;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::OnceLock;

use clap::ValueEnum;
use relingo::project::Project;

/// What a command found: success, or problems that exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Problems,
}

impl Outcome {
    pub fn problems_if(problems: bool) -> Outcome {
        if problems {
            Outcome::Problems
        } else {
            Outcome::Clean
        }
    }
}

/// Where a command runs: the working directory and the `--config` it was given.
pub struct Context {
    pub config: Option<PathBuf>,
    pub cwd: PathBuf,
}

impl Context {
    pub fn project(&self) -> relingo::Result<Project> {
        Project::open(self.config.as_deref(), &self.cwd)
    }
}

/// `--locale` and `--release`, as every command that works on a selection takes them.
#[derive(clap::Args, Debug, Default)]
pub struct Selection {
    /// Only these locales (repeatable).
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    /// Only these releases (repeatable).
    #[arg(long = "release", value_name = "RELEASE")]
    pub releases: Vec<String>,
}

/// `--locale L` (one) and `--release`, as the commands that work on one locale's files
/// take them.
#[derive(clap::Args, Debug, Default)]
pub struct LocaleReleases {
    /// The locale.
    #[arg(long, value_name = "LOCALE")]
    pub locale: String,
    /// Only these releases (repeatable).
    #[arg(long = "release", value_name = "RELEASE")]
    pub releases: Vec<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

static COLOR: OnceLock<ColorChoice> = OnceLock::new();

/// Sets `--color` for the whole run (once, before any output).
pub fn set_color(choice: ColorChoice) {
    let _ = COLOR.set(choice);
}

/// Whether output to a terminal (or not) is coloured: `--color always/never` decide;
/// otherwise colour goes to a terminal unless `NO_COLOR` is set.
pub fn color(to_terminal: bool) -> bool {
    match COLOR.get().copied().unwrap_or(ColorChoice::Auto) {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// A cargo-style status line on stderr: a right-aligned verb, then the detail.
pub fn status(verb: &str, detail: &str) {
    let stderr = std::io::stderr();
    let colored = color(stderr.is_terminal());
    let mut err = stderr.lock();
    let _ = if colored {
        writeln!(err, "\x1b[1;32m{verb:>12}\x1b[0m {detail}")
    } else {
        writeln!(err, "{verb:>12} {detail}")
    };
}

/// A warning on stderr.
pub fn warn(text: &str) {
    labelled("warning", "1;33", text);
}

/// An error on stderr (the run goes on; the exit code says it).
pub fn error(text: &str) {
    labelled("error", "1;31", text);
}

/// `label: text` on stderr, the label in the ANSI colour `sgr` where colour is wanted.
fn labelled(label: &str, sgr: &str, text: &str) {
    let stderr = std::io::stderr();
    let colored = color(stderr.is_terminal());
    let _ = if colored {
        writeln!(stderr.lock(), "\x1b[{sgr}m{label}\x1b[0m: {text}")
    } else {
        writeln!(stderr.lock(), "{label}: {text}")
    };
}

/// Folders under the locales directory that commands ignore, each with a warning.
pub fn warn_stray_locale_dirs(project: &Project) {
    for (path, reason) in project.stray_locale_dirs() {
        warn(&format!("{}: ignored: {reason}", project.display(&path)));
    }
}

/// A progress bar on a terminal; nothing in CI logs or pipes.
pub fn progress_bar(unit: &str, prefix: &'static str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    let template = format!("{{prefix:>12.cyan.bold}} [{{bar:40}}] {{pos}}/{{len}} {unit}");
    bar.set_style(
        indicatif::ProgressStyle::with_template(&template)
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_prefix(prefix);
    bar
}
