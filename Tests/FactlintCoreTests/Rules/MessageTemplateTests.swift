@testable import FactlintCore
import Testing

/// How a rule's message template is filled.
@Suite("MessageTemplate")
struct MessageTemplateTests {
    @Test("every known name is replaced, each time it occurs")
    func knownNames() {
        let message = MessageTemplate.fill("{key}: {values}; again {key}", ["key": "people · killed", "values": "\"2\" here"])
        #expect(message == "people · killed: \"2\" here; again people · killed")
    }

    @Test("unknown names, lone and doubled braces stay as written")
    func unknownNames() {
        #expect(MessageTemplate.fill("{nope} and {key", ["key": "k"]) == "{nope} and {key")
        #expect(MessageTemplate.fill("{{key}} }", ["key": "k"]) == "{k} }")
        #expect(MessageTemplate.fill("no names at all", ["key": "k"]) == "no names at all")
        #expect(MessageTemplate.fill("{}", ["": "empty"]) == "empty")
    }

    @Test("a value is not read for names again: a quoted brace in an article stays")
    func valuesAreNotFilledAgain() {
        let message = MessageTemplate.fill("{here} vs {others}", ["here": "\"{others}\"", "others": "\"Ünïcödé {key}\""])
        #expect(message == "\"{others}\" vs \"Ünïcödé {key}\"")
    }
}
