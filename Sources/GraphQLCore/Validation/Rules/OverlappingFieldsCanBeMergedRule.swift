// Field Selection Merging: "If multiple field selections with the same response names are
// encountered during execution, the field and arguments to execute and the resulting value
// should be unambiguous. Therefore any two field selections which might both be encountered
// for the same object are only valid if they are equivalent."
// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
//
// graphql-js 16's algorithm and messages (`FieldConflictFinder` does the work). Each selection
// set the walker enters is compared "within" itself once; everything else is compared
// "between" sets, with fragment pairs remembered so that no two fragments are compared twice.
// Where the comparison would nest more than 100 levels deep (which takes fragment chains or
// absurd nesting, and exhausts graphql-js's stack when deep enough) or take millions of field
// comparisons, this rule reports that it could not check the document instead.

/// Overlapping fields can be merged: fields with the same response name in a selection set
/// (fragments included) must be the same field with the same arguments, and return types
/// that can be merged.
public final class OverlappingFieldsCanBeMergedRule: ValidationRule {
    private let finder: FieldConflictFinder
    private var reportedGivingUp = false

    /// Creates the rule for one validation.
    public init(context: ValidationContext) {
        // One selection set never needs to report more conflicts than the error limit allows.
        finder = FieldConflictFinder(schema: context.schema, fragment: { [unowned context] in context.fragment(named: $0) },
                                     limit: context.maxErrors + 1)
    }

    /// Selection sets only.
    public static var visits: ValidationNodeKinds { .selectionSet }

    /// Reports every conflict found within the selection set, fragments spread in it included.
    public func enterSelectionSet(_ node: SelectionSetNode, context: ValidationContext) {
        for conflict in finder.conflictsWithin(node, parentType: context.parentType) {
            context.reportError(GraphQLError(
                "Fields \"\(conflict.reason.responseName)\" conflict because \(conflict.reason.message). "
                    + "Use different aliases on the fields to fetch both if this was intentional.",
                nodes: conflict.fields1 + conflict.fields2))
        }
        if let reason = finder.gaveUp, !reportedGivingUp {
            reportedGivingUp = true
            let why = switch reason {
            case .tooDeep: "fields nest more than \(FieldConflictFinder.maxNesting) levels deep"
            case .tooManyComparisons: "it needs more than \(FieldConflictFinder.maxComparisons) field comparisons"
            }
            context.reportError("Fields could not be checked for merging because \(why).", nodes: [node.loc])
        }
    }
}
