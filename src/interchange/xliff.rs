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
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::{NsReader, Writer};

use super::sentences::{Sentence, needs_separator, separator};
use super::xml::{XmlWriter, code_holding, emit, inline_element, inline_with, write_pieces};
use super::{Incoming, Unit, UnitState};
use crate::catalog::pieces::Piece;
use crate::diagnostic::Location;
use crate::locale::Locale;
use crate::{Error, Result};

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";
/// The `ctype` of a protected code that stands for a Fluent placeable.
const PLACEABLE: &str = "x-fluent-placeable";
/// XLIFF 1.1, which 1.2 extends and some tools still write: read the same way.
const NAMESPACE_1_1: &str = "urn:oasis:names:tc:xliff:document:1.1";

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
            let mut trans_unit = BytesStart::new("trans-unit").with_attributes([("id", unit.id.as_str())]);
            if unit.approved {
                trans_unit.push_attribute(("approved", "yes"));
            }
            emit(w, Event::Start(trans_unit));
            element(w, "source", &[], &unit.source);
            let state = match unit.state {
                UnitState::Missing => "needs-translation",
                UnitState::Stale | UnitState::Broken => "needs-review-translation",
                UnitState::Translated if unit.approved => "signed-off",
                UnitState::Translated => "translated",
            };
            match &unit.sentences {
                Some(sentences) => write_segmented(w, sentences, state),
                None => {
                    let target = unit.target.as_deref().unwrap_or_default();
                    inline_element(w, "target", &[("state", state)], target, &placeable);
                }
            }
            for note in &unit.notes {
                element(w, "note", &[("from", "relingo")], note);
            }
            for comment in &unit.comments {
                element(w, "note", &[("from", "translator")], comment);
            }
            if let Some(previous) = &unit.previous_source {
                element(w, "note", &[("from", "previous-source")], previous);
            }
            element(w, "note", &[("from", "relingo")], &unit.machine_note());
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

/// A protected code holding a placeable's Fluent source.
fn placeable(n: usize, source: &str) -> Vec<Event<'static>> {
    let attributes = vec![("id".into(), n.to_string()), ("ctype".into(), PLACEABLE.into())];
    code_holding("ph", attributes, source)
}

/// A unit cut into sentences: `<seg-source>` with one `<mrk mtype="seg">` per sentence, and a
/// `<target>` with the same `mid`s (empty where nothing is translated yet).
fn write_segmented(w: &mut XmlWriter, sentences: &[Sentence], state: &str) {
    let segments = |w: &mut XmlWriter, target: bool| {
        let mut numbered = 0;
        for (n, sentence) in sentences.iter().enumerate() {
            let mid = (n + 1).to_string();
            let mrk = BytesStart::new("mrk").with_attributes([("mtype", "seg"), ("mid", mid.as_str())]);
            emit(w, Event::Start(mrk));
            if target {
                let pieces = sentence.target.as_deref().unwrap_or_default();
                write_pieces(w, pieces, &mut numbered, &placeable);
            } else {
                emit(w, Event::Text(BytesText::new(&sentence.source)));
            }
            emit(w, Event::End(BytesEnd::new("mrk")));
            if n + 1 < sentences.len() {
                let space = if target {
                    &sentence.target_space
                } else {
                    &sentence.space_after
                };
                emit(w, Event::Text(BytesText::new(space)));
            }
        }
    };
    inline_with(w, "seg-source", &[], &mut |w| segments(w, false));
    inline_with(w, "target", &[("state", state)], &mut |w| segments(w, true));
}

fn element(writer: &mut Writer<Cursor<Vec<u8>>>, name: &str, attributes: &[(&str, &str)], text: &str) {
    emit(
        writer,
        Event::Start(BytesStart::new(name).with_attributes(attributes.iter().copied())),
    );
    emit(writer, Event::Text(BytesText::new(text)));
    emit(writer, Event::End(BytesEnd::new(name)));
}

