//! The Language Server Protocol over stdio, on tower-lsp-server: the buffers the client
//! opens, debounced diagnostics, and each request turned into a question for
//! [`super::analysis`], positions translated between the client's UTF-16 and byte offsets
//! (with rust-analyzer's `line-index`). The server never writes a file: every change it
//! proposes is an edit for the editor to apply.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use line_index::{LineCol, LineIndex, TextSize, WideEncoding, WideLineCol};
use tokio::sync::Mutex;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

use super::analysis::{Buffer, Weight};

/// The findings of one buffer sent to the editor.
const MAX_DIAGNOSTICS: usize = 1000;

/// How long typing must pause before a buffer is judged again: edits that come faster
/// (a paste, an editor's own series of changes) are judged once. A 500-message file takes
/// about 11 ms to judge, so diagnostics follow an edit within 50 ms.
const DEBOUNCE: Duration = Duration::from_millis(30);

/// Serves `relingo lsp` on stdin and stdout until the client exits.
pub fn serve() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        // The server reads and writes through pipes; the transport between them and stdio
        // answers bad frames itself, so that one does not end the session.
        let (server_in, client_side_in) = tokio::io::duplex(1 << 20);
        let (client_side_out, server_out) = tokio::io::duplex(1 << 20);
        let (errors, error_responses) = tokio::sync::mpsc::channel(16);
        let reading = tokio::spawn(super::transport::from_client(
            tokio::io::stdin(),
            client_side_in,
            errors,
        ));
        let writing = tokio::spawn(super::transport::to_client(
            server_out,
            tokio::io::stdout(),
            error_responses,
        ));
        let (service, socket) = LspService::new(Backend::new);
        Server::new(server_in, client_side_out, socket)
            .serve(service)
            .await;
        reading.abort();
        let _ = writing.await;
    });
    // The thread blocked reading stdin ends only when the client closes it: the session is
    // over, so it is not waited for.
    runtime.shutdown_background();
    Ok(())
}

/// An open buffer: its text and the version the client gave it.
struct Document {
    text: Arc<str>,
    version: i32,
}

struct Backend {
    client: Client,
    documents: Mutex<HashMap<Uri, Document>>,
    /// Who signs approvals made from the editor (`initializationOptions.reviewer`, else
    /// `git config user.name`).
    reviewer: Mutex<Option<String>>,
}

impl Backend {
    fn new(client: Client) -> Backend {
        Backend {
            client,
            documents: Mutex::new(HashMap::new()),
            reviewer: Mutex::new(None),
        }
    }

    /// The text of an open buffer, or the file's on disk.
    async fn text_of(&self, uri: &Uri) -> Result<(PathBuf, Arc<str>)> {
        let path = path_of(uri)?;
        if let Some(document) = self.documents.lock().await.get(uri) {
            return Ok((path, document.text.clone()));
        }
        let text = crate::input::read_text(&path, crate::input::Links::Refuse)
            .map_err(|e| invalid(format!("{}: {e}", path.display())))?;
        Ok((path, Arc::from(text)))
    }

