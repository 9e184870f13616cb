//! XLIFF 2.1: what DeepL and current CAT tools read.
//!
//! Export: one `<file>` per release (`id` = release id) holding a `<unit>` per message with
//! `<notes>` (context, the translator's comments, the previous source of a stale unit,
//! relingo's machine note), `<originalData>` with the Fluent source of each placeable, and one
//! `<segment>`: `state` `initial` (nothing translated, or stale or broken, with a `subState`
//! saying which) or `translated`; placeables are `<ph dataRef>` codes CAT tools keep.
//! Import: the same, read back; a file for another target language is refused.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::{NsReader, Writer};

use super::sentences::{Sentence, needs_separator, separator};
use super::xml::{emit, inline_element, inline_with, write_pieces};
use super::{Incoming, Unit, UnitState};
use crate::catalog::pieces::{self, Piece};
use crate::locale::Locale;
use crate::{Error, Result};

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF 2.1 document of `units`.
pub fn write(units: &[Unit], locale: &Locale, source_locale: &Locale) -> String {
    let mut writer = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    let w = &mut writer;
    emit(w, Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let root = BytesStart::new("xliff").with_attributes([
        ("xmlns", NAMESPACE),
        ("version", "2.1"),
        ("srcLang", source_locale.as_str()),
        ("trgLang", locale.as_str()),
    ]);
    emit(w, Event::Start(root));
    for release in units.chunk_by(|a, b| a.release == b.release) {
        let file = BytesStart::new("file").with_attributes([("id", release[0].release.as_str())]);
        emit(w, Event::Start(file));
        for unit in release {
            write_unit(w, unit);
        }
        emit(w, Event::End(BytesEnd::new("file")));
    }
    emit(w, Event::End(BytesEnd::new("xliff")));
    let mut text = String::from_utf8(writer.into_inner().into_inner()).expect("quick-xml writes UTF-8");
    text.push('\n');
    text
}

fn write_unit(w: &mut super::xml::XmlWriter, unit: &Unit) {
    emit(
        w,
        Event::Start(BytesStart::new("unit").with_attributes([("id", unit.id.as_str())])),
    );
    emit(w, Event::Start(BytesStart::new("notes")));
    let notes = unit.notes.iter().map(|n| ("location", n.as_str()));
    let comments = unit.comments.iter().map(|c| ("translator", c.as_str()));
    let previous = unit
        .previous_source
        .iter()
        .map(|p| ("previous-source", p.as_str()));
    let machine = unit.machine_note();
    for (category, text) in notes
        .chain(comments)
        .chain(previous)
        .chain([("relingo", machine.as_str())])
    {
        emit(
            w,
            Event::Start(BytesStart::new("note").with_attributes([("category", category)])),
        );
        emit(w, Event::Text(BytesText::new(text)));
        emit(w, Event::End(BytesEnd::new("note")));
    }
    emit(w, Event::End(BytesEnd::new("notes")));
    let target = unit.target.as_deref().unwrap_or_default();
    let codes = pieces::codes(target);
    if !codes.is_empty() {
        emit(w, Event::Start(BytesStart::new("originalData")));
        for (n, code) in codes.iter().enumerate() {
            let id = format!("d{}", n + 1);
            emit(
                w,
                Event::Start(BytesStart::new("data").with_attributes([("id", id.as_str())])),
            );
            emit(w, Event::Text(BytesText::new(code)));
            emit(w, Event::End(BytesEnd::new("data")));
        }
        emit(w, Event::End(BytesEnd::new("originalData")));
    }
    let (state, sub_state) = match unit.state {
        UnitState::Missing => ("initial", None),
        UnitState::Stale => ("initial", Some("relingo:stale")),
        UnitState::Broken => ("initial", Some("relingo:broken")),
        UnitState::Translated if unit.approved => ("final", None),
        UnitState::Translated => ("translated", None),
    };
    let whole;
    let sentences = match &unit.sentences {
        Some(sentences) => sentences.as_slice(),
        None => {
            whole = [Sentence {
                source: unit.source.clone(),
                target: unit.target.clone(),
                space_after: String::new(),
                target_space: String::new(),
            }];
            &whole[..]
        }
    };
    let mut numbered = 0;
    for (n, sentence) in sentences.iter().enumerate() {
        let mut segment = BytesStart::new("segment").with_attributes([("state", state)]);
        if let Some(sub_state) = sub_state {
            segment.push_attribute(("subState", sub_state));
        }
        emit(w, Event::Start(segment));
        write_sentence(w, sentence, &mut numbered);
        emit(w, Event::End(BytesEnd::new("segment")));
        // The space between two sentences is no one's to translate.
        if n + 1 < sentences.len() && !sentence.space_after.is_empty() {
            emit(w, Event::Start(BytesStart::new("ignorable")));
            let space = [Piece::Text(sentence.space_after.clone())];
            inline_element(w, "source", &[], &space, &|_, _| Vec::new());
            if unit.target.is_some() {
                let space = [Piece::Text(sentence.target_space.clone())];
                inline_element(w, "target", &[], &space, &|_, _| Vec::new());
            }
            emit(w, Event::End(BytesEnd::new("ignorable")));
        }
    }
    emit(w, Event::End(BytesEnd::new("unit")));
}

/// A segment's `<source>` and, if translated, `<target>`, its codes numbered on from
/// `numbered` (they index the unit's `<originalData>`).
fn write_sentence(w: &mut super::xml::XmlWriter, sentence: &Sentence, numbered: &mut usize) {
    inline_element(
        w,
        "source",
        &[],
        &[Piece::Text(sentence.source.clone())],
        &|_, _| Vec::new(),
    );
    if let Some(target) = &sentence.target {
        inline_with(w, "target", &[], &mut |w| {
            write_pieces(w, target, numbered, &placeable)
        });
    }
}

/// Reads the units of an XLIFF 2.x document for `locale`. A DOCTYPE, another target
/// language, a foreign root or a truncated file is refused with nothing imported.
pub fn read(path: &Path, text: &str, locale: &Locale) -> Result<Vec<Incoming>> {
    let mut reader = NsReader::from_str(text);
    let lines = crate::diagnostic::LineIndex::new(text);
    let at = |offset: u64| lines.location(path, text, offset as usize);
    let mut state = ReadState::default();
    let mut open: Vec<(String, u64)> = Vec::new();
    loop {
        let position = reader.buffer_position();
        let read = reader.read_resolved_event();
        let (namespace, event) = match read {
            Ok(read) => read,
            Err(e) => {
                return Err(Error::at(
                    at(reader.error_position()),
                    format!("malformed XML: {e}"),
                    Some("is the file complete? nothing was imported".into()),
                ));
            }
        };
        let ours = matches!(namespace, ResolveResult::Bound(Namespace(ns)) if ns == NAMESPACE.as_bytes());
        match event {
            Event::DocType(_) => {
                return Err(super::xml::doctype_refused(at(position)));
            }
            Event::Start(e) => {
                open.push((
                    String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    position,
                ));
                if ours {
                    state
                        .start(&e, locale, lines.line(position as usize), path)
                        .map_err(|m| Error::at(at(position), m, None))?;
                } else if open.len() == 1 {
                    return Err(Error::at(
                        at(position),
                        "the root element is not XLIFF 2's <xliff>",
                        None,
                    ));
                }
            }
            Event::Empty(e) if ours => state.code(&e),
            Event::Text(t) => {
                let piece = t
                    .unescape()
                    .map_err(|e| Error::at(at(position), format!("malformed XML text: {e}"), None))?;
                state.text(&piece);
            }
            Event::CData(t) => state.text(&String::from_utf8_lossy(&t)),
            Event::End(e) => {
                open.pop();
                if ours {
                    state.end(e.local_name().as_ref());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some((name, started)) = open.last() {
        return Err(super::xml::truncated(
            at(text.len() as u64),
            name,
            lines.line(*started as usize),
        ));
    }
    Ok(state.units)
}

/// Where the reader is in the document.
#[derive(Default)]
struct ReadState {
    units: Vec<Incoming>,
    /// The document's `srcLang`: how its source sentences are joined.
    source_locale: Option<Locale>,
    /// Whether the reader is inside a `<segment>` (not an `<ignorable>`).
    in_segment: bool,
    release: String,
    unit: Option<Incoming>,
    /// The unit's `<originalData>`: code ids and the Fluent source they stand for.
    data: HashMap<String, String>,
    /// The element whose text is being read (`source`, `target`, `note`, `data`).
    field: Option<&'static str>,
    data_id: String,
    text: String,
    pieces: Vec<Piece>,
}

impl ReadState {
    fn start(
        &mut self,
        e: &BytesStart<'_>,
        locale: &Locale,
        line: usize,
        path: &Path,
    ) -> std::result::Result<(), String> {
        match e.local_name().as_ref() {
            b"xliff" => {
                self.source_locale = attribute(e, "srcLang").and_then(|l| Locale::parse(&l).ok());
                let target = attribute(e, "trgLang").ok_or("the <xliff> element has no trgLang")?;
                let found = Locale::parse(&target).map_err(|m| format!("trgLang: {m}"))?;
                if &found != locale {
                    return Err(format!("this file's trgLang is `{found}`, not `{locale}`"));
                }
            }
            b"file" => self.release = attribute(e, "id").unwrap_or_default(),
            b"unit" => {
                self.data.clear();
                self.unit = Some(Incoming {
                    release: self.release.clone(),
                    id: attribute(e, "id").unwrap_or_default(),
                    source: String::new(),
                    target: Vec::new(),
                    needs_review: false,
                    approved: false,
                    base: None,
                    file: path.into(),
                    line,
                    segments: Default::default(),
                });
            }
            b"segment" => {
                let state = attribute(e, "state").unwrap_or_default();
                let sub_state = attribute(e, "subState").unwrap_or_default();
                let source_separator = self.source_locale.as_ref().map_or(" ", separator);
                if let Some(unit) = self.unit.as_mut() {
                    unit.needs_review |= state == "initial" || sub_state.starts_with("relingo:");
                    unit.approved |= state == "final";
                    join_segment(unit, source_separator, separator(locale));
                    unit.segments.source += 1;
                }
                self.in_segment = true;
            }
            b"target" => {
                if let Some(lang) = attribute(e, "xml:lang").or_else(|| attribute(e, "lang"))
                    && Locale::parse(&lang).ok().as_ref() != Some(locale)
                {
                    return Err(format!(
                        "a <target> is in `{lang}`, not `{locale}`: one file, one target language"
                    ));
                }
                self.begin("target");
            }
            b"source" => self.begin("source"),
            b"note" => self.begin("note"),
            b"data" => {
                self.data_id = attribute(e, "id").unwrap_or_default();
                self.begin("data");
            }
            // A code written as an element with content: its text is the code.
            b"ph" => self.code(e),
            _ => {}
        }
        Ok(())
    }

    fn begin(&mut self, field: &'static str) {
        self.field = Some(field);
        self.text.clear();
        self.pieces.clear();
    }

    /// A `<ph dataRef>`: the placeable its data holds (or what it displays, if no data).
    fn code(&mut self, e: &BytesStart<'_>) {
        if e.local_name().as_ref() != b"ph" || self.field.is_none() {
            return;
        }
        let source = attribute(e, "dataRef")
            .and_then(|id| self.data.get(&id).cloned())
            .or_else(|| attribute(e, "disp"));
        if !self.text.is_empty() {
            self.pieces.push(Piece::Text(std::mem::take(&mut self.text)));
        }
        self.pieces.extend(source.map(Piece::Code));
    }

    fn text(&mut self, text: &str) {
        if self.field.is_some() {
            self.text.push_str(text);
        }
    }

    fn end(&mut self, name: &[u8]) {
        let field = match (name, self.field) {
            (b"source", Some("source"))
            | (b"target", Some("target"))
            | (b"note", Some("note"))
            | (b"data", Some("data")) => self.field.take(),
            (b"unit", _) => {
                self.units.extend(self.unit.take());
                return;
            }
            (b"segment", _) => {
                self.in_segment = false;
                return;
            }
            _ => return,
        };
        if !self.text.is_empty() {
            self.pieces.push(Piece::Text(std::mem::take(&mut self.text)));
        }
        let read = std::mem::take(&mut self.pieces);
        let Some(unit) = self.unit.as_mut() else { return };
        match field {
            Some("source") => unit.source.push_str(&pieces::plain(&read)),
            // Segments of one unit join into its one translation.
            Some("target") => {
                let translated = !pieces::plain(&read).trim().is_empty();
                unit.segments.translated += usize::from(self.in_segment && translated);
                unit.target.extend(read);
            }
            Some("note") => {
                if let Some((release, id, base)) = super::read_machine_note(&pieces::plain(&read)) {
                    (unit.release, unit.id, unit.base) = (release, id, Some(base));
                }
            }
            Some("data") => {
                self.data
                    .insert(std::mem::take(&mut self.data_id), pieces::plain(&read));
            }
            _ => {}
        }
    }
}

/// Before a unit's next segment: a separator after the source and target read so far, where
/// they do not end with the space of an `<ignorable>` (some tools drop those).
fn join_segment(unit: &mut Incoming, source_separator: &str, target_separator: &str) {
    if needs_separator(&[], &unit.source) {
        unit.source.push_str(source_separator);
    }
    if needs_separator(&unit.target, "") {
        unit.target.push(Piece::Text(target_separator.to_string()));
    }
}

/// A placeable as XLIFF 2 marks it in a target: `<ph dataRef>` pointing into the unit's
/// `<originalData>`, which holds its Fluent source.
fn placeable(n: usize, source: &str) -> Vec<Event<'static>> {
    let (id, data) = (n.to_string(), format!("d{n}"));
    let ph = BytesStart::new("ph").with_attributes([
        ("id", id.as_str()),
        ("dataRef", data.as_str()),
        ("disp", source),
        ("canDelete", "no"),
    ]);
    vec![Event::Empty(ph.into_owned())]
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}
