import Foundation

/// An open-addressing hash index over words, the lookup behind `WordSet` and `WordMap`.
///
/// The extractors look up every token of every article in a few dozen lexicon tables; with
/// Swift's `Set<String>` and `Dictionary` each lookup runs the per-process seeded SipHash over
/// the word, which was a third of all the instructions of a run. Lexicon words and news words
/// are short and nearly always ASCII, so an ASCII word is looked up with a 64-bit FNV-1a of its
/// bytes in a power-of-two table at most half full, with a stored hash per entry (a string
/// comparison happens only on a real hit). Any other word goes to a plain `Dictionary`, which
/// keeps Swift's canonical-equivalence semantics; a non-ASCII key that is canonically an ASCII
/// word (a Kelvin sign for a K) is entered in the fast table in its ASCII form too. So every
/// lookup answers exactly what `Set<String>`/`Dictionary` answered.
struct WordIndex: Sendable {
    /// The words, in the order they were first inserted.
    private(set) var words: [String] = []
    /// Every word by Swift's own equality (canonical equivalence), for non-ASCII queries.
    private var exact: [String: Int] = [:]
    /// The fast table's ASCII forms, the word index each stands for, and their hashes.
    private var fastForms: [String] = []
    private var fastTargets: [Int] = []
    private var fastHashes: [UInt64] = []
    /// Fast-form index + 1 at each slot; 0 marks an empty slot. The count is a power of two.
    private var slots: [Int32] = []

    init() {}

    var count: Int { words.count }

    /// The index of `word`, if it is in the table.
    @inline(__always)
    func find(_ word: String) -> Int? {
        let (hash, ascii) = WordIndex.hash(word)
        guard ascii else { return exact[word] }
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if fastHashes[entry - 1] == hash, fastForms[entry - 1] == word { return fastTargets[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `word` if absent; its index either way.
    @discardableResult
    mutating func insert(_ word: String) -> (index: Int, inserted: Bool) {
        if let index = exact[word] { return (index, false) }
        words.append(word)
        let index = words.count - 1
        exact[word] = index
        addFastForm(of: index)
        return (index, true)
    }

    /// Removes the word at `index`; later words move down by one.
    mutating func remove(at index: Int) {
        var remaining = words
        remaining.remove(at: index)
        self = WordIndex()
        for word in remaining { insert(word) }
    }

    private mutating func addFastForm(of index: Int) {
        let word = words[index]
        var form = word
        var (hash, ascii) = WordIndex.hash(word)
        if !ascii {
            form = word.decomposedStringWithCanonicalMapping
            (hash, ascii) = WordIndex.hash(form)
            guard ascii else { return }
        }
        fastForms.append(form)
        fastTargets.append(index)
        fastHashes.append(hash)
        if fastForms.count * 2 > slots.count {
            slots = Array(repeating: 0, count: max(16, slots.count * 2))
            for entry in fastForms.indices { place(entry) }
        } else {
            place(fastForms.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: fastHashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// FNV-1a over the UTF-8 bytes with a final mix (so the slot bits depend on every byte), and
    /// whether every byte is ASCII.
    @inline(__always)
    static func hash(_ word: String) -> (hash: UInt64, ascii: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        if let done = word.utf8.withContiguousStorageIfAvailable({ bytes -> (UInt64, UInt8) in
            var h = hash
            var bits: UInt8 = 0
            for byte in bytes {
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                bits |= byte
            }
            return (h, bits)
        }) {
            (hash, high) = done
        } else {
            for byte in word.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                high |= byte
            }
        }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return (hash ^ (hash >> 32), high < 0x80)
    }
}
