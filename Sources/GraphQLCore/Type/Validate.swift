// Type-system validation: the rules of the spec's "Type Validation" sub-sections, as
// graphql-js 16's validateSchema checks them, with its messages and locations.
// https://spec.graphql.org/September2025/#sec-Type-System

/// The errors that make `schema` invalid: root types that are not objects, names starting
/// with `__`, types without fields, values or members, interfaces not correctly implemented,
/// unions of non-objects, bad input objects (non-null cycles, @oneOf rules) and bad directive
/// arguments. Empty when the schema is valid. Schemas built from SDL are validated by
/// `buildASTSchema` itself, with the exact locations of the offending SDL.
public func validateSchema(_ schema: GraphQLSchema) -> [GraphQLError] {
    validateSchema(schema, index: SchemaASTIndex(), roots: nil, misplacedTypes: [:])
}

/// validateSchema with the SDL nodes the schema came from, the root types as written (which
/// may be of any kind), and the type references the typed model could not hold.
func validateSchema(_ schema: GraphQLSchema, index: SchemaASTIndex, roots: [OperationType: GraphQLNamedType]?,
                    misplacedTypes: [ObjectIdentifier: [GraphQLError]]) -> [GraphQLError] {
    var validator = SchemaValidator(schema: schema, index: index, misplacedTypes: misplacedTypes)
    validator.validateRootTypes(roots ?? [.query: schema.queryType, .mutation: schema.mutationType,
                                          .subscription: schema.subscriptionType].compactMapValues { $0 })
    validator.validateDirectives()
    validator.validateTypes()
    return validator.errors
}

private struct SchemaValidator {
    let schema: GraphQLSchema
    let index: SchemaASTIndex
    let misplacedTypes: [ObjectIdentifier: [GraphQLError]]
    var errors: [GraphQLError] = []

    init(schema: GraphQLSchema, index: SchemaASTIndex, misplacedTypes: [ObjectIdentifier: [GraphQLError]]) {
        self.schema = schema; self.index = index; self.misplacedTypes = misplacedTypes
    }

    mutating func report(_ message: String, _ locations: [Location?]) {
        errors.append(GraphQLError(message, nodes: locations.compactMap { $0 }))
    }

    // MARK: Root types

    mutating func validateRootTypes(_ roots: [OperationType: GraphQLNamedType]) {
        if let query = roots[.query] {
            if !(query is GraphQLObjectType) {
                report("Query root type must be Object type, it cannot be \(query.name).",
                       [index.operationTypeLocation(.query) ?? query.definitionLocation])
            }
        } else {
            report("Query root type must be provided.", [index.schemaNodes.first.flatMap { $0.isExtension ? nil : $0.loc }])
        }
        for (operation, label) in [(OperationType.mutation, "Mutation"), (.subscription, "Subscription")] {
            if let root = roots[operation], !(root is GraphQLObjectType) {
                report("\(label) root type must be Object type if provided, it cannot be \(root.name).",
                       [index.operationTypeLocation(operation) ?? root.definitionLocation])
            }
        }
    }

    // MARK: Directives

