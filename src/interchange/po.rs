//! gettext PO: what translators' CAT tools and Weblate read.
//!
//! Export: one entry per unit, `msgctxt` = `release/id`, the source as `msgid`, the current
//! translation as `msgstr`; stale units are `#, fuzzy` with the previous source as `#| msgid`;
//! context and the translator's comments as `#.` lines. Import: the same, read back; an entry
//! without a usable `msgctxt` is an error naming its line.

use std::fmt::Write as _;
use std::path::Path;

use super::{Incoming, Unit, UnitState};
use crate::catalog::pieces::{self, Piece};
use crate::diagnostic::Location;
use crate::locale::Locale;
use crate::{Error, Result};

/// The PO text of `units` for `locale`.
pub fn write(units: &[Unit], locale: &Locale, source_locale: &Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Exported by relingo for {locale}; merge back with `relingo import`."
    );
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for header in [
        "Project-Id-Version: relingo\\n".to_string(),
        "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n".to_string(),
        "Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n".to_string(),
        "Language-Team: LANGUAGE <LL@li.org>\\n".to_string(),
        format!("Language: {}\\n", locale.as_str().replace('-', "_")),
        "MIME-Version: 1.0\\n".to_string(),
        "Content-Type: text/plain; charset=UTF-8\\n".to_string(),
        "Content-Transfer-Encoding: 8bit\\n".to_string(),
        format!("X-Relingo-Locale: {locale}\\n"),
        format!("X-Relingo-Source-Locale: {source_locale}\\n"),
    ] {
        let _ = writeln!(out, "\"{header}\"");
    }
    for unit in units {
        out.push('\n');
        for comment in &unit.comments {
            let _ = writeln!(out, "# {}", comment.replace('\n', " "));
        }
        for note in &unit.notes {
            let _ = writeln!(out, "#. {}", note.replace('\n', " "));
        }
        let _ = writeln!(out, "#. {}", unit.machine_note());
        let mut flags = Vec::new();
        if matches!(unit.state, UnitState::Stale | UnitState::Broken) {
            flags.push("fuzzy");
        }
        // Says that `{ … }` in the strings is Fluent syntax: placeables to keep as they are.
        if unit
            .target
            .as_deref()
            .is_some_and(|t| !pieces::codes(t).is_empty())
        {
            flags.push("fluent-format");
        }
        if !flags.is_empty() {
            let _ = writeln!(out, "#, {}", flags.join(", "));
        }
        if let Some(previous) = unit
            .previous_source
            .as_ref()
            .filter(|_| unit.state == UnitState::Stale)
        {
            let _ = writeln!(out, "#| msgid {}", quote(previous));
        }
        let _ = writeln!(out, "msgctxt {}", quote(&unit.context()));
        let _ = writeln!(out, "msgid {}", quote(&unit.source));
        let target = unit.target.as_deref().unwrap_or_default();
        let _ = writeln!(out, "msgstr {}", quote(&pieces::plain(target)));
    }
    out
}

fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads the units of a PO file; `locale` must match its `Language` header when it has one.
pub fn read(path: &Path, text: &str, locale: &Locale) -> Result<Vec<Incoming>> {
    let mut units = Vec::new();
    let mut entry = Entry::default();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end())) {
        if line.is_empty() {
            finish(path, &mut entry, &mut units, locale)?;
            continue;
        }
        if entry.start == 0 {
            entry.start = number;
        }
        let at = || Location::new(path, number, 1);
        if let Some(flags) = line.strip_prefix("#,") {
            entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
        } else if let Some(note) = line.strip_prefix("#.").and_then(super::read_machine_note) {
            entry.machine = Some(note);
        } else if line.starts_with('#') {
            continue;
        } else if let Some(rest) = line.strip_prefix("msgctxt ") {
            entry.field = Field::Context;
            entry.context = Some(unquote(rest).ok_or_else(|| bad_string(at()))?);
        } else if let Some(rest) = line.strip_prefix("msgid ") {
            entry.field = Field::Id;
            entry.id = Some(unquote(rest).ok_or_else(|| bad_string(at()))?);
        } else if let Some(rest) = line.strip_prefix("msgstr ") {
            entry.field = Field::Str;
            entry.string = Some(unquote(rest).ok_or_else(|| bad_string(at()))?);
        } else if line.starts_with('"') {
            let more = unquote(line).ok_or_else(|| bad_string(at()))?;
            let target = match entry.field {
                Field::Context => &mut entry.context,
                Field::Id => &mut entry.id,
                Field::Str => &mut entry.string,
                Field::None => return Err(Error::at(at(), "a string continues nothing", None)),
            };
            target.get_or_insert_with(String::new).push_str(&more);
        } else {
            return Err(Error::at(
                at(),
                format!("not PO syntax: `{line}`"),
                Some("is this a PO file?".into()),
            ));
        }
    }
    finish(path, &mut entry, &mut units, locale)?;
    Ok(units)
}

