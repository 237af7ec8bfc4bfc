import CLibXML2
import FactlintCore

/// A thin wrapper over libxml2's xmlTextWriter: escaping, encoding and well-formedness are
/// libxml2's job. Writes into memory, indented, UTF-8.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() {
        LibXML.initialize()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlBufferFree(buffer)
    }

    /// Writes `<name attributes…>`, then `content`, then `</name>`.
    func element(_ name: String, _ attributes: [(String, String)] = [], content: () -> Void = {}) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes {
            xmlTextWriterWriteAttribute(writer, key, XMLWriter.clean(value))
        }
        content()
        xmlTextWriterEndElement(writer)
    }

    /// Writes an element holding only text.
    func textElement(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        element(name, attributes) { self.text(text) }
    }

    /// Writes escaped text.
    func text(_ value: String) {
        xmlTextWriterWriteString(writer, XMLWriter.clean(value))
    }

    /// Ends the document and returns it.
    func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Text without the characters XML 1.0 cannot hold (control characters other than tab and line breaks).
    static func clean(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !isAllowed($0) }) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { isAllowed($0) ? $0 : "\u{FFFD}" }))
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
    }
}
