import Foundation

/// What a word token yields wherever it stands — its stem (`EnglishStemmer`, when the lexicon's
/// lemma tables may hold it), its singular (`EnglishNoun`) and its `Lexicon.Extraction` start
/// bits — worked out once per distinct word and kept for the documents read after: articles
/// share most of their words, and stemming, singularising and looking up every token of every
/// document was a quarter of all the per-document instructions.
///
/// Only ASCII words are kept, keyed by their bytes: a non-ASCII word is worked out afresh each
/// time, since `String` equality (canonical equivalence) would let two different byte
/// sequences share an entry that the byte-wise stemmer answers differently. Not thread-safe:
/// each worker borrows its own from a `WordFormsPool`.
final class WordForms {
    /// The forms of one word. A class: handing a memo entry out then costs one retain, where
    /// a copy of the value retained (and, once read, released) both its strings.
    final class Forms {
        /// The stem, or the word itself when no lemma table can hold a stem of it.
        let stem: String
        /// The singular of a regular plural, or the word itself.
        let noun: String
        /// The start bits of the word and of its stem (every bit when the lexicon has no start tables).
        let starts: UInt8
        /// The `Lexicon.Lookup` bits of the tables that hold the word (every bit when the lexicon
        /// has no lookup table).
        let lookups: UInt64

        init(stem: String, noun: String, starts: UInt8, lookups: UInt64) {
            self.stem = stem
            self.noun = noun
            self.starts = starts
            self.lookups = lookups
        }
    }

    /// Distinct words kept before the memo starts over (a few megabytes at most).
    static let capacity = 1 << 17

    // Read and written by the one thread that borrowed the memo, so the run-time exclusivity
    // checks (four a look-up, costing more than the look-up) are skipped.
    @exclusivity(unchecked) private var words: [String] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var forms: [Forms] = []
    /// Entry index + 1 at each slot, 0 for an empty slot; a power of two, at most half full.
    @exclusivity(unchecked) private var slots = [Int32](repeating: 0, count: 1 << 12)

    /// The forms of a word token's normalised text.
    func forms(of word: String, _ lexicon: SharedLexicon) -> Forms {
        let (hash, ascii) = WordIndex.hash(word)
        guard ascii else { return WordForms.make(word, lexicon) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hashes[entry - 1] == hash, words[entry - 1] == word { return forms[entry - 1] }
            slot = (slot + 1) & mask
        }
        let made = WordForms.make(word, lexicon)
        if words.count >= WordForms.capacity {
            words.removeAll(keepingCapacity: true)
            hashes.removeAll(keepingCapacity: true)
            forms.removeAll(keepingCapacity: true)
            for k in slots.indices { slots[k] = 0 }
            slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
        }
        words.append(word)
        hashes.append(hash)
        forms.append(made)
        if words.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for entry in words.indices { place(entry) }
        } else {
            slots[slot] = Int32(words.count)
        }
        return made
    }

    private func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// The forms of a word, worked out.
    static func make(_ word: String, _ lexicon: SharedLexicon) -> Forms {
        let stem = Lexicon.mayStem(word, lexicon.stemPrefixes) ? EnglishStemmer.stem(word) : word
        let starts: UInt8
        if let kinds = lexicon.startKinds {
            starts = (kinds[word] ?? 0) | (lexicon.stemStartKinds?[stem] ?? 0)
        } else {
            starts = Lexicon.Extraction.all
        }
        let lookups = lexicon.lookupKinds.map { $0[word] ?? 0 } ?? Lexicon.Lookup.all
        return Forms(stem: stem, noun: EnglishNoun.singular(word), starts: starts, lookups: lookups)
    }
}

/// The `WordForms` memos of one lexicon, lent to the documents being read: a worker takes one
/// for a document, reads it without locking, and gives it back, so that memos are never shared
/// between threads and the next document starts with the words of those before.
final class WordFormsPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [WordForms] = []

    /// Runs `body` with a memo no other thread holds meanwhile.
    func borrow<Result>(_ body: (WordForms) -> Result) -> Result {
        lock.lock()
        let memo = idle.popLast() ?? WordForms()
        lock.unlock()
        defer {
            lock.lock()
            idle.append(memo)
            lock.unlock()
        }
        return body(memo)
    }
}
