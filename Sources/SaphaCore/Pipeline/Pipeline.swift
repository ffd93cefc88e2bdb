import Foundation
import SaphaSupport

/// The stages of Sapha, in order — theme, load, link, render — with the caches a run may
/// reuse from the one before, as explicit state. The commands are thin users of it:
/// `sapha build` (`SiteBuilder`) runs every stage once, with the page cache from disk, then
/// writes; `sapha serve` (`PreviewSite`) keeps one pipeline in memory and runs it again on
/// every save, reusing the compiled theme, the decoded files and the linked districts that
/// did not change; `check()` loads and links only. Every stage is timed and its diagnostics
/// gathered the same way for all of them (`PipelineRun`).
public struct Pipeline: Sendable {
    /// What a run reads: the content and theme folders, and the site's public address.
    public struct Options: Sendable {
        public var content: URL
        /// How content paths appear in diagnostics (default: `content` as given).
        public var contentDisplay: String
        public var theme: URL
        public var themeDisplay: String
        /// Overrides `base_url` of `site.yaml` when set (`--base-url`, or the preview's address).
        public var baseURL: BaseURL?
        /// The day the checks compare dates with (a meeting "held" in the future, an issue
        /// without news for 60 days): today in Bangkok, unless a test fixes it. Pages never
        /// depend on it, so the same content always renders the same bytes.
        public var today: Day = .todayInBangkok()
        /// Whether drafts (`draft: true`) are published, marked as drafts: `build --drafts`, serve.
        public var drafts = false

        public init(content: String, theme: String, baseURL: BaseURL? = nil, contentDisplay: String? = nil) {
            self.content = URL(fileURLWithPath: content)
            self.contentDisplay = contentDisplay ?? (content.hasSuffix("/") ? String(content.dropLast()) : content)
            self.theme = URL(fileURLWithPath: theme)
            self.themeDisplay = theme.hasSuffix("/") ? String(theme.dropLast()) : theme
            self.baseURL = baseURL
        }
    }

    /// What the load stage gave: the content, and what the next incremental load reuses.
    struct Loaded {
        var content: Content
        var cache: LoadCache
        /// The districts whose files changed since the cached load; nil when all may have.
        var changed: Set<Int>?
    }

    /// What the link stage gave, with each district's diagnostics (kept to relink one district).
    struct Linked {
        var site: LinkedSite
        var diagnostics: [Diagnostics]
        /// The reference day the checks and the records were computed against: a district
        /// linked on another day is linked again, changed or not.
        var today: Day
    }

    public internal(set) var options: Options
    /// Whether runs keep what they made for the next run (`sapha serve`); a one-off build
    /// does not stat the theme or stamp the files it reads.
    let incremental: Bool

    // The caches: each is what the last successful run made, or nil.
    /// The compiled theme, with the stamps of the files it was compiled from.
    var theme: (theme: Theme, stamps: [FileStamp])?
    /// The decoded content files, with their stamps.
    var loaded: LoadCache?
    /// The linked site of the last successful run.
    var linked: Linked?
    /// What the last render made, per file (from disk for `sapha build`, in memory for serve).
    var pages: PageCache?

    public init(options: Options, incremental: Bool = false) {
        self.options = options
        self.incremental = incremental
        // Empty at first (not nil), so that the first incremental load stamps every file.
        loaded = incremental ? LoadCache() : nil
    }

    // MARK: The stages

    /// Stage 0 — the theme: compiled again only when one of its files changed.
    mutating func loadTheme(_ run: inout PipelineRun) -> Theme? {
        defer { run.clock.lap("theme") }
        let stamps = incremental ? FileStamp.all(under: options.theme.path) : []
        if incremental, let kept = theme, kept.stamps == stamps { return kept.theme }
        let (loaded, diagnostics) = Theme.load(from: options.theme, displayRoot: options.themeDisplay)
        run.diagnostics.append(contentsOf: diagnostics)
        if incremental { theme = loaded.map { ($0, stamps) } }
        return loaded
    }

    /// Stage 1 — load: every content file read and decoded (only the changed ones, when
    /// incremental). A file with errors is left out, and the rest is still loaded, so that
    /// the link stage can check it too: one run reports every problem, not the first stage's.
    func loadContent(_ run: inout PipelineRun, for output: Markdown.Output = .pages) -> Loaded {
        defer { run.clock.lap("load") }
        let loader = ContentLoader(root: options.content, displayRoot: options.contentDisplay, for: output)
        let (content, diagnostics, cache) = loader.load(reusing: loaded)
        run.diagnostics.append(contentsOf: diagnostics)
        return Loaded(content: content ?? Content(config: .unreadable, districts: []), cache: cache,
                      changed: cache.changedDistricts)
    }

