import CYaml
import Yams

/// A YAML file read into a node tree that remembers where each node was written, so that every
/// problem in a rule, lexicon or configuration file is reported at its `file:line:column`.
///
/// Reading is bounded: before the tree is built, the file's parse events are counted, and a
/// file that expands to more than `nodeBudget` nodes with its aliases followed (an alias bomb,
/// "billion laughs") is refused at the node that crossed the budget. Building the tree would
/// otherwise cost that much, as would comparing an aliased mapping key with its siblings.
/// libyaml refuses nesting deeper than 1,000 levels.
public struct YAMLSource {
    /// Where the text came from, as reported in errors.
    public let path: String
    public let root: Node?
    /// The most nodes a file may expand to.
    public static let nodeBudget = 200_000

    /// Yams' default parser encoding, looked up once: its getter builds the whole process
    /// environment dictionary on every parse, which cost more than parsing a front matter.
    /// Files are composed with the basic resolver: factlint reads every scalar as text and
    /// converts it itself, so the default resolver's regular expressions (run on every
    /// scalar to tag it int, float, bool …) were work whose result nobody read.
    nonisolated(unsafe) static let encoding = Parser.Encoding.default
    /// Yams' default constructor, built once: its getter builds its tables of scalar, mapping
    /// and sequence constructors on every call, and composing a node tree never reads them.
    nonisolated(unsafe) static let constructor = Constructor.default

    public init(path: String, text: String) throws(InputError) {
        self.path = path
        try YAMLSource.checkExpansion(text, path: path)
        do {
            root = try Yams.compose(yaml: text, .basic, YAMLSource.constructor, YAMLSource.encoding)
        } catch let error as YamlError {
            throw YAMLSource.inputError(error, path: path)
        } catch {
            throw InputError(path: path, "cannot read YAML: \(error)")
        }
    }

    /// Reads a file whose node positions matter only to error messages (a lexicon file's):
    /// `positions: false` builds a plain file's tree straight from libyaml's events, without
    /// positions, for three-fifths of what Yams' composer costs; any other file is composed
    /// as `init(path:text:)` composes it. A caller that meets a problem in a tree without
    /// positions reads the file again with them, to say where the problem is.
    public init(path: String, text: String, positions: Bool) throws(InputError) {
        if !positions, let root = YAMLSource.plainTree(text) {
            self.init(path: path, root: root)
        } else {
            try self.init(path: path, text: text)
        }
    }

    private init(path: String, root: Node?) {
        self.path = path
        self.root = root
    }

