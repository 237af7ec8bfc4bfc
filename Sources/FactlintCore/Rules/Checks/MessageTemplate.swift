/// Fills a rule's message template: every `{name}` is replaced by its value; unknown names stay.
enum MessageTemplate {
    /// One pass over the template: a value is never searched for names in turn (a quoted
    /// "{here}" in an article stays as written), and no Foundation search runs per name (five
    /// `replacingOccurrences` cost more than the rest of writing a finding).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard bytes.contains(0x7B) else { return template }  // {
        var message = ""
        message.reserveCapacity(bytes.count + values.values.reduce(0) { $0 + $1.utf8.count })
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: 0x7B) {
            message += rest[..<open]
            let afterOpen = rest.utf8.index(after: open)
            guard let close = rest.utf8[afterOpen...].firstIndex(of: 0x7D) else {  // }
                rest = rest[open...]
                break
            }
            let name = String(rest[afterOpen..<close])
            if let value = values[name], !name.utf8.contains(0x7B) {
                message += value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                // Not a name (or an unknown one): the brace stays, and the search goes on after it.
                message += "{"
                rest = rest[afterOpen...]
            }
        }
        message += rest
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
