extension ConfigurationFile {
    /// Reads every manifest in `trustedDocuments.directory` into `app.trustedDocuments` (checking
    /// each id against its text); nothing without a directory. `concord serve` calls it at start
    /// and on each reload, so that a manifest added with `concord documents add` is served after
    /// `concord reload`.
    public mutating func loadTrustedDocuments() throws(ServerConfigurationError) {
        guard let directory = app.trustedDocumentsDirectory else { return }
        do { app.trustedDocuments = try TrustedDocumentManifest.load(directory: directory) } catch {
            throw ServerConfigurationError("trustedDocuments: \(error.description)")
        }
    }
}
