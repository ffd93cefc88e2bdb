import Foundation
import SaphaSupport
import SaphaTemplates

/// The whole pipeline: load → validate & link → render → write. Each stage is timed.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var content: URL
        public var contentDisplay: String
        public var theme: URL
        public var themeDisplay: String
        public var output: URL
        public var baseURL: BaseURL?

        /// `contentDisplay` is how content paths appear in diagnostics (default: `content` as given).
        public init(content: String, theme: String, output: String, baseURL: BaseURL? = nil,
                    contentDisplay: String? = nil) {
            self.content = URL(fileURLWithPath: content)
            self.contentDisplay = contentDisplay ?? (content.hasSuffix("/") ? String(content.dropLast()) : content)
            self.theme = URL(fileURLWithPath: theme)
            self.themeDisplay = theme.hasSuffix("/") ? String(theme.dropLast()) : theme
            self.output = URL(fileURLWithPath: output)
            self.baseURL = baseURL
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var pages: Int
        /// Bytes rendered by this build (pages kept from the last build are not counted).
        public var bytes: Int
        /// Wall time and CPU time (user and system, all threads) of each stage: CPU above wall
        /// is the stage running on several cores.
        public var timings: [(stage: String, seconds: Double, cpu: Double)]
        /// Filled by `build()`: how many files were written, reused or removed.
        public var written = OutputWriter.Summary()
        /// Pages rendered; the others were unchanged since the last build and kept.
        public var rendered = 0
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    /// Builds the site in memory; throws `BuildFailed` with every diagnostic on any error.
    public func render() throws -> (files: [OutputFile], report: Report) {
        let (files, report, _) = try render(reusing: nil)
        return (files, report)
    }

    /// Renders, keeping from `cache` every page whose values did not change.
    func render(reusing cache: PageCache?) throws -> (files: [OutputFile], report: Report, cache: PageCache) {
        var timings: [(String, Double, Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds, cpu = Self.cpuSeconds()
            let result = work()
            timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, Self.cpuSeconds() - cpu))
            return result
        }
        var diagnostics = Diagnostics()
        let (theme, themeDiagnostics) = timed("theme") { Theme.load(from: options.theme,
            displayRoot: options.themeDisplay) }
        diagnostics.append(contentsOf: themeDiagnostics)
        let (content, loadDiagnostics) = timed("load") { ContentLoader(root: options.content,
            displayRoot: options.contentDisplay).load() }
        diagnostics.append(contentsOf: loadDiagnostics)
        guard let content, let theme, !diagnostics.hasErrors else { throw BuildFailed(diagnostics: diagnostics.sorted) }
        let (site, linkDiagnostics) = timed("link") { Linker.link(content) }
        diagnostics.append(contentsOf: linkDiagnostics)
        guard !diagnostics.hasErrors else { throw BuildFailed(diagnostics: diagnostics.sorted) }
        let baseURL = options.baseURL ?? content.config.baseURL
        let (files, nextCache) = timed("render") { SiteRenderer(site: site, theme: theme,
            baseURL: baseURL).render(reusing: cache) }
        let report = Report(diagnostics: diagnostics.sorted, files: files.count,
                            pages: files.filter { $0.path.hasSuffix(".html") }.count,
                            bytes: files.reduce(0) { $0 + $1.data.count }, timings: timings,
                                written: OutputWriter.Summary(),
                            rendered: files.filter { $0.reuse == nil && $0.path.hasSuffix(".html") }.count)
        return (files, report, nextCache)
    }

    /// Builds and writes the site. On error nothing in the output folder changes. Builds into
    /// the same folder run one after the other (`OutputLock`); `waiting` is called if this
    /// one has to wait for another.
    public func build(waiting: () -> Void = {}) throws -> Report {
        let writer = OutputWriter(output: options.output)
        try writer.checkReplaceable()
        let lock = try OutputLock(output: options.output, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var (files, report, cache) = try render(reusing: PageCache.load(from: writer.pageCacheURL))
        let start = DispatchTime.now().uptimeNanoseconds, cpu = Self.cpuSeconds()
        do {
            report.written = try writer.write(files)
        } catch OutputWriter.WriteError.reuseUnavailable {
            // Someone changed the previous output: render every page and write again.
            (files, report, cache) = try render(reusing: nil)
            report.written = try writer.write(files)
        }
        try? cache.save(to: writer.pageCacheURL)
        report.timings.append(("write", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
            Self.cpuSeconds() - cpu))
        return report
    }

    /// User and system CPU time of the process so far, all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
