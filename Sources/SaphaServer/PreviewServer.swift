import Foundation
import Hummingbird
import SaphaCore
import Synchronization

/// `sapha serve`: builds the site in memory, serves it on localhost, rebuilds when a file
/// under the content or theme folder changes, and reloads the open browser pages. A failed
/// build keeps the last good site and shows the errors, with file and line, in the page.
public final class PreviewServer: Sendable {
    public struct Settings: Sendable {
        public var options: Pipeline.Options
        public var host: String
        public var port: Int

        public init(options: Pipeline.Options, host: String = "127.0.0.1", port: Int = 1313) {
            self.options = options
            self.host = host
            self.port = port
        }
    }

    /// What the HTTP handlers read: replaced as a whole after each rebuild.
    struct Snapshot: Sendable {
        var files: [String: Data] = [:]
        var result: PreviewSite.Result?
        var version = 0
    }

    let settings: Settings
    let site: Mutex<PreviewSite>
    let snapshot = Mutex(Snapshot())
    /// Rebuilds run one at a time on this queue; events during a rebuild ask for one more.
    let queue = DispatchQueue(label: "sapha.preview.rebuild")
    let pending = Mutex(false)
    let report: @Sendable (PreviewSite.Result) -> Void

    public init(settings: Settings, report: @escaping @Sendable (PreviewSite.Result) -> Void) {
        self.settings = settings
        self.site = Mutex(PreviewSite(options: settings.options, baseURL: .root, clock: { Day.todayInBangkok() }))
        self.report = report
    }

    /// Builds once, then serves until the process is stopped.
    public func run() async throws {
        rebuild()
        let watcher = try FileWatcher(folders: [settings.options.content.path, settings.options.theme.path]) { [self] in
            requestRebuild()
        }
        watcher.start()
        let app = Application(router: router(), configuration: .init(address: .hostname(settings.host,
            port: settings.port),
                                                                    serverName: "sapha"))
        try await app.runService()
    }

    func requestRebuild() {
        let alreadyPending = pending.withLock { pending in
            defer { pending = true }
            return pending
        }
        guard !alreadyPending else { return }
        queue.async { [self] in
            pending.withLock { $0 = false }
            rebuild()
        }
    }

    /// Rebuilds and publishes the result. Called on `queue` (or once before serving).
    func rebuild() {
        let (result, files, version) = site.withLock { site in
            let result = site.rebuild(deferringSearch: true)
            return (result, site.files, site.version)
        }
        snapshot.withLock { $0 = Snapshot(files: files, result: result, version: version) }
        report(result)
        // Then the changed districts' search indexes, which the open page does not show:
        // published without a new version, so no page reloads for them.
        let searched = site.withLock { site in site.refreshSearch().isEmpty ? nil : site.files }
        if let searched { snapshot.withLock { $0.files = searched } }
    }

    // MARK: HTTP

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("__sapha/live.js") { _, _ in
            Self.response(Data(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")
        }
        router.get("__sapha/wait") { [self] request, _ -> Response in
            // Long poll: answers when the site's version differs from the page's, or after
            // 25 s (the script then asks again).
            let seen = Int(request.uri.queryParameters.get("v") ?? "") ?? -1
            let deadline = ContinuousClock.now + .seconds(25)
            var version = snapshot.withLock { $0.version }
            while version == seen && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
                version = snapshot.withLock { $0.version }
            }
            return Self.response(Data(String(version).utf8), type: "text/plain; charset=utf-8")
        }
        router.get("/") { [self] request, _ in serve(request.uri.path) }
        router.get("**") { [self] request, _ in serve(request.uri.path) }
        // HEAD answers as GET would, without the body (link checkers and curl -I use it).
        router.head("/") { [self] request, _ in Self.headOnly(serve(request.uri.path)) }
        router.head("**") { [self] request, _ in Self.headOnly(serve(request.uri.path)) }
        return router
    }

    func serve(_ rawPath: String) -> Response {
        let current = snapshot.withLock { $0 }
        guard let path = Self.filePath(rawPath) else { return notFound(current) }
        if let result = current.result, result.failed, path.hasSuffix(".html") {
            return Self.response(Data(LiveReload.errorPage(result.diagnostics, version: current.version).utf8),
                                 type: "text/html; charset=utf-8", status: .internalServerError)
        }
        if let data = current.files[path] {
            let warnings = current.result?.diagnostics ?? []
            return Self.response(path.hasSuffix(".html")
                                    ? LiveReload.inject(data, version: current.version, warnings: warnings) : data,
                                 type: Self.contentType(path))
        }
        // `/th/thung-khru` → `/th/thung-khru/`, as a static host would. The target is built from
        // the cleaned path, never from the request: `//evil.example` must not become a
        // redirect to another host.
        if !rawPath.hasSuffix("/"), current.files[path + "/index.html"] != nil {
            return Response(status: .movedPermanently, headers: [.location: "/" + path + "/"])
        }
        return notFound(current)
    }

    func notFound(_ current: Snapshot) -> Response {
        let page = current.files["404.html"] ?? Data("Not found".utf8)
        return Self.response(LiveReload.inject(page, version: current.version), type: "text/html; charset=utf-8",
            status: .notFound)
    }

    /// The key in the site of a request path; nil for paths that cannot be in it.
    static func filePath(_ raw: String) -> String? {
        guard let decoded = raw.removingPercentEncoding else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") || $0.contains("\0") }) else {
            return nil
        }
        let joined = parts.joined(separator: "/")
        if decoded.hasSuffix("/") || joined.isEmpty { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        return joined
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": path.hasSuffix("feed.xml") ? "application/atom+xml" : "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }

    /// The response to a HEAD request: the same status and headers, the length of the body
    /// GET would send, no body.
    static func headOnly(_ response: Response) -> Response {
        var headers = response.headers
        if let length = response.body.contentLength { headers[.contentLength] = String(length) }
        return Response(status: response.status, headers: headers, body: ResponseBody())
    }

    static func response(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