    /// Judges `uri` once typing has paused, and publishes its diagnostics (unless a newer
    /// version arrived meanwhile).
    async fn judge_later(&self, uri: Uri, version: i32) {
        tokio::time::sleep(DEBOUNCE).await;
        let text = match self.documents.lock().await.get(&uri) {
            Some(d) if d.version == version => d.text.clone(),
            _ => return,
        };
        let Ok(path) = path_of(&uri) else { return };
        let diagnostics = tokio::task::spawn_blocking(move || {
            let buffer = Buffer::new(&path, &text);
            let index = LineIndex::new(buffer.text());
            let mut findings = buffer.diagnostics();
            // An editor's problem list is for reading: past a screenful, one line says so.
            if findings.len() > MAX_DIAGNOSTICS {
                let more = findings.len() - MAX_DIAGNOSTICS;
                findings.truncate(MAX_DIAGNOSTICS);
                findings.push(super::analysis::Finding {
                    span: 0..0,
                    weight: Weight::Warning,
                    code: "too-many",
                    message: format!("and {more} more findings: `relingo check` lists them all"),
                });
            }
            findings
                .into_iter()
                .map(|f| Diagnostic {
                    range: range_of(&index, buffer.text(), f.span),
                    severity: Some(severity(f.weight)),
                    code: Some(NumberOrString::String(f.code.to_string())),
                    source: Some("relingo".into()),
                    message: f.message,
                    ..Diagnostic::default()
                })
                .collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default();
        let current = self
            .documents
            .lock()
            .await
            .get(&uri)
            .is_some_and(|d| d.version == version);
        if current {
            self.client
                .publish_diagnostics(uri, diagnostics, Some(version))
                .await;
        }
    }

    /// Runs `question` on the buffer at `uri`, off the async threads.
    async fn ask<T: Send + 'static>(
        &self,
        uri: &Uri,
        question: impl FnOnce(&Buffer, &LineIndex) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (path, text) = self.text_of(uri).await?;
        tokio::task::spawn_blocking(move || {
            let buffer = Buffer::new(&path, &text);
            let index = LineIndex::new(buffer.text());
            question(&buffer, &index)
        })
        .await
        .map_err(|_| Error::internal_error())?
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let reviewer = params
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("reviewer"))
            .and_then(|r| r.as_str())
            .map(str::to_string)
            .or_else(|| {
                let here = std::env::current_dir().ok()?;
                crate::approval::reviewer_from_git(&here)
            });
        *self.reviewer.lock().await = reviewer;
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec!["{".into(), "-".into(), "$".into()]),
                    ..CompletionOptions::default()
                }),
                definition_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                inlay_hint_provider: Some(OneOf::Left(true)),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![SUMMARY.into()],
                    ..ExecuteCommandOptions::default()
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "relingo".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            ..InitializeResult::default()
        })
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        let version = document.version;
        self.documents.lock().await.insert(
            document.uri.clone(),
            Document {
                text: Arc::from(document.text),
                version,
            },
        );
        self.judge_later(document.uri, version).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        // Full synchronisation: the last change holds the whole text.
        let Some(change) = params.content_changes.into_iter().last() else {
            return;
        };
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        self.documents.lock().await.insert(
            uri.clone(),
            Document {
                text: Arc::from(change.text),
                version,
            },
        );
        self.judge_later(uri, version).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.documents.lock().await.remove(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        self.ask(&at.text_document.uri, move |buffer, index| {
            let offset = offset_of(index, buffer.text(), at.position)?;
            Ok(buffer.hover(offset).map(|markdown| Hover {
                contents: HoverContents::Markup(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: markdown,
                }),
                range: None,
            }))
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let reviewer = self.reviewer.lock().await.clone();
        let uri = params.text_document.uri.clone();
        self.ask(&params.text_document.uri, move |buffer, index| {
            let offset = offset_of(index, buffer.text(), params.range.start)?;
            let codes: Vec<String> = params
                .context
                .diagnostics
                .iter()
                .filter_map(|d| match &d.code {
                    Some(NumberOrString::String(code)) => Some(code.clone()),
                    _ => None,
                })
                .collect();
            let actions = buffer
                .actions(offset, &codes, reviewer.as_deref())
                .into_iter()
                .map(|action| {
                    let edits = action
                        .edits
                        .into_iter()
                        .map(|(span, new_text)| TextEdit {
                            range: range_of(index, buffer.text(), span),
                            new_text,
                        })
                        .collect();
                    CodeActionOrCommand::CodeAction(CodeAction {
                        title: action.title,
                        kind: Some(CodeActionKind::QUICKFIX),
                        edit: Some(WorkspaceEdit {
                            changes: Some(HashMap::from([(uri.clone(), edits)])),
                            ..WorkspaceEdit::default()
                        }),
                        ..CodeAction::default()
                    })
                })
                .collect::<Vec<_>>();
            Ok(Some(actions))
        })
        .await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        self.ask(&at.text_document.uri, move |buffer, index| {
            let offset = offset_of(index, buffer.text(), at.position)?;
            let items = buffer
                .completions(offset)
                .into_iter()
                .map(|c| CompletionItem {
                    label: c.label,
                    detail: Some(c.detail),
                    kind: Some(CompletionItemKind::VARIABLE),
                    ..CompletionItem::default()
                })
                .collect();
            Ok(Some(CompletionResponse::Array(items)))
        })
        .await
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        self.ask(&at.text_document.uri, move |buffer, index| {
            let offset = offset_of(index, buffer.text(), at.position)?;
            let Some((path, text, span)) = buffer.definition(offset) else {
                return Ok(None);
            };
            let uri = Uri::from_file_path(&path).ok_or_else(|| invalid(format!("{}", path.display())))?;
            let range = range_of(&LineIndex::new(&text), &text, span);
            Ok(Some(GotoDefinitionResponse::Scalar(Location { uri, range })))
        })
        .await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.ask(&params.text_document.uri, move |buffer, index| {
            let hints = buffer
                .source_hints()
                .into_iter()
                .map(|(at, source)| InlayHint {
                    position: range_of(index, buffer.text(), at..at).start,
                    label: InlayHintLabel::String(format!("{}: ", shorten(&source, 60))),
                    kind: None,
                    text_edits: None,
                    tooltip: Some(InlayHintTooltip::String(source)),
                    padding_left: None,
                    padding_right: Some(true),
                    data: None,
                })
                .collect();
            Ok(Some(hints))
        })
        .await
    }

    /// `relingo.summary` with a file's URI: the coverage of its project, per locale.
    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if params.command != SUMMARY {
            return Err(invalid(format!(
                "no command `{}`; relingo has `{SUMMARY}`",
                params.command
            )));
        }
        let uri: Uri = params
            .arguments
            .first()
            .and_then(|a| serde_json::from_value(a.clone()).ok())
            .ok_or_else(|| invalid(format!("`{SUMMARY}` takes a file's URI")))?;
        let path = path_of(&uri)?;
        let summary = tokio::task::spawn_blocking(move || super::analysis::summary(&path))
            .await
            .map_err(|_| Error::internal_error())?
            .ok_or_else(|| invalid("the file is in no relingo project".into()))?;
        let locales: Vec<serde_json::Value> = summary
            .into_iter()
            .map(|(locale, percent, left, broken)| {
                serde_json::json!({ "locale": locale, "percent": (percent * 10.0).round() / 10.0, "words_left": left, "broken": broken })
            })
            .collect();
        Ok(Some(serde_json::json!({ "locales": locales })))
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        self.ask(&params.text_document.uri, move |buffer, index| {
            #[allow(deprecated)] // `deprecated` is a field every literal must name
            let symbols = buffer
                .symbols()
                .into_iter()
                .map(|s| DocumentSymbol {
                    name: s.name,
                    detail: s.detail,
                    kind: SymbolKind::STRING,
                    tags: None,
                    deprecated: None,
                    range: range_of(index, buffer.text(), s.span),
                    selection_range: range_of(index, buffer.text(), s.selection),
                    children: None,
                })
                .collect();
            Ok(Some(DocumentSymbolResponse::Nested(symbols)))
        })
        .await
    }
}

