//! `relingo lsp`: the translator's editor knows what relingo knows.
//!
//! [`analysis`] answers questions about one buffer (diagnostics, hover, code actions,
//! completion, definitions, outline) in byte offsets, with the same checks and verdicts as
//! the commands; [`server`] speaks the Language Server Protocol over stdio, through
//! [`transport`], which keeps a session alive through malformed messages.

pub mod analysis;
pub mod server;
pub mod transport;
