//! `relingo lsp`: the language server, on stdin and stdout, for any editor.

use super::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Accepted for editors that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

pub fn run(_args: &Args) -> anyhow::Result<Outcome> {
    relingo::lsp::server::serve()?;
    Ok(Outcome::Clean)
}
