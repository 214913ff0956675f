import Commerce
import GraphQLCore

extension GraphQLRequestReader {
    /// The request's channel session for the selected operation of `document`: its token's channels
    /// narrowed by the operation's `@inContext` (`ContextResolver`); nil without channels.
    func channelSession(_ document: Engine.Document, _ parameters: GraphQLParameters, _ context: RequestContext) -> ChannelSession? {
        ContextResolver.session(channels: context.channels,
                                requested: engine.requestedContext(in: document, operationName: parameters.operationName,
                                                                   variables: parameters.variables))
    }
}
