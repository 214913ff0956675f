extension ExplorerAssets {
    /// The explorer's files as they were when `concord` was built (`embedInCode` resources).
    public static let embedded = ExplorerAssets(
        template: PackageResources.explorer_html, style: PackageResources.explorer_css,
        scripts: [PackageResources.editor_js, PackageResources.completion_js, PackageResources.format_js,
                  PackageResources.docs_js, PackageResources.app_js])
}
