/// How the claim builder reads figures in a list: an introduction ending in a colon names the
/// event ("Deaths by region so far:"), and each short line after it gives a figure of it
/// ("- The north: 12 people", "Coastal towns: 4"), so an item's figure takes the introduction's
/// event as a reader does.
extension ClaimBuilder {
    /// Most tokens a line of a list has: a label, a figure and a noun, with marks.
    static let listItemLength = 12
    /// Most lines between an item and its list's introduction.
    static let listLength = 40

    /// The event a list's introduction names, for a figure on an item line: the figure's line
    /// is short, every line back to the introduction is short, and the introduction ends in a
    /// colon and names one event that counts `thing` (or people, when the item names no noun).
    func listEvent(of mention: Mention, thing: String?, _ reader: ClauseReader) -> String? {
        let context = reader.context
        let tokens = context.tokens
        /// The line holding the token at `index`: from the token after a line break to the next one.
        func line(containing index: Int) -> Range<Int> {
            var start = index
            while start > 0, !tokens[start].newlineBefore { start -= 1 }
            var end = index + 1
            while end < tokens.count, !tokens[end].newlineBefore { end += 1 }
            return start..<end
        }
        var item = line(containing: mention.firstToken)
        guard item.count <= ClaimBuilder.listItemLength, !context.isMark(item.upperBound - 1, ":") else { return nil }
        for _ in 0..<ClaimBuilder.listLength {
            guard item.lowerBound > 0 else { return nil }
            let previous = line(containing: item.lowerBound - 1)
            if context.isMark(previous.upperBound - 1, ":") {
                let events = Set(reader.events(in: previous).filter { hit in
                    reader.kind(of: hit.id) == .event && reader.counts(hit.id, thing ?? "people")
                }.map(\.id))
                return events.count == 1 ? events.first : nil
            }
            guard previous.count <= ClaimBuilder.listItemLength else { return nil }
            item = previous
        }
        return nil
    }
}
