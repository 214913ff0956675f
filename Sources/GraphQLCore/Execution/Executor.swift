import Foundation

// ExecuteSelectionSet, ExecuteField and CompleteValue over a plan, writing the response
// JSON straight into bytes in selection order.
// https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets
//
// Null propagation without intermediate values: each nullable composite position remembers
// where its bytes start; when a non-null position below it fails, the failure travels up as
// `false` until a nullable position rewinds the bytes to its start and writes `null`. The
// error itself is recorded once, where it happened, with its path.
//
// Asynchronous resolvers leave a hole: the executor writes nothing at that position, notes
// the offset and the nearest nullable position around it (the anchor), and carries on with
// the synchronous fields. The holes are then awaited together and spliced in; a hole whose
// non-null value failed nulls its anchor instead.

/// Executes a plan into a byte buffer; one per synchronous pass (the request, or one hole).
struct Executor {
    let context: ExecutionContext
    /// The bytes of the value being written, reserved at the size of recent responses (a
    /// hole's buffer too: on a page most of the response is one async field's value, and
    /// starting small measured 15-20% slower on the 50-product collection page).
    var out = JSONWriter(capacity: ResponseSizeHint.shared.value)
    /// Field errors, in the order they happened.
    var errors: [GraphQLError] = []
    /// Async fields waiting to be awaited, in offset order.
    var holes: [Hole] = []
    /// Where the open nullable composite positions start; the first entry stands for the
    /// position outside this buffer (the `data` entry, or the field a hole fills).
    var anchors: [Int] = [0]
    /// Fields and list items left before the next check of the budget (`Int.max` without
    /// one; 0 once it is spent, so that every later field stops at once).
    var fieldsUntilCheck: Int
    /// The bytes of `out` already counted in the budget.
    var countedBytes = 0
    /// By field plan ordinal: the position at which the default resolver last found the
    /// field's key in a JSON object (objects of one list share their shape).
    var keyHints: [Int] = []

    init(context: ExecutionContext) {
        self.context = context
        self.fieldsUntilCheck = context.budget == nil ? Int.max : ExecutionLimits.checkInterval
    }

    // MARK: Selection sets and fields

    /// ExecuteSelectionSet for one object: `{"key":value,...}`. Returns false when a non-null
    /// field failed, which makes this object null.
    mutating func executeSelection(_ plan: SelectionPlan, _ source: ResolvedValue, _ path: ResponsePath?) -> Bool {
        out.writeByte(UInt8(ascii: "{"))
        var first = true
        for field in plan.fields {
            fieldsUntilCheck &-= 1
            if fieldsUntilCheck <= 0, !checkBudget() { return false }
            if first { first = false } else { out.writeByte(UInt8(ascii: ",")) }
            out.writeBytes(field.keyBytes)
            guard executeField(field, source, path) else { return false }
        }
        out.writeByte(UInt8(ascii: "}"))
        return true
    }

    /// Counts the bytes written since the last check against the budget and checks the
    /// deadline: false (and stopped for good) once either is exceeded.
    mutating func checkBudget() -> Bool {
        guard let budget = context.budget else {
            fieldsUntilCheck = Int.max
            return true
        }
        let delta = out.count - countedBytes
        countedBytes = out.count
        guard budget.record(delta) else {
            fieldsUntilCheck = 0
            return false
        }
        fieldsUntilCheck = ExecutionLimits.checkInterval
        return true
    }

