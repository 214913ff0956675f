/// GraphQL over HTTP for Concord.
public enum ConcordServerModule {}
