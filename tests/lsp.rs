//! `relingo lsp` driven over stdio by a JSON-RPC client, as an editor drives it: the real
//! binary, real framing, the example project.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

/// A language client over the server's stdin and stdout.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
}

impl Client {
    fn start(root: &Path, reviewer: Option<&str>) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_relingo"))
            .arg("lsp")
            .current_dir(root)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.unwrap()];
                reader.read_exact(&mut body).unwrap();
                if sender.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            next_id: 0,
        };
        let options = reviewer.map_or(json!({}), |r| json!({ "reviewer": r }));
        let root_uri = format!("file://{}", root.display());
        let init = client.request(
            "initialize",
            json!({ "capabilities": {}, "rootUri": root_uri, "initializationOptions": options }),
        );
        assert!(init["result"]["capabilities"]["hoverProvider"] == true, "{init}");
        client.notify("initialized", json!({}));
        client
    }

    fn send_raw(&mut self, body: &[u8]) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        let body = json!({ "jsonrpc": "2.0", "method": method, "params": params });
        self.send_raw(body.to_string().as_bytes());
    }

    /// Sends a request and returns its response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let body = json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
        self.send_raw(body.to_string().as_bytes());
        self.wait_for(|m| m["id"] == id)
    }

    /// The next message `wanted` accepts (others are dropped), within ten seconds.
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .messages
                .recv_timeout(Duration::from_secs(10))
                .expect("the server answers within ten seconds");
            if wanted(&message) {
                return message;
            }
        }
    }

    fn open(&mut self, path: &Path, text: &str) -> Vec<Value> {
        let uri = uri(path);
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "fluent", "version": 1, "text": text } }),
        );
        self.diagnostics(&uri)
    }

    fn change(&mut self, path: &Path, version: i32, text: &str) -> Vec<Value> {
        let uri = uri(path);
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
        self.diagnostics(&uri)
    }

    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let published =
            self.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri);
        published["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// The code actions at the start of `line` of `path`, with no diagnostics in context.
    fn actions_at(&mut self, path: &Path, line: u64) -> Vec<Value> {
        let response = self.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": uri(path) },
                "range": { "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 0 } },
                "context": { "diagnostics": [] }
            }),
        );
        response["result"]
            .as_array()
            .cloned()
            .unwrap_or_else(|| panic!("{response}"))
    }

    fn stop(mut self) {
        let response = self.request("shutdown", Value::Null);
        assert!(response["error"].is_null(), "{response}");
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn codes(diagnostics: &[Value]) -> Vec<(String, u64)> {
    let mut codes: Vec<(String, u64)> = diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_u64().unwrap(),
            )
        })
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// `text` with the edits of the action titled `title` among `actions` applied.
fn apply_action(text: &str, path: &Path, actions: &[Value], title: &str) -> String {
    let action = actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no `{title}` among {actions:?}"));
    apply(text, action["edit"]["changes"][uri(path)].as_array().unwrap())
}

/// Applies LSP text edits (lines and UTF-16 characters; ASCII here) to `text`.
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().unwrap() as usize;
        let character = position["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        start
            + text[start..]
                .chars()
                .take(character)
                .map(char::len_utf8)
                .sum::<usize>()
    };
    let mut edits: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap(),
            )
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (start, end, new) in edits {
        out.replace_range(start..end, new);
    }
    out
}

