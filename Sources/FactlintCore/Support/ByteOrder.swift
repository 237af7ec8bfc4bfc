import Foundation

extension String {
    /// Whether the string's UTF-8 bytes sort before `other`'s: the order every report, path
    /// list and tie-break uses (the same on every machine and locale, unlike `<`, which orders
    /// by Unicode scalars after normalisation). Compared with `memcmp` over the contiguous
    /// bytes; the answer is `utf8.lexicographicallyPrecedes(other.utf8)`'s, which walked the
    /// bytes one iterator step at a time.
    func utf8Precedes(_ other: String) -> Bool {
        let answer = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool in
                let shared = Swift.min(a.count, b.count)
                if shared > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                    let order = memcmp(pa, pb, shared)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
        if let answer, let answer { return answer }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }
}