/// The command that answers with the project's coverage, per locale.
const SUMMARY: &str = "relingo.summary";

fn invalid(message: String) -> Error {
    Error::invalid_params(message)
}

/// The file a URI names; only `file:` URIs are served.
fn path_of(uri: &Uri) -> Result<PathBuf> {
    uri.to_file_path()
        .map(|p| p.into_owned())
        .ok_or_else(|| invalid(format!("{} is not a file this server can read", uri.as_str())))
}

/// The byte offset of a client's position in `text`; a position outside its line, or one
/// inside a character (half of a UTF-16 surrogate pair), is refused.
fn offset_of(index: &LineIndex, text: &str, position: Position) -> Result<usize> {
    let refused = || {
        invalid(format!(
            "line {} character {} is not a place in the document",
            position.line, position.character
        ))
    };
    let wide = WideLineCol {
        line: position.line,
        col: position.character,
    };
    let line_col = index.to_utf8(WideEncoding::Utf16, wide).ok_or_else(refused)?;
    let line = index.line(position.line).ok_or_else(refused)?;
    let offset = index.offset(line_col).ok_or_else(refused)?;
    let offset = u32::from(offset) as usize;
    if offset > u32::from(line.end()) as usize || !text.is_char_boundary(offset) {
        return Err(refused());
    }
    Ok(offset)
}

/// The client's range of a byte range of `text`.
fn range_of(index: &LineIndex, text: &str, span: Range<usize>) -> Range_ {
    let position = |offset: usize| {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let lc: LineCol = index.line_col(TextSize::from(offset as u32));
        let wide = index.to_wide(WideEncoding::Utf16, lc).unwrap_or(WideLineCol {
            line: lc.line,
            col: lc.col,
        });
        Position::new(wide.line, wide.col)
    };
    Range_::new(position(span.start), position(span.end))
}

type Range_ = tower_lsp_server::ls_types::Range;

fn severity(weight: Weight) -> DiagnosticSeverity {
    match weight {
        Weight::Error => DiagnosticSeverity::ERROR,
        Weight::Warning => DiagnosticSeverity::WARNING,
        Weight::Information => DiagnosticSeverity::INFORMATION,
        Weight::Hint => DiagnosticSeverity::HINT,
    }
}

/// `text` cut to `chars` characters, with an ellipsis when it was longer.
fn shorten(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