    /// ExecuteField: resolves and completes one field's value at the current position.
    mutating func executeField(_ field: FieldPlan, _ source: ResolvedValue, _ parent: ResponsePath?) -> Bool {
        let key = Executor.fieldKey
        let value: ResolvedValue
        switch field.source {
        case .typeName:
            out.writeString(field.parentType.name)
            return true
        case .property:
            do { try checkArguments(field) } catch { return fieldFailed(error, field.completion, field, parent, key) }
            if case .json(.object(let object)) = source {
                let ordinal = field.ordinal
                if ordinal >= keyHints.count { keyHints.append(contentsOf: repeatElement(0, count: ordinal + 1 - keyHints.count)) }
                var hint = keyHints[ordinal]
                let found = object.value(forKey: field.fieldName, hint: &hint)
                if hint != keyHints[ordinal] { keyHints[ordinal] = hint }
                if let leaf = field.builtInLeaf, let found, writeBuiltIn(leaf, found) { return true }
                value = .json(found ?? .null)
            } else {
                value = Executor.readProperty(source, field.fieldName)
            }
        case .resolver(let resolver):
            let raw: Any?
            do {
                switch resolver.body {
                case .source(let resolve):
                    try checkArguments(field)
                    raw = try resolve(source.any)
                case .sourceJSON(let resolve):
                    try checkArguments(field)
                    value = .json(try resolve(source.any))
                    return complete(field.completion, value, field, parent, key)
                case .engine(let resolve):
                    value = try resolve(source, try arguments(field), context.schema)
                    return complete(field.completion, value, field, parent, key)
                case .typed(let resolve):
                    value = try resolve(source, try arguments(field), context.contextObject)
                    return complete(field.completion, value, field, parent, key)
                case .typedAsync(let resolve):
                    let info = ResolveInfo(field: field, execution: context, path: ResponsePath(parent, .key(field.responseKey)))
                    addHole(field, parent, try resolve(source, try arguments(field), context.contextObject, info))
                    return true
                case .full(let resolve):
                    let args = try arguments(field)
                    let info = ResolveInfo(field: field, execution: context, path: ResponsePath(parent, .key(field.responseKey)))
                    raw = try resolve(source.any, args, context.contextValue, info)
                }
            } catch {
                return fieldFailed(error, field.completion, field, parent, key)
            }
            if let async = raw as? AsyncValue {
                addHole(field, parent, async)
                return true
            }
            value = ResolvedValue(raw)
        }
        return complete(field.completion, value, field, parent, key)
    }

    /// Coerces the arguments of a field whose resolver does not read them, for their errors
    /// only (constant ones were coerced when the plan was made).
    private func checkArguments(_ field: FieldPlan) throws {
        switch field.arguments {
        case .constant: return
        case .failed(let error): throw error
        case .dynamic: _ = try arguments(field)
        }
    }

    /// The field's coerced arguments.
    private func arguments(_ field: FieldPlan) throws -> JSONObject {
        switch field.arguments {
        case .constant(let arguments): return arguments
        case .failed(let error): throw error
        case .dynamic:
            let node = field.nodes[0]
            return try coerceArgumentValues(field.definition.arguments, node.arguments, node: node.loc,
                                            variables: context.variables)
        }
    }

    /// The default resolver: the parent's entry named after the field.
    static func readProperty(_ source: ResolvedValue, _ name: String) -> ResolvedValue {
        switch source {
        case .json(.object(let object)):
            return .json(object[name] ?? .null)
        case .json, .introspection, .list, .typedList:
            return .null
        case .object(let box):
            // An object type's fields are all bound when its values are typed; this reads
            // only values that also expose their fields by name.
            if let fields = box.any as? GraphQLFieldSource { return ResolvedValue(fields.graphQLField(name)) }
            return .null
        case .swift(let box):
            let value = box.value
            if let fields = value as? GraphQLFieldSource { return ResolvedValue(fields.graphQLField(name)) }
            if let dictionary = value as? [String: Any] { return ResolvedValue(dictionary[name] ?? nil) }
            if let object = value as? JSONObject { return .json(object[name] ?? .null) }
            return .null
        }
    }

    // MARK: Completion

    /// The `key` argument that stands for the field's own response key; list items pass
    /// their index instead. The path step is made only when a path is needed.
    static let fieldKey = -1

    /// The path step a `key` argument stands for.
    @inline(__always)
    static func component(_ field: FieldPlan, _ key: Int) -> PathComponent {
        key < 0 ? .key(field.responseKey) : .index(key)
    }

