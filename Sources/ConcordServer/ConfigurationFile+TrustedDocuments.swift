import Foundation

extension ConfigurationFile {
    /// `trustedDocuments.directory`, a relative one taken from the folder of the configuration
    /// file at `configPath` (so that the server and `concord documents add` agree wherever they
    /// are started); nil without one.
    public func trustedDocumentsDirectory(configPath: String?) -> String? {
        guard let directory = app.trustedDocumentsDirectory else { return nil }
        guard !directory.hasPrefix("/"), let configPath else { return directory }
        return ((configPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(directory)
    }

    /// Reads every manifest in `trustedDocuments.directory` into `app.trustedDocuments` (checking
    /// each id against its text); nothing without a directory. `concord serve` calls it at start
    /// and on each reload, so that a manifest added with `concord documents add` is served after
    /// `concord reload`.
    public mutating func loadTrustedDocuments(configPath: String?) throws(ServerConfigurationError) {
        guard let directory = trustedDocumentsDirectory(configPath: configPath) else { return }
        do { app.trustedDocuments = try TrustedDocumentManifest.load(directory: directory) } catch {
            throw ServerConfigurationError("trustedDocuments: \(error.description)")
        }
    }
}
