/// Fills a rule's message template: every `{name}` is replaced by its value; unknown names stay.
enum MessageTemplate {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var message = template
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            message = message.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return message
    }

    /// `"A" in 2 places, "B" in 1 place`, most frequent first, then in the order given.
    static func counted(_ forms: [String]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for form in forms {
            if counts[form] == nil { order.append(form) }
            counts[form, default: 0] += 1
        }
        let ranked = order.enumerated().sorted { a, b in
            let (ca, cb) = (counts[a.element] ?? 0, counts[b.element] ?? 0)
            return ca != cb ? ca > cb : a.offset < b.offset
        }
        return ranked.map { item in
            let count = counts[item.element] ?? 0
            return "\"\(item.element)\" in \(count) place\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }
}
