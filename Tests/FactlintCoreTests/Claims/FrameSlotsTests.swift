import FactlintCore
import Testing

/// The frame slots read around a figure (Claims/FrameSlots): its source, modality, status and
/// place, each from the lexicon's frame words.
@Suite("Frame slots")
struct FrameSlotsTests {
    /// The claim of the figure written `text` in the article.
    static func claim(_ article: String, _ text: String) -> Claim? {
        Fixtures.claims(article).first { $0.span.text == text && $0.kind == .quantity }
    }

    @Test("a reporting verb's subject, 'according to X' and an inverted 'said X' are sources")
    func sources() {
        #expect(Self.claim("The health ministry said 40 people were killed in the floods.", "40")?.attribution == "health ministry")
        #expect(Self.claim("Forty people were killed in the floods, according to the Red Cross.", "Forty")?.attribution == "Red Cross")
        #expect(Self.claim("Forty people were killed in the floods, said Maria Keller.", "Forty")?.attribution == "Maria Keller")
    }

    @Test("the audience of 'told', the figure's own noun, a pronoun and a vague source are no source")
    func noSources() {
        #expect(Self.claim("Forty people were killed in the floods, he told reporters.", "Forty")?.attribution == nil)
        #expect(Self.claim("At least 30 people have been confirmed dead in the floods.", "At least 30")?.attribution == nil)
        #expect(Self.claim("Forty people were killed in the floods, officials said.", "Forty")?.attribution == nil)
    }

    @Test("a projection before or after the figure, and an estimate")
    func modality() {
        #expect(Self.claim("The toll could reach 500, the governor said.", "500")?.key?.modality == .projection)
        #expect(Self.claim("Under the deal, 50 hostages are to be freed.", "50")?.key?.modality == .projection)
        #expect(Self.claim("An estimated 500 people were killed in the floods.", "An estimated 500")?.key?.modality == .estimate)
        #expect(Self.claim("As planned, 13 hostages were freed on Friday.", "13")?.key?.modality == .actual)
    }

    @Test("an earlier figure: an earlier cue before it in its clause")
    func status() {
        #expect(Self.claim("Officials had previously said 30 people were killed in the floods.", "30")?.status == .earlier)
        #expect(Self.claim("Officials said 41 people were killed in the floods.", "41")?.status == .current)
    }

    @Test("a place after 'in', before the figure, or as a label; a name modifying a noun is none")
    func places() {
        #expect(Self.claim("Floods killed 40 people in Kano on Monday.", "40")?.key?.placeName == "Kano")
        #expect(Self.claim("A strike on a school in Kano killed 40 people.", "40")?.key?.placeName == "Kano")
        #expect(Self.claim("The storm hit hardest in Kano, with 40 deaths, and in Jos, with 12 deaths.", "12")?.key?.placeName == "Jos")
        #expect(Self.claim("More than 1,000 prisoners remain in Belarusian jails.", "More than 1,000")?.key?.placeName == nil)
    }

    @Test("counts of places and of another round are not the event's")
    func notTheEventsCount() {
        #expect(Self.claim("At least 140 people have died across six states.", "six")?.key == nil)
        #expect(Self.claim("Militants released another batch of 17 hostages.", "17")?.key == nil)
    }
}