#[test]
fn a_buffer_gets_check_s_findings_as_it_is_typed_and_the_remaining_work_as_hints() {
    let dir = common::example();
    let root = dir.path();
    let path = root.join("locales/de/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut client = Client::start(root, None);
    let found = client.open(&path, &text);
    let codes_found = codes(&found);
    // The seeded changed link is an error; the stale paragraph information.
    assert!(codes_found.contains(&("links".into(), 1)), "{codes_found:?}");
    assert!(codes_found.contains(&("stale".into(), 3)), "{codes_found:?}");
    let link = found.iter().find(|d| d["code"] == "links").unwrap();
    assert!(link["message"].as_str().unwrap().contains("link target"));
    // The same findings as `relingo check` on the file, line for line.
    let check = common::relingo_in(
        root,
        &[
            "check",
            "--locale",
            "de",
            "--release",
            "online-safety-fund",
            "--format",
            "json",
        ],
    )
    .get_output()
    .stdout
    .clone();
    let from_check: Vec<(String, u64)> = String::from_utf8(check)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|d| d["code"].is_string() && d["line"].is_u64())
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut from_server: Vec<(String, u64)> = found
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["range"]["start"]["line"].as_u64().unwrap() + 1,
            )
        })
        .collect();
    from_server.sort();
    let mut from_check = from_check;
    from_check.sort();
    assert_eq!(from_server, from_check);
    // The action that puts back the link the source has.
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri(&path) }, "range": link["range"], "context": { "diagnostics": [link] } }),
    );
    let titles: Vec<&str> = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Insert the link [GOV.UK](https://www.gov.uk/government/consultations/age-assurance-testing) (the source has it)"),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Allow `links` for this message (# @allow:)"),
        "{titles:?}"
    );
    // Typing the right link in the unsaved buffer clears the error.
    let fixed = text.replace("/konsultationen/", "/consultations/");
    assert_ne!(fixed, text);
    let after = client.change(&path, 2, &fixed);
    assert!(!codes(&after).iter().any(|(c, _)| c == "links"), "{after:?}");
    // An untranslated file: its `# @todo` messages are hints.
    let pl = root.join("locales/pl/online-safety-fund.ftl");
    let todo = client.open(&pl, &std::fs::read_to_string(&pl).unwrap());
    assert!(codes(&todo).contains(&("todo".into(), 4)), "{todo:?}");
    client.stop();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "the server never writes a file"
    );
}

#[test]
fn hover_tells_the_source_its_block_its_words_the_verdict_and_what_changed() {
    let dir = common::example();
    let root = dir.path();
    let path = root.join("locales/de/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut client = Client::start(root, None);
    client.open(&path, &text);
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() as u64;
    let hover = |client: &mut Client, line: u64| {
        let response = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri(&path) }, "position": { "line": line, "character": 3 } }),
        );
        response["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let london = hover(&mut client, line_of("london-ecc0e7 ="));
    assert!(
        london.starts_with("**Source** — location · 1 word\n\n> London"),
        "{london}"
    );
    assert!(london.contains("**Verdict**: translated"), "{london}");
    let stale_line = text.lines().position(|l| l.starts_with("# @stale:")).unwrap() as u64;
    let stale = hover(&mut client, stale_line);
    assert!(stale.contains("**Verdict**: stale"), "{stale}");
    assert!(
        stale.contains("**Was**: ") && stale.contains("**Now**: "),
        "{stale}"
    );
    assert!(stale.contains("~~"), "the words that changed are marked: {stale}");
    client.stop();
}

