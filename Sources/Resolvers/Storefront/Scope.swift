/// The scopes a caller's token may carry, checked by the fields that need them.
public enum Scope {
    /// `productUpsert`.
    public static let catalogWrite = "catalog:write"
    /// `inventoryAdjust`.
    public static let inventoryWrite = "inventory:write"
    /// `pageUpsert`, `pagePublish`, `contentModuleUpsert`.
    public static let contentWrite = "content:write"
    /// Reading draft pages (`content:write` implies it).
    public static let contentPreview = "content:preview"
}