#[derive(Default, PartialEq)]
enum Field {
    #[default]
    None,
    Context,
    Id,
    Str,
}

#[derive(Default)]
struct Entry {
    start: usize,
    fuzzy: bool,
    field: Field,
    context: Option<String>,
    id: Option<String>,
    string: Option<String>,
    /// What relingo's machine note says: release, id, base.
    machine: Option<(String, String, String)>,
}

fn finish(path: &Path, entry: &mut Entry, units: &mut Vec<Incoming>, locale: &Locale) -> Result<()> {
    let e = std::mem::take(entry);
    let Some(id) = e.id else { return Ok(()) };
    let at = Location::new(path, e.start, 1);
    if id.is_empty() {
        // The header: check the language when it says one.
        let header = e.string.unwrap_or_default();
        let language = header.lines().find_map(|l| {
            l.strip_prefix("X-Relingo-Locale:")
                .or_else(|| l.strip_prefix("Language:"))
        });
        if let Some(language) = language.map(str::trim).filter(|l| !l.is_empty()) {
            let found = Locale::parse(language)
                .map_err(|m| Error::at(at.clone(), format!("header Language: {m}"), None))?;
            if &found != locale {
                return Err(Error::at(
                    at,
                    format!("this file is for `{found}`, not `{locale}`"),
                    Some(format!(
                        "run `relingo import --locale {found}`, or pick the right file"
                    )),
                ));
            }
        }
        return Ok(());
    }
    // Without msgctxt (CAT tools and converters sometimes drop it) the unit is matched by its
    // source text when import runs; a msgctxt that is there must be relingo's.
    let from_note = e.machine.as_ref().map(|(r, m, _)| (r.as_str(), m.as_str()));
    let (release, message) = match e.context.as_deref() {
        None | Some("") => from_note.unwrap_or(("", "")),
        Some(context) => context
            .split_once('/')
            .filter(|(r, m)| !r.is_empty() && !m.is_empty())
            .ok_or_else(|| {
                Error::at(
                    at.clone(),
                    format!(
                        "entry `{}` has a msgctxt relingo did not write: `{context}`",
                        shorten(&id)
                    ),
                    Some("relingo's msgctxt is `release/message-id`; do not edit it".into()),
                )
            })?,
    };
    units.push(Incoming {
        release: release.to_string(),
        id: message.to_string(),
        source: id,
        target: vec![Piece::Text(e.string.unwrap_or_default())],
        needs_review: e.fuzzy,
        // PO has no approved state: an approved message is exported as translated.
        approved: false,
        base: e.machine.as_ref().map(|(_, _, base)| base.clone()),
        file: path.into(),
        line: e.start,
        segments: Default::default(),
    });
    Ok(())
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

fn bad_string(at: Location) -> Error {
    Error::at(
        at,
        "malformed PO string",
        Some("strings are in double quotes, with \\\" and \\\\ escaped".into()),
    )
}

/// The text of a PO string literal, escapes resolved.
fn unquote(text: &str) -> Option<String> {
    let inner = text.trim().strip_prefix('"')?.strip_suffix('"')?;
    // Escapes as gettext reads them (po-lex.c): C's single-letter ones, and octal and hex
    // escapes, which give bytes: a UTF-8 character may be written as several of them.
    let mut out: Vec<u8> = Vec::with_capacity(inner.len());
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        i += 1;
        let escaped = *bytes.get(i)?;
        i += 1;
        let byte = match escaped {
            b'n' => b'\n',
            b't' => b'\t',
            b'r' => b'\r',
            b'a' => 0x07,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'v' => 0x0b,
            b'"' | b'\\' | b'\'' | b'?' => escaped,
            b'0'..=b'7' => {
                let mut value = u32::from(escaped - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                u8::try_from(value).ok()?
            }
            b'x' => {
                let digits = bytes[i..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
                if digits == 0 {
                    return None;
                }
                let value = u32::from_str_radix(&inner[i..i + digits], 16).ok()?;
                i += digits;
                u8::try_from(value).ok()?
            }
            _ => return None,
        };
        out.push(byte);
    }
    String::from_utf8(out).ok()
}
