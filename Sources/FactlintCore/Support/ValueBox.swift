/// A value held by reference and compared and hashed by value: a struct that is copied often
/// (a claim, a name) keeps a large or string-heavy part in one, so that a copy is one retain
/// instead of a copy of every field. The value never changes; a change stores a new box.
final class ValueBox<Value: Hashable & Sendable>: Sendable, Hashable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: ValueBox, rhs: ValueBox) -> Bool { lhs === rhs || lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
