import Foundation

extension Storefront {
    /// `pageUpsert(input:)`: new pages are drafts.
    public func pageUpsert(_ input: PageInput) async throws(CommerceError) -> PagePayload {
        try require(.contentWrite, for: "pageUpsert")
        var errors: [UserError] = []
        var pageID: Int64?
        if let id = input.id {
            guard let key = GlobalID.numeric(id, type: "Page") else {
                return PagePayload(userErrors: [UserError(field: ["input", "id"], message: "\"\(id)\" is not a page id.", code: .INVALID)])
            }
            pageID = key
        }
        if let handle = input.handle, !InputFormat.isHandle(handle) {
            errors.append(UserError(field: ["input", "handle"], message: "\"\(handle)\" is not a handle: use lowercase letters, digits and dashes.", code: .INVALID))
        }
        let locale = try await locale(input.locale, path: ["input", "locale"], errors: &errors)
        if let title = input.title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.append(UserError(field: ["input", "title"], message: "The title cannot be blank.", code: .BLANK))
        }
        guard errors.isEmpty else { return PagePayload(userErrors: errors) }
        let change = PageChange(id: pageID, handle: input.handle, locale: locale, title: input.title,
                                seoTitle: input.seo?.title, seoDescription: input.seo?.description, time: now())
        do {
            let page = try await backends.content.upsertPage(change)
            recordPublicWrite()
            return PagePayload(page: try await view(page, locale: locale), userErrors: [])
        } catch let error {
            return PagePayload(userErrors: [try contentError(error, pageField: ["input", "id"])])
        }
    }

    /// `pagePublish(id:, published:)`.
    public func pagePublish(id: String, published: Bool) async throws(CommerceError) -> PagePayload {
        try require(.contentWrite, for: "pagePublish")
        guard let key = GlobalID.numeric(id, type: "Page") else {
            return PagePayload(userErrors: [UserError(field: ["id"], message: "\"\(id)\" is not a page id.", code: .INVALID)])
        }
        let time = now()
        guard let page = try await backendCall({
            try await backends.content.setPageStatus(id: key, status: published ? .PUBLISHED : .DRAFT, at: time)
        }) else {
            return PagePayload(userErrors: [UserError(field: ["id"], message: "No page has the id \(id).", code: .NOT_FOUND)])
        }
        recordPublicWrite()
        return PagePayload(page: try await view(page, locale: nil), userErrors: [])
    }

    /// `contentModuleUpsert(pageId:, input:)`: the texts go into `input.locale`, other locales are kept
    /// when the module keeps its kind.
    public func contentModuleUpsert(pageId: String, input: ContentModuleInput) async throws(CommerceError) -> PagePayload {
        try require(.contentWrite, for: "contentModuleUpsert")
        var errors: [UserError] = []
        guard let pageKey = GlobalID.numeric(pageId, type: "Page") else {
            return PagePayload(userErrors: [UserError(field: ["pageId"], message: "\"\(pageId)\" is not a page id.", code: .INVALID)])
        }
        var moduleKey: Int64?
        if let id = input.id {
            guard let global = GlobalID(decoding: id), let key = global.numericKey,
                  ContentModule.Body.typeNames.contains(global.type) else {
                return PagePayload(userErrors: [UserError(field: ["input", "id"], message: "\"\(id)\" is not a content module id.", code: .INVALID)])
            }
            moduleKey = key
        }
        if let position = input.position, position < 0 {
            errors.append(UserError(field: ["input", "position"], message: "The position cannot be negative; got \(position).", code: .INVALID))
        }
        let locale = try await locale(input.locale, path: ["input", "locale"], errors: &errors)
        guard input.kinds.count == 1, let kind = input.kinds.first else {
            errors.append(UserError(field: ["input"], message: "Give exactly one of hero, richText, productCarousel, collectionGrid, banner or promo.", code: .INVALID))
            return PagePayload(userErrors: errors)
        }
        let update = try await moduleUpdate(kind, locale: locale, errors: &errors)
        guard errors.isEmpty, let update else { return PagePayload(userErrors: errors) }
        do {
            let (page, moduleID) = try await backends.content.upsertModule(
                pageID: pageKey, moduleID: moduleKey, position: input.position, update: update, at: now())
            recordPublicWrite()
            let view = try await view(page, locale: locale)
            return PagePayload(page: view, module: view.modules.first { $0.module.id == moduleID }, userErrors: [])
        } catch let error {
            return PagePayload(userErrors: [try contentError(error, pageField: ["pageId"])])
        }
    }

    /// The locale of an input (the default when nil), checked.
    private func locale(_ locale: String?, path: [String], errors: inout [UserError]) async throws(CommerceError) -> String {
        guard let locale else { return backends.content.defaultLocale }
        if !InputFormat.isLocale(locale) {
            errors.append(UserError(field: path, message: "\"\(locale)\" is not a locale such as en or de-AT.", code: .INVALID))
        }
        return locale
    }

    /// The user error for a refused content write; `pageField` is the argument that named the page.
    private func contentError(_ error: any Error, pageField: [String]) throws(CommerceError) -> UserError {
        switch error {
        case ContentWriteError.pageNotFound: return UserError(field: pageField, message: "No page has this id.", code: .NOT_FOUND)
        case ContentWriteError.moduleNotFound: return UserError(field: ["input", "id"], message: "The page has no module with this id.", code: .NOT_FOUND)
        case ContentWriteError.handleTaken(let handle): return UserError(field: ["input", "handle"], message: "The handle \(handle) is taken by another page.", code: .TAKEN)
        case ContentWriteError.missingHandleOrTitle: return UserError(field: ["input"], message: "A new page needs a handle and a title.", code: .BLANK)
        case let error as CommerceError: throw error
        default: throw CommerceError(backendFailure: error)
        }
    }

    /// Checks a module's input and returns how to merge it into the stored body.
    private func moduleUpdate(_ kind: ContentModuleInput.Kind, locale: String,
                              errors: inout [UserError]) async throws(CommerceError) -> (@Sendable (ContentModule.Body?) -> ContentModule.Body)? {
        let path = ["input", kind.fieldName]
        func link(_ input: LinkInput?, _ name: String) -> ContentModule.Link? {
            guard let input else { return nil }
            if !InputFormat.isLinkTarget(input.url) {
                errors.append(UserError(field: path + [name, "url"], message: "\"\(input.url)\" is not an absolute URL or a path starting with /.", code: .INVALID))
            }
            return ContentModule.Link(label: [locale: input.label], url: input.url)
        }
        func image(_ input: Image?) -> Image? {
            if let input, !InputFormat.isAbsoluteURL(input.url) {
                errors.append(UserError(field: path + ["image", "url"], message: "\"\(input.url)\" is not an absolute http(s) URL.", code: .INVALID))
            }
            return input
        }
        switch kind {
        case .hero(let heading, let subheading, let imageInput, let cta):
            let image = image(imageInput), callToAction = link(cta, "callToAction")
            return { old in
                guard case .hero(let oldHeading, let oldSub, _, let oldCTA) = old else {
                    return .hero(heading: [locale: heading], subheading: subheading.map { [locale: $0] }, image: image, callToAction: callToAction)
                }
                return .hero(heading: ModuleMerge.text(locale, oldHeading, heading), subheading: subheading.map { ModuleMerge.text(locale, oldSub, $0) } ?? oldSub,
                             image: image, callToAction: ModuleMerge.link(locale, oldCTA, callToAction))
            }
        case .richText(let html):
            return { old in
                guard case .richText(let oldHTML) = old else { return .richText(html: [locale: html]) }
                return .richText(html: ModuleMerge.text(locale, oldHTML, html))
            }
        case .productCarousel(let heading, let ids):
            let keys = try await references(ids, type: "Product", path: path + ["productIds"], errors: &errors)
            return { old in
                guard case .productCarousel(let oldHeading, _) = old else { return .productCarousel(heading: [locale: heading], productIDs: keys) }
                return .productCarousel(heading: ModuleMerge.text(locale, oldHeading, heading), productIDs: keys)
            }
        case .collectionGrid(let heading, let ids):
            let keys = try await references(ids, type: "Collection", path: path + ["collectionIds"], errors: &errors)
            return { old in
                guard case .collectionGrid(let oldHeading, _) = old else { return .collectionGrid(heading: [locale: heading], collectionIDs: keys) }
                return .collectionGrid(heading: ModuleMerge.text(locale, oldHeading, heading), collectionIDs: keys)
            }
        case .banner(let text, let linkInput, let tone):
            let target = link(linkInput, "link")
            return { old in
                guard case .banner(let oldText, let oldLink, _) = old else { return .banner(text: [locale: text], link: target, tone: tone) }
                return .banner(text: ModuleMerge.text(locale, oldText, text), link: ModuleMerge.link(locale, oldLink, target), tone: tone)
            }
        case .promo(let heading, let body, let code, let imageInput, let linkInput, let endsAtText):
            let image = image(imageInput), target = link(linkInput, "link")
            var endsAt: Double?
            if let endsAtText {
                if let date = DateTimeFormat.parse(endsAtText) { endsAt = date.timeIntervalSince1970 } else {
                    errors.append(UserError(field: path + ["endsAt"], message: "\"\(endsAtText)\" is not an ISO 8601 date and time.", code: .INVALID))
                }
            }
            if let code, try await backendCall({ try await backends.carts.discountCodes(codes: [code]) }).isEmpty {
                errors.append(UserError(field: path + ["discountCode"], message: "The discount code \(code) does not exist.", code: .DISCOUNT_CODE_NOT_FOUND))
            }
            let ends = endsAt
            return { old in
                guard case .promo(let oldHeading, let oldBody, _, _, let oldLink, _) = old else {
                    return .promo(heading: [locale: heading], body: [locale: body], discountCode: code, image: image, link: target, endsAt: ends)
                }
                return .promo(heading: ModuleMerge.text(locale, oldHeading, heading), body: ModuleMerge.text(locale, oldBody, body), discountCode: code, image: image,
                              link: ModuleMerge.link(locale, oldLink, target), endsAt: ends)
            }
        }
    }

    /// Decodes and checks references to catalog objects (one loader batch).
    private func references(_ ids: [String], type: String, path: [String], errors: inout [UserError]) async throws(CommerceError) -> [Int64] {
        guard ids.count <= 50 else {
            errors.append(UserError(field: path, message: "At most 50 references are allowed; got \(ids.count).", code: .TOO_MANY_ITEMS))
            return []
        }
        let keys = ids.map { GlobalID.numeric($0, type: type) }
        let found: Set<Int64>
        if type == "Product" {
            found = Set(try await backendCall { try await products.loadMany(keys.compactMap { $0 }) }.keys)
        } else {
            found = Set(try await backendCall { try await collections.loadMany(keys.compactMap { $0 }) }.keys)
        }
        for (index, key) in keys.enumerated() where key.map({ !found.contains($0) }) ?? true {
            errors.append(UserError(field: path + [String(index)], message: "No \(type.lowercased()) has the id \(ids[index]).", code: .NOT_FOUND))
        }
        return keys.compactMap { $0 }
    }
}

extension PagePayload {
    /// A payload with only user errors.
    init(userErrors: [UserError]) {
        self.init(page: nil, module: nil, userErrors: userErrors)
    }
}

/// How a module's texts in one locale merge into its stored texts in every locale.
enum ModuleMerge {
    /// The old texts with `value` set in `locale`.
    static func text(_ locale: String, _ old: LocalizedText?, _ value: String) -> LocalizedText {
        var text = old ?? [:]
        text.set(value, locale: locale)
        return text
    }

    /// The new link with its label merged into the old link's labels.
    static func link(_ locale: String, _ old: ContentModule.Link?, _ new: ContentModule.Link?) -> ContentModule.Link? {
        guard let new else { return nil }
        return ContentModule.Link(label: text(locale, old?.label, new.label.values[locale] ?? ""), url: new.url)
    }
}
