import FactlintCore
import Foundation
import Testing

/// `factlint seeds/` against what a careful fact-checker finds in the seed story
/// (`Tests/Fixtures/acceptance/seeds-counts-dates.txt`): item A3 reported, every count and
/// date of section C a passing check, none of the section D traps reported or even compared.
@Suite("Seeds acceptance: counts and dates")
struct SeedsAcceptanceTests {
    static let result: LintResult = {
        let documents = (try? Fixtures.seedDocuments()) ?? []
        return Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1)).lint(documents: documents)
    }()

    static let expectations: [Expectation] = (try? Expectation.parse(Fixtures.text("acceptance/seeds-counts-dates.txt"))) ?? []

    /// The rules this file speaks for (names, quotes and titles have their own acceptance).
    static let rules: Set<String> = ["count-conflict", "count-divergence", "date-conflict", "date-divergence",
                                     "duration-conflict", "duration-divergence", "age-conflict", "share-ratio", "elapsed-time"]

    @Test("the expectations file is read")
    func expectationsRead() {
        #expect(Self.expectations.count >= 20)
        #expect(Self.result.documents.count == 5)
    }

    @Test("A3 and only the expected count and date findings are reported")
    func findings() {
        let wanted = Self.expectations.compactMap { if case .report(let r) = $0 { return r }; return nil }
        let reported = Self.result.findings.filter { Self.rules.contains($0.rule) }
        for report in wanted {
            let match = reported.first { $0.rule == report.rule && $0.key == report.key }
            #expect(match != nil, "missing \(report.rule) for \(report.key)")
            guard let match else { continue }
            #expect(report.places[0].matches(match.primary.span), "\(report.rule): primary is \(match.primary.span.location)")
            for place in report.places {
                #expect(match.locations.contains { place.matches($0.span) }, "\(report.rule) does not list \(place)")
            }
        }
        let unexpected = reported.filter { finding in !wanted.contains { $0.rule == finding.rule && $0.key == finding.key } }
        #expect(unexpected.isEmpty, "unexpected findings: \(unexpected.map { "\($0.primary.span.location) \($0.message) [\($0.rule)]" })")
    }

    @Test("every count and date of section C is a passing check", arguments: expectations.compactMap { expectation -> String? in
        if case .pass(let p) = expectation { return "\(p.rule) | \(p.key)" }
        return nil
    })
    func passes(_ name: String) throws {
        let pass = try #require(Self.expectations.compactMap { e -> Expectation.Pass? in
            if case .pass(let p) = e, "\(p.rule) | \(p.key)" == name { return p }
            return nil
        }.first)
        let check = Self.result.checks.first { $0.rule == pass.rule && $0.key == pass.key }
        #expect(check?.status == .pass, "\(name): \(check.map { "\($0.status)" } ?? "no such check"); checks: \(Self.result.checks.map { "\($0.rule) | \($0.key)" })")
        for place in pass.places {
            #expect(check?.locations.contains { place.matches($0.span) } == true, "\(name) does not read \(place)")
        }
    }

    @Test("the traps of section D are never compared", arguments: expectations.compactMap { expectation -> String? in
        if case .apart(let a, let b) = expectation { return "\(a) | \(b)" }
        return nil
    })
    func apart(_ name: String) throws {
        let pair = try #require(Self.expectations.compactMap { e -> (Expectation.Place, Expectation.Place)? in
            if case .apart(let a, let b) = e, "\(a) | \(b)" == name { return (a, b) }
            return nil
        }.first)
        let claims = Self.result.claims
        let left = claims.filter { pair.0.matches($0.span) }
        let right = claims.filter { pair.1.matches($0.span) }
        for a in left {
            for b in right {
                #expect(a.key != b.key, "\(name) share the key \(a.key?.display ?? "")")
            }
        }
    }
}

/// One line of an acceptance file.
enum Expectation {
    /// A place in a seed file: "002:5" or "002:5 \"more than 1,200\"".
    struct Place: CustomStringConvertible {
        var file: String
        var line: Int
        var words: String?

        func matches(_ span: Span) -> Bool {
            let name = span.path.split(separator: "/").last.map(String.init) ?? span.path
            guard name.hasPrefix(file), span.line == line else { return false }
            return words.map { span.text == $0 } ?? true
        }

        var description: String { "\(file):\(line)" + (words.map { " \"\($0)\"" } ?? "") }
    }

    struct Report {
        var rule: String
        var key: String
        var places: [Place]
    }

    struct Pass {
        var rule: String
        var key: String
        var places: [Place]
    }

    case report(Report)
    case pass(Pass)
    case apart(Place, Place)

    static func parse(_ text: String) throws -> [Expectation] {
        var result: [Expectation] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let verb = String(line.prefix { $0 != " " })
            let rest = String(line.dropFirst(verb.count)).trimmingCharacters(in: .whitespaces)
            let fields = rest.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            switch verb {
            case "report" where fields.count == 3:
                result.append(.report(Report(rule: fields[0], key: fields[1], places: places(fields[2]))))
            case "pass" where fields.count == 3:
                result.append(.pass(Pass(rule: fields[0], key: fields[1], places: places(fields[2]))))
            case "apart" where fields.count == 2:
                result.append(.apart(places(fields[0])[0], places(fields[1])[0]))
            default:
                throw ParseError(line: line)
            }
        }
        return result
    }

    /// "002:5 \"more than 1,200\" 000:3" → places.
    static func places(_ text: String) -> [Place] {
        var places: [Place] = []
        var rest = Substring(text)
        while let first = rest.first(where: { $0 != " " }) {
            rest = rest.drop { $0 == " " }
            if first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                if !places.isEmpty { places[places.count - 1].words = String(body[..<end]) }
                rest = body[end...].dropFirst()
            } else {
                let token = rest.prefix { $0 != " " }
                rest = rest.dropFirst(token.count)
                let parts = token.split(separator: ":")
                if parts.count == 2, let line = Int(parts[1]) { places.append(Place(file: String(parts[0]), line: line)) }
            }
        }
        return places
    }

    struct ParseError: Error {
        var line: String
    }
}
