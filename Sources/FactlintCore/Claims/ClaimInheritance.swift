/// Completes the keys of a document's claims from the rest of the document, the way a reader
/// does: a count that names no noun, or only "people", takes the group its event already has
/// nearby in the article ("Among the 37 freed" after "hostages have been released"); a share
/// whose sentence names no event takes the group's main event; "the 37 hostages"
/// with no verb repeats a figure the article gave before.
struct ClaimInheritance {
    let reader: ClauseReader

    /// Paragraphs apart a count of "people" and the group it takes may stand: a reader takes
    /// "Fifty-two individuals" for the prisoners of the sentence before, not for the children
    /// of the lead when the "people" come ten paragraphs on, in the background of the story —
    /// unless the count repeats the group's figure ("Among the 52 freed").
    static let nearbyParagraphs = 1

    /// A count that names its group, as a generic count may take it.
    private struct Group {
        var index: Int
        var group: String
        var scope: String?
        var paragraph: Int
        var figure: QuantityValue.Form?
    }

    func complete(_ drafts: inout [Draft]) {
        // Paragraphs are counted only for an article with a generic count to complete.
        // (Asked by index: `contains` on the drafts copied each one into its closure.)
        let paragraphs = drafts.indices.contains { drafts[$0].genericNoun } ? Paragraphs(reader.context) : nil
        // Groups per event, from counts that name a specific noun (or, failing that, "people").
        var groupsByEvent: [String: [Group]] = [:]
        var genericByEvent: [String: [Group]] = [:]
        // Drafts read in place, by index: `for draft in drafts` copied every draft.
        for d in drafts.indices {
            guard let key = drafts[d].key, key.measure == .count, let event = key.event,
                  let subject = key.subject, !reader.lexicon.moneyClasses.contains(subject) else { continue }
            // "The dead included two firefighters": a part names its own group, lends it to none.
            let first = drafts[d].mention.firstToken
            if reader.lexicon.frames.subsetCues.match(reader.context.norms, endingBefore: first, notBefore: max(0, first - 3)) != nil {
                continue
            }
            let group = Group(index: drafts[d].index, group: subject, scope: key.scope,
                              paragraph: paragraphs?.of(drafts[d].mention.firstToken) ?? 0, figure: figure(drafts[d]))
            if drafts[d].genericNoun {
                genericByEvent[event, default: []].append(group)
            } else {
                groupsByEvent[event, default: []].append(group)
            }
        }
        for (event, generic) in genericByEvent where groupsByEvent[event] == nil { groupsByEvent[event] = generic }
        for d in drafts.indices {
            guard var key = drafts[d].key, drafts[d].genericNoun, key.measure == .count || key.measure == .date else { continue }
            guard let event = drafts[d].impliedEvent ?? key.event, let candidates = groupsByEvent[event] else {
                if key.subject == nil { drafts[d].key = nil }
                continue
            }
            // Only a group of the same time ("killed in 2004" is another toll than the day's);
            // for a count, one with its figure, or else the group of its paragraph or the one
            // before (a group named later is taken only from the count's own paragraph, or for
            // a headline, from the lead below it).
            let index = drafts[d].index
            let paragraph = paragraphs?.of(drafts[d].mention.firstToken) ?? 0
            let count = key.measure == .count
            let own = figure(drafts[d])
            let fitting = candidates.filter { candidate in
                guard candidate.scope == key.scope else { return false }
                guard count, own == nil || candidate.figure != own else { return true }
                return candidate.index < index
                    ? paragraph - candidate.paragraph <= ClaimInheritance.nearbyParagraphs
                    : candidate.paragraph == paragraph || (paragraph == 0 && candidate.paragraph <= ClaimInheritance.nearbyParagraphs)
            }
            let group = fitting.last { $0.index < index }?.group ?? fitting.first { $0.index > index }?.group
            guard let group else { continue }
            // A group of another nationality lends its head noun only ("Israeli hostages"
            // makes "ten Thai workers" Thai hostages, not Thai Israeli ones).
            let head = drafts[d].qualifiers.isEmpty ? group : String(group.split(separator: " ").last ?? Substring(group))
            key.subject = (drafts[d].qualifiers + [head]).joined(separator: " ")
            if key.event == nil { key.event = event }
            drafts[d].key = key
        }
        // Shares without an event: the group's most frequent event among current counts.
        for d in drafts.indices where drafts[d].shareNeedsEvent {
            guard let group = drafts[d].key?.subject else { continue }
            var tally: [String: Int] = [:]
            for other in drafts.indices {
                guard let key = drafts[other].key, key.measure == .count, key.subject == group, key.scope == nil,
                      let event = key.event, reader.kind(of: event) == .event else { continue }
                tally[event, default: 0] += 1
            }
            let best = tally.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.first?.key
            if let best { drafts[d].key?.event = best } else { drafts[d].key = nil }
        }
        // "the 37 hostages" with no event: the same figure for the same group given before.
        for d in drafts.indices {
            guard drafts[d].definite, let key = drafts[d].key, key.measure == .count, key.event == nil,
                  case .quantity(let value) = drafts[d].mention.value else { continue }
            // The drafts before, read in place from the nearest back (a search over the slice
            // copied each draft it passed).
            let earlier = drafts.indices[..<d].last { o in
                guard let otherKey = drafts[o].key, otherKey.measure == .count, otherKey.event != nil,
                      otherKey.subject == key.subject || otherKey.subject?.hasSuffix(" " + (key.subject ?? "")) == true,
                      case .quantity(let otherValue) = drafts[o].mention.value else { return false }
                return otherValue.form == value.form
            }
            drafts[d].key = earlier.flatMap { drafts[$0].key }
        }
        // "an additional 2,000": a count after a relative word adds to an earlier count of the
        // same thing and event, and is no total; with no such count it is one ("dead, with an
        // additional 2,000 injured").
        for d in drafts.indices where drafts[d].relative {
            guard let key = drafts[d].key, key.measure == .count else { continue }
            let repeats = drafts.indices[..<d].contains { o in
                guard let other = drafts[o].key, other.measure == .count else { return false }
                return other.event == key.event && other.subject == key.subject
            }
            if repeats || key.event == nil { drafts[d].key = nil }
        }
        // A count that still has no event is not compared.
        for d in drafts.indices where drafts[d].measure == .count && drafts[d].key?.event == nil {
            drafts[d].key = nil
        }
    }
}

/// The figure a draft states, if it is a count.
private func figure(_ draft: Draft) -> QuantityValue.Form? {
    if case .quantity(let value) = draft.mention.value { return value.form }
    return nil
}

/// The paragraph of each token of a document (0 for the first), counted once.
private struct Paragraphs {
    private let starts: [Int]

    init(_ context: ExtractionContext) {
        var starts: [Int] = []
        let tokens = context.tokens
        for i in tokens.indices where i > 0 && tokens[i].paragraphBefore { starts.append(i) }
        self.starts = starts
    }

    /// The paragraph the token at `index` stands in: the number of paragraph starts at or before it.
    func of(_ index: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= index { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
