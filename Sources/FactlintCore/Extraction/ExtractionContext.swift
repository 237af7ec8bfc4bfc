/// What the extractors of one document share: its tokens, the lexicon, the reference date, and
/// which tokens an earlier extractor has already claimed (so a year is not also a count).
public struct ExtractionContext {
    /// What never changes while a document is read, held by reference: extractors pass the
    /// context by value into every helper, and a copy then costs one retain, not one per field.
    private final class Shared {
        let document: Document
        let text: TokenizedText
        let lexicon: SharedLexicon
        let numbers: NumberMemo
        /// For each token, the `Lexicon.Extraction` bits of the kinds it may start: one look-up
        /// a token for the time, duration and quantity scans together; every bit for a number
        /// (always tried) and for every token when the lexicon has no start tables.
        let starts: [UInt8]
        /// For each token, the `Lexicon.Lookup` bits of the tables that hold its word (every bit
        /// for a number, and for every token when the lexicon has no lookup table).
        let lookups: [UInt64]
        /// The stem of each word token (`EnglishStemmer`), the normalised text of any other.
        let stems: [String]
        /// The singular of each word token (`EnglishNoun`), the normalised text of any other.
        let nouns: [String]
        /// For each token, whether its sentence is written in title case (`isTitleCase`): asked
        /// for every capitalised word, and answered once a sentence.
        let titleCase: [Bool]
        /// The clause found last (`clause(containing:)`): a sentence's clauses do not overlap,
        /// so any token inside it has the same clause, and a claim's questions come in a row.
        var lastClause = 0..<0

        init(document: Document, text: TokenizedText, lexicon: SharedLexicon) {
            self.document = document
            self.text = text
            self.lexicon = lexicon
            let count = text.tokens.count
            numbers = NumberMemo(count: count)
            // Each word's stem (lemma phrase tables are matched on stems), singular (counted-noun
            // tables) and start bits, from the lexicon's memo: a word seen in an earlier
            // document is not stemmed again. Any other token is its own stem and singular; a
            // number starts every kind, a mark those its start tables give it.
            var stems = [String]()
            stems.reserveCapacity(count)
            var nouns = [String]()
            nouns.reserveCapacity(count)
            var starts = [UInt8](repeating: Lexicon.Extraction.all, count: count)
            var lookups = [UInt64](repeating: Lexicon.Lookup.all, count: count)
            let kinds = lexicon.startKinds
            let lookupKinds = lexicon.lookupKinds
            let stemKinds = lexicon.stemStartKinds
            lexicon.wordForms.borrow { memo in
                text.tokens.withUnsafeBufferPointer { tokens in
                    text.norms.withUnsafeBufferPointer { norms in
                        for k in 0..<count {
                            let norm = norms[k]
                            switch tokens[k].kind {
                            case .word:
                                let forms = memo.forms(of: norm, lexicon)
                                stems.append(forms.stem)
                                nouns.append(forms.noun)
                                starts[k] = forms.starts
                                lookups[k] = forms.lookups
                            case .number:
                                stems.append(norm)
                                nouns.append(norm)
                            case .punctuation:
                                stems.append(norm)
                                nouns.append(norm)
                                if let kinds { starts[k] = (kinds[norm] ?? 0) | (stemKinds?[norm] ?? 0) }
                                if let lookupKinds { lookups[k] = lookupKinds[norm] ?? 0 }
                            }
                        }
                    }
                }
            }
            self.stems = stems
            self.nouns = nouns
            self.starts = starts
            self.lookups = lookups
            var titleCase = [Bool](repeating: false, count: count)
            for sentence in text.sentences where Shared.isTitleCase(sentence, text.tokens) {
                for k in sentence where k < count { titleCase[k] = true }
            }
            self.titleCase = titleCase
        }

        /// Whether most of the sentence's longer words (over three bytes) are capitalised.
        static func isTitleCase(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
            var words = 0
            var capitalised = 0
            for i in sentence where i < tokens.count && tokens[i].kind == .word && tokens[i].end - tokens[i].start > 3 {
                words += 1
                if tokens[i].capitalized { capitalised += 1 }
            }
            return words >= 3 && capitalised * 10 >= words * 7
        }
    }

