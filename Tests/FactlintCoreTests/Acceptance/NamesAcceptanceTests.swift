import FactlintCore
import Foundation
import Testing

/// `factlint seeds/` against what a careful fact-checker finds about names, quotes and roles
/// in the seed story (`Tests/Fixtures/acceptance/seeds-names.txt`): A1, A2, B4–B6 reported,
/// the wife and husband two people, "Donald" Donald Trump, none of the name traps reported.
@Suite("Seeds acceptance: names, quotes and titles")
struct NamesAcceptanceTests {
    /// One line of the expectations file.
    enum Line {
        case report(rule: String, level: Level, places: [Expectation.Place])
        case entity(kind: EntityKind, places: [Expectation.Place])
        case apart(Expectation.Place, Expectation.Place)
        case silent(rule: String, place: Expectation.Place)
        case pass(rule: String, places: [Expectation.Place])
    }

    static let rules: Set<String> = ["name-spelling", "quote-mismatch", "title-divergence"]

    /// `factlint seeds/` with the seeds' reference date, as the command line runs it.
    static let result: LintResult = {
        let documents = (try? Fixtures.seedDocuments()) ?? []
        return Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1)).lint(documents: documents)
    }()

    static let entities: [Entity] = {
        let documents = (try? Fixtures.seedDocuments()) ?? []
        let pipeline = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1))
        return Pipeline.corpus(of: documents.map { pipeline.analyze($0) }, lexicon: Fixtures.pack.lexicon).entities
    }()

    static let lines: [Line] = (try? parse(Fixtures.text("acceptance/seeds-names.txt"))) ?? []

    static func parse(_ text: String) throws -> [Line] {
        var lines: [Line] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let halves = line.components(separatedBy: " | ")
            let head = halves[0].split(separator: " ").map(String.init)
            switch (head.first, halves.count) {
            case ("report"?, 2) where head.count == 3:
                guard let level = Level(rawValue: head[2]) else { throw Expectation.ParseError(line: line) }
                lines.append(.report(rule: head[1], level: level, places: Expectation.places(halves[1])))
            case ("entity"?, 2) where head.count == 2:
                guard let kind = EntityKind(rawValue: head[1]) else { throw Expectation.ParseError(line: line) }
                lines.append(.entity(kind: kind, places: Expectation.places(halves[1])))
            case ("apart"?, 2):
                let rest = String(halves[0].dropFirst("apart".count))
                lines.append(.apart(Expectation.places(rest)[0], Expectation.places(halves[1])[0]))
            case ("silent"?, 2) where head.count == 2:
                lines.append(.silent(rule: head[1], place: Expectation.places(halves[1])[0]))
            case ("pass"?, 2) where head.count == 2:
                lines.append(.pass(rule: head[1], places: Expectation.places(halves[1])))
            default:
                throw Expectation.ParseError(line: line)
            }
        }
        return lines
    }

    /// The entity that holds a mention at `place`.
    static func entity(at place: Expectation.Place) -> Entity? {
        entities.first { $0.mentions.contains { place.matches($0.span) } }
    }

    @Test("the expectations file is read")
    func read() {
        #expect(Self.lines.count >= 20)
    }

    @Test("A1, A2, B4, B5 and B6 are reported, and no other name, quote or title finding")
    func findings() {
        let reported = Self.result.findings.filter { Self.rules.contains($0.rule) }
        var matched: Set<String> = []
        for case .report(let rule, let level, let places) in Self.lines {
            let finding = reported.first { finding in
                finding.rule == rule && places.allSatisfy { place in finding.locations.contains { place.matches($0.span) } }
            }
            #expect(finding != nil, "no \(rule) finding lists \(places)")
            #expect(finding?.level == level, "\(rule) at \(places[0]) is \(finding?.level.rawValue ?? "missing")")
            #expect(finding?.locations.count == places.count, "\(rule) lists \(finding?.locations.map(\.span.location) ?? [])")
            if let finding { matched.insert(finding.fingerprint) }
        }
        let unexpected = reported.filter { !matched.contains($0.fingerprint) }
        #expect(unexpected.isEmpty, "unexpected: \(unexpected.map { "\($0.primary.span.location) \($0.message) [\($0.rule)]" })")
    }

    @Test("a spelling finding suggests the entity's preferred spelling as its fix")
    func fixes() {
        for finding in Self.result.findings where finding.rule == "name-spelling" {
            let fix = finding.fix
            #expect(fix != nil && fix != finding.primary.span.text, "\(finding.primary.span.location): fix \(fix ?? "none")")
            #expect(finding.message.contains("use \"\(finding.key ?? "")\""))
        }
    }

    @Test("the wife and the husband are two people; Donald is Donald Trump; the two Vladimirs stay apart")
    func entities() {
        for line in Self.lines {
            switch line {
            case .entity(let kind, let places):
                let found = places.map { Self.entity(at: $0) }
                #expect(found.allSatisfy { $0 != nil }, "not an entity: \(zip(places, found).filter { $0.1 == nil }.map(\.0))")
                #expect(Set(found.compactMap { $0?.id }).count == 1, "\(places) are split over \(Set(found.compactMap { $0?.name }))")
                #expect(found.first??.kind == kind)
            case .apart(let a, let b):
                let (ea, eb) = (Self.entity(at: a), Self.entity(at: b))
                #expect(ea != nil && eb != nil && ea?.id != eb?.id, "\(a) and \(b) are one entity: \(ea?.name ?? "-")")
            default:
                break
            }
        }
    }

    @Test("the name traps are never reported")
    func silent() {
        for case .silent(let rule, let place) in Self.lines {
            let findings = Self.result.findings.filter { $0.rule == rule && $0.locations.contains { place.matches($0.span) } }
            #expect(findings.isEmpty, "\(place) reported: \(findings.map(\.message))")
        }
    }

    @Test("quotes that differ only in punctuation or length are checked and pass")
    func quotes() {
        for case .pass(let rule, let places) in Self.lines {
            let check = Self.result.checks.first { check in
                check.rule == rule && places.allSatisfy { place in check.locations.contains { place.matches($0.span) } }
            }
            #expect(check?.status == .pass, "no passing \(rule) check reads \(places)")
        }
    }
}