    /// The tree of a plain YAML text, as Yams composes it with the basic resolver but without
    /// node positions; nil for anything else (an anchor, alias or explicit tag, a key that is
    /// not text or is repeated, no document or several, a syntax error, more events than the
    /// node budget), which `init(path:text:)` reads, for its answers and its error positions.
    static func plainTree(_ text: String) -> Node? {
        // The tags Yams' composer gives: implicit, or text for a quoted scalar; one for each
        // node, as a tag resolves itself in place when first asked.
        func tag(_ name: Tag.Name = .implicit) -> Tag { Tag(name, .basic, YAMLSource.constructor) }
        // The collections still open: a mapping's items alternate key and value.
        var open: [(isMapping: Bool, items: [Node], keys: Set<String>)] = []
        var root: Node?
        var documents = 0
        var events = 0
        var complete = false
        readEvents(text) { event in
            events += 1
            guard events <= nodeBudget else { return false }
            var finished: Node
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                return documents == 1
            case YAML_STREAM_END_EVENT:
                complete = root != nil
                return false
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil, let value = scalar.value,
                      let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return false }
                let string = String(decoding: UnsafeBufferPointer(start: value, count: Int(scalar.length)), as: UTF8.self)
                finished = .scalar(Node.Scalar(string, tag(scalar.quoted_implicit == 1 ? .str : .implicit), style))
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil, event.data.sequence_start.implicit != 0 else { return false }
                open.append((false, [], []))
                return true
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil, event.data.mapping_start.implicit != 0 else { return false }
                open.append((true, [], []))
                return true
            case YAML_SEQUENCE_END_EVENT:
                guard let closed = open.popLast() else { return false }
                finished = .sequence(Node.Sequence(closed.items, tag(), .any))
            case YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast(), closed.items.count % 2 == 0 else { return false }
                let pairs = stride(from: 0, to: closed.items.count, by: 2).map { (closed.items[$0], closed.items[$0 + 1]) }
                finished = .mapping(Node.Mapping(pairs, tag(), .any))
            default:
                // An alias, or an event this reader does not know.
                return false
            }
            guard !open.isEmpty else {
                guard root == nil else { return false }
                root = finished
                return true
            }
            let last = open.count - 1
            if open[last].isMapping, open[last].items.count % 2 == 0 {
                // A key: text, and new in its mapping.
                guard case .scalar(let key) = finished, open[last].keys.insert(key.string).inserted else { return false }
            }
            open[last].items.append(finished)
            return true
        }
        return complete ? root : nil
    }

    /// Hands libyaml's events for `text` to `body`, in order, until it answers false or the
    /// events end (after the stream's end, or at a syntax error).
    private static func readEvents(_ text: String, _ body: (yaml_event_t) -> Bool) {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let more = body(event)
                yaml_event_delete(&event)
                if !more { return }
            }
        }
    }

    /// Fails when the text expands to more than `nodeBudget` nodes. Syntax errors are left to
    /// the composer, which reports them with their position.
    static func checkExpansion(_ text: String, path: String) throws(InputError) {
        // Only an alias ("*name") expands a node beyond its own text, and a YAML node takes at
        // least one byte: a short file without one cannot cross the budget (a front matter,
        // read with every Markdown article, is not parsed twice).
        guard text.utf8.contains(0x2A) || text.utf8.count >= nodeBudget / 2 else { return }
        // The expanded size of each anchored node, and of each collection still open.
        var anchored: [String: Int] = [:]
        var open: [(anchor: String?, size: Int)] = []
        // Nodes finished at the top level, and nodes so far in the open collections.
        var total = 0
        var inOpen = 0
        var failure: InputError?
        readEvents(text) { event in
            var finished: (anchor: String?, size: Int)?
            switch event.type {
            case YAML_SCALAR_EVENT: finished = (anchorName(event.data.scalar.anchor), 1)
            case YAML_ALIAS_EVENT: finished = (nil, anchorName(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1)
            case YAML_SEQUENCE_START_EVENT:
                open.append((anchorName(event.data.sequence_start.anchor), 1))
                inOpen += 1
            case YAML_MAPPING_START_EVENT:
                open.append((anchorName(event.data.mapping_start.anchor), 1))
                inOpen += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                finished = open.popLast()
                inOpen -= finished?.size ?? 0
            case YAML_STREAM_END_EVENT: return false
            default: break
            }
            guard let (anchor, size) = finished else { return true }
            if let anchor { anchored[anchor] = size }
            if open.isEmpty {
                total += size
            } else {
                open[open.count - 1].size += size
                inOpen += size
            }
            if total + inOpen > nodeBudget {
                let mark = event.start_mark
                failure = InputError(path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1,
                                     "the YAML expands to more than \(nodeBudget) nodes here (aliases of aliases?); refusing to read it")
                return false
            }
            return true
        }
        if let failure { throw failure }
    }

    /// The entries of a text that is one mapping of plain text keys to text values, as libyaml
    /// reads them, in file order; nil for anything else (no mapping, a nested value, an anchor,
    /// alias or tag, a repeated key, several documents, a syntax error), which the caller reads
    /// with the whole composer instead, for its answers and its error positions. An article's
    /// front matter is nearly always such a mapping, and composing a node tree cost it ten
    /// times what reading the events does.
    public static func flatMapping(_ text: String) -> [(key: String, value: String)]? {
        // The events of one flat mapping, in order: stream, document, mapping start; then
        // key and value scalars; then mapping, document and stream end.
        var stage = 0
        var pending: String?
        var entries: [(key: String, value: String)] = []
        var complete = false
        readEvents(text) { event in
            switch (stage, event.type) {
            case (0, YAML_STREAM_START_EVENT), (1, YAML_DOCUMENT_START_EVENT):
                stage += 1
            case (2, YAML_MAPPING_START_EVENT):
                guard event.data.mapping_start.anchor == nil, event.data.mapping_start.tag == nil else { return false }
                stage = 3
            case (3, YAML_SCALAR_EVENT):
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil, let value = scalar.value else { return false }
                let string = String(decoding: UnsafeBufferPointer(start: value, count: Int(scalar.length)), as: UTF8.self)
                if let key = pending {
                    entries.append((key, string))
                    pending = nil
                } else {
                    guard !entries.contains(where: { $0.key == string }) else { return false }
                    pending = string
                }
            case (3, YAML_MAPPING_END_EVENT) where pending == nil:
                stage = 4
            case (4, YAML_DOCUMENT_END_EVENT):
                stage = 5
            case (5, YAML_STREAM_END_EVENT):
                complete = true
                return false
            default:
                return false
            }
            return true
        }
        return complete ? entries : nil
    }

    private static func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// An error at a node's position.
    public func error(_ node: Node?, _ message: String) -> InputError {
        InputError(path: path, line: node?.mark?.line, column: node?.mark?.column, message)
    }

    /// The root as a mapping; an empty file is an empty mapping.
    public func rootMapping() throws(InputError) -> Node.Mapping {
        guard let root else { return Node.Mapping([]) }
        guard case .mapping(let mapping) = root else {
            throw error(root, "expected a mapping of keys to values at the top of the file")
        }
        return mapping
    }

    /// The mapping's entries as (key, key node, value node), in file order; keys must be strings
    /// and unique.
    public func entries(_ mapping: Node.Mapping) throws(InputError) -> [(key: String, keyNode: Node, value: Node)] {
        var seen = Set<String>()
        var result: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw error(keyNode, "expected a plain key") }
            guard seen.insert(scalar.string).inserted else { throw error(keyNode, "duplicate key '\(scalar.string)'") }
            result.append((scalar.string, keyNode, value))
        }
        return result
    }

    /// Fails on the first key not in `allowed`, naming the allowed keys.
    public func requireKnownKeys(_ mapping: Node.Mapping, _ allowed: [String], in context: String) throws(InputError) {
        for (key, keyNode, _) in try entries(mapping) where !allowed.contains(key) {
            throw error(keyNode, "unknown key '\(key)' in \(context); known keys: \(allowed.joined(separator: ", "))")
        }
    }

    /// The node's string; numbers and booleans are read as written.
    public func string(_ node: Node, _ what: String) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "expected text for \(what)") }
        return scalar.string
    }

    /// The node's number.
    public func number(_ node: Node, _ what: String) throws(InputError) -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            throw error(node, "expected a number for \(what)")
        }
        return value
    }

    /// The node's whole number within `range` ("1e300", "2.5", "nan" and numbers outside the
    /// range are errors, not a trap converting them).
    public func wholeNumber(_ node: Node, _ what: String, in range: ClosedRange<Int>) throws(InputError) -> Int {
        let value = try number(node, what)
        guard let whole = Int(exactly: value), range.contains(whole) else {
            throw error(node, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return whole
    }

    /// The node's boolean (`true`/`false`, `yes`/`no`, `on`/`off`).
    public func bool(_ node: Node, _ what: String) throws(InputError) -> Bool {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        throw error(node, "expected true or false for \(what)")
    }

    /// The node as a list of strings; a single string is a one-element list.
    public func strings(_ node: Node, _ what: String) throws(InputError) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence { result.append(try string(item, what)) }
            return result
        default: throw error(node, "expected a list of text for \(what)")
        }
    }

    /// The node as a mapping.
    public func mapping(_ node: Node, _ what: String) throws(InputError) -> Node.Mapping {
        guard case .mapping(let mapping) = node else { throw error(node, "expected a mapping for \(what)") }
        return mapping
    }

    /// The node as a sequence.
    public func sequence(_ node: Node, _ what: String) throws(InputError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw error(node, "expected a list for \(what)") }
        return Array(sequence)
    }

    private static func inputError(_ error: YamlError, path: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return InputError(path: path, line: mark.line, column: mark.column, "the YAML nests more than 1000 levels deep; refusing to read it")
            }
            return InputError(path: path, line: mark.line, column: mark.column, "invalid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return InputError(path: path, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(path: path, line: context.mark.line, column: context.mark.column,
                              "duplicate key '\(duplicates.sorted().joined(separator: "', '"))'")
        default:
            return InputError(path: path, "invalid YAML: \(error)")
        }
    }
}
