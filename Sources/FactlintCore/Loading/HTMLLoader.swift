import Foundation
import CLibXML2

/// HTML: parsed with libxml2's forgiving HTML parser (no network, no entity expansion), the
/// article's text taken from `<article>` (else `<main>`, else `<body>`) without scripts,
/// navigation, asides and forms. Each text node is located in the file, entities included, so
/// spans point at the words in the HTML as the user has it. Block elements become paragraph
/// breaks. The reference date comes from `<meta property="article:published_time">` and its
/// kin, or JSON-LD `datePublished`; the title from `<title>`.
public struct HTMLLoader: DocumentLoader {
    /// The most tags parsed: the page is cut before the tag past this count, which bounds the
    /// memory libxml2's tree takes (about 200 bytes a node) whatever the page holds.
    public var maximumTags: Int

    /// A loader that parses at most `maximumTags` tags of a page.
    public init(maximumTags: Int = Limits.standard.htmlTags) {
        self.maximumTags = max(1, maximumTags)
    }

    /// Elements whose content is not article text.
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "aside", "form", "template", "svg",
                                       "button", "select", "iframe", "object", "embed", "canvas", "figure", "head"]
    /// Elements that start a new paragraph.
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
                                      "section", "article", "header", "footer", "main", "table", "tr", "td", "th",
                                      "pre", "dl", "dt", "dd", "figcaption", "hr", "address", "body", "title"]
    /// `<meta>` names and properties that carry the publication date.
    static let dateMetas: Set<String> = ["article:published_time", "og:published_time", "datepublished", "date",
                                         "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
                                         "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published"]

    public func load(path: String, utf8: [UInt8]) -> Document {
        LibXML.initialize()
        // NONET: nothing is fetched; no NOENT: entities are never expanded (the HTML parser
        // leaves a document's own entity declarations unread); IGNORE_ENC: the page is UTF-8
        // by now whatever its <meta> says; HUGE: no 256-element nesting limit (the walk below
        // needs no call stack, and the file size limit bounds the tree).
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else {
            return Document(path: path, format: .html, source: utf8, text: [], sourceMap: SourceMap(),
                            notices: ["the HTML parser could not be started; skipped"])
        }
        defer { htmlFreeParserCtxt(context) }
        var notices: [String] = []
        var parsedLength = utf8.count
        if let cut = HTMLLoader.offset(ofTag: maximumTags + 1, in: utf8) {
            parsedLength = cut
            let end = LineIndex(utf8).position(of: cut, in: utf8)
            notices.append("more than \(maximumTags) tags (the HTML tag limit); only the page before line \(end.line), "
                + "column \(end.column) was read")
        }
        let parsed: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlCtxtReadMemory(context, $0, Int32(clamping: parsedLength), nil, "UTF-8", options)
                }
            }
        }
        if context.pointee.disableSAX != 0 {
            let error = context.pointee.lastError
            let reason = error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error \(error.code)"
            notices.append("the HTML parser stopped at line \(error.line) (\(reason)); the text after it was not read")
        }
        guard let doc = parsed, let root = xmlDocGetRootElement(doc) else {
            if let parsed { xmlFreeDoc(parsed) }
            return Document(path: path, format: .html, source: utf8, text: [], sourceMap: SourceMap(),
                            notices: utf8.isEmpty ? notices : notices + ["no HTML content could be read"])
        }
        defer { xmlFreeDoc(doc) }
        var metadata = Metadata()
        readMetadata(root, into: &metadata)
        let articleRoot = find(["article"], under: root) ?? find(["main"], under: root) ?? find(["body"], under: root) ?? root
        var builder = TextBuilder(source: utf8)
        builder.walk(articleRoot)
        if builder.misaligned { notices.append("some text could not be located in the file; its positions are approximate") }
        return Document(path: path, format: .html, source: utf8, text: builder.text, sourceMap: builder.map,
                        metadata: metadata, notices: notices)
    }

    /// The offset of the `count`-th `<` in the bytes, if there are that many.
    static func offset(ofTag count: Int, in bytes: [UInt8]) -> Int? {
        var seen = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "<") {
            seen += 1
            if seen == count { return offset }
        }
        return nil
    }

    // MARK: - Metadata

    private func readMetadata(_ root: xmlNodePtr, into metadata: inout Metadata) {
        var stack: [xmlNodePtr] = [root]
        var steps = 0
        while let node = stack.popLast(), steps < 1_000_000 {
            steps += 1
            if node.pointee.type == XML_ELEMENT_NODE {
                let name = LibXML.name(of: node)
                if name == "meta" {
                    let key = (LibXML.attribute(node, "property") ?? LibXML.attribute(node, "name")
                        ?? LibXML.attribute(node, "itemprop") ?? "").lowercased()
                    if metadata.referenceDate == nil, HTMLLoader.dateMetas.contains(key),
                       let content = LibXML.attribute(node, "content"), let date = DateParsing.day(fromISO: content) {
                        metadata.referenceDate = date
                        metadata.referenceDateSource = "HTML <meta \(key)>"
                    }
                    if metadata.title == nil, key == "og:title", let content = LibXML.attribute(node, "content") {
                        metadata.title = content
                    }
                } else if name == "title", metadata.title == nil {
                    metadata.title = LibXML.textContent(node).trimmingCharacters(in: .whitespacesAndNewlines)
                } else if name == "script", metadata.referenceDate == nil,
                          LibXML.attribute(node, "type")?.lowercased() == "application/ld+json" {
                    let json = LibXML.textContent(node)
                    if let range = json.range(of: "\"datePublished\"") {
                        let rest = json[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\"" || $0 == "\t" || $0 == "\n" }
                        if let date = DateParsing.day(fromISO: String(rest.prefix(10))) {
                            metadata.referenceDate = date
                            metadata.referenceDateSource = "JSON-LD datePublished"
                        }
                    }
                }
            }
            var child = node.pointee.last
            while let current = child {
                stack.append(current)
                child = current.pointee.prev
            }
        }
    }

    private func find(_ names: Set<String>, under root: xmlNodePtr) -> xmlNodePtr? {
        var queue: [xmlNodePtr] = [root]
        var index = 0
        while index < queue.count, index < 1_000_000 {
            let node = queue[index]
            index += 1
            if node.pointee.type == XML_ELEMENT_NODE, names.contains(LibXML.name(of: node)) { return node }
            var child = node.pointee.children
            while let current = child {
                queue.append(current)
                child = current.pointee.next
            }
        }
        return nil
    }
}

