/// One kind of mention finder. Extractors run in a fixed order over a document (times of day,
/// names, dates, durations, quantities, measurements, quotes), each taking tokens the ones before
/// it left free (times of day first, so that "PM" and "GMT" after a time are not read as names;
/// quantities before measurements, so that an amount in a unit — "570 km", "5 to 10 inches" —
/// is read by the number grammar, and a measurement is what it leaves: a magnitude, a reading).
public protocol Extractor {
    /// Finds this extractor's mentions and marks their tokens consumed.
    func extract(in context: inout ExtractionContext) -> [Mention]
}

/// Runs the extractors of the pipeline in order.
public struct MentionExtraction {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Every mention in the document, sorted by position.
    public func mentions(in document: Document, text: TokenizedText) -> [Mention] {
        var context = ExtractionContext(document: document, text: text, lexicon: lexicon)
        return MentionExtraction.mentions(in: &context)
    }

    /// Every mention in the context's text, sorted by position; the context is left with the
    /// mentions' tokens consumed and the mentions found.
    public static func mentions(in context: inout ExtractionContext) -> [Mention] {
        var mentions: [Mention] = []
        let extractors: [any Extractor] = [
            ClockTimeExtractor(), NameExtractor(), TimeExtractor(), DurationExtractor(), QuantityExtractor(),
            MeasurementExtractor(), QuoteExtractor(),
        ]
        for extractor in extractors {
            let found = extractor.extract(in: &context)
            context.found += found
            mentions += found
        }
        return mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