    private let shared: Shared
    public var document: Document { shared.document }
    public var text: TokenizedText { shared.text }
    public var lexicon: SharedLexicon { shared.lexicon }
    /// The document's reference date, if it has one.
    public var referenceDate: DatePoint? { shared.document.metadata.referenceDate }
    /// Tokens already part of a mention.
    public var consumed: [Bool]
    /// Mentions found by the extractors that ran before (quotes look for their speakers' names).
    public var found: [Mention] = []
    /// Numbers already read at each token (shared by the copies of this context).
    var numbers: NumberMemo { shared.numbers }

    public init(document: Document, text: TokenizedText, lexicon: Lexicon) {
        self.init(document: document, text: text, lexicon: SharedLexicon(lexicon))
    }

    public init(document: Document, text: TokenizedText, lexicon: SharedLexicon) {
        shared = Shared(document: document, text: text, lexicon: lexicon)
        consumed = Array(repeating: false, count: text.tokens.count)
    }

    /// For each token, the `Lexicon.Extraction` bits of what it may start (every bit for a
    /// number, and for every token when the lexicon has no start tables).
    public var starts: [UInt8] { shared.starts }

    public var tokens: [Token] { shared.text.tokens }
    public var norms: [String] { shared.text.norms }
    /// The stem of each word token (`EnglishStemmer`; the normalised text of any other token),
    /// computed once a document: what lemma phrase tables (events, counted nouns) are matched on.
    public var stems: [String] { shared.stems }
    /// The singular of each word token (`EnglishNoun`; the normalised text of any other token),
    /// computed once a document: what counted-noun tables are matched on.
    public var nouns: [String] { shared.nouns }
    public var count: Int { shared.text.tokens.count }

    /// The normalised word at `index`, or "" outside the text.
    @inline(__always)
    public func norm(_ index: Int) -> String {
        let norms = shared.text.norms
        return index >= 0 && index < norms.count ? norms[index] : ""
    }