#[test]
fn code_actions_are_edits_for_the_editor_and_keep_every_comment() {
    let dir = common::example();
    let root = dir.path();
    let path = root.join("locales/pl/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut client = Client::start(root, Some("Anna Nowak"));
    client.open(&path, &text);
    let line = text.lines().position(|l| l == "# @todo").unwrap() as u64;
    let actions = client.actions_at(&path, line);
    let titles: Vec<&str> = actions.iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Copy the source into the value"), "{titles:?}");
    let marked = apply_action(&text, &path, &actions, "Mark as translated (remove # @todo)");
    // Only that line goes: every other byte, comments included, stays.
    assert_eq!(marked, text.replacen("# @todo\n", "", 1));
    // The marked message is translated (a name the translation keeps): it may be approved.
    client.change(&path, 2, &marked);
    let actions = client.actions_at(&path, line);
    let approved = apply_action(&marked, &path, &actions, "Approve as Anna Nowak");
    assert!(approved.contains("# @approved: Anna Nowak · "), "{approved}");
    // The approval written from the editor is one `relingo status` trusts.
    std::fs::write(&path, &approved).unwrap();
    let status = common::relingo_in(root, &["status", "--format", "json", "--locale", "pl"])
        .get_output()
        .stdout
        .clone();
    let status: Value = serde_json::from_slice(&status).unwrap();
    assert_eq!(status["locales"][0]["coverage"]["approved"]["messages"], 1);
    client.stop();
}

#[test]
fn any_file_gets_what_applies_to_it_a_broken_buffer_included() {
    let dir = common::example();
    let root = dir.path();
    let mut client = Client::start(root, None);
    // A buffer that does not parse still gets the findings of what does.
    let path = root.join("locales/de/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = format!("{text}\nstray words at the margin\n");
    let found = client.open(&path, &broken);
    let found_codes = codes(&found);
    assert!(found_codes.contains(&("syntax".into(), 1)), "{found_codes:?}");
    assert!(found_codes.contains(&("links".into(), 1)), "{found_codes:?}");
    // The reference catalog says it is generated.
    let reference = root.join("locales/en-GB/online-safety-fund.ftl");
    let found = client.open(&reference, &std::fs::read_to_string(&reference).unwrap());
    assert!(
        found
            .iter()
            .any(|d| d["code"] == "generated" && d["message"].as_str().unwrap().contains("relingo extract")),
        "{found:?}"
    );
    // A Fluent file outside any project: Fluent's syntax only.
    let elsewhere = tempfile::tempdir().unwrap();
    let loose = elsewhere.path().join("app.ftl");
    let found = client.open(&loose, "hello = Hello { $name\n");
    assert_eq!(codes(&found), [("syntax".to_string(), 1)], "{found:?}");
    client.stop();
}

#[test]
fn terms_complete_and_lead_to_their_definition_and_the_outline_shows_the_blocks() {
    let dir = common::example();
    let root = dir.path();
    std::fs::write(
        root.join("locales/fr/_terms.ftl"),
        "-alliance = WePROTECT Global Alliance\n",
    )
    .unwrap();
    let path = root.join("locales/fr/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let with_term = text.replacen("= Londres", "= Londres { -", 1);
    let mut client = Client::start(root, None);
    client.open(&path, &with_term);
    let line = with_term
        .lines()
        .position(|l| l.ends_with("Londres { -"))
        .unwrap() as u64;
    let character = with_term.lines().nth(line as usize).unwrap().len() as u64;
    let completion = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri(&path) }, "position": { "line": line, "character": character } }),
    );
    let labels: Vec<&str> = completion["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["-alliance"]);
    let used = with_term.replacen("Londres { -", "Londres { -alliance }", 1);
    client.change(&path, 2, &used);
    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": uri(&path) }, "position": { "line": line, "character": character + 2 } }),
    );
    assert_eq!(
        definition["result"]["uri"],
        uri(&root.join("locales/fr/_terms.ftl")),
        "{definition}"
    );
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri(&path) } }),
    );
    let outline: Vec<(&str, &str)> = symbols["result"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|s| (s["name"].as_str().unwrap(), s["detail"].as_str().unwrap()))
        .collect();
    assert_eq!(outline[0].1, "title");
    assert_eq!(outline[2], ("london-ecc0e7", "location"));
    client.stop();
}

#[test]
fn bad_input_gets_an_lsp_error_and_the_server_keeps_serving() {
    let dir = common::example();
    let root = dir.path();
    let mut client = Client::start(root, None);
    // Malformed JSON: a parse error, and the next request is answered.
    client.send_raw(b"{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
    let error = client.wait_for(|m| m["error"]["code"] == -32700);
    assert_eq!(error["error"]["code"], -32700);
    let unknown = client.request("relingo/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    // A position that is not in the document, a URI that is no file.
    let path = root.join("locales/fr/online-safety-fund.ftl");
    client.open(&path, &std::fs::read_to_string(&path).unwrap());
    let far = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri(&path) }, "position": { "line": 100000, "character": 4 } }),
    );
    assert_eq!(far["error"]["code"], -32602, "{far}");
    // Past the end of a line, or inside a character (half of a surrogate pair): refused, not
    // read as some other place of the text.
    let emoji = root.join("locales/fr/emoji.ftl");
    client.open(&emoji, "m = 🎉 fête\nn = deux\n");
    for (line, character) in [(0, 40), (0, 5)] {
        let inside = client.request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri(&emoji) }, "position": { "line": line, "character": character } }),
        );
        assert_eq!(inside["error"]["code"], -32602, "{line}:{character}: {inside}");
    }
    let remote = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": "https://example.com/x.ftl" }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(remote["error"]["code"], -32602, "{remote}");
    // A 10 MB buffer and a deeply nested one are judged, not fatal.
    let big = "m = Un texte assez long pour peser.\n".repeat(10 * 1024 * 1024 / 36);
    let found = client.open(&root.join("locales/fr/big.ftl"), &big);
    assert_eq!(found.len(), 1001, "a screenful, and a line saying how many more");
    assert!(found[1000]["message"].as_str().unwrap().contains("more findings"));
    let nested = format!("m = {}x{}\n", "{ ".repeat(5000), " }".repeat(5000));
    let found = client.open(&root.join("locales/fr/nested.ftl"), &nested);
    assert!(!found.is_empty(), "the nesting guard reports it");
    let alive = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri(&path) } }),
    );
    assert!(alive["result"].is_array(), "{alive}");
    client.stop();
}

