// The conflict search of OverlappingFieldsCanBeMergedRule, as graphql-js 16 makes it:
//
// A) each selection set is compared "within" itself, once, when the walker enters it;
// B) its fields are compared "between" each fragment it spreads, and C) those fragments
//    "between" each other;
// D, E) comparing fields with a fragment compares them with the fragment's fields, then with
//    the fragments it spreads (each pair of fragments once);
// F, G) comparing two fragments compares their fields, then each with the other's spreads;
// H, I, J) two fields with selection sets compare those sets the same way.
//
// Three things keep it fast on hostile documents, without changing any answer:
// - the fields and fragment names of a selection set are collected once (by its offset);
// - fields that are structurally the same (same parent type, name, arguments and sub-selection
//   shape) fall into one class, and a pair of classes found compatible is not compared again,
//   so a thousand copies of one field cost one comparison, not half a million;
// - the fragment walks (E, G) use explicit stacks in the recursion's order, so long fragment
//   chains cannot overflow the stack.

/// Finds conflicting fields in selection sets, remembering what it compared for the whole
/// document.
final class FieldConflictFinder {
    let schema: GraphQLSchema
    let fragment: (String) -> FragmentDefinitionNode?
    /// The most conflicts one selection set reports; after that many, validation has stopped anyway.
    let limit: Int
    /// The most subfield conflicts kept under one pair of fields.
    let subfieldLimit: Int

    var comparedFragmentPairs = FragmentPairSet()
    var names = NameTable()
    /// Fragment definitions' collections by name number; `.some(nil)` for unknown fragments.
    var fragmentCollections: [Int: FieldsAndFragmentNames?] = [:]
    var collected: [Int32: FieldsAndFragmentNames] = [:]
    var shapes: [Int32: Int] = [:]
    var shapeIDs: [[ShapeItem]: Int] = [:]
    var classIDs: [ClassKey: Int] = [:]
    private var compatible: Set<ClassPair> = []

    /// Sub-selection pairs being compared on the current path: meeting one again means a
    /// fragment cycle (which NoFragmentCyclesRule reports), and comparing it again would
    /// never end.
    private var comparing: Set<SelectionPair> = []
    /// How deep field comparisons nest now, and the most they may: each level takes a few KiB
    /// of stack, and 100 levels fit a 512 KiB thread stack with room to spare. Real documents
    /// nest a few levels; more than 100 takes fragment chains or absurd nesting.
    private var nesting = 0
    static let maxNesting = 100
    /// How many field comparisons were made, and the most that may be.
    private var comparisons = 0
    static let maxComparisons = 2_000_000
    /// Why the search gave up, if it did: the document is rejected rather than half-checked.
    private(set) var gaveUp: GiveUpReason?

    enum GiveUpReason {
        case tooDeep
        case tooManyComparisons
    }

    init(schema: GraphQLSchema, fragment: @escaping (String) -> FragmentDefinitionNode?,
         limit: Int = 1_000, subfieldLimit: Int = 1_000) {
        self.schema = schema
        self.fragment = fragment
        self.limit = limit
        self.subfieldLimit = subfieldLimit
    }

    // MARK: Within a selection set (A, B, C)

    /// Every conflict within a selection set, including through the fragments it spreads.
    func conflictsWithin(_ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        if Self.hasOnlyDistinctFields(selectionSet) { return conflicts }
        let collection = fieldsAndFragmentNames(selectionSet, parentType: parentType)
        for name in collection.responseNames {
            guard let fields = collection.fields[name], fields.count > 1 else { continue }
            collectWithin(fields, responseName: names[name], into: &conflicts)
        }
        let names = collection.fragmentNames
        for (index, name) in names.enumerated() {
            collectBetween(collection, fragmentNamed: name, exclusive: false, into: &conflicts, limit: limit)
            for other in names[(index + 1)...] {
                collectBetween(fragmentNamed: name, and: other, exclusive: false, into: &conflicts, limit: limit)
            }
        }
        return conflicts
    }

    /// Whether a selection set is only fields with distinct response keys: nothing in it can
    /// conflict (the common case, answered without collecting anything).
    private static func hasOnlyDistinctFields(_ selectionSet: SelectionSetNode) -> Bool {
        let selections = selectionSet.selections
        var keys: [String] = []
        keys.reserveCapacity(selections.count)
        for selection in selections {
            guard case .field(let field) = selection else { return false }
            keys.append(field.responseKey)
        }
        if keys.count <= 16 {
            for i in keys.indices {
                for j in (i + 1)..<keys.count where keys[i] == keys[j] { return false }
            }
            return true
        }
        return Set(keys).count == keys.count
    }