    /// Stage 2 — link: references resolved and checked; only the changed districts again
    /// when `relinking` and the last run's linked site is there, linked the same day (never
    /// after a load with errors, whose files were left out). Nil when this run has any error.
    func link(_ loaded: Loaded, relinking: Bool, _ run: inout PipelineRun) -> Linked? {
        defer { run.clock.lap("link") }
        let previous = relinking && !run.diagnostics.hasErrors ? linked.flatMap { linked in
            linked.today == options.today ? loaded.changed.map { (linked.site, linked.diagnostics, $0) } : nil
        } : nil
        let content = options.drafts ? loaded.content : loaded.content.withoutDrafts()
        let (site, diagnostics) = Linker.link(content, reusing: previous, today: options.today)
        for district in diagnostics { run.diagnostics.append(contentsOf: district) }
        guard !run.diagnostics.hasErrors else { return nil }
        return Linked(site: site, diagnostics: diagnostics, today: options.today)
    }

    /// Stage 3 — render: the files of the districts in `districts` (all when nil) that
    /// `include` selects, keeping from the page cache every file whose values did not change.
    /// A kept file must be `available` (in the output folder, or in memory); if one is not,
    /// which happens only when the cache and the output disagree, everything selected is
    /// rendered again without the cache.
    func render(_ renderer: SiteRenderer, reusing cache: PageCache?, districts: Set<String>? = nil,
                include: (SiteRenderer.Job) -> Bool = { _ in true }, available: (OutputFile) -> Bool = { _ in true },
                known: (String) -> Data? = { _ in nil },
                _ run: inout PipelineRun) -> (files: [OutputFile], cache: PageCache) {
        defer { run.clock.lap("render") }
        let rendered = renderer.render(reusing: cache, districts: districts, include: include, known: known)
        guard cache != nil, rendered.files.contains(where: { $0.reuse != nil && !available($0) }) else {
            return rendered
        }
        return renderer.render(reusing: nil, districts: districts, include: include, known: known)
    }

    /// The renderer of a linked site with this pipeline's theme and address.
    func renderer(_ site: LinkedSite, theme: Theme) -> SiteRenderer {
        SiteRenderer(site: site, theme: theme, baseURL: options.baseURL ?? site.config.baseURL)
    }

    /// Keeps what a successful run made for the next one. (After a failed run the caches stay
    /// as they were, so what changed meanwhile is still seen as changed next time.)
    mutating func keep(_ loaded: Loaded, _ linked: Linked, pages: PageCache) {
        if incremental {
            self.loaded = loaded.cache
            self.linked = linked
        }
        self.pages = pages
    }

    // MARK: Commands

    /// Theme, load and link — no render, no write: every problem of the content, of
    /// every file and district at once. With `district` (a slug), only the problems of that
    /// district's files and of the files above the districts (`site.yaml`).
    /// Drafts are checked like everything else; what a build without them would refuse (a
    /// published page linking to a draft) is reported too.
    public func check(district: String? = nil) -> PipelineRun {
        var run = PipelineRun()
        var theme = self
        _ = theme.loadTheme(&run)
        let loaded = loadContent(&run, for: .diagnostics)
        var all = self
        all.options.drafts = true
        _ = all.link(loaded, relinking: false, &run)
        run.drafts = loaded.content.draftFiles
        if !options.drafts, !run.drafts.isEmpty {
            var published = PipelineRun()
            _ = link(loaded, relinking: false, &published)
            for diagnostic in published.diagnostics.sorted where diagnostic.code == LinkMessage.targetIsDraft.code {
                run.diagnostics.append(diagnostic)
            }
        }
        if let district {
            let districts = options.contentDisplay + "/districts/"
            let own = districts + district
            let keep = { (file: String) in !file.hasPrefix(districts) || file == own || file.hasPrefix(own + "/") }
            run.diagnostics = run.diagnostics.filter(files: keep)
            run.drafts = run.drafts.filter(keep)
        }
        return run
    }

    /// The text of a file as diagnostics name it (`content/…` or `themes/…`), to quote the
    /// line a problem is on; nil for a folder, a file too big to quote, or a path outside.
    public func source(ofDisplayed file: String) -> String? {
        let roots = [(options.contentDisplay, options.content), (options.themeDisplay, options.theme)]
        for (display, root) in roots where file.hasPrefix(display + "/") {
            let relative = String(file.dropFirst(display.count + 1))
            guard !relative.split(separator: "/").contains("..") else { return nil }
            let path = root.appendingPathComponent(relative).path
            // lstat: a symbolic link (reported as one) is never followed out of the folder.
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = attributes[.size] as? Int, size <= SourceFile.maximumSize,
                  let data = FileManager.default.contents(atPath: path) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        return nil
    }
}

/// One run of the pipeline: the diagnostics of every stage that ran and the time each took.
public struct PipelineRun: Sendable {
    public internal(set) var diagnostics = Diagnostics()
    /// The files of the drafts (`check`).
    public internal(set) var drafts: [String] = []
    public internal(set) var clock = StageClock()
    public init() {}
}