/// Collects an element's text and locates each piece in the HTML source.
private struct TextBuilder {
    let source: [UInt8]
    var text: [UInt8] = []
    var map = SourceMap()
    /// Where in the source the search for the next text node starts.
    var cursor = 0
    var misaligned = false
    /// Bytes the search may still look at. Text the parser made up (recovered markup) is
    /// searched for to the end of the file; the budget keeps many such pieces from costing
    /// time that grows with the square of the file. Once spent, text is placed approximately.
    var searchBudget: Int

    init(source: [UInt8]) {
        self.source = source
        searchBudget = 16 * source.count + 1_000_000
    }

    mutating func walk(_ root: xmlNodePtr) {
        // Depth-first without recursion: deep nesting cannot exhaust the stack.
        var stack: [(xmlNodePtr, Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content { appendText(Array(UnsafeBufferPointer(start: content, count: strlen(content)))) }
                continue
            }
            guard type == XML_ELEMENT_NODE else { continue }
            let name = LibXML.name(of: node)
            if HTMLLoader.skipped.contains(name) { continue }
            if name == "br" {
                appendBreak("\n")
                continue
            }
            let isBlock = HTMLLoader.blocks.contains(name)
            if leaving {
                if isBlock { appendBreak("\n\n") }
                continue
            }
            if isBlock { appendBreak("\n\n") }
            stack.append((node, true))
            var child = node.pointee.last
            while let current = child {
                stack.append((current, false))
                child = current.pointee.prev
            }
        }
    }

    /// A paragraph or line break that is not in the source: it maps to the cursor.
    mutating func appendBreak(_ breakText: String) {
        guard !text.isEmpty, text.last != 0x0A else { return }
        let bytes = Array(breakText.utf8)
        map.append(.init(textStart: text.count, length: bytes.count, sourceStart: cursor, sourceLength: 0))
        text += bytes
    }

