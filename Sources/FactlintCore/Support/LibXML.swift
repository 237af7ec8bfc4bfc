import CLibXML2
import Foundation

/// Small helpers around libxml2's C API, shared by the HTML loader and the XML reporters.
public enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Prepares libxml2 for use from several threads; cheap after the first call.
    public static func initialize() { _ = initialized }

    /// The lower-case name of an element.
    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// An attribute's value, if the element has it.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// The concatenated text of a node and its descendants.
    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }
}
