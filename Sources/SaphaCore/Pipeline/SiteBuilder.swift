import Foundation
import SaphaSupport

/// `sapha build`: runs the pipeline once — theme, load, link, render — with the page cache
/// the last build left on disk, then writes the output folder (stage 4). On any error
/// nothing in the output folder changes.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var pipeline: Pipeline.Options
        public var output: URL

        /// `contentDisplay` is how content paths appear in diagnostics (default: `content` as given).
        public init(content: String, theme: String, output: String, baseURL: BaseURL? = nil,
                    contentDisplay: String? = nil) {
            pipeline = Pipeline.Options(content: content, theme: theme, baseURL: baseURL,
                contentDisplay: contentDisplay)
            self.output = URL(fileURLWithPath: output)
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var pages: Int
        /// Bytes rendered by this build (pages kept from the last build are not counted).
        public var bytes: Int
        /// Each stage's wall and CPU time, in order.
        public var timings: [StageTiming]
        /// Filled by `build()`: how many files were written, reused or removed.
        public var written = OutputWriter.Summary()
        /// Pages rendered; the others were unchanged since the last build and kept.
        public var rendered = 0
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    /// Builds the site in memory; throws `BuildFailed` with every diagnostic on any error.
    public func render() throws -> (files: [OutputFile], report: Report) {
        var pipeline = Pipeline(options: options.pipeline)
        var run = PipelineRun()
        let (files, _) = try render(&pipeline, &run)
        return (files, report(files, run))
    }

    /// Builds and writes the site. On error nothing in the output folder changes. Builds into
    /// the same folder run one after the other (`OutputLock`); `waiting` is called if this
    /// one has to wait for another.
    public func build(waiting: () -> Void = {}) throws -> Report {
        let writer = OutputWriter(output: options.output)
        try writer.checkReplaceable()
        let lock = try OutputLock(output: options.output, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var pipeline = Pipeline(options: options.pipeline)
        pipeline.pages = PageCache.load(from: writer.pageCacheURL)
        var run = PipelineRun()
        var (files, renderer) = try render(&pipeline, &run)
        var written: OutputWriter.Summary
        do {
            written = try writer.write(files)
        } catch OutputWriter.WriteError.reuseUnavailable {
            // Someone changed the previous output: render every page and write again.
            let again = pipeline.render(renderer, reusing: nil, &run)
            (files, pipeline.pages) = (again.files, again.cache)
            written = try writer.write(files)
        }
        try? pipeline.pages?.save(to: writer.pageCacheURL)
        run.clock.lap("write")
        // A site published for the example address works nowhere but on this computer.
        let config = renderer.env.site.config
        if (options.pipeline.baseURL ?? config.baseURL) == .placeholder {
            run.diagnostics.append(BaseURLMessage.placeholder.at(config.baseURLLocation,
                                                                 ["address": BaseURL.placeholder.description]))
        }
        var report = report(files, run)
        report.written = written
        return report
    }

    /// Theme, load, link and render; throws `BuildFailed` with the problems of every stage
    /// before render when any has errors (the links are checked even after a load error).
    private func render(_ pipeline: inout Pipeline, _ run: inout PipelineRun) throws
        -> (files: [OutputFile], renderer: SiteRenderer) {
        let theme = pipeline.loadTheme(&run)
        let loaded = pipeline.loadContent(&run)
        guard let linked = pipeline.link(loaded, relinking: false, &run), let theme
        else { throw BuildFailed(diagnostics: run.diagnostics.sorted) }
        let renderer = pipeline.renderer(linked.site, theme: theme)
        let (files, cache) = pipeline.render(renderer, reusing: pipeline.pages, &run)
        pipeline.keep(loaded, linked, pages: cache)
        return (files, renderer)
    }

    private func report(_ files: [OutputFile], _ run: PipelineRun) -> Report {
        Report(diagnostics: run.diagnostics.sorted, files: files.count,
               pages: files.filter { $0.path.hasSuffix(".html") }.count,
               bytes: files.reduce(0) { $0 + $1.data.count }, timings: run.clock.timings,
               rendered: files.filter { $0.reuse == nil && $0.path.hasSuffix(".html") }.count)
    }
}
