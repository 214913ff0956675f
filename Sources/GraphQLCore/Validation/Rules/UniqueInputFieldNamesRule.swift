// Input Object Field Uniqueness
//
// "For each input object value inputObject in the document: For every inputField in
// inputObject: Let name be the Name of inputField. Let fields be all Input Object Fields named
// name in inputObject. fields must be the set containing only inputField."
// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness

/// An input object value is only valid if all its fields are uniquely named.
public final class UniqueInputFieldNamesRule: ValidationRule {
    private var knownNamesStack: [[String: NameNode]] = []
    private var knownNames: [String: NameNode] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Values (for object values) and object fields.
    public static var visits: ValidationNodeKinds { [.value, .objectField] }

    /// Starts a new scope of names for an object value.
    public func enterValue(_ node: ValueNode, context: ValidationContext) {
        guard case .object = node.kind else { return }
        knownNamesStack.append(knownNames)
        knownNames = [:]
    }

    /// Returns to the enclosing object value's names.
    public func leaveValue(_ node: ValueNode, context: ValidationContext) {
        guard case .object = node.kind else { return }
        knownNames = knownNamesStack.removeLast()
    }

    /// Reports a field whose name was already given in the same object value.
    public func enterObjectField(_ node: ObjectFieldNode, context: ValidationContext) {
        let name = node.name.value
        if let known = knownNames[name] {
            context.reportError("There can be only one input field named \"\(name)\".", nodes: [known.loc, node.name.loc])
        } else {
            knownNames[name] = node.name
        }
    }
}
