import Foundation
import SaphaSupport

/// `sapha serve`: the site held in memory, made by one `Pipeline` kept between rebuilds. A
/// rebuild compiles the theme again only when a theme file changed, decodes only the files
/// that changed (`LoadCache`), links and renders only the districts whose content changed,
/// and among those only the pages whose values changed (`PageCache`). Nothing is written to
/// disk; `output/` is never touched.
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
        /// Each stage's wall and CPU time: theme, load, link, render, apply.
        public var timings: [StageTiming]
    }

    var pipeline: Pipeline
    var themeFingerprint: UInt64?
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

    /// Where each rebuild takes today from (`sapha serve`: Bangkok's clock); nil keeps
    /// `options.today` (tests).
    let clock: (@Sendable () -> Day)?

    /// `baseURL` is where the preview is served, e.g. `http://127.0.0.1:1313/`.
    public init(options: Pipeline.Options, baseURL: BaseURL, clock: (@Sendable () -> Day)? = nil) {
        var options = options
        options.baseURL = baseURL
        // A preview shows drafts, marked as such, so that staff see them before publishing.
        options.drafts = true
        pipeline = Pipeline(options: options, incremental: true)
        self.clock = clock
    }

    /// Moves the reference day to today: a preview left running overnight checks the new day
    /// (`Pipeline.link` then links every district again, not only the changed ones) and
    /// renders the pages computed against it.
    mutating func followClock() {
        if let today = clock?() { pipeline.options.today = today }
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
        var run = PipelineRun()
        followClock()
        let theme = pipeline.loadTheme(&run)
        let loaded = pipeline.loadContent(&run)
        // On errors the pipeline's caches stay as they were, so the districts changed
        // meanwhile are still seen as changed by the next successful rebuild.
        let full = files.isEmpty || theme.map { themeFingerprint != $0.fingerprint } ?? true || loaded.changed == nil
        // On a new day every district's dashboard and stale issues may change: all districts
        // are rendered, through the page cache, so only pages whose values changed are made.
        let newDay = pipeline.linked.map { $0.today != pipeline.options.today } ?? false
        guard let linked = pipeline.link(loaded, relinking: !full, &run), let theme else { return finish(run) }

        let districts = full ? nil : Set((newDay ? Array(DistrictRegistry.all.indices) : Array(loaded.changed!))
            .map { DistrictRegistry.all[$0].slug })
        let renderer = pipeline.renderer(linked.site, theme: theme)
        // The files each changed district makes now; the sitemap lists pages only, so it
        // changes only when a district gains or loses a file.
        var districtFiles: [String: Set<String>] = [:]
        if let districts {
            for job in renderer.jobs(districts: districts) {
                if let d = job.district { districtFiles[d, default: []].insert(job.path) }
            }
        }
        let pagesChanged = full || districtFiles.contains { filesByDistrict[$0.key] != $0.value }
        let (output, cache) = pipeline.render(renderer, reusing: full ? nil : pipeline.pages, districts: districts,
            include: { job in
                if full { return true }
                if deferringSearch && job.isSearchIndex { return false }
                if case .sitemap = job { return pagesChanged }
                return true
            }, available: { files[$0.path] != nil }, known: { files[$0] }, &run)

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
        var kept = cache
        for path in changed where next[path] == nil { kept.entries[path] = nil }
        files = next
        pipeline.keep(loaded, linked, pages: kept)
        themeFingerprint = theme.fingerprint
        self.renderer = renderer
        if !full, deferringSearch, let districts { staleSearch.formUnion(districts) }
        run.clock.lap("apply")
        return finish(run, changed: changed, rendered: rendered, full: full)
    }

    /// Renders the search indexes the last rebuild deferred; returns the files that changed.
    public mutating func refreshSearch() -> [String] {
        guard let renderer, !staleSearch.isEmpty else { return [] }
        var run = PipelineRun()
        let (output, cache) = pipeline.render(renderer, reusing: pipeline.pages, districts: staleSearch,
            include: { $0.isSearchIndex }, available: { files[$0.path] != nil }, &run)
        var changed: [String] = []
        for file in output where file.reuse == nil && files[file.path] != file.data {
            files[file.path] = file.data
            changed.append(file.path)
        }
        pipeline.pages = cache
        staleSearch = []
        return changed.sorted()
    }

    private mutating func finish(_ run: PipelineRun, changed: [String] = [], rendered: Int = 0,
                                 full: Bool = false) -> Result {
        let result = Result(diagnostics: run.diagnostics.sorted, changedFiles: changed, renderedPages: rendered,
                            full: full, seconds: run.clock.elapsed, timings: run.clock.timings)
        if !changed.isEmpty || result.diagnostics != last?.diagnostics { version += 1 }
        last = result
        return result
    }
}
