import Commerce
import GraphQLCore

// `extensions.context`: the context every answer was made in.
extension GraphQLResponseWriter {
    /// Adds `"extensions":{"context":{"channel":…,"country":…,"currency":…,"language":…}}` to an answer's
    /// JSON object, or `"context":…` into the `extensions` object it already ends with.
    static func attachContext(_ context: StorefrontContext, to body: inout [UInt8], intoExtensions: Bool) {
        guard body.last == UInt8(ascii: "}") else { return }
        body.removeLast()
        if intoExtensions { body.removeLast() }
        var writer = JSONWriter(capacity: 96)
        writer.writeRaw(intoExtensions ? ",\"context\":" : ",\"extensions\":{\"context\":")
        writer.write(.object(["channel": .string(context.channel.code), "country": .string(context.country),
                              "currency": .string(context.currency.rawValue),
                              "language": .string(ContextResolver.languageCode(context.language))]))
        writer.writeRaw("}}")
        body.append(contentsOf: writer.bytes)
    }

    /// Echoes `context` in an answer that has none yet.
    static func attachContext(_ context: StorefrontContext?, to answer: inout GraphQLAnswer) {
        guard let context, !answer.carriesContext else { return }
        attachContext(context, to: &answer.response.body, intoExtensions: answer.carriesExtensions)
        answer.carriesExtensions = true
        answer.carriesContext = true
    }
}
