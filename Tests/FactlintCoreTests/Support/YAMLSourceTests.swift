@testable import FactlintCore
import Testing

/// Reading YAML within a node budget, counted with aliases followed, before any tree is built.
@Suite("YAML source")
struct YAMLSourceTests {
    @Test("aliases are fine while the expanded file stays within the budget")
    func aliasesWithinBudget() throws {
        let yaml = "words: &w [a, b, c]\nmore: [*w, *w, *w]\n"
        let source = try YAMLSource(path: "x.yml", text: yaml)
        #expect(source.root != nil)
    }

    @Test("an expansion past the budget fails at the node that crosses it", arguments: [
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e]\n",
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n? *e\n: 1\n? [*e]\n: 2\n",
    ])
    func bombs(_ yaml: String) {
        #expect(throws: InputError.self) { try YAMLSource(path: "x.yml", text: yaml) }
        do {
            _ = try YAMLSource(path: "x.yml", text: yaml)
        } catch {
            #expect(error.line == 6 && error.message.contains("expands to more than 200000 nodes"), "\(error)")
        }
    }

    @Test("a file without aliases is still held to the budget when it is long enough to cross it")
    func longWithoutAliases() {
        let yaml = String(repeating: "- x\n", count: YAMLSource.nodeBudget + 1)
        #expect(throws: InputError.self) { try YAMLSource(path: "x.yml", text: yaml) }
        let short = String(repeating: "- x\n", count: 1_000)
        #expect((try? YAMLSource(path: "x.yml", text: short))?.root != nil)
    }

    @Test("an empty file and a file of comments have no root")
    func empty() throws {
        #expect(try YAMLSource(path: "x.yml", text: "").root == nil)
        #expect(try YAMLSource(path: "x.yml", text: "# nothing\n").root == nil)
    }
}
