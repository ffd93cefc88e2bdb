import Foundation
import SaphaSupport
import SaphaTemplates

/// The site held in memory for `sapha serve`: the same pipeline as `sapha build`, but a
/// rebuild decodes only the files that changed (`LoadCache`), renders only the districts
/// whose content changed, and among those only the pages whose values changed
/// (`PageCache`). Nothing is written to disk; `output/` is never touched.
public struct PreviewSite: Sendable {
    public struct Result: Sendable {
        /// Sorted; errors mean the site in memory was kept as it was.
        public var diagnostics: [Diagnostic]
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
        /// Files whose bytes changed (added, changed or removed).
        public var changedFiles: [String]
        public var renderedPages: Int
        /// Whether every district was rendered (first build, theme or site.yaml changed).
        public var full: Bool
        public var seconds: Double
        /// Seconds per stage: theme, load, link, render, apply.
        public var timings: [(stage: String, seconds: Double)]
    }

    let options: SiteBuilder.Options
    let baseURL: BaseURL
    /// Empty at first (not nil), so that the first load records every file's stamp.
    var loadCache = LoadCache()
    var pageCache: PageCache?
    var themeFingerprint: UInt64?
    var loadedTheme: (theme: Theme, stamps: [String])?
    var linked: (site: LinkedSite, diagnostics: [Diagnostics])?
    /// What `refreshSearch()` needs: the renderer of the last rebuild and the districts
    /// whose search index it left out.
    var renderer: SiteRenderer?
    var staleSearch: Set<String> = []
    /// The files of each district, as its jobs make them.
    var filesByDistrict: [String: Set<String>] = [:]
    public private(set) var files: [String: Data] = [:]
    /// Increases with every rebuild that changed the site or its diagnostics.
    public private(set) var version = 0
    public private(set) var last: Result?

    /// `baseURL` is where the preview is served, e.g. `http://127.0.0.1:1313/`.
    public init(options: SiteBuilder.Options, baseURL: BaseURL) {
        self.options = options
        self.baseURL = baseURL
    }

    /// Rebuilds everything that changed, the search indexes included.
    public mutating func rebuild() -> Result {
        var result = rebuild(deferringSearch: true)
        let searched = refreshSearch()
        result.changedFiles = Array(Set(result.changedFiles).union(searched)).sorted()
        return result
    }

    /// Rebuilds what changed except the search indexes of the changed districts, which
    /// take longest (word segmentation) and are not what an editor looks at; call
    /// `refreshSearch()` right after to bring them up to date.
    public mutating func rebuild(deferringSearch: Bool) -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        var timings: [(stage: String, seconds: Double)] = []
        var lap = start
        func time(_ stage: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            timings.append((stage, Double(now - lap) / 1e9))
            lap = now
        }
        func finish(_ diagnostics: Diagnostics, changed: [String], rendered: Int, full: Bool) -> Result {
            let result = Result(diagnostics: diagnostics.sorted, changedFiles: changed, renderedPages: rendered,
                full: full,
                                seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, timings: timings)
            if !changed.isEmpty || result.diagnostics != last?.diagnostics { version += 1 }
            last = result
            return result
        }
        var diagnostics = Diagnostics()
        // The theme is loaded (and its templates compiled) again only when a file of it changed.
        let stamps = Self.stamps(under: options.theme.path)
        let theme: Theme?
        if let kept = loadedTheme, kept.stamps == stamps {
            theme = kept.theme
        } else {
            let (loaded, themeDiagnostics) = Theme.load(from: options.theme, displayRoot: options.themeDisplay)
            diagnostics.append(contentsOf: themeDiagnostics)
            theme = loaded
            loadedTheme = loaded.map { ($0, stamps) }
        }
        time("theme")
        let loader = ContentLoader(root: options.content, displayRoot: options.contentDisplay)
        let (content, loadDiagnostics, nextLoad) = loader.load(reusing: loadCache)
        diagnostics.append(contentsOf: loadDiagnostics)
        time("load")
        // On errors the caches stay as they were, so the districts changed meanwhile are
        // still seen as changed by the next successful rebuild.
        guard let theme, let content, !diagnostics.hasErrors else { return finish(diagnostics, changed: [],
                rendered: 0, full: false) }
        let full = files.isEmpty || themeFingerprint != theme.fingerprint || nextLoad.changedDistricts == nil
        let changedIndices = full ? nil : nextLoad.changedDistricts!
        let (site, linkDiagnostics) = Linker.link(content, reusing: changedIndices.flatMap { changed in
            linked.map { ($0.site, $0.diagnostics, changed) }
        })
        for d in linkDiagnostics { diagnostics.append(contentsOf: d) }
        guard !diagnostics.hasErrors else { return finish(diagnostics, changed: [], rendered: 0, full: false) }
        time("link")

