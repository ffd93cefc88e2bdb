extension Array {
    /// The number of elements that satisfy `predicate`, each read in place. Iterating an array
    /// of structs (`for`, `filter`, `count(where:)`) copies each element, a retain of every
    /// reference it holds: for the content model's structs (an `Issue` has a dozen strings) that
    /// costs far more than the test, and dashboards count issues by status on every page.
    @inlinable
    package func count(inPlace predicate: (Element) -> Bool) -> Int {
        var n = 0
        for i in indices where predicate(self[i]) { n += 1 }
        return n
    }
}
