import Foundation

/// `file://` URIs, as the protocol names documents, and the file paths factlint reads.
public enum DocumentURI {
    /// The absolute file path of a `file://` URI (percent-decoded), or nil for other schemes.
    public static func path(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// A `file://` URI for an absolute path.
    public static func uri(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