/// Reads the units of an XLIFF 1.2 document for `locale`. Elements are matched by namespace,
/// whatever their prefix (`<x:trans-unit>` is a unit when `x` is XLIFF 1.2's); elements of
/// other namespaces are skipped; a document whose root is not XLIFF 1.2 is refused, and so is
/// one that ends before its elements close (a truncated download), with nothing imported.
pub fn read(path: &Path, text: &str, locale: &Locale) -> Result<Vec<Incoming>> {
    let mut reader = NsReader::from_str(text);
    let lines = crate::diagnostic::LineIndex::new(text);
    let at = |offset: u64| lines.location(path, text, offset as usize);
    let mut units = Vec::new();
    let mut release: Option<String> = None;
    let mut unit: Option<Incoming> = None;
    let mut field: Option<&'static str> = None;
    let mut buffer = String::new();
    // What the field read so far: text, and the protected codes (`<ph>`) between.
    let mut pieces: Vec<Piece> = Vec::new();
    let mut code: Option<String> = None;
    // The sentence segment (`<mrk mtype="seg">`) of a target being read.
    let mut segment: Option<OpenSegment> = None;
    let mut header = false;
    // Open elements, with where each started: to say where a truncated file broke off.
    let mut open: Vec<(String, u64)> = Vec::new();
    let mut root_seen = false;
    // How deep inside elements of other namespaces the reader is: their text is not ours.
    let mut foreign = 0usize;
    loop {
        let position = reader.buffer_position();
        let (namespace, event) = match reader.read_resolved_event() {
            Ok((namespace, event)) => (Ns::of(&namespace), event),
            Err(e) => {
                return Err(Error::at(
                    at(reader.error_position()),
                    format!("malformed XML: {e}"),
                    Some("is the file complete? nothing was imported".into()),
                ));
            }
        };
        let ours = match &namespace {
            Ns::Xliff => true,
            Ns::Other(_) => false,
            Ns::Undeclared(prefix) => {
                return Err(Error::at(
                    at(position),
                    format!("the prefix `{prefix}` is not declared"),
                    Some("declare it with xmlns:prefix=\"…\", or remove it".into()),
                ));
            }
        };
        match event {
            Event::Start(e) if !root_seen => {
                root_seen = true;
                if e.local_name().as_ref() != b"xliff" || !ours {
                    return Err(not_xliff(at(position), &namespace, &e));
                }
                open.push(("xliff".into(), position));
            }
            Event::Start(e) => {
                let name = e.local_name();
                // `<source>` and `<target>` count only as a unit's own: `<alt-trans>` (a
                // translation memory's suggestion) holds them too.
                let in_unit = open.last().is_some_and(|(parent, _)| parent == "trans-unit");
                open.push((String::from_utf8_lossy(name.as_ref()).into_owned(), position));
                if !ours {
                    foreign += 1;
                    continue;
                }
                match name.as_ref() {
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
                        // Translate Toolkit's po2xliff says fuzzy so.
                        let approved = attribute(&e, "approved");
                        let not_approved = approved.as_deref() == Some("no");
                        // …and makes the PO header a unit of this type: no message of ours.
                        header = attribute(&e, "restype").as_deref() == Some("x-gettext-domain-header");
                        let line = lines.line(position as usize);
                        unit = Some(Incoming {
                            release: release.clone().unwrap_or_default(),
                            id,
                            source: String::new(),
                            target: Vec::new(),
                            needs_review: not_approved,
                            approved: approved.as_deref() == Some("yes"),
                            base: None,
                            file: path.into(),
                            line,
                            segments: Default::default(),
                        });
                    }
                    b"source" if in_unit => {
                        (field, buffer) = (Some("source"), String::new());
                        pieces.clear();
                    }
                    b"note" if in_unit => (field, buffer) = (Some("note"), String::new()),
                    // A sentence of a segmented target: joined to the one before with the
                    // space the tool kept between them, or the language's separator.
                    b"mrk" if field == Some("target") && is_segment(&e) => {
                        segment = Some(OpenSegment::at(&mut buffer, &pieces, locale, open.len()));
                    }
                    // The source's sentences: how many the target should have.
                    b"mrk" if in_segmented_source(&open) && is_segment(&e) => {
                        if let Some(u) = unit.as_mut() {
                            u.segments.source += 1;
                        }
                    }
                    // A protected code: its text is the Fluent source of a placeable.
                    b"ph" if field.is_some() => {
                        if !buffer.is_empty() {
                            pieces.push(Piece::Text(std::mem::take(&mut buffer)));
                        }
                        code = Some(String::new());
                    }
                    b"target" if in_unit => {
                        let state = attribute(&e, "state").unwrap_or_default();
                        if let Some(u) = unit.as_mut() {
                            u.needs_review |= state.starts_with("needs-review")
                                || state == "needs-adaptation"
                                || state == "needs-l10n";
                            u.approved |= state == "signed-off" || state == "final";
                        }
                        (field, buffer) = (Some("target"), String::new());
                        pieces.clear();
                    }
                    _ => {}
                }
            }
            Event::Empty(e) if !root_seen => return Err(not_xliff(at(position), &namespace, &e)),
            // An empty sentence of a segmented target: not translated.
            Event::Empty(e)
                if ours && field == Some("target") && e.local_name().as_ref() == b"mrk" && is_segment(&e) =>
            {
                if let Some(u) = unit.as_mut() {
                    u.segments.target += 1;
                }
            }
            Event::Text(t) if field.is_some() && foreign == 0 => {
                let piece = t
                    .unescape()
                    .map_err(|e| Error::at(at(position), format!("malformed XML text: {e}"), None))?;
                code.as_mut().unwrap_or(&mut buffer).push_str(&piece);
            }
            Event::CData(t) if field.is_some() && foreign == 0 => code
                .as_mut()
                .unwrap_or(&mut buffer)
                .push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) => {
                open.pop();
                if !ours {
                    foreign = foreign.saturating_sub(1);
                    continue;
                }
                let in_unit = open.last().is_some_and(|(parent, _)| parent == "trans-unit");
                if let Some(s) = segment.filter(|s| s.depth == open.len() + 1) {
                    if let Some(u) = unit.as_mut() {
                        u.segments.target += 1;
                        u.segments.translated += usize::from(s.translated(&buffer, &pieces));
                    }
                    segment = None;
                }
                match e.local_name().as_ref() {
                    b"ph" if code.is_some() => pieces.extend(code.take().map(Piece::Code)),
                    // relingo's own note names the unit, whatever ids a converter gave it.
                    b"note" if in_unit => {
                        let note = std::mem::take(&mut buffer);
                        if let (Some(u), Some((release, id, base))) =
                            (unit.as_mut(), super::read_machine_note(&note))
                        {
                            (u.release, u.id, u.base) = (release, id, Some(base));
                        }
                        field = None;
                    }
                    b"source" | b"target" if in_unit => {
                        if let Some(u) = unit.as_mut() {
                            if !buffer.is_empty() {
                                pieces.push(Piece::Text(std::mem::take(&mut buffer)));
                            }
                            let read = std::mem::take(&mut pieces);
                            if field == Some("source") {
                                u.source = crate::catalog::pieces::plain(&read)
                            } else {
                                u.target = read
                            }
                        }
                        field = None;
                    }
                    b"trans-unit" => units.extend(unit.take().filter(|_| !header)),
                    _ => {}
                }
            }
            // Entities and DTDs are how XML fetches files and expands bombs: none is read.
            Event::DocType(_) => {
                return Err(super::xml::doctype_refused(at(position)));
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
    if !root_seen {
        return Err(Error::at(
            at(0),
            "holds no XML element",
            Some("is this an XLIFF file?".into()),
        ));
    }
    Ok(units)
}

/// A `<mrk mtype="seg">` being read: how deep it is among the open elements, and how much of
/// the target was read before it (to tell whether it holds a translation).
#[derive(Clone, Copy)]
struct OpenSegment {
    depth: usize,
    pieces: usize,
    text: usize,
}

impl OpenSegment {
    /// A target's sentence opening at `depth`, after the target's `pieces` and pending
    /// `buffer`: joined to the sentence before with the space the tool kept, or the
    /// language's separator where it kept none.
    fn at(buffer: &mut String, pieces: &[Piece], locale: &Locale, depth: usize) -> OpenSegment {
        if needs_separator(pieces, buffer) {
            buffer.push_str(separator(locale));
        }
        OpenSegment {
            depth,
            pieces: pieces.len(),
            text: buffer.len(),
        }
    }

    /// Whether the sentence, now closed, held anything: a code, or text other than spaces.
    fn translated(self, buffer: &str, pieces: &[Piece]) -> bool {
        // A code flushes the pending text into the pieces, so the text is only looked at
        // (from where the sentence began) when the pieces did not grow.
        pieces.len() > self.pieces || !buffer[self.text..].trim().is_empty()
    }
}

/// Whether `e` is a sentence segment marker, `<mrk mtype="seg">`.
fn is_segment(e: &BytesStart<'_>) -> bool {
    e.local_name().as_ref() == b"mrk" && attribute(e, "mtype").as_deref() == Some("seg")
}

/// Whether the element just opened (the last of `open`) sits in a unit's `<seg-source>`.
fn in_segmented_source(open: &[(String, u64)]) -> bool {
    open.len() >= 2 && open[open.len() - 2].0 == "seg-source"
}

/// The namespace of an element, as far as reading XLIFF 1.2 goes.
enum Ns {
    /// XLIFF 1.2's, or none (some tools leave the declaration out).
    Xliff,
    Other(String),
    /// A prefix without a declaration.
    Undeclared(String),
}

impl Ns {
    fn of(resolved: &ResolveResult) -> Ns {
        match resolved {
            ResolveResult::Bound(Namespace(ns))
                if [NAMESPACE, NAMESPACE_1_1].iter().any(|n| n.as_bytes() == *ns) =>
            {
                Ns::Xliff
            }
            ResolveResult::Unbound => Ns::Xliff,
            ResolveResult::Bound(Namespace(ns)) => Ns::Other(String::from_utf8_lossy(ns).into_owned()),
            ResolveResult::Unknown(prefix) => Ns::Undeclared(String::from_utf8_lossy(prefix).into_owned()),
        }
    }
}

/// The error for a document whose root is not XLIFF 1.2's `<xliff>`.
fn not_xliff(at: Location, namespace: &Ns, root: &BytesStart<'_>) -> Error {
    let namespace = match namespace {
        Ns::Other(ns) => format!(" in namespace `{ns}`"),
        _ => String::new(),
    };
    Error::at(
        at,
        format!(
            "the root element is <{}>{namespace}, not XLIFF 1.2's <xliff> ({NAMESPACE})",
            String::from_utf8_lossy(root.name().as_ref())
        ),
        Some("export the file as XLIFF 1.2, or import it as PO".into()),
    )
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}
