import Glibc
import GraphQLCore

/// The fuzz targets. Each must never crash, whatever the input; invariants that do not hold
/// call `violation`, which libFuzzer records as a crash.
enum FuzzTargets {
    /// Server-like bounds: the parser's defaults.
    static let parseOptions = ParseOptions()

    /// The fixed worlds (schema + JSON root), built once before fuzzing.
    nonisolated(unsafe) static var worlds: [(schema: GraphQLSchema, root: JSON)] = []

    /// Builds what the target needs before the first input.
    static func prepare(_ target: String) {
        guard target == "validate" || target == "execute" || target == "cost" else { return }
        worlds = Fixtures.names.map { name in
            do {
                let schema = try buildSchema(Fixtures.read("\(name).graphql"))
                let root = try JSONParser.parse(Fixtures.read("\(name).json"))
                return (schema, root)
            } catch {
                violation("fixture \(name) does not load: \(error)")
            }
        }
    }

    /// parse: executable documents and SDL (same grammar), plus parseValue and parseType.
    static func parseTarget(_ input: Input) {
        let text = input.text
        _ = try? parse(text, options: parseOptions)
        _ = try? parseValue(text, options: parseOptions)
        _ = try? parseType(text, options: parseOptions)
    }

    /// roundtrip: print(parse(x)) reparses, and printing that again gives the same text.
    static func roundTripTarget(_ input: Input) {
        guard let document = try? parse(input.text, options: parseOptions) else { return }
        let printed = document.printed
        let reparsed: DocumentNode
        do {
            reparsed = try parse(printed, options: parseOptions)
        } catch {
            violation("printed document does not reparse: \(error)\n--- printed:\n\(printed)")
        }
        let reprinted = reparsed.printed
        if reprinted != printed {
            violation("print is not stable\n--- first:\n\(printed)\n--- second:\n\(reprinted)")
        }
    }

    /// schema: buildSchema, validateSchema and printSchema; a built schema's printout builds again.
    static func schemaTarget(_ input: Input) {
        guard let schema = try? buildSchema(input.text) else { return }
        _ = validateSchema(schema)
        let printed = printSchema(schema)
        do {
            _ = try buildSchema(printed)
        } catch {
            violation("printSchema output does not build: \(error)\n--- printed:\n\(printed)")
        }
    }

    /// validate: every fixed world's schema against the document.
    static func validateTarget(_ input: Input) {
        guard let document = try? parse(input.text, options: parseOptions) else { return }
        for world in worlds {
            _ = validate(schema: world.schema, document: document)
        }
    }

    /// execute: document, NUL, variables JSON; valid documents run in every world.
    static func executeTarget(_ input: Input) {
        let (text, variablesBytes) = input.documentAndVariables
        var variables = JSONObject()
        if let variablesBytes, let json = try? JSONParser.parse(bytes: variablesBytes), case .object(let object) = json {
            variables = object
        }
        guard let document = try? parse(text, options: parseOptions) else { return }
        for world in worlds where validate(schema: world.schema, document: document).isEmpty {
            let prepared = PreparedDocument(document, schema: world.schema)
            let result = prepared.executeSync(rootValue: world.root, variableValues: variables)
            let response = result.json
            do {
                _ = try JSONParser.parse(bytes: response)
            } catch {
                violation("response is not JSON: \(error)\n\(String(decoding: response, as: UTF8.self))")
            }
        }
    }

    /// cost: document, NUL, variables JSON; `queryCost` with and without the variables in every
    /// world, valid documents or not, finishes with a cost of 0 or more; valid ones then execute
    /// within a response size and time limit.
    static func costTarget(_ input: Input) {
        let (text, variablesBytes) = input.documentAndVariables
        var variables = JSONObject()
        if let variablesBytes, let json = try? JSONParser.parse(bytes: variablesBytes), case .object(let object) = json {
            variables = object
        }
        guard let document = try? parse(text, options: parseOptions) else { return }
        for world in worlds {
            for values in [nil, variables] as [JSONObject?] {
                let cost = queryCost(schema: world.schema, document: document, variables: values)
                if cost < 0 { violation("negative cost \(cost)") }
            }
            guard validate(schema: world.schema, document: document).isEmpty else { continue }
            let result = PreparedDocument(document, schema: world.schema)
                .executeSync(rootValue: world.root, variableValues: variables, limits: ExecutionLimits(maxResponseBytes: 1 << 16, timeout: 5))
            if let data = result.data, data.count > (1 << 16) + (1 << 16) { violation("response of \(data.count) bytes past its limit") }
        }
    }

    /// Equal as JavaScript sees JSON: numbers by value (1.0 is written `1` and reads back as an Int).
    static func sameJSON(_ a: JSON, _ b: JSON) -> Bool {
        switch (a, b) {
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
        // A number past Double's range parses as an infinity, which is written as `null`, as
        // JavaScript's JSON.parse and JSON.stringify do (`1e400` → Infinity → "null").
        case (.double(let x), .null), (.null, .double(let x)): return !x.isFinite
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { sameJSON($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && sameJSON($0.value, $1.value) }
        default: return a == b
        }
    }

    /// json: the JSON parser, and the writer's output parses back to an equal value.
    static func jsonTarget(_ input: Input) {
        guard let value = try? JSONParser.parse(bytes: input.bytes) else { return }
        var writer = JSONWriter(capacity: input.bytes.count)
        writer.write(value)
        do {
            let again = try JSONParser.parse(bytes: writer.bytes)
            if !sameJSON(again, value) { violation("JSON changed after writing and parsing again") }
        } catch {
            violation("written JSON does not parse: \(error)")
        }
    }
}