#[test]
fn a_client_that_disappears_ends_the_server_without_a_panic() {
    let dir = common::example();
    let root = dir.path();
    let mut client = Client::start(root, None);
    let path = root.join("locales/fr/online-safety-fund.ftl");
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri(&path), "languageId": "fluent", "version": 1, "text": "m = x\n" } }),
    );
    // Half a request, then the client is gone.
    client
        .stdin
        .write_all(b"Content-Length: 500\r\n\r\n{\"jsonrpc\"")
        .unwrap();
    let Client { mut child, stdin, .. } = client;
    drop(stdin);
    let status = child.wait().unwrap();
    assert!(
        status.code().is_some(),
        "ended by itself, not by a signal: {status}"
    );
}

#[test]
fn a_file_without_source_lines_shows_each_source_as_a_hint_and_the_project_summary_is_one_command_away() {
    let dir = common::example();
    let root = dir.path();
    let path = root.join("locales/fr/online-safety-fund.ftl");
    let quoted = std::fs::read_to_string(&path).unwrap();
    // A file written by hand: no `# @source:` lines.
    let bare: String = quoted
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("# @source: "))
        .collect();
    let mut client = Client::start(root, None);
    client.open(&path, &bare);
    let hints = client.request(
        "textDocument/inlayHint",
        json!({
            "textDocument": { "uri": uri(&path) },
            "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 10000, "character": 0 } }
        }),
    );
    let labels: Vec<&str> = hints["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"London: "), "{labels:?}");
    assert_eq!(labels.len(), 30, "one per message");
    // With the source lines, nothing is said twice.
    client.change(&path, 2, &quoted);
    let hints = client.request(
        "textDocument/inlayHint",
        json!({
            "textDocument": { "uri": uri(&path) },
            "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 10000, "character": 0 } }
        }),
    );
    assert_eq!(hints["result"], json!([]));
    let summary = client.request(
        "workspace/executeCommand",
        json!({ "command": "relingo.summary", "arguments": [uri(&path)] }),
    );
    let locales = summary["result"]["locales"].as_array().unwrap();
    let welsh = locales.iter().find(|l| l["locale"] == "cy").unwrap();
    assert_eq!(welsh["percent"], 100.0);
    assert_eq!(welsh["words_left"], 0);
    let unknown = client.request(
        "workspace/executeCommand",
        json!({ "command": "relingo.nothing" }),
    );
    assert_eq!(unknown["error"]["code"], -32602, "{unknown}");
    client.stop();
}

#[test]
fn a_translation_of_the_same_source_in_another_release_is_offered_from_memory() {
    let dir = common::example();
    let root = dir.path();
    common::translate(
        &root.join("locales/pl/national-cybercrime-reporting.ftl"),
        "London",
        "Londyn",
    );
    let path = root.join("locales/pl/online-safety-fund.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut client = Client::start(root, None);
    client.open(&path, &text);
    let line = text
        .lines()
        .position(|l| l.starts_with("london-ecc0e7 = "))
        .unwrap() as u64;
    let actions = client.actions_at(&path, line);
    let used = apply_action(
        &text,
        &path,
        &actions,
        "Use the translation of national-cybercrime-reporting/london-ecc0e7 (100% match)",
    );
    assert_eq!(
        used,
        text.replacen("london-ecc0e7 = London\n", "london-ecc0e7 = Londyn\n", 1)
    );
    client.stop();
}
