import CLibXML2
import FactlintCore

/// A thin wrapper that builds an HTML document as a libxml2 tree and serialises it with
/// libxml2's HTML serialiser: escaping of text and attributes, void elements (`<meta>`,
/// `<br>`) and raw `<style>` content are libxml2's job. Output is UTF-8 with `<!DOCTYPE html>`.
final class HTMLWriter {
    private let document: htmlDocPtr
    private var open: [xmlNodePtr]

    /// A document whose root is `<html lang=…>`.
    init(language: String) {
        LibXML.initialize()
        document = htmlNewDocNoDtD(nil, nil)
        xmlCreateIntSubset(document, "html", nil, nil)
        let root = xmlNewDocNode(document, nil, "html", nil)
        xmlDocSetRootElement(document, root)
        xmlNewProp(root, "lang", language)
        open = root.map { [$0] } ?? []
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Adds `<name attributes…>` to the current element and builds its content inside it.
    func element(_ name: String, _ attributes: [(String, String)] = [], content: () -> Void = {}) {
        guard let parent = open.last, let node = xmlNewDocNode(document, nil, name, nil) else { return }
        xmlAddChild(parent, node)
        for (key, value) in attributes {
            xmlNewProp(node, key, XMLWriter.clean(value))
        }
        open.append(node)
        content()
        open.removeLast()
    }

    /// Adds an element holding only text.
    func textElement(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        element(name, attributes) { self.text(text) }
    }

    /// Adds text to the current element (escaped on output; raw inside `<style>`).
    func text(_ value: String) {
        guard let parent = open.last, let node = xmlNewDocText(document, XMLWriter.clean(value)) else { return }
        xmlAddChild(parent, node)
    }

    /// The document as HTML text, indented where HTML allows it.
    func finish() -> String {
        guard let output = xmlAllocOutputBuffer(nil) else { return "" }
        htmlDocContentDumpFormatOutput(output, document, "UTF-8", 1)
        xmlOutputBufferFlush(output)
        var html = ""
        if let content = xmlOutputBufferGetContent(output) {
            let size = Int(xmlOutputBufferGetSize(output))
            html = String(decoding: UnsafeBufferPointer(start: content, count: size), as: UTF8.self)
        }
        xmlOutputBufferClose(output)
        return html
    }
}
