//! XLIFF 1.2: what Trados, memoQ and OmegaT read.
//!
//! Export: one `<file>` per release (`original` = release id) holding a `<trans-unit>` per
//! message: `<source>`, `<target state=…>` (`needs-translation`, `needs-review-translation`
//! for stale, `translated`), and `<note>`s for context, the translator's comments and, for
//! stale units, the previous source. Written with quick-xml, so text is always escaped.
//! Import: the same, read back; a file for another target language is refused.

use std::io::Cursor;
use std::path::Path;

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::{Incoming, Unit, UnitState};
use crate::locale::Locale;
use crate::{Error, Result};

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// The XLIFF document of `units`.
pub fn write(units: &[Unit], locale: &Locale, source_locale: &Locale) -> String {
    let mut writer = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    let w = &mut writer;
    emit(w, Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    emit(
        w,
        Event::Start(BytesStart::new("xliff").with_attributes([("version", "1.2"), ("xmlns", NAMESPACE)])),
    );
    let mut releases: Vec<&str> = units.iter().map(|u| u.release.as_str()).collect();
    releases.dedup();
    for release in releases {
        let file = BytesStart::new("file").with_attributes([
            ("original", release),
            ("source-language", source_locale.as_str()),
            ("target-language", locale.as_str()),
            ("datatype", "plaintext"),
        ]);
        emit(w, Event::Start(file));
        emit(w, Event::Start(BytesStart::new("body")));
        for unit in units.iter().filter(|u| u.release == release) {
            emit(
                w,
                Event::Start(BytesStart::new("trans-unit").with_attributes([("id", unit.id.as_str())])),
            );
            element(w, "source", &[], &unit.source);
            let state = match unit.state {
                UnitState::Missing => "needs-translation",
                UnitState::Stale => "needs-review-translation",
                UnitState::Translated => "translated",
            };
            element(
                w,
                "target",
                &[("state", state)],
                unit.target.as_deref().unwrap_or(""),
            );
            for note in &unit.notes {
                element(w, "note", &[("from", "relingo")], note);
            }
            if let Some(previous) = &unit.previous_source {
                element(w, "note", &[("from", "previous-source")], previous);
            }
            emit(w, Event::End(BytesEnd::new("trans-unit")));
        }
        emit(w, Event::End(BytesEnd::new("body")));
        emit(w, Event::End(BytesEnd::new("file")));
    }
    emit(w, Event::End(BytesEnd::new("xliff")));
    let mut text = String::from_utf8(writer.into_inner().into_inner()).expect("quick-xml writes UTF-8");
    text.push('\n');
    text
}

fn emit(writer: &mut Writer<Cursor<Vec<u8>>>, event: Event<'_>) {
    writer.write_event(event).expect("writing to memory cannot fail");
}

fn element(writer: &mut Writer<Cursor<Vec<u8>>>, name: &str, attributes: &[(&str, &str)], text: &str) {
    emit(
        writer,
        Event::Start(BytesStart::new(name).with_attributes(attributes.iter().copied())),
    );
    emit(writer, Event::Text(BytesText::new(text)));
    emit(writer, Event::End(BytesEnd::new(name)));
}

/// Reads the units of an XLIFF 1.2 document for `locale`.
pub fn read(path: &Path, text: &str, locale: &Locale) -> Result<Vec<Incoming>> {
    let mut reader = Reader::from_str(text);
    let lines = crate::diagnostic::LineIndex::new(text);
    let at = |offset: u64| lines.location(path, text, offset as usize);
    let mut units = Vec::new();
    let mut release: Option<String> = None;
    let mut unit: Option<Incoming> = None;
    let mut field: Option<&'static str> = None;
    let mut buffer = String::new();
    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            Error::at(
                at(reader.error_position()),
                format!("malformed XML: {e}"),
                Some("is the file complete?".into()),
            )
        })?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                b"file" => {
                    let target = attribute(&e, "target-language");
                    let found = target.as_deref().map(Locale::parse).transpose().ok().flatten();
                    if let Some(found) = found.filter(|f| f != locale) {
                        return Err(Error::at(
                            at(position),
                            format!("this file's target-language is `{found}`, not `{locale}`"),
                            Some(format!(
                                "run `relingo import --locale {found}`, or pick the right file"
                            )),
                        ));
                    }
                    release = attribute(&e, "original");
                }
                b"trans-unit" => {
                    let id = attribute(&e, "id").unwrap_or_default();
                    let line = lines.line(position as usize);
                    unit = Some(Incoming {
                        release: release.clone().unwrap_or_default(),
                        id,
                        source: String::new(),
                        target: String::new(),
                        needs_review: false,
                        line,
                    });
                }
                b"source" => (field, buffer) = (Some("source"), String::new()),
                b"target" => {
                    let state = attribute(&e, "state").unwrap_or_default();
                    if let Some(u) = unit.as_mut() {
                        u.needs_review = state.starts_with("needs-review")
                            || state == "needs-adaptation"
                            || state == "needs-l10n";
                    }
                    (field, buffer) = (Some("target"), String::new());
                }
                _ => {}
            },
            Event::Text(t) if field.is_some() => {
                let piece = t
                    .unescape()
                    .map_err(|e| Error::at(at(position), format!("malformed XML text: {e}"), None))?;
                buffer.push_str(&piece);
            }
            Event::CData(t) if field.is_some() => buffer.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) => match e.name().as_ref() {
                b"source" | b"target" => {
                    if let Some(u) = unit.as_mut() {
                        let text = std::mem::take(&mut buffer);
                        if field == Some("source") {
                            u.source = text
                        } else {
                            u.target = text
                        }
                    }
                    field = None;
                }
                b"trans-unit" => units.extend(unit.take()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(units)
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}
