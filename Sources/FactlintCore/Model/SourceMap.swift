/// Maps byte offsets in a document's analysed text back to byte offsets in the file on disk,
/// for inputs whose text is not the file itself (HTML: tags dropped, entities decoded).
///
/// The text is a sequence of segments, each copied from one place in the source; inside a
/// segment text and source advance together. An entity such as `&amp;` becomes a segment of
/// its own whose text maps onto the whole entity.
public struct SourceMap: Sendable {
    /// One run of text: `length` text bytes starting at `textStart`, taken from the source at
    /// `sourceStart`; `sourceLength` differs from `length` only for a decoded entity.
    public struct Segment: Sendable, Hashable {
        public var textStart: Int
        public var length: Int
        public var sourceStart: Int
        public var sourceLength: Int

        public init(textStart: Int, length: Int, sourceStart: Int, sourceLength: Int) {
            self.textStart = textStart
            self.length = length
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
        }
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    /// Appends a segment; segments must come in text order.
    public mutating func append(_ segment: Segment) {
        if var last = segments.last, last.length == last.sourceLength, segment.length == segment.sourceLength,
           last.textStart + last.length == segment.textStart, last.sourceStart + last.sourceLength == segment.sourceStart {
            last.length += segment.length
            last.sourceLength += segment.sourceLength
            segments[segments.count - 1] = last
            return
        }
        segments.append(segment)
    }

    /// The source offset of a text offset. `isEnd` picks, for an offset on a segment boundary,
    /// the end of the earlier segment rather than the start of the next (for span ends).
    public func sourceOffset(of textOffset: Int, isEnd: Bool = false) -> Int {
        guard !segments.isEmpty else { return textOffset }
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let start = segments[mid].textStart
            if start < textOffset || (!isEnd && start == textOffset) { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        let inside = textOffset - segment.textStart
        if segment.length == segment.sourceLength {
            return segment.sourceStart + min(max(inside, 0), segment.sourceLength)
        }
        // A decoded entity: its start maps to the entity's start, anything after to its end.
        return inside <= 0 ? segment.sourceStart : segment.sourceStart + segment.sourceLength
    }
}
