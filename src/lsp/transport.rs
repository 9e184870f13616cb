//! The stdio framing between the client and the server, which bad input does not end.
//!
//! tower-lsp-server answers a frame it cannot decode with a JSON-RPC error, but its framed
//! reader stops at the first such error, so one malformed message would end the session.
//! This sits in between. In: the client's bytes (`Content-Length` frames). Out, to the
//! server: every frame that is a JSON-RPC message; to the client: the server's frames, and
//! for each frame that is not JSON (`-32700 Parse error`) or not a JSON-RPC message
//! (`-32600 Invalid Request`) an error response of its own, written between the server's
//! frames, never inside one. A header that cannot be read at all ends the session, as the
//! byte stream can no longer be split into messages.

use serde_json::{Value, json};
use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};
use tokio::sync::mpsc;

/// The largest message accepted (a 10 MB buffer, JSON-escaped, fits).
const MAX_FRAME: usize = 64 * 1024 * 1024;

/// Copies the client's frames into `server`, answering those that are no JSON-RPC message
/// through `errors`.
pub async fn from_client(
    client: impl AsyncRead + Unpin,
    mut server: impl AsyncWrite + Unpin,
    errors: mpsc::Sender<Vec<u8>>,
) {
    let mut client = BufReader::new(client);
    while let Some(body) = read_frame(&mut client).await {
        let Ok(body) = body else { break };
        match check(&body) {
            Ok(()) => {
                if write_frame(&mut server, &body).await.is_err() {
                    break;
                }
            }
            Err(response) => {
                if errors.send(response).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = server.shutdown().await;
}

/// Copies the server's frames to the client, with the error responses of `errors` between
/// them.
pub async fn to_client(
    server: impl AsyncRead + Unpin,
    mut client: impl AsyncWrite + Unpin,
    mut errors: mpsc::Receiver<Vec<u8>>,
) {
    let mut server = BufReader::new(server);
    let mut errors_open = true;
    loop {
        tokio::select! {
            frame = read_frame(&mut server) => match frame {
                Some(Ok(body)) => {
                    if write_frame(&mut client, &body).await.is_err() {
                        return;
                    }
                }
                _ => return,
            },
            error = errors.recv(), if errors_open => match error {
                Some(body) => {
                    if write_frame(&mut client, &body).await.is_err() {
                        return;
                    }
                }
                None => errors_open = false,
            },
        }
    }
}

/// Whether `body` is a JSON-RPC message; otherwise the error response that says why.
fn check(body: &[u8]) -> Result<(), Vec<u8>> {
    let error = |id: Value, code: i64, message: &str| {
        json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
            .to_string()
            .into_bytes()
    };
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return Err(error(Value::Null, -32700, "Parse error: the message is not JSON"));
    };
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let valid_id = matches!(id, Value::Null | Value::Number(_) | Value::String(_));
    let is_request = value.get("method").is_some_and(Value::is_string);
    let is_response = value.get("result").is_some() || value.get("error").is_some();
    if value.get("jsonrpc") != Some(&json!("2.0")) || !valid_id || !(is_request || is_response) {
        let id = if valid_id { id } else { Value::Null };
        return Err(error(id, -32600, "Invalid Request: not a JSON-RPC 2.0 message"));
    }
    Ok(())
}

/// The next frame's body; `None` at the end of the stream, `Err` when its header cannot be
/// read.
async fn read_frame(reader: &mut (impl AsyncBufRead + Unpin)) -> Option<Result<Vec<u8>, ()>> {
    let mut length = None;
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line).await {
            Ok(0) => return None,
            Ok(_) => {}
            Err(_) => return Some(Err(())),
        }
        let line = line.trim_end();
        if line.is_empty() {
            if length.is_some() {
                break;
            }
            continue;
        }
        let (name, value) = line.split_once(':')?;
        if name.eq_ignore_ascii_case("content-length") {
            length = value.trim().parse::<usize>().ok().filter(|n| *n <= MAX_FRAME);
            if length.is_none() {
                return Some(Err(()));
            }
        }
    }
    let mut body = vec![0; length?];
    match reader.read_exact(&mut body).await {
        Ok(_) => Some(Ok(body)),
        Err(_) => None,
    }
}

async fn write_frame(writer: &mut (impl AsyncWrite + Unpin), body: &[u8]) -> std::io::Result<()> {
    writer
        .write_all(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes())
        .await?;
    writer.write_all(body).await?;
    writer.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_no_json_rpc_message_is_answered_with_the_error_that_says_why() {
        let code = |body: &str| -> Option<i64> {
            check(body.as_bytes()).err().map(|r| {
                serde_json::from_slice::<Value>(&r).unwrap()["error"]["code"]
                    .as_i64()
                    .unwrap()
            })
        };
        assert_eq!(code(r#"{"jsonrpc":"2.0","id":1,"method":"#), Some(-32700));
        assert_eq!(code(r#"{"id":1,"method":"x"}"#), Some(-32600));
        assert_eq!(code(r#"{"jsonrpc":"2.0","id":[1],"method":"x"}"#), Some(-32600));
        assert_eq!(code(r#"[1, 2]"#), Some(-32600));
        assert_eq!(code(r#"{"jsonrpc":"2.0","id":1,"method":"x"}"#), None);
        assert_eq!(code(r#"{"jsonrpc":"2.0","id":1,"result":null}"#), None);
    }
}