    /// CompleteValue at the current position. Returns false when the value is null (or failed)
    /// in a non-null position, for the caller to propagate.
    mutating func complete(_ completion: Completion, _ value: ResolvedValue, _ field: FieldPlan,
                           _ parent: ResponsePath?, _ key: Int) -> Bool {
        if value.isNull {
            if completion.nonNull {
                let message = "Cannot return null for non-nullable field \(field.parentType.name).\(field.fieldName)."
                errors.append(GraphQLError(message, locations: field.locations, path: ResponsePath.flatten(parent, Executor.component(field, key))))
                return false
            }
            out.writeNull()
            return true
        }
        switch completion.kind {
        case .leaf(let leaf):
            do {
                try writeLeaf(leaf, value)
                return true
            } catch {
                return fieldFailed(error, completion, field, parent, key)
            }
        case .list(let itemCompletion):
            let mark = out.count
            if !completion.nonNull { anchors.append(mark) }
            let ok = completeList(itemCompletion, value, field, parent, key)
            return finish(completion, mark, ok)
        case .object(let plan):
            let mark = out.count
            if !completion.nonNull { anchors.append(mark) }
            let ok = executeSelection(plan, value, ResponsePath(parent, Executor.component(field, key)))
            return finish(completion, mark, ok)
        case .invalid(let error):
            return fieldFailed(error, completion, field, parent, key)
        case .lazyObject(let lazy):
            let plan: SelectionPlan
            do { plan = try lazy.get() } catch { return fieldFailed(error, completion, field, parent, key) }
            let mark = out.count
            if !completion.nonNull { anchors.append(mark) }
            let ok = executeSelection(plan, value, ResponsePath(parent, Executor.component(field, key)))
            return finish(completion, mark, ok)
        case .abstract(let abstract):
            let plan: SelectionPlan
            do {
                plan = try abstract.plan(for: runtimeType(abstract.type, value, field, parent, key))
            } catch {
                return fieldFailed(error, completion, field, parent, key)
            }
            let mark = out.count
            if !completion.nonNull { anchors.append(mark) }
            let ok = executeSelection(plan, value, ResponsePath(parent, Executor.component(field, key)))
            return finish(completion, mark, ok)
        }
    }

    /// Closes a composite position: a nullable one that failed becomes `null`.
    private mutating func finish(_ completion: Completion, _ mark: Int, _ ok: Bool) -> Bool {
        if completion.nonNull { return ok }
        anchors.removeLast()
        if !holes.isEmpty { closeAnchor(start: mark, depth: anchors.count) }
        if !ok {
            out.rewind(to: mark)
            while let last = holes.last, last.offset >= mark { holes.removeLast() }
            out.writeNull()
        }
        return true
    }

    /// CompleteListValue: `[item,...]`, each item completed with its index in the path.
    private mutating func completeList(_ item: Completion, _ value: ResolvedValue, _ field: FieldPlan,
                                       _ parent: ResponsePath?, _ key: Int) -> Bool {
        var swiftItems: (any ResolvedList)?
        if case .swift(let box) = value { swiftItems = Executor.list(box.value) }
        if case .json(.array(let items)) = value {
            let path = ResponsePath(parent, Executor.component(field, key))
            out.writeByte(UInt8(ascii: "["))
            let leaf: BuiltInLeaf?
            if case .leaf(let kind) = item.kind { leaf = BuiltInLeaf(kind) } else { leaf = nil }
            for (index, element) in items.enumerated() {
                fieldsUntilCheck &-= 1
                if fieldsUntilCheck <= 0, !checkBudget() { return false }
                if index > 0 { out.writeByte(UInt8(ascii: ",")) }
                if let leaf, writeBuiltIn(leaf, element) { continue }
                guard complete(item, .json(element), field, path, index) else { return false }
            }
        } else if case .list(let items) = value {
            let path = ResponsePath(parent, Executor.component(field, key))
            out.writeByte(UInt8(ascii: "["))
            for (index, element) in items.enumerated() {
                fieldsUntilCheck &-= 1
                if fieldsUntilCheck <= 0, !checkBudget() { return false }
                if index > 0 { out.writeByte(UInt8(ascii: ",")) }
                guard complete(item, element, field, path, index) else { return false }
            }
        } else if case .typedList(let items) = value {
            let path = ResponsePath(parent, Executor.component(field, key))
            out.writeByte(UInt8(ascii: "["))
            for index in 0..<items.count {
                fieldsUntilCheck &-= 1
                if fieldsUntilCheck <= 0, !checkBudget() { return false }
                if index > 0 { out.writeByte(UInt8(ascii: ",")) }
                guard complete(item, items.element(at: index), field, path, index) else { return false }
            }
        } else if let items = swiftItems {
            let path = ResponsePath(parent, Executor.component(field, key))
            out.writeByte(UInt8(ascii: "["))
            for index in 0..<items.count {
                fieldsUntilCheck &-= 1
                if fieldsUntilCheck <= 0, !checkBudget() { return false }
                if index > 0 { out.writeByte(UInt8(ascii: ",")) }
                guard complete(item, ResolvedValue(items.element(at: index)), field, path, index) else { return false }
            }
        } else {
            let message = "Expected Iterable, but did not find one for field \"\(field.parentType.name).\(field.fieldName)\"."
            errors.append(GraphQLError(message, locations: field.locations, path: ResponsePath.flatten(parent, Executor.component(field, key))))
            return false
        }
        out.writeByte(UInt8(ascii: "]"))
        return true
    }

