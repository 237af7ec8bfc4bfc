import FactlintCore
import Foundation
import Testing

/// The extraction corpus (`Tests/Fixtures/extraction/expressions.tsv`): labelled expressions
/// that the number, date and duration extractors must read exactly as DESIGN.md §1 writes them.
///
/// A positive row (`quantity`, `date`, `duration`) needs a claim of that kind whose words are the
/// row's span and whose value is the row's value. A negative row (`no-quantity`, `no-date`,
/// `no-duration`) forbids any claim of that kind overlapping the span (first occurrence in the
/// sentence, compared by UTF-8 byte offsets).
@Suite("Extraction corpus")
struct ExtractionCorpusTests {
    static let relativePath = "extraction/expressions.tsv"
    static let minimumRows = 800
    static let minimumPerCategory = 15
    /// Numerals that are not counts (names, models, codes, scores, addresses, times, dates, readings).
    static let minimumNotCounts = 150

    /// The categories the corpus is organised by, in the order the summary prints them.
    static let categories = [
        "numbers", "number-words", "scales", "bounds", "approximations", "ranges", "alternatives", "vague",
        "percentages", "not-counts", "ages", "dates-absolute", "dates-relative", "date-intervals", "durations",
        "not-dates", "measures", "poll-points", "shares", "digit-fractions", "decimal-words", "unit-ranges",
        "date-ranges", "times", "future-tense", "relative-days", "calendar-words", "years-centuries",
    ]

    /// One labelled expression: a line of the TSV.
    struct Row: Sendable, CustomTestStringConvertible {
        enum Expectation: Sendable {
            case present(ClaimKind)
            case absent(ClaimKind)
        }

        var line: Int
        var category: String
        var reference: String
        var sentence: String
        var span: String
        var kind: String
        var value: String

        var testDescription: String { "expressions.tsv:\(line) [\(category)] \(kind) \"\(span)\"" }

        var referenceDate: DatePoint? { reference == "-" ? nil : DateParsing.day(fromISO: reference) }

        var expectation: Expectation? {
            switch kind {
            case "quantity": .present(.quantity)
            case "date": .present(.date)
            case "duration": .present(.duration)
            case "no-quantity": .absent(.quantity)
            case "no-date": .absent(.date)
            case "no-duration": .absent(.duration)
            default: nil
            }
        }

