/// Elements joined into groups (union–find): each group is named by its smallest element, so
/// the grouping and its names do not depend on the order of the joins.
struct DisjointSets<Element: Hashable & Comparable> {
    private var parent: [Element: Element] = [:]

    /// The elements joined so far (each with itself, at least).
    var elements: Dictionary<Element, Element>.Keys { parent.keys }

    /// The smallest element of the group `element` is in (itself, if never joined).
    func root(of element: Element) -> Element {
        var element = element
        while let up = parent[element], up != element { element = up }
        return element
    }

    /// Puts `a` and `b` in one group.
    mutating func join(_ a: Element, _ b: Element) {
        let (ra, rb) = (root(of: a), root(of: b))
        if parent[ra] == nil { parent[ra] = ra }
        if parent[rb] == nil { parent[rb] = rb }
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
