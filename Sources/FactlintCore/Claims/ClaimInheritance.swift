/// Completes the keys of a document's claims from the rest of the document, the way a reader
/// does: a count that names no noun, or only "people", takes the group its event already has
/// in the article ("Among the 37 freed" after "hostages have been released"); a share
/// whose sentence names no event takes the group's main event; "the 37 hostages"
/// with no verb repeats a figure the article gave before.
struct ClaimInheritance {
    let reader: ClauseReader

    func complete(_ drafts: inout [Draft]) {
        // Groups per event, from counts that name a specific noun (or, failing that, "people").
        var groupsByEvent: [String: [(index: Int, group: String)]] = [:]
        var genericByEvent: [String: [(index: Int, group: String)]] = [:]
        // Drafts read in place, by index: `for draft in drafts` copied every draft.
        for d in drafts.indices {
            guard let key = drafts[d].key, key.measure == .count, let event = key.event,
                  let subject = key.subject, !reader.lexicon.moneyClasses.contains(subject) else { continue }
            if drafts[d].genericNoun {
                genericByEvent[event, default: []].append((drafts[d].index, subject))
            } else {
                groupsByEvent[event, default: []].append((drafts[d].index, subject))
            }
        }
        for (event, generic) in genericByEvent where groupsByEvent[event] == nil { groupsByEvent[event] = generic }
        for d in drafts.indices {
            guard var key = drafts[d].key, drafts[d].genericNoun, key.measure == .count || key.measure == .date else { continue }
            guard let event = drafts[d].impliedEvent ?? key.event, let candidates = groupsByEvent[event] else {
                if key.subject == nil { drafts[d].key = nil }
                continue
            }
            let index = drafts[d].index
            let group = candidates.last { $0.index < index }?.group ?? candidates.first { $0.index > index }?.group
            guard let group else { continue }
            key.subject = (drafts[d].qualifiers + [group]).joined(separator: " ")
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
        // A count that still has no event is not compared.
        for d in drafts.indices where drafts[d].key?.measure == .count && drafts[d].key?.event == nil {
            drafts[d].key = nil
        }
    }
}
