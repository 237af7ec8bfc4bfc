import CLibXML2
import Foundation

/// Validates XML documents against an XML Schema with libxml2's xmlschemas API, collecting the
/// errors as `line: message` strings (what `xmllint --schema` would print).
final class SchemaValidator {
    private let schema: xmlSchemaPtr

    /// Loads the schema at `path`; nil if libxml2 cannot read it.
    init?(path: String) {
        xmlInitParser()
        guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let parsed = xmlSchemaParse(parser) else { return nil }
        schema = parsed
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The validity errors of `xml`; empty when it is valid. A document that is not even
    /// well-formed gives one error saying so.
    func errors(in xml: String) -> [String] {
        let bytes = Array(xml.utf8)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "report.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
                }
            }
        }
        guard let document else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collected = Collected()
        let box = Unmanaged.passRetained(collected)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            let collected = Unmanaged<Collected>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            collected.errors.append("\(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }, box.toOpaque())
        let status = xmlSchemaValidateDoc(context, document)
        if status != 0 && collected.errors.isEmpty { collected.errors.append("invalid (libxml2 status \(status))") }
        return collected.errors
    }

    private final class Collected {
        var errors: [String] = []
    }
}
