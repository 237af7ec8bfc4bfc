import Testing
@testable import FactlintCore

/// Whose age an age gives: the person it stands beside, never a name after a common noun or
/// before a possessive.
@Suite("Age binding")
struct AgeBindingTests {
    /// The person each age claim is keyed to, by the age as written.
    static func ages(_ text: String) -> [String: String?] {
        var result: [String: String?] = [:]
        for claim in Fixtures.claims(text) where claim.key?.measure == .age || claim.span.text.hasSuffix("old") {
            result[claim.span.text] = claim.key?.measure == .age ? claim.key?.entityName : nil
        }
        return result
    }

    @Test("an age beside a name, before it or after title words, is that person's")
    func bound() {
        let ages = Self.ages("Jane Roe, 33, was freed. The 54-year-old Roe spoke. The 71-year-old architect Maxim Orlovsky left.")
        #expect(ages["33"] == .some("Jane Roe"))
        #expect(ages["54-year-old"] == .some("Roe"))
        #expect(ages["71-year-old"] == .some("Maxim Orlovsky"))
    }

    @Test("an age of a common noun or after a possessive is no named person's")
    func notBound() {
        let ages = Self.ages("The 51-year-old showrunner said that Smith was right. Jane Roe's 16-year-old daughter testified. "
            + "The 10-year-old's death and Roe's arrest shocked the town.")
        #expect(ages["51-year-old"] ?? nil == nil)
        #expect(ages["16-year-old"] ?? nil == nil)
        #expect(ages["10-year-old"] ?? nil == nil)
    }

    @Test("a nickname in parentheses stays out of the name: the age is Kimani Gray's, not another Gray's")
    func nickname() {
        let ages = Self.ages("Police shot Kimani (Kiki) Gray, 16, on Saturday night.")
        #expect(ages["16"] == .some("Kimani (Kiki) Gray"))
    }

    @Test("an age in parentheses after a name is that person's, also after a kin word")
    func parenthesised() {
        let ages = Self.ages("Jane Roe (61) was freed with her son. His mother Mary Doe (83) waited at the gate.")
        #expect(ages["61"] == .some("Jane Roe"))
        #expect(ages["83"] == .some("Mary Doe"))
        // A number in parentheses after no name is no age.
        #expect(Self.ages("The hostages (24) were freed.")["24"] == nil)
    }
}
