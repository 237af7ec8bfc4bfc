/// The fits of names to corpus clusters (`EntityResolver.fit`), kept from one look to the
/// next. A corpus cluster's forms are only ever appended to, and a fit is a fold over them in
/// order that ends at the first form called different: a name's fit to a cluster that has
/// gained forms since it was last found goes on over the new forms alone, and a fit found
/// different stays so. (In a story of a thousand articles, the same names were compared with
/// every form of the same big clusters again each time one of those gained a form.) A class:
/// a corpus stage's look-ups write to it while they read the clusters.
final class ClusterFits {
    /// `EntityResolver.fit` folded over a cluster's first `compared` forms.
    private struct Fold {
        var compared = 0
        /// The first form's match that was `different`, which decides the fit.
        var different: NameMatch?
        /// The first `same` match, else the first match.
        var best: NameMatch?
    }

    /// Names by number, numbered in the order first met.
    private var numbers: [NameValue: Int] = [:]
    /// The fold of each name and cluster, under the name's number and the cluster's index
    /// packed in one integer (the name's in the high half).
    private var folds: [Int: Fold] = [:]

    /// The number of `name`, given the first time it is met.
    func number(_ name: NameValue) -> Int {
        if let known = numbers[name] { return known }
        let next = numbers.count
        numbers[name] = next
        return next
    }

    /// `EntityResolver.fit(name, cluster)` for the cluster at `cluster`, whose forms are
    /// `forms` (a full-name cluster's), compared by `matcher`.
    func fit(_ name: NameValue, _ cluster: Int, _ forms: [NameValue], _ matcher: any NameMatcher)
        -> (NameMatch.Decision, NameMatch?) {
        fit(name, number: number(name), cluster, forms, matcher)
    }

    /// `fit`, for a name whose number the caller has.
    func fit(_ name: NameValue, number: Int, _ cluster: Int, _ forms: [NameValue], _ matcher: any NameMatcher)
        -> (NameMatch.Decision, NameMatch?) {
        ClusterFits.advance(&folds[number << 32 | cluster, default: Fold()], name, forms, matcher)
    }

    /// Carries a fold on over the forms it has not compared: the loop of `EntityResolver.fit`.
    private static func advance(_ fold: inout Fold, _ name: NameValue, _ forms: [NameValue], _ matcher: any NameMatcher)
        -> (NameMatch.Decision, NameMatch?) {
        while fold.different == nil, fold.compared < forms.count {
            let match = matcher.compare(name, forms[fold.compared])
            fold.compared += 1
            if match.decision == .different {
                fold.different = match
            } else {
                if match.decision == .same, fold.best?.decision != .same { fold.best = match }
                if fold.best == nil { fold.best = match }
            }
        }
        if let different = fold.different { return (.different, different) }
        return (fold.best?.decision ?? .unsure, fold.best)
    }
}