    /// Compares every field of one response name with every later one (never exclusive).
    @inline(never)
    private func collectWithin(_ fields: [CollectedField], responseName: String, into conflicts: inout [FieldConflict]) {
        if fields.count <= 8 {
            for i in fields.indices {
                for j in (i + 1)..<fields.count {
                    guard conflicts.count < limit else { return }
                    compare(fields[i], fields[j], exclusive: false, responseName: responseName, into: &conflicts)
                }
            }
            return
        }
        let classes = ClassedFields(fields.map(fieldClass))
        for i in fields.indices {
            rowPairs(classes, row: classes.ids[i], after: i, exclusive: false, into: &conflicts, limit: limit) { j in
                findConflict(fields[i], fields[j], exclusive: false, responseName: responseName)
            }
        }
    }

    // MARK: Between sets of fields (D, F, H)

    /// Compares each field of `collection1` with each field of the same response name in `collection2`.
    @inline(never)
    func collectBetween(_ collection1: FieldsAndFragmentNames, _ collection2: FieldsAndFragmentNames,
                                exclusive: Bool, into conflicts: inout [FieldConflict], limit: Int) {
        for name in collection1.responseNames {
            guard let fields1 = collection1.fields[name], let fields2 = collection2.fields[name] else { continue }
            if fields1.count * fields2.count <= 16 {
                for field1 in fields1 {
                    for field2 in fields2 {
                        guard conflicts.count < limit else { return }
                        compare(field1, field2, exclusive: exclusive, responseName: names[name], into: &conflicts)
                    }
                }
                continue
            }
            let classes = ClassedFields(fields2.map(fieldClass))
            let responseName = names[name]
            for field1 in fields1 {
                rowPairs(classes, row: fieldClass(field1), after: -1, exclusive: exclusive, into: &conflicts, limit: limit) { j in
                    findConflict(field1, fields2[j], exclusive: exclusive, responseName: responseName)
                }
            }
        }
    }

    /// Compares two fields unless their classes are known to be compatible.
    private func compare(_ field1: CollectedField, _ field2: CollectedField, exclusive: Bool, responseName: String,
                         into conflicts: inout [FieldConflict]) {
        let pair = ClassPair(first: fieldClass(field1), second: fieldClass(field2), exclusive: exclusive)
        if compatible.contains(pair) { return }
        if let conflict = findConflict(field1, field2, exclusive: exclusive, responseName: responseName) {
            conflicts.append(conflict)
        } else {
            compatible.insert(pair)
        }
    }

    /// Runs `compare` for the positions after `after` in order, leaving out those whose class
    /// is already known to be compatible with `row`'s.
    @inline(never)
    private func rowPairs(_ classes: ClassedFields, row: Int, after: Int, exclusive: Bool,
                          into conflicts: inout [FieldConflict], limit: Int, compare: (Int) -> FieldConflict?) {
        guard conflicts.count < limit else { return }
        var candidates: [Int] = []
        for (other, positions) in classes.positions
        where !compatible.contains(ClassPair(first: row, second: other, exclusive: exclusive)) {
            if after < 0 {
                candidates.append(contentsOf: positions)
            } else {
                candidates.append(contentsOf: positions.drop { $0 <= after })
            }
        }
        if candidates.isEmpty { return }
        candidates.sort()
        for j in candidates {
            guard conflicts.count < limit else { return }
            let pair = ClassPair(first: row, second: classes.ids[j], exclusive: exclusive)
            if compatible.contains(pair) { continue }
            if let conflict = compare(j) {
                conflicts.append(conflict)
            } else {
                compatible.insert(pair)
            }
        }
    }

    // MARK: Two fields (H, I, J)

    /// The conflict between two fields of one response name, their subfields included, if any.
    private func findConflict(_ field1: CollectedField, _ field2: CollectedField, exclusive parentsExclusive: Bool,
                              responseName: String) -> FieldConflict? {
        // Fields on two different object types can never apply to one object.
        let exclusive = parentsExclusive
            || (field1.parentType !== field2.parentType
                && field1.parentType is GraphQLObjectType && field2.parentType is GraphQLObjectType)
        comparisons += 1
        if comparisons > Self.maxComparisons {
            gaveUp = gaveUp ?? .tooManyComparisons
            return nil
        }
        let node1 = field1.node, node2 = field2.node
        if !exclusive {
            if node1.name.value != node2.name.value {
                return Self.conflict(.differentFields, field1, field2, responseName: responseName)
            }
            if field1.argumentsKey != field2.argumentsKey {
                return Self.conflict(.differingArguments, field1, field2, responseName: responseName)
            }
        }
        let type1 = field1.definition?.type, type2 = field2.definition?.type
        if let type1, let type2, Self.doTypesConflict(type1, type2) {
            return Self.conflict(.conflictingTypes, field1, field2, responseName: responseName)
        }
        guard let set1 = node1.selectionSet, let set2 = node2.selectionSet else { return nil }
        let pair = SelectionPair(first: set1.loc.start, second: set2.loc.start, exclusive: exclusive)
        let tracked = set1.loc.end > 0 && set2.loc.end > 0
        if tracked {
            guard comparing.insert(pair).inserted else { return nil }
        }
        nesting += 1
        defer {
            nesting -= 1
            if tracked { comparing.remove(pair) }
        }
        if nesting > Self.maxNesting {
            gaveUp = gaveUp ?? .tooDeep
            return nil
        }
        let conflicts = conflictsBetween(set1, parentType: type1?.namedType, set2, parentType: type2?.namedType,
                                         exclusive: exclusive)
        guard !conflicts.isEmpty else { return nil }
        return FieldConflict(
            reason: ConflictReason(responseName: responseName, detail: .subfields(conflicts.map(\.reason))),
            fields1: [node1.loc] + conflicts.flatMap(\.fields1),
            fields2: [node2.loc] + conflicts.flatMap(\.fields2))
    }