        /// The UTF-8 byte range of the first occurrence of the span in the sentence.
        var spanOffsets: Range<Int>? {
            let haystack = Array(sentence.utf8), needle = Array(span.utf8)
            guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
            for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
                return start..<start + needle.count
            }
            return nil
        }
    }

    /// The rows of the corpus file, or the reason it could not be read.
    static let loaded: Result<[Row], CorpusError> = Result { try load() }.mapError { $0 as? CorpusError ?? CorpusError(message: "\($0)") }
    static var rows: [Row] { (try? loaded.get()) ?? [] }

    struct CorpusError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func load() throws -> [Row] {
        let text = try Fixtures.text(relativePath)
        var rows: [Row] = []
        var sawHeader = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                sawHeader = true
                guard fields == ["category", "reference", "sentence", "span", "kind", "value"] else {
                    throw CorpusError(message: "\(relativePath):\(index + 1): unexpected header \(fields)")
                }
                continue
            }
            guard fields.count == 6 else {
                throw CorpusError(message: "\(relativePath):\(index + 1): expected 6 tab-separated fields, found \(fields.count)")
            }
            rows.append(Row(line: index + 1, category: fields[0], reference: fields[1], sentence: fields[2],
                            span: fields[3], kind: fields[4], value: fields[5]))
        }
        return rows
    }

    /// Nil when the extractors read the row as labelled, otherwise what went wrong.
    static func failure(of row: Row) -> String? {
        guard let expectation = row.expectation else { return "unknown kind \(row.kind)" }
        guard let offsets = row.spanOffsets else { return "span \"\(row.span)\" is not in the sentence" }
        let claims = Fixtures.claims(row.sentence, referenceDate: row.referenceDate)
        let context = "\(relativePath):\(row.line) [\(row.category)] ref \(row.reference): \(row.sentence)"
        func list(_ claims: [Claim]) -> String {
            claims.isEmpty ? "nothing" : claims.map { "\($0.kind.rawValue) \"\($0.span.text)\" = \($0.value.notation)" }.joined(separator: "; ")
        }
        switch expectation {
        case .present(let kind):
            let ofKind = claims.filter { $0.kind == kind }
            if ofKind.contains(where: { $0.span.text == row.span && $0.value.notation == row.value }) { return nil }
            // An amount in a unit of measure ("about 570 metres", "2 1/2 miles", "10 to 15
            // inches"), in any category, is read as a measurement whose words run on over the
            // unit: its figure as written is the row's amount.
            if kind == .quantity, claims.contains(where: { claim in
                claim.kind == .measurement && claim.span.startOffset == offsets.lowerBound
                    && claim.span.text.hasPrefix(row.span) && claim.value.notation == row.value
            }) {
                return nil
            }
            return "\(context)\n  expected \(row.kind) \"\(row.span)\" = \(row.value)\n  extracted \(list(ofKind))"
                + (ofKind.count == claims.count ? "" : "\n  (all claims: \(list(claims)))")
        case .absent(let kind):
            let overlapping = claims.filter {
                $0.kind == kind && $0.span.startOffset < offsets.upperBound && offsets.lowerBound < $0.span.endOffset
            }
            if overlapping.isEmpty { return nil }
            return "\(context)\n  expected no \(kind.rawValue) over \"\(row.span)\"\n  extracted \(list(overlapping))"
        }
    }

    @Test("the corpus is well formed and large enough")
    func corpusShape() throws {
        let rows = try Self.loaded.get()
        #expect(rows.count >= Self.minimumRows, "the corpus holds \(rows.count) rows, fewer than \(Self.minimumRows)")
        let counts = Dictionary(grouping: rows, by: \.category).mapValues(\.count)
        for category in Self.categories {
            #expect(counts[category, default: 0] >= Self.minimumPerCategory,
                    "category \(category) has \(counts[category, default: 0]) rows, fewer than \(Self.minimumPerCategory)")
        }
        let notCounts = rows.filter { $0.category == "not-counts" && $0.kind == "no-quantity" }.count
        #expect(notCounts >= Self.minimumNotCounts, "the corpus holds \(notCounts) numerals that are not counts, fewer than \(Self.minimumNotCounts)")
        for row in rows {
            let at = "\(Self.relativePath):\(row.line)"
            #expect(Self.categories.contains(row.category), "\(at): unknown category \(row.category)")
            #expect(row.expectation != nil, "\(at): unknown kind \(row.kind)")
            #expect(row.reference == "-" || row.referenceDate != nil, "\(at): bad reference date \(row.reference)")
            #expect(row.spanOffsets != nil, "\(at): span \"\(row.span)\" is not in the sentence")
            if case .absent = row.expectation {
                #expect(row.value == "-", "\(at): a negative row has value \"-\"")
            } else {
                #expect(row.value != "-" && !row.value.isEmpty, "\(at): a positive row needs a value")
            }
        }
    }

    @Test("expression", arguments: ExtractionCorpusTests.rows)
    func expression(_ row: Row) {
        if let failure = Self.failure(of: row) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    /// Prints how many rows of each category pass; the per-row test above reports the failures.
    @Test("per-category summary")
    func summary() {
        var passed: [String: Int] = [:], total: [String: Int] = [:]
        for row in Self.rows {
            total[row.category, default: 0] += 1
            if Self.failure(of: row) == nil { passed[row.category, default: 0] += 1 }
        }
        let all = total.values.reduce(0, +), ok = passed.values.reduce(0, +)
        var report = "Extraction corpus: \(ok)/\(all) rows pass\n"
        for category in Self.categories + total.keys.filter({ !Self.categories.contains($0) }).sorted() {
            let name = category.padding(toLength: 16, withPad: " ", startingAt: 0)
            report += "  \(name) \(passed[category, default: 0])/\(total[category, default: 0])\n"
        }
        // One write to stderr, so that the table is not interleaved with the test runner's lines.
        FileHandle.standardError.write(Data(report.utf8))
    }
}
