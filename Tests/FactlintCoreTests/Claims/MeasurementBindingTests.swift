import Testing
@testable import FactlintCore

/// Measurements in a unit (magnitudes, distances, dimensions) and changes of a level (shares
/// fell 10%) are read as claims of their own, keyed by what they measure.
@Suite("Measurement and change binding")
struct MeasurementBindingTests {
    static func value(_ text: String, _ span: String) -> QuantityValue? {
        for claim in Fixtures.claims(text) where claim.span.text == span {
            if case .quantity(let value) = claim.value { return value }
        }
        return nil
    }

    @Test("a magnitude before or after its number, hyphenated or on a scale, is the earthquake's")
    func magnitudes() {
        let keys = Fixtures.claimKeys("A magnitude 6.1 earthquake struck. The 6.4-magnitude quake struck. "
            + "It measured 6.2 on the Richter scale. The largest registered a magnitude of 6.3.")
        #expect(keys["magnitude 6.1"] == .some("earthquake magnitude"))
        #expect(keys["6.4-magnitude"] == .some("earthquake magnitude"))
        #expect(keys["6.2 on the Richter scale"] == .some("earthquake magnitude"))
        #expect(keys["magnitude of 6.3"] == .some("earthquake magnitude"))
    }

    @Test("a word that picks one of several quakes, or an aftershock, makes it another thing")
    func instances() {
        let keys = Fixtures.claimKeys("The latest earthquake had a magnitude of 5.2. One of the aftershocks measured 4.8 magnitude. "
            + "Another quake measured 4.1 magnitude.")
        #expect(keys["magnitude of 5.2"] == .some("latest earthquake magnitude"))
        #expect(keys["4.8 magnitude"] == .some("aftershock magnitude"))
        #expect(keys["4.1 magnitude"] == .some(nil))
    }

    @Test("a distance is keyed by its reference point, a length without one or a dimension is not keyed")
    func distances() {
        let keys = Fixtures.claimKeys("The quake struck 30 kilometres north-west of Portmere, at a depth of 10 km. "
            + "Rescuers walked 12 km.")
        #expect(keys["30 kilometres"] == .some("distance from Portmere"))
        #expect(keys["10 km"] == .some("depth"))
        #expect(keys["12 km"] == .some(nil))
    }

    @Test("a unit converts to its family's base unit, within the precision of its last digit")
    func conversion() throws {
        let miles = try #require(Self.value("It lies 25 miles from Portmere.", "25 miles"))
        #expect(miles.family == "length")
        let allowed = miles.values(tolerance: .standard)
        #expect(allowed.overlaps(IntervalSet([Interval(lower: 40, upper: 40)])))
        #expect(!allowed.overlaps(IntervalSet([Interval(lower: 42, upper: 42)])))
        #expect(Fixtures.claimKeys("It lies 40 km (25 miles) from Portmere.")["25 miles"] == .some(nil))
    }

    @Test("a number in a unit is never a count")
    func notCounts() {
        let keys = Fixtures.claimKeys("Police said 35 kilometres of road were closed and 35 people were killed.")
        #expect(keys["35 kilometres"] != .some("people · killed"))
    }

    @Test("a change of shares is keyed by owner, direction and trading session")
    func changes() {
        let keys = Fixtures.claimKeys("Shares of Norvik Corp fell 12% in after-hours trading. The stock closed down 4%. "
            + "Acme's stock rose 3%. Norvik Corporation shares suffered a drop of 5%.")
        #expect(keys["12%"] == .some("Norvik shares · fell · after-hours"))
        #expect(keys["4%"] == .some("Norvik shares · fell · close"))
        #expect(keys["3%"] == .some("Acme shares · rose"))
        #expect(keys["5%"] == .some("Norvik shares · fell"))
    }

    @Test("a percentage of a group stays a share, one with no level no change")
    func notChanges() {
        let keys = Fixtures.claimKeys("The firm will cut 15% of its 2,000 workers. Inflation fell 2% last year.")
        #expect(keys["15%"] != .some("shares · fell"))
        #expect(keys["2%"] == .some(nil))
    }

    @Test("a share by which an event changed a group named before 'by' is the share of the group, as with 'of'")
    func sharesBy() {
        let share = "workers · laid-off · projection · share"
        #expect(Fixtures.claimKeys("Norvik will reduce its workforce by 12%.")["12%"] == .some(share))
        #expect(Fixtures.claimKeys("Norvik said it would cut 12% of its global workforce.")["12%"] == .some(share))
        #expect(Fixtures.claimKeys("Norvik will cut costs by 12%.")["12%"] == .some(nil))
    }

    @Test("a toll given as a percentage is the share of the group its event counts; a rise by a percentage is not")
    func tollShares() {
        #expect(Fixtures.claimKeys("Turnout at the polls reached 48%.")["48%"] == .some("people · voted · share"))
        #expect(Fixtures.claimKeys("Turnout stood at 47.8% of the registered electorate.")["47.8%"] == .some("people · voted · share"))
        #expect(Fixtures.claimKeys("The death toll rose by 10% overnight.")["10%"] == .some(nil))
    }

    @Test("a word that shares a stem with an event form is no event when the form is listed as written")
    func exactForms() {
        #expect(Fixtures.claimKeys("Three mobile clinics were destroyed.")["Three"] == .some("clinic · destroyed"))
    }

    @Test("a whole percentage is rounded to the point: it meets a bound at its figure, not the next point")
    func wholePercentages() {
        let fifteen = QuantityValue(.exact(15), unit: .percent).values(tolerance: .standard)
        let over = QuantityValue(.atLeast(15, inclusive: false), unit: .percent).values(tolerance: .standard)
        let sixteen = QuantityValue(.exact(16), unit: .percent).values(tolerance: .standard)
        let decimal = QuantityValue(.exact(15.2), unit: .percent).values(tolerance: .standard)
        #expect(fifteen.overlaps(over))
        #expect(!fifteen.overlaps(sixteen))
        #expect(fifteen.overlaps(decimal))
        #expect(!QuantityValue(.exact(15.2), unit: .percent).values(tolerance: .standard)
            .overlaps(QuantityValue(.exact(15.4), unit: .percent).values(tolerance: .standard)))
    }

    @Test("a measurement dated other than the story's present measures another event")
    func dated() {
        let keys = Fixtures.claimKeys("The region was hit by a 7.2-magnitude earthquake in 2004.")
        #expect(keys["7.2-magnitude"] == .some("earthquake magnitude · 2004"))
    }

    @Test("the owner after 'of' is the phrase's head, with an apposition, never a place modifying it")
    func owners() {
        let apposed = Fixtures.claimKeys("Shares of Norvik Corp, the carmaker, fell 4% in after-hours trading.")
        #expect(apposed["4%"] == .some("Norvik shares · fell · after-hours"))
        let modifier = Fixtures.claimKeys("Norvik said it would cut jobs. Shares of the Lagos, Nigeria-based company fell 5%.")
        #expect(modifier["5%"] == .some("Norvik shares · fell"))
    }
}