    /// Whether the token at `index` is the one-byte mark `mark` ("-", ",", "("), false outside
    /// the text: what `norm(index) == "-"` answers, read as a byte, where `==` on strings is a
    /// library call for every token that is not the mark. Only for ASCII marks other than ";"
    /// and "`", which a non-ASCII mark equals canonically (U+037E, U+1FEF).
    @inline(__always)
    public func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        UInt32(Tokenizer.soleByte(norm(index))) == mark.value
    }

    @inline(__always)
    public func token(_ index: Int) -> Token? {
        let tokens = shared.text.tokens
        return index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// Whether the token at `index` is a word.
    @inline(__always)
    public func isWord(_ index: Int) -> Bool { token(index)?.kind == .word }

    /// Whether the token at `index` touches the one before it.
    @inline(__always)
    public func isJoined(_ index: Int) -> Bool { token(index)?.joined ?? false }

    /// Whether any token in the range is consumed.
    public func isFree(_ range: Range<Int>) -> Bool {
        for i in range where i < consumed.count && consumed[i] { return false }
        return true
    }

    /// Marks the tokens as part of a mention.
    public mutating func consume(_ range: Range<Int>) {
        for i in range where i < consumed.count { consumed[i] = true }
    }

    /// The mentions `find` reads, scanning the tokens left to right: at each token not yet
    /// taken, `find` gives a mention's value and its first and end token, or nil; a mention
    /// whose tokens are all free is kept and the scan goes on after it. A word or punctuation
    /// mark that starts no mention of the kind (`Lexicon.Extraction` bit `kind`; the lexicon's
    /// start tables, read once per token for all kinds) is passed over; a number is always
    /// tried.
    public mutating func scan(startingWith kind: UInt8,
                              _ find: (Int, ExtractionContext) -> (value: Mention.Value, first: Int, end: Int)?) -> [Mention] {
        var mentions: [Mention] = []
        let starts = shared.starts
        var i = 0
        while i < count {
            if starts[i] & kind == 0 {
                i += 1
                continue
            }
            if !consumed[i], let found = find(i, self), isFree(found.first..<found.end) {
                mentions.append(mention(found.value, found.first, found.end))
                consume(found.first..<found.end)
                i = found.end
                continue
            }
            i += 1
        }
        return mentions
    }

    /// A mention over tokens `first..<end`.
    public func mention(_ value: Mention.Value, _ first: Int, _ end: Int) -> Mention {
        Mention(value, start: text.tokens[first].start, end: text.tokens[end - 1].end, firstToken: first, endToken: end)
    }

    /// The clause around a token: the sentence cut at clause breaks (";", ":") and at a comma
    /// followed by a clause opener ("but", "though", "who", "with").
    public func clause(containing index: Int) -> Range<Int> {
        if shared.lastClause.contains(index) { return shared.lastClause }
        let sentence = text.sentence(containing: index)
        var start = index
        while start > sentence.lowerBound, !startsClause(start) { start -= 1 }
        var end = index + 1
        while end < sentence.upperBound, !startsClause(end) { end += 1 }
        shared.lastClause = start..<end
        return start..<end
    }

    /// Whether a new clause begins at token `index`.
    public func startsClause(_ index: Int) -> Bool {
        // After a word or number, only a clause break written with letters could start one.
        if let previous = token(index - 1), previous.kind != .punctuation, !lexicon.clauseBreaksHaveWords { return false }
        let previous = norm(index - 1)
        if lexicon.clauseBreaks.contains(previous) { return !isInsideNumber(index - 1) }
        if previous == ",", lexicon.clauseOpeners.contains(norm(index)) { return true }
        return false
    }

    /// Whether the mark at `index` joins two numbers ("9:40", "3:1"): it breaks no clause.
    private func isInsideNumber(_ index: Int) -> Bool {
        token(index - 1)?.kind == .number && token(index + 1)?.kind == .number && isJoined(index) && isJoined(index + 1)
    }

    /// Whether the sentence around `index` is written in title case (a headline): most of its
    /// longer words are capitalised, so capitals say nothing about names there.
    public func isTitleCase(sentenceOf index: Int) -> Bool {
        let titleCase = shared.titleCase
        if index >= 0 && index < titleCase.count { return titleCase[index] }
        return Shared.isTitleCase(text.sentence(containing: index), tokens)
    }

    /// Whether the clause around `index` speaks of the future (a future cue appears in it).
    public func clauseIsFuture(_ index: Int) -> Bool { clause(around: index, holdsCueOf: lexicon.futureCues) }

    /// Whether the clause around `index` holds a past-tense cue.
    public func clauseIsPast(_ index: Int) -> Bool { clause(around: index, holdsCueOf: lexicon.pastCues) }

    /// Whether a cue of `cues` (future or past) starts in the clause around `index`. Only a
    /// token with the tense-cue start bit is looked up.
    private func clause(around index: Int, holdsCueOf cues: PhraseTable<Bool>) -> Bool {
        let norms = self.norms
        for i in clause(containing: index) where startBits(i) & Lexicon.Extraction.tenseCue != 0 && cues.contains(norms, at: i) {
            return true
        }
        return false
    }

    /// Whether the lexicon table `table` (a `Lexicon.Lookup` bit) may hold the word at `index`:
    /// false only when it does not, so a look-up it turns away would have found nothing.
    /// Outside the text (where `norm` is "") the table is asked.
    @inline(__always)
    public func may(_ index: Int, _ table: UInt64) -> Bool {
        let lookups = shared.lookups
        return index < 0 || index >= lookups.count || lookups[index] & table != 0
    }

    /// The `Lexicon.Extraction` start bits of the token at `index`, none outside the text.
    @inline(__always)
    public func startBits(_ index: Int) -> UInt8 {
        let starts = shared.starts
        return index >= 0 && index < starts.count ? starts[index] : 0
    }
}

/// What `NumberParser` read at each token of one document: unknown, no number, or the number.
final class NumberMemo {
    private enum Slot {
        case unknown
        case known(NumberParser.Parsed?)
    }

    /// Read and written only through the subscript, by the one thread that extracts the
    /// document, so the run-time exclusivity checks (a third of a cached look-up) are skipped.
    @exclusivity(unchecked) private var slots: [Slot]

    init(count: Int) { slots = Array(repeating: .unknown, count: count) }

    /// nil while unknown; `.some(nil)` when there is no number at the token.
    subscript(index: Int) -> NumberParser.Parsed?? {
        get {
            guard case .known(let parsed) = slots[index] else { return nil }
            return .some(parsed)
        }
        set {
            guard let newValue else { return }
            slots[index] = .known(newValue)
        }
    }
}