    mutating func validateDirectives() {
        for directive in schema.directives {
            let directiveLocation = index.directiveNodes[ObjectIdentifier(directive)]?.loc ?? directive.definitionLocation
            validateName(directive.name, directiveLocation)
            for argument in directive.arguments {
                validateName(argument.name, index.location(of: argument))
                if !argument.type.isInputType {
                    report("The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                           [index.location(of: argument)])
                }
                if argument.isRequired, argument.deprecationReason != nil {
                    report("Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.",
                           [index.deprecatedDirective(of: argument), index.typeLocation(of: argument)])
                }
            }
        }
    }

    mutating func validateName(_ name: String, _ location: Location?) {
        if name.hasPrefix("__") {
            report("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.", [location])
        }
    }

    // MARK: Types

    mutating func validateTypes() {
        var cycles = InputObjectCycleDetector()
        for type in schema.types {
            if !IntrospectionTypes.isIntrospectionType(type.name) {
                validateName(type.name, index.locations(of: type).first)
            }
            switch type {
            case let object as GraphQLObjectType:
                validateFields(object, object.fields)
                validateInterfaces(object)
            case let interface as GraphQLInterfaceType:
                validateFields(interface, interface.fields)
                validateInterfaces(interface)
            case let union as GraphQLUnionType:
                validateUnionMembers(union)
            case let enumType as GraphQLEnumType:
                if enumType.values.isEmpty {
                    report("Enum type \(enumType.name) must define one or more values.", index.locations(of: enumType))
                }
                for value in enumType.values {
                    validateName(value.name, index.enumValueNodes[enumType.name + "." + value.name]?.loc ?? value.definitionLocation)
                }
            case let input as GraphQLInputObjectType:
                validateInputFields(input)
                cycles.detect(input, &self)
            default: break
            }
        }
    }

    mutating func validateFields(_ type: GraphQLNamedType, _ fields: FieldMap) {
        if fields.count == 0 {
            report("Type \(type.name) must define one or more fields.", index.locations(of: type))
        }
        for field in fields {
            validateName(field.name, index.location(of: field))
            if !field.type.isOutputType {
                report("The type of \(type.name).\(field.name) must be Output Type but got: \(field.type).", [index.typeLocation(of: field)])
            }
            for argument in field.arguments {
                validateName(argument.name, index.location(of: argument))
                if !argument.type.isInputType {
                    report("The type of \(type.name).\(field.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                           [index.typeLocation(of: argument)])
                }
                if argument.isRequired, argument.deprecationReason != nil {
                    report("Required argument \(type.name).\(field.name)(\(argument.name):) cannot be deprecated.",
                           [index.deprecatedDirective(of: argument), index.typeLocation(of: argument)])
                }
            }
        }
    }

    mutating func validateInterfaces(_ type: GraphQLNamedType) {
        errors += misplacedTypes[ObjectIdentifier(type)] ?? []
        var seen = Set<String>()
        for interface in type.implementedInterfaces {
            if interface === type {
                report("Type \(type.name) cannot implement itself because it would create a circular reference.",
                       index.implementsNodes(of: type, naming: interface.name))
                continue
            }
            guard seen.insert(interface.name).inserted else {
                report("Type \(type.name) can only implement \(interface.name) once.", index.implementsNodes(of: type, naming: interface.name))
                continue
            }
            validateImplementsAncestors(type, interface)
            validateImplementsInterface(type, interface)
        }
    }

    mutating func validateImplementsInterface(_ type: GraphQLNamedType, _ interface: GraphQLInterfaceType) {
        let typeFields = type.fieldMap ?? FieldMap()
        for interfaceField in interface.fields {
            let name = interfaceField.name
            guard let typeField = typeFields[name] else {
                report("Interface field \(interface.name).\(name) expected but \(type.name) does not provide it.",
                       [index.location(of: interfaceField)] + index.locations(of: type))
                continue
            }
            if !isTypeSubTypeOf(schema, typeField.type, interfaceField.type) {
                report("Interface field \(interface.name).\(name) expects type \(interfaceField.type) but \(type.name).\(name) is type \(typeField.type).",
                       [index.typeLocation(of: interfaceField), index.typeLocation(of: typeField)])
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                guard let typeArgument = typeField.argument(named: argumentName) else {
                    report("Interface field argument \(interface.name).\(name)(\(argumentName):) expected but \(type.name).\(name) does not provide it.",
                           [index.location(of: interfaceArgument), index.location(of: typeField)])
                    continue
                }
                if !isEqualType(interfaceArgument.type, typeArgument.type) {
                    report("Interface field argument \(interface.name).\(name)(\(argumentName):) expects type \(interfaceArgument.type) but \(type.name).\(name)(\(argumentName):) is type \(typeArgument.type).",
                           [index.typeLocation(of: interfaceArgument), index.typeLocation(of: typeArgument)])
                }
            }
            for typeArgument in typeField.arguments where typeArgument.isRequired && interfaceField.argument(named: typeArgument.name) == nil {
                report("Object field \(type.name).\(name) includes required argument \(typeArgument.name) that is missing from the Interface field \(interface.name).\(name).",
                       [index.location(of: typeArgument), index.location(of: interfaceField)])
            }
        }
    }

    mutating func validateImplementsAncestors(_ type: GraphQLNamedType, _ interface: GraphQLInterfaceType) {
        let typeInterfaces = type.implementedInterfaces
        for transitive in interface.interfaces where !typeInterfaces.contains(where: { $0 === transitive }) {
            let message = transitive === type
                ? "Type \(type.name) cannot implement \(interface.name) because it would create a circular reference."
                : "Type \(type.name) must implement \(transitive.name) because it is implemented by \(interface.name)."
            report(message, index.implementsNodes(of: interface, naming: transitive.name) + index.implementsNodes(of: type, naming: interface.name))
        }
    }

    mutating func validateUnionMembers(_ union: GraphQLUnionType) {
        let misplaced = misplacedTypes[ObjectIdentifier(union)] ?? []
        if union.types.isEmpty && misplaced.isEmpty {
            report("Union type \(union.name) must define one or more member types.", index.locations(of: union))
        }
        var seen = Set<String>()
        for member in union.types {
            if !seen.insert(member.name).inserted {
                report("Union type \(union.name) can only include type \(member.name) once.", index.unionMemberNodes(of: union, naming: member.name))
            }
        }
        errors += misplaced
    }

    mutating func validateInputFields(_ input: GraphQLInputObjectType) {
        if input.fields.isEmpty {
            report("Input Object type \(input.name) must define one or more fields.", index.locations(of: input))
        }
        for field in input.fields {
            validateName(field.name, index.location(of: field))
            if !field.type.isInputType {
                report("The type of \(input.name).\(field.name) must be Input Type but got: \(field.type).", [index.typeLocation(of: field)])
            }
            if field.isRequired, field.deprecationReason != nil {
                report("Required input field \(input.name).\(field.name) cannot be deprecated.",
                       [index.deprecatedDirective(of: field), index.typeLocation(of: field)])
            }
            if input.isOneOf {
                if field.type.isNonNull {
                    report("OneOf input field \(input.name).\(field.name) must be nullable.", [index.typeLocation(of: field)])
                }
                if field.defaultValue != nil {
                    report("OneOf input field \(input.name).\(field.name) cannot have a default value.", [index.location(of: field)])
                }
            }
        }
    }
}

/// Finds input objects that reach themselves through non-null fields (which no finite value
/// could satisfy), reporting each cycle once; a depth-first search as graphql-js's.
private struct InputObjectCycleDetector {
    private var visited = Set<String>()
    private var fieldPath: [GraphQLInputField] = []
    private var pathIndexByTypeName: [String: Int] = [:]

    mutating func detect(_ input: GraphQLInputObjectType, _ validator: inout SchemaValidator) {
        guard visited.insert(input.name).inserted else { return }
        pathIndexByTypeName[input.name] = fieldPath.count
        for field in input.fields {
            guard case .nonNull(.named(let named)) = field.type, let fieldType = named as? GraphQLInputObjectType else { continue }
            fieldPath.append(field)
            if let cycleIndex = pathIndexByTypeName[fieldType.name] {
                let cycle = fieldPath[cycleIndex...]
                validator.report("Cannot reference Input Object \"\(fieldType.name)\" within itself through a series of non-null fields: \"\(cycle.map(\.name).joined(separator: "."))\".",
                                 cycle.map { validator.index.location(of: $0) })
            } else {
                detect(fieldType, &validator)
            }
            fieldPath.removeLast()
        }
        pathIndexByTypeName[input.name] = nil
    }
}
