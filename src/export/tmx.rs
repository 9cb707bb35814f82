//! `tmx`: TMX 1.4b XML (LISA OSCAR, 2005), valid against `tmx14.dtd`.
//!
//! The same units and props as `tmx-json` ([`super::tmx_json::Tu`]); props become
//! `<prop type="x-…">`. Characters XML 1.0 forbids (C0 controls other than tab and
//! line breaks, U+FFFE, U+FFFF) are dropped, since no parser would accept them.
//! No `<!DOCTYPE>`: it would name a `tmx14.dtd` beside the output that readers
//! then try, and fail, to load; validate with `xmllint --dtdvalid tmx14.dtd`.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::output::{Sink, at};
use super::staged::Pending;
use super::tmx_json::{Header, Tu};
use super::{Exporter, Meta, Output};
use crate::join::TranslationUnit;
use crate::{Lang, Result};

/// Streams a TMX document.
pub(crate) struct TmxExporter {
    path: PathBuf,
    srclang: Option<Lang>,
    xml: Writer<Box<dyn Write>>,
    pending: Pending,
}

impl TmxExporter {
    pub(crate) fn new(output: Output, meta: &Meta) -> Result<Self> {
        let Sink { path, out, pending } = output.into_sink()?;
        let mut exporter = TmxExporter {
            xml: Writer::new_with_indent(out, b' ', 2),
            path,
            srclang: meta.srclang,
            pending,
        };
        exporter.preamble(&Header::new(meta))?;
        Ok(exporter)
    }

    fn preamble(&mut self, h: &Header) -> Result<()> {
        let xml = &mut self.xml;
        let decl = BytesDecl::new("1.0", Some("UTF-8"), None);
        xml.write_event(Event::Decl(decl)).map_err(at(&self.path))?;
        let tmx = BytesStart::new("tmx").with_attributes([("version", "1.4")]);
        xml.write_event(Event::Start(tmx)).map_err(at(&self.path))?;
        xml.create_element("header")
            .with_attributes([
                ("creationtool", h.creationtool.as_str()),
                ("creationtoolversion", &h.creationtoolversion),
                ("segtype", &h.segtype),
                ("o-tmf", &h.o_tmf),
                ("adminlang", &h.adminlang),
                ("srclang", &h.srclang),
                ("datatype", &h.datatype),
                ("creationdate", &h.creationdate),
            ])
            .write_empty()
            .map_err(at(&self.path))?;
        let body = BytesStart::new("body");
        xml.write_event(Event::Start(body))
            .map_err(at(&self.path))?;
        Ok(())
    }

    fn tu(&mut self, tu: &Tu) -> std::io::Result<()> {
        let mut start = BytesStart::new("tu");
        start.push_attribute(("tuid", xml_text(&tu.tuid).as_ref()));
        if let Some(srclang) = &tu.srclang {
            start.push_attribute(("srclang", srclang.as_str()));
        }
        self.xml.write_event(Event::Start(start))?;
        for (kind, value) in &tu.props {
            self.xml
                .create_element("prop")
                .with_attribute(("type", kind.as_str()))
                .write_text_content(BytesText::new(&xml_text(value)))?;
        }
        for tuv in &tu.tuv {
            let start = BytesStart::new("tuv").with_attributes([("xml:lang", tuv.lang.as_str())]);
            self.xml.write_event(Event::Start(start))?;
            self.xml
                .create_element("seg")
                .write_text_content(BytesText::new(&xml_text(&tuv.seg)))?;
            self.xml.write_event(Event::End(BytesEnd::new("tuv")))?;
        }
        self.xml.write_event(Event::End(BytesEnd::new("tu")))
    }
}

impl Exporter for TmxExporter {
    fn unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        self.tu(&Tu::new(unit, self.srclang))
            .map_err(at(&self.path))
    }

    fn finish(&mut self) -> Result<()> {
        let path = &self.path;
        for name in ["body", "tmx"] {
            let end = Event::End(BytesEnd::new(name));
            self.xml.write_event(end).map_err(at(path))?;
        }
        let out = self.xml.get_mut();
        out.write_all(b"\n").map_err(at(path))?;
        out.flush().map_err(at(path))?;
        self.pending.commit()
    }
}

/// `text` without the characters XML 1.0 does not allow (XML 1.0, section 2.2, `Char`).
fn xml_text(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_are_dropped() {
        assert_eq!(xml_text("a\u{1}b\u{FFFF}\tc"), "ab\tc");
        assert!(matches!(xml_text("<&>"), Cow::Borrowed(_)));
    }
}