    /// A resolver's array, read in place: `[Any]` as it is, any other array through
    /// `ResolvedList` (casting `[Product]` to `[Any]` would box every element into a new array).
    static func list(_ value: Any) -> (any ResolvedList)? {
        if type(of: value) == [Any].self { return value as! [Any] }
        return value as? any ResolvedList
    }

    /// Writes a JSON value that is already what the built-in scalar `leaf` serializes it to
    /// (a string for String and ID, an integer in Int's range, ...); false, writing nothing,
    /// for any other value, which then takes the general path.
    @inline(__always)
    private mutating func writeBuiltIn(_ leaf: BuiltInLeaf, _ value: JSON) -> Bool {
        switch (leaf, value) {
        case (.string, .string(let string)), (.id, .string(let string)):
            out.writeString(string)
        case (.int, .int(let int)) where int >= Int(Int32.min) && int <= Int(Int32.max):
            out.writeInt(int)
        case (.float, .int(let int)):
            out.writeInt(int)
        case (.float, .double(let double)) where double.isFinite:
            out.writeDouble(double)
        case (.boolean, .bool(let flag)):
            if flag { out.writeRaw("true") } else { out.writeRaw("false") }
        default:
            return false
        }
        return true
    }

    /// CompleteValue for scalars and enums: serialized straight into the buffer; on error
    /// nothing is written.
    private mutating func writeLeaf(_ leaf: LeafKind, _ value: ResolvedValue) throws {
        // Fast paths: JSON values that are already what the type serializes to.
        switch leaf {
        case .string:
            if case .json(.string(let string)) = value { out.writeString(string); return }
        case .id:
            if case .json(.string(let string)) = value { out.writeString(string); return }
        case .int:
            if case .json(.int(let int)) = value, int >= Int(Int32.min), int <= Int(Int32.max) { out.writeInt(int); return }
        case .float:
            if case .json(.int(let int)) = value { out.writeInt(int); return }
            if case .json(.double(let double)) = value, double.isFinite { out.writeDouble(double); return }
        case .boolean:
            if case .json(.bool(let flag)) = value {
                if flag { out.writeRaw("true") } else { out.writeRaw("false") }
                return
            }
        case .enumType(let type, let names):
            if case .json(.string(let name)) = value {
                guard names.contains(name) else {
                    throw GraphQLError("Enum \"\(type.name)\" cannot represent value: \(JSON.string(name).inspected)")
                }
                out.writeString(name)
                return
            }
        case .custom:
            break
        }
        let scalar: GraphQLScalarType
        switch leaf {
        case .string: scalar = BuiltInScalars.string
        case .int: scalar = BuiltInScalars.int
        case .float: scalar = BuiltInScalars.float
        case .boolean: scalar = BuiltInScalars.boolean
        case .id: scalar = BuiltInScalars.id
        case .custom(let custom): scalar = custom
        case .enumType(let type, let names):
            let any = value.any
            var name: String?
            if let string = any as? String {
                name = string
            } else if let raw = any as? any RawRepresentable, let string = raw.rawValue as? String {
                name = string
            }
            if let name, names.contains(name) {
                out.writeString(name)
                return
            }
            throw GraphQLError("Enum \"\(type.name)\" cannot represent value: \(Executor.inspect(any))")
        }
        let any = value.any
        let serialized = try scalar.serialize(any)
        if serialized.isNull {
            throw GraphQLError("Expected `\(scalar.name).serialize(\(Executor.inspect(any)))` to return non-nullable value, returned: null")
        }
        out.write(serialized)
    }

