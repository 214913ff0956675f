// The kinds of change between two schemas. The breaking and dangerous kinds are graphql-js's
// (`BreakingChangeType` and `DangerousChangeType` of utilities/findBreakingChanges, the same
// names in graphql-js 16 and 17 and graphql-core 3.2). graphql-js 16 has no safe kinds:
// `SafeChangeType` borrows graphql-js 17's names where it has one and adds Concord's own for
// descriptions and deprecations.

/// A change that can break a client that worked with the old schema.
public enum BreakingChangeType: String, Sendable, Hashable, CaseIterable {
    /// A named type is gone.
    case typeRemoved = "TYPE_REMOVED"
    /// A type of that name became another kind (an object became an interface, …).
    case typeChangedKind = "TYPE_CHANGED_KIND"
    /// A union lost a member.
    case typeRemovedFromUnion = "TYPE_REMOVED_FROM_UNION"
    /// An enum lost a value.
    case valueRemovedFromEnum = "VALUE_REMOVED_FROM_ENUM"
    /// An input object gained a non-null field without a default.
    case requiredInputFieldAdded = "REQUIRED_INPUT_FIELD_ADDED"
    /// An object or interface no longer implements an interface.
    case implementedInterfaceRemoved = "IMPLEMENTED_INTERFACE_REMOVED"
    /// A field of an object, interface or input object is gone.
    case fieldRemoved = "FIELD_REMOVED"
    /// A field's type changed in a way a client can observe.
    case fieldChangedKind = "FIELD_CHANGED_KIND"
    /// A field gained a non-null argument without a default.
    case requiredArgAdded = "REQUIRED_ARG_ADDED"
    /// A field lost an argument.
    case argRemoved = "ARG_REMOVED"
    /// An argument's type changed so that some old values are no longer accepted.
    case argChangedKind = "ARG_CHANGED_KIND"
    /// A directive is gone.
    case directiveRemoved = "DIRECTIVE_REMOVED"
    /// A directive lost an argument.
    case directiveArgRemoved = "DIRECTIVE_ARG_REMOVED"
    /// A directive gained a non-null argument without a default.
    case requiredDirectiveArgAdded = "REQUIRED_DIRECTIVE_ARG_ADDED"
    /// A directive is no longer repeatable.
    case directiveRepeatableRemoved = "DIRECTIVE_REPEATABLE_REMOVED"
    /// A directive may no longer be used at a location.
    case directiveLocationRemoved = "DIRECTIVE_LOCATION_REMOVED"
}

/// A change that can change what an existing client sees without breaking its documents.
public enum DangerousChangeType: String, Sendable, Hashable, CaseIterable {
    /// An enum gained a value a client may not handle.
    case valueAddedToEnum = "VALUE_ADDED_TO_ENUM"
    /// A union gained a member a client may not handle.
    case typeAddedToUnion = "TYPE_ADDED_TO_UNION"
    /// An input object gained a field that may be omitted.
    case optionalInputFieldAdded = "OPTIONAL_INPUT_FIELD_ADDED"
    /// A field gained an argument that may be omitted.
    case optionalArgAdded = "OPTIONAL_ARG_ADDED"
    /// An object or interface implements one more interface.
    case implementedInterfaceAdded = "IMPLEMENTED_INTERFACE_ADDED"
    /// An argument's default value changed or was removed.
    case argDefaultValueChange = "ARG_DEFAULT_VALUE_CHANGE"
}

/// A change no existing client can notice. The first nine names are graphql-js 17's
/// `SafeChangeType`; the last four are Concord's own (graphql-js reports neither descriptions
/// nor deprecations).
public enum SafeChangeType: String, Sendable, Hashable, CaseIterable {
    /// A named type was added.
    case typeAdded = "TYPE_ADDED"
    /// A field was added to an object or interface.
    case fieldAdded = "FIELD_ADDED"
    /// A field's type changed in a way old clients cannot observe (`String` to `String!` on an
    /// output field, `Int!` to `Int` on an argument or input field).
    case fieldChangedKindSafe = "FIELD_CHANGED_KIND_SAFE"
    /// An argument's type changed so that every old value is still accepted.
    case argChangedKindSafe = "ARG_CHANGED_KIND_SAFE"
    /// An argument without a default gained one.
    case argDefaultValueAdded = "ARG_DEFAULT_VALUE_ADDED"
    /// A directive was added.
    case directiveAdded = "DIRECTIVE_ADDED"
    /// A directive gained an argument that may be omitted.
    case optionalDirectiveArgAdded = "OPTIONAL_DIRECTIVE_ARG_ADDED"
    /// A directive became repeatable.
    case directiveRepeatableAdded = "DIRECTIVE_REPEATABLE_ADDED"
    /// A directive may be used at one more location.
    case directiveLocationAdded = "DIRECTIVE_LOCATION_ADDED"
    /// The description of a type, field, argument, enum value or directive was added, changed
    /// or removed (Concord's own).
    case descriptionChanged = "DESCRIPTION_CHANGED"
    /// A field, argument, input field or enum value was deprecated (Concord's own).
    case deprecationAdded = "DEPRECATION_ADDED"
    /// A deprecation was withdrawn (Concord's own).
    case deprecationRemoved = "DEPRECATION_REMOVED"
    /// A deprecation's reason changed (Concord's own).
    case deprecationReasonChanged = "DEPRECATION_REASON_CHANGED"
}
