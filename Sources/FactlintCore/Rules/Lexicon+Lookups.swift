/// Which of the lexicon's tables a word is a key of, as bits (`Lexicon.lookupKinds`): the date,
/// duration, quantity, measurement and clock-time extractors try every token that may start their
/// kind ("a", "to", "in" among the commonest) and look its word and its neighbours up in a
/// cascade of tables, nearly always in vain. A token's bits are read once per distinct word
/// (`WordForms`); a table whose bit is clear is not looked up, and answers what it would have
/// (nil, false): the bit is set exactly when the table holds the word. The frame slots read
/// each figure's sentence word by word against the source, place and modality phrases alike,
/// the name extractor the words in and after a run of names against the title phrases, and
/// the vote keys every figure's sentence against "respectively" and the vote nouns.
extension Lexicon {
    /// One bit per table, `lookupKinds`'s values. A phrase table's bit is that of its first words
    /// (what `PhraseTable.match(_:at:)` looks up first).
    public enum Lookup {
        public static let timeUnits: UInt64 = 1 << 0
        public static let fractions: UInt64 = 1 << 1
        public static let numberWords: UInt64 = 1 << 2
        public static let tens: UInt64 = 1 << 3
        public static let ordinals: UInt64 = 1 << 4
        public static let weekdays: UInt64 = 1 << 5
        public static let months: UInt64 = 1 << 6
        public static let definiteDeterminers: UInt64 = 1 << 7
        public static let boundsBefore: UInt64 = 1 << 8
        public static let relativeModifiers: UInt64 = 1 << 9
        public static let relativeDays: UInt64 = 1 << 10
        public static let relativeDayPhrases: UInt64 = 1 << 11
        public static let datePartWords: UInt64 = 1 << 12
        public static let weekendWords: UInt64 = 1 << 13
        public static let since: UInt64 = 1 << 14
        public static let until: UInt64 = 1 << 15
        public static let dateRangeOpeners: UInt64 = 1 << 16
        public static let datePrepositions: UInt64 = 1 << 17
        public static let vague: UInt64 = 1 << 18
        public static let vagueDurations: UInt64 = 1 << 19
        public static let rangeOpeners: UInt64 = 1 << 20
        public static let negativeSigns: UInt64 = 1 << 21
        public static let currencyPrefixes: UInt64 = 1 << 22
        public static let durationAdjectives: UInt64 = 1 << 23
        public static let ordinalNumbers: UInt64 = 1 << 24
        public static let ageAfter: UInt64 = 1 << 25
        public static let ago: UInt64 = 1 << 26
        public static let notDurationBefore: UInt64 = 1 << 27
        public static let clockWords: UInt64 = 1 << 28
        public static let clockApproximators: UInt64 = 1 << 29
        public static let clockParts: UInt64 = 1 << 30
        public static let clockNarrowings: UInt64 = 1 << 31
        public static let clockPartDays: UInt64 = 1 << 32
        public static let clockWeekendWords: UInt64 = 1 << 33
        public static let scales: UInt64 = 1 << 34
        public static let unitsBefore: UInt64 = 1 << 35
        public static let unitsAfter: UInt64 = 1 << 36
        public static let attribution: UInt64 = 1 << 37
        public static let sourcePhrases: UInt64 = 1 << 38
        public static let sourceAfter: UInt64 = 1 << 39
        public static let placePrepositions: UInt64 = 1 << 40
        public static let wholePlaceWords: UInt64 = 1 << 41
        public static let denialCues: UInt64 = 1 << 42
        public static let projectionCues: UInt64 = 1 << 43
        public static let estimateCues: UInt64 = 1 << 44
        public static let earlierCues: UInt64 = 1 << 45
        public static let personTitles: UInt64 = 1 << 46
        public static let organizationDescriptors: UInt64 = 1 << 47
        public static let respectively: UInt64 = 1 << 48
        public static let voteNouns: UInt64 = 1 << 49
        /// Every table: a token not looked up (a number), or a lexicon not compiled.
        public static let all: UInt64 = .max
    }

    /// Each key of the tables `Lookup` names → the bits of the tables that hold it.
    func lookupTable() -> WordMap<UInt64> {
        let tables: [([String], UInt64)] = [
            (timeUnits.keys, Lookup.timeUnits), (fractions.keys, Lookup.fractions), (numberWords.keys, Lookup.numberWords),
            (tens.keys, Lookup.tens), (Array(ordinals), Lookup.ordinals), (weekdays.keys, Lookup.weekdays),
            (months.keys, Lookup.months), (Array(definiteDeterminers), Lookup.definiteDeterminers),
            (boundsBefore.firstWords, Lookup.boundsBefore), (relativeModifiers.keys, Lookup.relativeModifiers),
            (relativeDays.keys, Lookup.relativeDays), (relativeDayPhrases.firstWords, Lookup.relativeDayPhrases),
            (datePartWords.firstWords, Lookup.datePartWords), (Array(weekendWords), Lookup.weekendWords),
            (Array(since), Lookup.since), (Array(until), Lookup.until), (Array(dateRangeOpeners), Lookup.dateRangeOpeners),
            (Array(datePrepositions), Lookup.datePrepositions), (vague.firstWords, Lookup.vague),
            (vagueDurations.firstWords, Lookup.vagueDurations), (Array(rangeOpeners), Lookup.rangeOpeners),
            (Array(negativeSigns), Lookup.negativeSigns), (Array(currencyPrefixes), Lookup.currencyPrefixes),
            (Array(durationAdjectives), Lookup.durationAdjectives), (ordinalNumbers.keys, Lookup.ordinalNumbers),
            (Array(ageAfter), Lookup.ageAfter), (Array(ago), Lookup.ago), (Array(notDurationBefore), Lookup.notDurationBefore),
            (clock.words.keys, Lookup.clockWords), (clock.approximators.firstWords, Lookup.clockApproximators),
            (clock.parts.keys, Lookup.clockParts), (clock.narrowings.keys, Lookup.clockNarrowings),
            (clock.partDays.keys, Lookup.clockPartDays), (Array(clock.weekendWords), Lookup.clockWeekendWords),
            (scales.keys, Lookup.scales), (measures.unitsBefore.firstWords, Lookup.unitsBefore),
            (measures.unitsAfter.firstWords, Lookup.unitsAfter), (attribution.firstWords, Lookup.attribution),
            (frames.sourcePhrases.firstWords, Lookup.sourcePhrases), (frames.sourceAfter.firstWords, Lookup.sourceAfter),
            (frames.placePrepositions.firstWords, Lookup.placePrepositions),
            (frames.wholePlaceWords.firstWords, Lookup.wholePlaceWords), (frames.denialCues.firstWords, Lookup.denialCues),
            (frames.projectionCues.firstWords, Lookup.projectionCues), (frames.estimateCues.firstWords, Lookup.estimateCues),
            (frames.earlierCues.firstWords, Lookup.earlierCues), (names.personTitles.firstWords, Lookup.personTitles),
            (names.organizationDescriptors.firstWords, Lookup.organizationDescriptors),
            (Array(measures.respectively), Lookup.respectively), (Array(measures.voteNouns), Lookup.voteNouns),
        ]
        var kinds: WordMap<UInt64> = [:]
        for (words, bit) in tables {
            for word in words { kinds[word] = (kinds[word] ?? 0) | bit }
        }
        return kinds
    }
}
