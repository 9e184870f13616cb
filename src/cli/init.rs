//! `relingo init`: a commented starter `relingo.toml` in the current directory.

use super::{Context, Outcome, status};

pub fn run(context: &Context) -> anyhow::Result<Outcome> {
    let path = relingo::config::init(&context.cwd)?;
    status("Created", &path.display().to_string());
    Ok(Outcome::Clean)
}
