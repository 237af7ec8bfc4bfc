import Yams

extension LexiconLoader {
    /// The sections about times of day (`calendar.yml`, `ClockLexicon`) and about when and how
    /// long states and events hold (`events.yml`: a state's phases, verbs of lasting, gaps
    /// between occurrences).
    static let timeSections: [String: Section] = [
        "state-phases": { y, n, l throws(InputError) in
            for (phase, _, value) in try y.entries(try y.mapping(n, "state-phases")) {
                for phrase in try y.strings(value, "the words of phase '\(phase)'") { l.statePhases.add(phrase.lowercased(), phase) }
            }
        },
        "lasting-verbs": { y, n, l throws(InputError) in
            for phrase in try y.strings(n, "a list of words") { l.lastingVerbs.add(phrase.lowercased(), true) }
        },
        "offset-words": { y, n, l throws(InputError) in
            l.offsetWords.formUnion(try y.strings(n, "a list of words").map { $0.lowercased() })
        },
        "starting-phases": { y, n, l throws(InputError) in
            l.startingPhases.formUnion(try y.strings(n, "a list of phases").map { $0.lowercased() })
        },
        "ending-phases": { y, n, l throws(InputError) in
            l.endingPhases.formUnion(try y.strings(n, "a list of phases").map { $0.lowercased() })
        },
        "referring-pronouns": { y, n, l throws(InputError) in
            l.referringPronouns.formUnion(try y.strings(n, "a list of words").map { $0.lowercased() })
        },
        "recurrence-markers": { y, n, l throws(InputError) in
            l.recurrenceMarkers.formUnion(try y.strings(n, "a list of words").map { $0.lowercased() })
        },
        "first-person-pronouns": { y, n, l throws(InputError) in
            l.firstPersonPronouns.formUnion(try y.strings(n, "a list of words").map { $0.lowercased() })
        },
        "recurrence-prepositions": { y, n, l throws(InputError) in
            l.recurrencePrepositions.formUnion(try y.strings(n, "a list of words").map { $0.lowercased() })
        },
        "meridiems": { y, n, l throws(InputError) in
            for (phrase, _, value) in try y.entries(try y.mapping(n, "meridiems")) {
                l.clock.meridiems.add(phrase, try clock(y, value, "the minutes '\(phrase)' adds"))
            }
        },
        "clock-words": { y, n, l throws(InputError) in
            for (word, _, value) in try y.entries(try y.mapping(n, "clock-words")) {
                l.clock.words[word.lowercased()] = try clock(y, value, "the time of '\(word)'")
            }
        },
        "weekend": { y, n, l throws(InputError) in
            let fields = try y.mapping(n, "weekend")
            try y.requireKnownKeys(fields, ["words", "from", "to"], in: "weekend")
            var from = 6
            var to = 7
            for (key, _, value) in try y.entries(fields) {
                switch key {
                case "words": l.clock.weekendWords.formUnion(try y.strings(value, "a list of words").map { $0.lowercased() })
                case "from": from = try y.wholeNumber(value, "the weekend's first weekday", in: 1...7)
                default: to = try y.wholeNumber(value, "the weekend's last weekday", in: 1...7)
                }
            }
            l.clock.weekend = (from, to)
        },
        "clock-hour-words": { y, n, l throws(InputError) in
            for phrase in try y.strings(n, "a list of words") { l.clock.hourWords.add(phrase.lowercased(), true) }
        },
        "clock-openers": { y, n, l throws(InputError) in
            for phrase in try y.strings(n, "a list of words") { l.clock.openers.add(phrase.lowercased(), true) }
        },
        "clock-approximators": { y, n, l throws(InputError) in
            for phrase in try y.strings(n, "a list of words") { l.clock.approximators.add(phrase.lowercased(), true) }
        },
        "approximate-time-margins": { y, n, l throws(InputError) in
            let fields = try y.mapping(n, "approximate-time-margins")
            try y.requireKnownKeys(fields, ["hour", "minute"], in: "approximate-time-margins")
            for (key, _, value) in try y.entries(fields) {
                l.clock.margins[key == "hour" ? .hour : .minute] = try y.wholeNumber(value, "the margin of '\(key)'", in: 0...720)
            }
        },
        "time-zones": { y, n, l throws(InputError) in
            for (phrase, _, value) in try y.entries(try y.mapping(n, "time-zones")) {
                l.clock.zones.add(phrase.lowercased(), try y.string(value, "a zone"))
            }
        },
        "zone-nouns": { y, n, l throws(InputError) in
            l.clock.zoneNouns.formUnion(try y.strings(n, "a list of words").map { $0.lowercased() })
        },
        "parts-of-day": { y, n, l throws(InputError) in
            for (word, _, value) in try y.entries(try y.mapping(n, "parts-of-day")) {
                let part = try part(y, value, "the part of day '\(word)'")
                if word == "whole-day" { l.clock.wholeDay = part } else { l.clock.parts[word.lowercased()] = part }
            }
        },
        "part-of-day-narrowings": { y, n, l throws(InputError) in
            for (word, _, value) in try y.entries(try y.mapping(n, "part-of-day-narrowings")) {
                let fields = try y.mapping(value, "'\(word)'")
                try y.requireKnownKeys(fields, ["from", "to"], in: "a narrowing")
                var narrowing = ClockLexicon.Narrowing(from: 0, to: 1)
                for (key, _, field) in try y.entries(fields) {
                    let fraction = try y.number(field, "'\(key)' of '\(word)'")
                    guard (0...1).contains(fraction) else { throw y.error(field, "'\(key)' of '\(word)' must be between 0 and 1") }
                    if key == "from" { narrowing.from = fraction } else { narrowing.to = fraction }
                }
                guard narrowing.from < narrowing.to else { throw y.error(value, "'\(word)': 'from' must be before 'to'") }
                l.clock.narrowings[word.lowercased()] = narrowing
            }
        },
        "part-of-day-relatives": { y, n, l throws(InputError) in
            for (word, _, value) in try y.entries(try y.mapping(n, "part-of-day-relatives")) {
                l.clock.partDays[word.lowercased()] = try y.wholeNumber(value, "'\(word)'", in: -7...7)
            }
        },
    ]

    /// A time written "HH:MM" (00:00–24:00), in minutes after midnight.
    private static func clock(_ y: YAMLSource, _ node: Node, _ what: String) throws(InputError) -> Int {
        let text = try y.string(node, what)
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m),
              h * 60 + m <= 1440 else {
            throw y.error(node, "\(what): '\(text)' is not a time written HH:MM")
        }
        return h * 60 + m
    }

    /// `{from: "HH:MM", to: "HH:MM"}`; a `to` not after `from` ends on the next day.
    private static func part(_ y: YAMLSource, _ node: Node, _ what: String) throws(InputError) -> ClockLexicon.Part {
        let fields = try y.mapping(node, what)
        try y.requireKnownKeys(fields, ["from", "to"], in: what)
        var from: Int?
        var to: Int?
        for (key, _, field) in try y.entries(fields) {
            if key == "from" { from = try clock(y, field, "'from' of \(what)") } else { to = try clock(y, field, "'to' of \(what)") }
        }
        guard let from, var to else { throw y.error(node, "\(what) needs both from and to") }
        if to <= from { to += 1440 }
        return ClockLexicon.Part(from: from, to: to)
    }
}