    private enum DirectConflict {
        case differentFields, differingArguments, conflictingTypes
    }

    /// A conflict between two fields themselves (built apart, to keep the recursion's frames small).
    @inline(never)
    private static func conflict(_ kind: DirectConflict, _ field1: CollectedField, _ field2: CollectedField,
                                 responseName: String) -> FieldConflict {
        let message: String
        switch kind {
        case .differentFields:
            message = "\"\(field1.node.name.value)\" and \"\(field2.node.name.value)\" are different fields"
        case .differingArguments:
            message = "they have differing arguments"
        case .conflictingTypes:
            message = "they return conflicting types \"\(field1.definition!.type)\" and \"\(field2.definition!.type)\""
        }
        return FieldConflict(reason: ConflictReason(responseName: responseName, detail: .message(message)),
                             fields1: [field1.node.loc], fields2: [field2.node.loc])
    }

    /// The conflicts between the sub-selections of two fields of one response name.
    @inline(never)
    private func conflictsBetween(_ set1: SelectionSetNode, parentType parentType1: GraphQLNamedType?,
                                  _ set2: SelectionSetNode, parentType parentType2: GraphQLNamedType?,
                                  exclusive: Bool) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let limit = subfieldLimit
        let collection1 = fieldsAndFragmentNames(set1, parentType: parentType1)
        let collection2 = fieldsAndFragmentNames(set2, parentType: parentType2)
        // (H)
        collectBetween(collection1, collection2, exclusive: exclusive, into: &conflicts, limit: limit)
        // (I)
        for name in collection2.fragmentNames {
            collectBetween(collection1, fragmentNamed: name, exclusive: exclusive, into: &conflicts, limit: limit)
        }
        for name in collection1.fragmentNames {
            collectBetween(collection2, fragmentNamed: name, exclusive: exclusive, into: &conflicts, limit: limit)
        }
        // (J)
        for name1 in collection1.fragmentNames {
            for name2 in collection2.fragmentNames {
                collectBetween(fragmentNamed: name1, and: name2, exclusive: exclusive, into: &conflicts, limit: limit)
            }
        }
        return conflicts
    }

    /// Two types conflict when they cannot both describe one value: lists and non-nulls must
    /// match, and leaf types must be the same type. Composite types are compared through their fields.
    static func doTypesConflict(_ type1: GraphQLType, _ type2: GraphQLType) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1), .list(let inner2)), (.nonNull(let inner1), .nonNull(let inner2)):
            return doTypesConflict(inner1, inner2)
        case (.list, _), (_, .list), (.nonNull, _), (_, .nonNull):
            return true
        case (.named(let named1), .named(let named2)):
            if named1.isLeafType || named2.isLeafType { return named1 !== named2 }
            return false
        }
    }
}

/// An ordered pair of structural classes, and whether they were compared as exclusive.
struct ClassPair: Hashable {
    let first: Int
    let second: Int
    let exclusive: Bool
}

/// Two selection sets (by offset) compared as sub-selections, and whether as exclusive.
struct SelectionPair: Hashable {
    let first: Int32
    let second: Int32
    let exclusive: Bool
}

/// The structural classes of a list of fields, and where each class occurs in it.
struct ClassedFields {
    let ids: [Int]
    private(set) var positions: [(Int, [Int])] = []

    init(_ ids: [Int]) {
        self.ids = ids
        var index: [Int: Int] = [:]
        for (position, id) in ids.enumerated() {
            if let slot = index[id] {
                positions[slot].1.append(position)
            } else {
                index[id] = positions.count
                positions.append((id, [position]))
            }
        }
    }
}
