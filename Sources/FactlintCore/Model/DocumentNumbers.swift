/// The document of each claim of a list, numbered from 0 in order of first appearance, and how
/// many documents there are: resolution groups a story's names by document, and the checks
/// count and group a key's claims by document; hashing every claim's path for it, several times
/// a key, was a fifth of the agreement check. A story's claims come document by document and a
/// key's sorted by place, so one document's claims are one run: a claim whose path is the one
/// before takes its number. Paths are hashed only for a list not in that order.
struct DocumentNumbers {
    /// Per claim, its document's number.
    let numbers: [Int]
    /// The number of documents.
    let count: Int

    init(_ claims: [Claim]) {
        self.init(paths: claims.lazy.map(\.span.path))
    }

    /// The documents of any list of places, given by their paths (an entity's mentions).
    init<Paths: Collection<String>>(paths: Paths) {
        if let numbers = DocumentNumbers.byRuns(paths) {
            self.init(numbers: numbers, count: numbers.last.map { $0 + 1 } ?? 0)
        } else {
            self.init(hashing: paths)
        }
    }

    private init(numbers: [Int], count: Int) {
        self.numbers = numbers
        self.count = count
    }

    /// The numbers when each document's places are one run in path order, else nil.
    private static func byRuns<Paths: Collection<String>>(_ paths: Paths) -> [Int]? {
        var numbers: [Int] = []
        numbers.reserveCapacity(paths.count)
        var previous: String?
        for path in paths {
            if let last = previous {
                if last == path {
                    numbers.append(numbers[numbers.count - 1])
                    continue
                }
                guard last.utf8Precedes(path) else { return nil }
            }
            numbers.append(numbers.last.map { $0 + 1 } ?? 0)
            previous = path
        }
        return numbers
    }

    private init<Paths: Collection<String>>(hashing paths: Paths) {
        var numberOf: [String: Int] = [:]
        var numbers: [Int] = []
        numbers.reserveCapacity(paths.count)
        for path in paths {
            let number = numberOf[path] ?? numberOf.count
            numberOf[path] = number
            numbers.append(number)
        }
        self.init(numbers: numbers, count: numberOf.count)
    }

    subscript(claim: Int) -> Int { numbers[claim] }
}
