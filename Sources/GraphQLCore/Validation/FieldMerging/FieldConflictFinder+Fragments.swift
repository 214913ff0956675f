// The fragment walks of the conflict search (graphql-js's collectConflictsBetweenFieldsAndFragment
// and collectConflictsBetweenFragments), with explicit stacks in the order the recursion
// would take, so that long fragment chains cannot overflow the stack.

extension FieldConflictFinder {
    // MARK: Fields and fragments (D, E)

    /// Compares a collection of fields with a fragment's fields, then with the fragments that
    /// fragment spreads, depth first, each (spread, spreader) pair once.
    @inline(never)
    func collectBetween(_ collection: FieldsAndFragmentNames, fragmentNamed name: Int, exclusive: Bool,
                                into conflicts: inout [FieldConflict], limit: Int) {
        var stack: [(name: Int, spreader: Int)] = [(name, -1)]
        while let (current, spreader) = stack.popLast() {
            if spreader >= 0 {
                if comparedFragmentPairs.contains(current, spreader, areMutuallyExclusive: exclusive) { continue }
                comparedFragmentPairs.insert(current, spreader, areMutuallyExclusive: exclusive)
            }
            guard let collection2 = fragmentCollection(current) else { continue }
            if collection === collection2 { continue }
            collectBetween(collection, collection2, exclusive: exclusive, into: &conflicts, limit: limit)
            for referenced in collection2.fragmentNames.reversed() { stack.append((referenced, current)) }
        }
    }

    // MARK: Between fragments (F, G)

    /// Compares two fragments' fields, then the first with the second's spreads and the first's
    /// spreads with the second, depth first, each pair once.
    @inline(never)
    func collectBetween(fragmentNamed name1: Int, and name2: Int, exclusive: Bool,
                                into conflicts: inout [FieldConflict], limit: Int) {
        var stack: [(Int, Int)] = [(name1, name2)]
        while let (first, second) = stack.popLast() {
            if first == second { continue }
            if comparedFragmentPairs.contains(first, second, areMutuallyExclusive: exclusive) { continue }
            comparedFragmentPairs.insert(first, second, areMutuallyExclusive: exclusive)
            guard let collection1 = fragmentCollection(first), let collection2 = fragmentCollection(second) else { continue }
            collectBetween(collection1, collection2, exclusive: exclusive, into: &conflicts, limit: limit)
            let firstCount = stack.count
            for referenced in collection2.fragmentNames { stack.append((first, referenced)) }
            for referenced in collection1.fragmentNames { stack.append((referenced, second)) }
            stack[firstCount...].reverse()
        }
    }
}