    /// graphql-js's `inspect` for any value a resolver returned.
    static func inspect(_ value: Any) -> String {
        if let json = JSONConvertible.json(from: value) { return json.inspected }
        return String(describing: value)
    }

    // MARK: Abstract types

    /// ResolveAbstractType and graphql-js's `ensureValidRuntimeType`.
    private func runtimeType(_ abstractType: GraphQLNamedType, _ value: ResolvedValue, _ field: FieldPlan,
                             _ parent: ResponsePath?, _ key: Int) throws -> GraphQLObjectType {
        var name: String?
        let resolver = (abstractType as? GraphQLInterfaceType)?.typeResolver ?? (abstractType as? GraphQLUnionType)?.typeResolver
        if let resolver {
            let info = ResolveInfo(field: field, execution: context, path: ResponsePath(parent, Executor.component(field, key)))
            name = try resolver.resolve(value.any, context.contextValue, info)
        }
        if name == nil { name = Executor.typeName(of: value) }
        guard let name else {
            throw GraphQLError("Abstract type \"\(abstractType.name)\" must resolve to an Object type at runtime for field \"\(field.parentType.name).\(field.fieldName)\". Either the \"\(abstractType.name)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", locations: field.locations)
        }
        guard let runtimeType = context.schema.type(named: name) else {
            throw GraphQLError("Abstract type \"\(abstractType.name)\" was resolved to a type \"\(name)\" that does not exist inside the schema.", locations: field.locations)
        }
        guard let object = runtimeType as? GraphQLObjectType else {
            throw GraphQLError("Abstract type \"\(abstractType.name)\" was resolved to a non-object type \"\(name)\".", locations: field.locations)
        }
        guard context.schema.isSubType(abstractType, object) else {
            throw GraphQLError("Runtime Object type \"\(object.name)\" is not a possible type for \"\(abstractType.name)\".", locations: field.locations)
        }
        return object
    }

    /// The default type resolver: a string `__typename` in the value.
    static func typeName(of value: ResolvedValue) -> String? {
        switch value {
        case .json(.object(let object)):
            if case .string(let name)? = object["__typename"] { return name }
            return nil
        case .json, .introspection, .list, .typedList:
            return nil
        case .object(let box):
            return box.typeName
        case .swift(let box):
            let any = box.value
            if let fields = any as? GraphQLFieldSource {
                return fields.graphQLTypeName ?? (fields.graphQLField("__typename") as? String)
            }
            if let dictionary = any as? [String: Any] {
                if let name = dictionary["__typename"] as? String { return name }
                if case .string(let name)? = dictionary["__typename"] as? JSON { return name }
            }
            return nil
        }
    }

    // MARK: Errors

    /// Records a field error (located at the field unless it carries its own locations, with
    /// the current path) and completes the position as null: `false` if it is non-null.
    mutating func fieldFailed(_ error: Error, _ completion: Completion, _ field: FieldPlan,
                                      _ parent: ResponsePath?, _ key: Int) -> Bool {
        errors.append(Executor.locate(error, field, ResponsePath.flatten(parent, Executor.component(field, key))))
        if completion.nonNull { return false }
        out.writeNull()
        return true
    }

    /// graphql-js's `locatedError`: a resolver's error wrapped once, with the field's nodes and path.
    static func locate(_ error: Error, _ field: FieldPlan, _ path: [PathComponent]) -> GraphQLError {
        if var graphQLError = error as? GraphQLError {
            guard graphQLError.path == nil else { return graphQLError }
            graphQLError.path = path
            if graphQLError.locations.isEmpty { graphQLError.locations = field.locations }
            return graphQLError
        }
        let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        return GraphQLError(message, locations: field.locations, path: path, underlyingDescription: String(reflecting: error))
    }
}
