/// HTTP/1.1 on POSIX sockets.
public enum HTTPServerModule {}
