@testable import FactlintCore
import Testing
import Yams

/// `YAMLSource.plainTree`, the reader of lexicon files without node positions: on every file it
/// reads it builds the tree Yams' composer builds (same structure, text, tags and scalar
/// styles), and it declines every file that needs the composer's answers.
@Suite("Plain YAML tree")
struct PlainYAMLTreeTests {
    /// Every node's resolved tag, and each scalar's style (which `Node`'s `==` does not compare),
    /// in document order.
    private func details(_ node: Node) -> [String] {
        switch node {
        case .scalar(let scalar): return ["\(node.tag) \(scalar.style)"]
        case .sequence(let sequence): return ["\(node.tag)"] + sequence.flatMap(details)
        case .mapping(let mapping): return ["\(node.tag)"] + mapping.flatMap { details($0.key) + details($0.value) }
        case .alias: return ["alias"]
        }
    }

    private func expectSameAsYams(_ text: String, _ name: String) throws {
        let composed = try #require(try YAMLSource(path: name, text: text).root, "\(name)")
        let plain = try #require(YAMLSource.plainTree(text), "\(name) declined")
        #expect(plain == composed, "\(name)")
        #expect(details(plain) == details(composed), "\(name)")
    }

    @Test("every file of the default rule pack is read as Yams composes it")
    func defaultPack() throws {
        let files = RulePack.builtInFiles
        #expect(files.count(where: \.isLexicon) >= 10)
        for file in files { try expectSameAsYams(file.text, file.path) }
    }

    @Test("quoted, block and folded scalars, flow collections, nesting, comments and odd text", arguments: [
        "a: 'quoted'\nb: \"double\\tquoted\"\nc: plain\n",
        "text: |\n  two\n  lines\nfolded: >\n  one\n  line\n",
        "list: [a, 'b', \"c\"]\nmap: {x: 1, y: [2, 3]}\n",
        "- a\n- - b\n  - c\n- {d: e}\n- ''\n- ~\n",
        "# a comment\nkey: value # another\n\nnext:\n  - 1\n  - 2.5\n  - yes\n",
        "names:\n  Zoë: Зоя\n  \"O'Neil\": x\n  '12': twelve\n",
        "single scalar\n",
        "---\nkey: value\n...\n",
    ])
    func shapes(_ text: String) throws {
        try expectSameAsYams(text, "x.yml")
    }

    @Test("declines what the composer must answer", arguments: [
        "",                                // no document
        "# only a comment\n",              // no root
        "a: &x 1\nb: *x\n",                // anchor and alias
        "a: !!int 1\n",                    // explicit tag
        "a: 1\na: 2\n",                    // repeated key
        "? [a, b]\n: 1\n",                 // key that is not text
        "a: 1\n---\nb: 2\n",               // two documents
        "a: [1, 2\n",                      // syntax error
        "a:\n\t- tab\n",                   // syntax error (tab indentation)
    ])
    func declines(_ text: String) {
        #expect(YAMLSource.plainTree(text) == nil, "\(text)")
    }

    @Test("a file of more events than the node budget is left to the composer, which refuses it")
    func budget() {
        let text = "words: [" + Array(repeating: "a", count: YAMLSource.nodeBudget + 1).joined(separator: ", ") + "]\n"
        #expect(YAMLSource.plainTree(text) == nil)
    }

    @Test("a lexicon problem found without positions is reported with its line and column")
    func errorsKeepPositions() {
        var files = RulePack.builtInFiles
        files.append(RulePack.File(path: "extra/lexicon/x.yml", text: "vague:\n  a few: 3\n  some: [x]\n", isLexicon: true))
        #expect {
            _ = try RulePack.load(files)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.path == "extra/lexicon/x.yml" && error.line == 3 && error.column == 9
        }
    }
}
