import FactlintCore
import Testing

/// A person's event dated in a clause that names nobody ("a gang leader escaped on Sunday") is
/// the story's one such person's: it joins the frame of the one person the story names for
/// that event, and with none or several on offer it is compared with nothing.
@Suite("Frame persons")
struct FramePersonTests {
    static func dateFindings(_ texts: [String]) -> [Finding] {
        let articles = texts.enumerated().map { ("\($0.offset).txt", $0.element) }
        return Fixtures.lint(articles).findings.filter { $0.rule == "date-conflict" || $0.rule == "date-divergence" }
    }

    static let named = "Ivan Kolar, a gang leader, escaped from prison on 7 March 2021."
    static let unnamed = "The riots began after a gang leader escaped from prison on 9 March 2021."

    @Test("an unnamed escape joins the one escaped person the story names")
    func onePerson() {
        let found = Self.dateFindings([Self.named, Self.unnamed])
        #expect(found.count == 1)
        #expect(found.first?.key == "Ivan Kolar · escaped · date")
    }

    @Test("with two escaped people named, an unnamed escape is nobody's")
    func twoPeople() {
        let other = "John Roe, a smuggler, escaped from prison on 7 March 2021."
        #expect(Self.dateFindings([Self.named, other, Self.unnamed]).isEmpty)
    }

    @Test("unnamed escapes alone are compared with nothing")
    func nobody() {
        #expect(Self.dateFindings([Self.unnamed, "A gang leader escaped from prison on 2 March 2021."]).isEmpty)
    }
}
