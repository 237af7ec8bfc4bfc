import Yams

/// A YAML file read into a node tree that remembers where each node was written, so that every
/// problem in a rule, lexicon or configuration file is reported at its `file:line:column`.
///
/// Reading is bounded: a file may hold at most `nodeBudget` nodes counted with aliases
/// expanded, which stops alias bombs ("billion laughs") before they cost memory or time.
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

    public init(path: String, text: String) throws(InputError) {
        self.path = path
        do {
            root = try Yams.compose(yaml: text, .basic, .default, YAMLSource.encoding)
        } catch let error as YamlError {
            throw YAMLSource.inputError(error, path: path)
        } catch {
            throw InputError(path: path, "cannot read YAML: \(error)")
        }
        var budget = YAMLSource.nodeBudget
        if let root, !YAMLSource.count(root, budget: &budget) {
            throw InputError(path: path, line: root.mark?.line, column: root.mark?.column,
                             "the YAML expands to more than \(YAMLSource.nodeBudget) nodes (aliases?); refusing to read it")
        }
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

    private static func count(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence):
            for item in sequence where !count(item, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                if !count(key, budget: &budget) || !count(value, budget: &budget) { return false }
            }
            return true
        }
    }

    private static func inputError(_ error: YamlError, path: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
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
