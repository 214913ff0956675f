// Safe changes graphql-js does not report: descriptions and deprecations (Concord's own
// DESCRIPTION_CHANGED, DEPRECATION_ADDED, DEPRECATION_REMOVED, DEPRECATION_REASON_CHANGED).

extension SchemaChangeFinder {
    /// The description of the element at `coordinate` added, changed or removed.
    mutating func findDescriptionChange(of coordinate: String, _ oldDescription: String?, _ newDescription: String?) {
        switch (oldDescription, newDescription) {
        case (nil, .some):
            add(.descriptionChanged, "Description added to \(coordinate).")
        case (.some, nil):
            add(.descriptionChanged, "Description removed from \(coordinate).")
        case (.some(let old), .some(let new)) where old != new:
            add(.descriptionChanged, "Description of \(coordinate) changed.")
        default:
            break
        }
    }

    /// The element at `coordinate` deprecated, no longer deprecated, or given another reason.
    mutating func findDeprecationChange(of coordinate: String, _ oldReason: String?, _ newReason: String?) {
        switch (oldReason, newReason) {
        case (nil, .some(let reason)):
            add(.deprecationAdded, "\(coordinate) was deprecated (reason: \(printString(reason))).")
        case (.some, nil):
            add(.deprecationRemoved, "\(coordinate) is no longer deprecated.")
        case (.some(let old), .some(let new)) where old != new:
            add(.deprecationReasonChanged, "\(coordinate) deprecation reason changed from \(printString(old)) to \(printString(new)).")
        default:
            break
        }
    }
}