        let districts = changedIndices.map { Set($0.map { DistrictRegistry.all[$0].slug }) }
        let renderer = SiteRenderer(site: site, theme: theme, baseURL: baseURL)
        // The files each changed district makes now; the sitemap lists pages only, so it
        // changes only when a district gains or loses a file.
        var districtFiles: [String: Set<String>] = [:]
        if let districts {
            for job in renderer.jobs(districts: districts) { if let d = job.district { districtFiles[d,
                    default: []].insert(job.path) } }
        }
        let pagesChanged = full || districtFiles.contains { filesByDistrict[$0.key] != $0.value }
        func include(_ job: SiteRenderer.Job) -> Bool {
            if full { return true }
            if deferringSearch && job.isSearchIndex { return false }
            if case .sitemap = job { return pagesChanged }
            return true
        }
        var (output, cache) = renderer.render(reusing: full ? nil : pageCache, districts: districts, include: include)
        if output.contains(where: { $0.reuse != nil && files[$0.path] == nil }) {
            // A kept page that is not in memory (cannot happen unless the caches disagree):
            // render those jobs without the page cache.
            (output, cache) = renderer.render(reusing: nil, districts: districts, include: include)
        }
        time("render")
        var next = full ? [:] : files
        if full {
            filesByDistrict = [:]
            for job in renderer.jobs { if let d = job.district { filesByDistrict[d, default: []].insert(job.path) } }
        } else {
            // Files of the changed districts that no job makes any more (a deleted meeting).
            for (district, now) in districtFiles {
                for path in filesByDistrict[district, default: []] where !now.contains(path) { next[path] = nil }
                filesByDistrict[district] = now
            }
        }
        var rendered = 0
        for file in output {
            if file.reuse == nil {
                next[file.path] = file.data
                if file.path.hasSuffix(".html") { rendered += 1 }
            } else {
                next[file.path] = files[file.path]
            }
        }
        // Only rendered files and removed ones can differ from what was in memory.
        var candidates = Set(output.lazy.filter { $0.reuse == nil }.map(\.path))
        for path in files.keys where next[path] == nil { candidates.insert(path) }
        let changed = candidates.filter { files[$0] != next[$0] }.sorted()
        for path in changed where next[path] == nil { cache.entries[path] = nil }
        files = next
        pageCache = cache
        loadCache = nextLoad
        themeFingerprint = theme.fingerprint
        linked = (site, linkDiagnostics)
        self.renderer = renderer
        if !full, deferringSearch, let districts { staleSearch.formUnion(districts) }
        time("apply")
        return finish(diagnostics, changed: changed, rendered: rendered, full: full)
    }

    /// Renders the search indexes the last rebuild deferred; returns the files that changed.
    public mutating func refreshSearch() -> [String] {
        guard let renderer, !staleSearch.isEmpty else { return [] }
        let stale = staleSearch
        var (output, cache) = renderer.render(reusing: pageCache, districts: stale) { $0.isSearchIndex }
        if output.contains(where: { $0.reuse != nil && files[$0.path] == nil }) {
            (output, cache) = renderer.render(reusing: nil, districts: stale) { $0.isSearchIndex }
        }
        var changed: [String] = []
        for file in output where file.reuse == nil && files[file.path] != file.data {
            files[file.path] = file.data
            changed.append(file.path)
        }
        pageCache = cache
        staleSearch = []
        return changed.sorted()
    }

    /// Size, time and inode of every file under a folder, as one comparable list.
    static func stamps(under root: String) -> [String] {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return paths.sorted().map { path in
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { return path }
            return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        }
    }
}
