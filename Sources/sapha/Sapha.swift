import ArgumentParser
import Foundation
import SaphaCore
import SaphaSupport
import SaphaServer

@main
struct Sapha: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sapha",
        abstract: "Builds the bilingual transparency portal of the Bangkok district city councils "
            + "(สภาคนเมืองประจำเขต).",
        version: SaphaVersion.current,
        subcommands: [Build.self, Check.self, New.self, Serve.self, Sample.self, Version.self],
        defaultSubcommand: Build.self)

    /// As swift-argument-parser runs a command, except that a usage error (a wrong option or
    /// value) exits with 2, as docs/check.md says, not with its 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error).rawValue == ExitCode.validationFailure.rawValue {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `--as-of`, else `SOURCE_DATE_EPOCH`, else today in Bangkok (`Day.reference`); a value that
/// cannot be read is a usage error, told in both languages with its fix.
func referenceDay(asOf: String?) throws -> Day {
    switch Day.reference(asOf: asOf, environment: ProcessInfo.processInfo.environment) {
    case .success(let day): return day
    case .failure(let problem):
        let fix = problem.fix ?? Bilingual(en: "", th: "")
        throw ValidationError("\(problem.message.th)\n  \(fix.th)\n\(problem.message.en)\n  \(fix.en)")
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from content/ into output/.")

    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder.") var theme = "themes/default"
    @Option(help: "Where to write the site. Replaced only when the build succeeds.") var output = "output"
    @Option(name: .customLong("base-url"),
        help: "The site's public address, e.g. https://example.org/councils/ (overrides site.yaml).")
    var baseURL: String?
    @Flag(help: "Publish drafts (draft: true) too, marked as drafts: for a preview, never for the public site.")
    var drafts = false
    @Flag(help: "Print the time each stage took.") var timings = false
    @Option(name: .customLong("as-of"),
        help: "The day the checks compare dates with, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Bangkok).")
    var asOf: String?

    /// `--base-url` is checked like `base_url` in site.yaml, before anything is read.
    func validate() throws {
        if let baseURL, case .failure(let reason) = BaseURL.parse(baseURL) {
            throw ValidationError("--base-url: \(reason.en)\n  \(reason.th)")
        }
        _ = try referenceDay(asOf: asOf)
    }

    func run() throws {
        let base = try baseURL.map { try BaseURL.parse($0).get() }
        var options = SiteBuilder.Options(content: content, theme: theme, output: output, baseURL: base)
        options.pipeline.drafts = drafts
        options.pipeline.today = try referenceDay(asOf: asOf)
        let builder = SiteBuilder(options: options)
        do {
            let report = try builder.build(waiting: {
                printError(WriteMessage.waitingForAnotherBuild.message(["output": output]))
            })
            if let text = describe(report.diagnostics, options.pipeline) { printError(text) }
            if timings {
                for timing in report.timings { printError(timing.description) }
            }
            let total = report.timings.reduce(0) { $0 + $1.seconds }
            let w = report.written
            let changes = w.unchanged ? CommandMessage.builtNothingChanged.message(["rendered": "\(report.rendered)"])
                : CommandMessage.builtChanges.message(["written": "\(w.written)", "unchanged": "\(w.reused)",
                                                       "removed": "\(w.removed)", "rendered": "\(report.rendered)"])
            print(CommandMessage.built.message([
                "pages": "\(report.pages)", "files": "\(report.files)",
                "megabytes": String(format: "%.1f", Double(report.bytes) / 1e6), "output": output,
                "seconds": String(format: "%.2f", total),
                "warnings": "\(DiagnosticCounts(report.diagnostics).warnings)",
            ], terms: ["changes": changes]).read)
        } catch let failed as BuildFailed {
            if let text = describe(failed.diagnostics, options.pipeline) { printError(text) }
            let errors = failed.diagnostics.filter { $0.severity == .error }.count
            printError(CommandMessage.buildFailed.message(["count": String(errors), "output": output]))
            throw ExitCode(1)
        } catch {
            let stopped = CommandMessage.buildStopped.message()
            printError("\(stopped.en) / \(stopped.th):\n\(error)")
            throw ExitCode(2)
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on this computer: rebuilds on every save and reloads the browser "
            + "(output/ is not touched).")

    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder.") var theme = "themes/default"
    @Option(help: "The address to listen on (127.0.0.1: this computer only).") var host = "127.0.0.1"
    @Option(help: "The port.") var port = 1313
    @Flag(help: "Print the time each stage of every rebuild took.") var timings = false

    func run() async throws {
        let options = Pipeline.Options(content: content, theme: theme)
        let address = "http://\(host):\(port)/"
        let timings = self.timings
        let server = PreviewServer(settings: .init(options: options, host: host, port: port)) { result in
            if let text = describe(result.diagnostics, options) { printError(text) }
            if result.failed {
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                printError(PreviewMessage.buildFailed.message(["count": String(errors)]))
            } else {
                let line: CommandMessage = result.full ? .serveBuilt : .serveRebuilt
                printOut(line.message(["ms": String(format: "%.0f", result.seconds * 1000),
                                       "changed": "\(result.changedFiles.count)", "rendered": "\(result.renderedPages)",
                                       "address": address]).read)
            }
            if timings {
                for timing in result.timings { printOut(timing.description) }
            }
        }
        do {
            try await server.run()
        } catch {
            printError("sapha serve: \(error)")
            throw ExitCode(2)
        }
    }
}

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic synthetic content tree (for benchmarks; never into content/).")

    @Option(help: "How many districts, 1–50, in BMA code order.") var districts = 50
    @Option(help: "How many years of meetings, issues and reports per district.") var years = 1
    @Option(help: "The seed; the same options always give the same files.") var seed: UInt64 = 2565
    @Option(help: "The folder to write; replaced if an earlier sample is there.") var output: String

    func run() throws {
        let corpus = SampleCorpus(districts: districts, years: years, seed: seed)
        do {
            let (files, bytes) = try corpus.write(to: URL(fileURLWithPath: output))
            print(CommandMessage.sampleWritten.message(["files": "\(files)",
                "megabytes": String(format: "%.1f", Double(bytes) / 1e6), "districts": "\(corpus.districts)",
                "years": "\(corpus.years)", "output": output]).read)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version.")
    func run() { print("sapha \(SaphaVersion.current)") }
}

/// Errors and warnings as `sapha check` prints them (without its counts): the line quoted with
/// a caret, in the locale's language first, coloured on a terminal. Notices — how districts
/// stand against the BMA order, thousands on a large site — are one line saying how many and
/// that `sapha check` lists them. Nil when there is nothing to say.
func describe(_ diagnostics: [Diagnostic], _ options: Pipeline.Options) -> String? {
    let environment = ProcessInfo.processInfo.environment
    let language = ReadingLanguage.fromLocale(environment)
    let format = HumanFormat(language: language,
                             colour: isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"].map(\.isEmpty) ?? true)
    let shown = diagnostics.filter { $0.severity != .notice }
    var text = shown.isEmpty ? "" : format.render(shown, summary: false,
                                                  source: Pipeline(options: options).source(ofDisplayed:))
    if text.hasSuffix("\n\n") { text.removeLast(2) }
    let notices = diagnostics.count - shown.count
    if notices > 0 {
        if !text.isEmpty { text += "\n" }
        text += CommandMessage.noticesNotShown.message(["count": String(notices)]).read
    }
    return text.isEmpty ? nil : text
}

/// Unbuffered, so that `sapha serve` output appears at once in a log or a pipe.
func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

extension Bilingual {
    /// A line of the catalogue in the language of the locale (Thai unless it is English).
    var read: String {
        ReadingLanguage.fromLocale(ProcessInfo.processInfo.environment) == .en ? en : th
    }
}

/// A message of the catalogue: the locale's language first (Thai unless it is English), then the other.
func printError(_ text: Bilingual) {
    printError(text.read == text.en ? text.en + "\n" + text.th : text.th + "\n" + text.en)
}