    mutating func appendText(_ decoded: [UInt8]) {
        guard !decoded.isEmpty else { return }
        var start = cursor
        var segments: [SourceMap.Segment]?
        while start <= source.count, searchBudget > 0 {
            if start == 0 || (start > 0 && source[start - 1] == UInt8(ascii: ">")) {
                let (found, cost) = align(decoded, at: start)
                searchBudget -= cost
                if let found {
                    segments = found
                    break
                }
            }
            guard let next = source[start..<source.count].firstIndex(of: UInt8(ascii: ">")) else { break }
            searchBudget -= next + 1 - start
            start = next + 1
        }
        let base = text.count
        // Whitespace inside a text node is just a space in HTML: lines do not end sentences.
        text += decoded.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
        guard let segments else {
            misaligned = true
            map.append(.init(textStart: base, length: decoded.count, sourceStart: cursor, sourceLength: 0))
            return
        }
        for segment in segments {
            map.append(.init(textStart: base + segment.textStart, length: segment.length,
                             sourceStart: segment.sourceStart, sourceLength: segment.sourceLength))
        }
        if let last = segments.last { cursor = last.sourceStart + last.sourceLength }
    }

    /// The segments that map `decoded` onto the source starting at `position`, if it is there,
    /// and the number of source bytes looked at.
    func align(_ decoded: [UInt8], at position: Int) -> (segments: [SourceMap.Segment]?, cost: Int) {
        var segments: [SourceMap.Segment] = []
        var d = 0
        var s = position
        while d < decoded.count {
            guard s < source.count else { return (nil, s - position + 1) }
            let c = source[s]
            if c == UInt8(ascii: "&"), let (bytes, length) = entity(at: s), decoded[d...].starts(with: bytes) {
                segments.append(.init(textStart: d, length: bytes.count, sourceStart: s, sourceLength: length))
                d += bytes.count
                s += length
            } else if c == 0x0D, decoded[d] == 0x0A {
                let length = s + 1 < source.count && source[s + 1] == 0x0A ? 2 : 1
                segments.append(.init(textStart: d, length: 1, sourceStart: s, sourceLength: length))
                d += 1
                s += length
            } else if c == decoded[d] {
                // A run of bytes copied as they are; the first one always (a literal "&" or CR too).
                let runStart = d
                let sourceStart = s
                d += 1
                s += 1
                while d < decoded.count, s < source.count, source[s] == decoded[d], source[s] != UInt8(ascii: "&"),
                      source[s] != 0x0D {
                    d += 1
                    s += 1
                }
                segments.append(.init(textStart: runStart, length: d - runStart, sourceStart: sourceStart, sourceLength: s - sourceStart))
            } else if d > 0, c == UInt8(ascii: "<"), let after = endOfMarkup(at: s) {
                // A tag or comment the parser dropped between two pieces of one text node
                // ("Monday.</i></table>>>>" is read as "Monday.>>>").
                s = after
            } else {
                return (nil, s - position + 1)
            }
        }
        return (segments, s - position + 1)
    }

    /// The offset just past the tag or comment that starts at `s` (a `<`), if it is closed.
    func endOfMarkup(at s: Int) -> Int? {
        let comment: [UInt8] = Array("<!--".utf8)
        if source[s...].starts(with: comment) {
            let close: [UInt8] = Array("-->".utf8)
            return source[(s + 4)...].firstRange(of: close).map(\.upperBound)
        }
        return source[s...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
    }

    /// The UTF-8 bytes and source length of a character reference at `s` ("&amp;", "&#8217;").
    func entity(at s: Int) -> ([UInt8], Int)? {
        var end = s + 1
        while end < source.count, end - s < 40, source[end] != UInt8(ascii: ";") {
            let b = source[end]
            guard (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "#") else {
                return nil
            }
            end += 1
        }
        guard end < source.count, source[end] == UInt8(ascii: ";"), end > s + 1 else { return nil }
        let name = String(decoding: source[(s + 1)..<end], as: UTF8.self)
        var value: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst())
        } else if let description = htmlEntityLookup(name) {
            value = description.pointee.value
        }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (Array(String(Character(scalar)).utf8), end + 1 - s)
    }
}
