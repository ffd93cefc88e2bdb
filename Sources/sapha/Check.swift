import ArgumentParser
import Foundation
import SaphaCore
import SaphaSupport

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content without building: every problem of every file and district at once.",
        discussion: """
            Exit status: 0 when nothing is wrong (warnings allowed unless --strict), 1 when the content \
            has errors (or warnings, with --strict), 2 when the check itself could not run. Notices never fail. \
            Formats: human (the line quoted, Thai first), github (annotations on a pull request's changed \
            lines), json (schema in docs/check.md).
            """)

    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder (its templates are checked too).") var theme = "themes/default"
    @Option(help: "human, github or json.") var format: DiagnosticFormat = .human
    @Option(help: "th or en: the language read first (default: from the locale, else Thai).")
    var lang: ReadingLanguage?
    @Option(help: "Only this district's files (its slug, e.g. thung-khru), and site.yaml.") var district: String?
    @Flag(help: "Fail on warnings too.") var strict = false
    @Flag(name: .customLong("no-color"), help: "No colours, even on a terminal.") var noColor = false
    @Flag(help: "Print the time each stage took.") var timings = false
    @Option(name: .customLong("as-of"),
        help: "The day dates are checked against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Bangkok).")
    var asOf: String?

    func validate() throws {
        if let district { try Self.validate(district: district) }
        _ = try referenceDay(asOf: asOf)
    }

    /// `--district` names one of the 50 districts by its folder name.
    static func validate(district: String) throws {
        if DistrictRegistry.index(slug: district) == nil {
            let suggestion = Suggest.closest(to: district, in: DistrictRegistry.all.map(\.slug))
            let message = CommandMessage.unknownDistrictOption.message(["slug": district,
                "suggestion": suggestion ?? DistrictRegistry.all[0].slug])
            throw ValidationError("\(message.th)\n\(message.en)")
        }
    }

    func run() throws {
        var options = Pipeline.Options(content: content, theme: theme)
        options.today = try referenceDay(asOf: asOf)
        let pipeline = Pipeline(options: options)
        let run = pipeline.check(district: district)
        let diagnostics = run.diagnostics.sorted
        let environment = ProcessInfo.processInfo.environment
        let language = lang ?? ReadingLanguage.fromLocale(environment)
        let text = switch format {
        case .human:
            HumanFormat(language: language, colour: !noColor && isatty(STDOUT_FILENO) == 1
                        && environment["NO_COLOR"].map(\.isEmpty) ?? true)
                .render(diagnostics, drafts: run.drafts, source: pipeline.source(ofDisplayed:))
        case .github: GitHubFormat(language: language).render(diagnostics, drafts: run.drafts)
        case .json: JSONFormat().render(diagnostics, drafts: run.drafts, strict: strict)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        if timings {
            for timing in run.clock.timings { printError(timing.description) }
        }
        if DiagnosticCounts(diagnostics).fails(strict: strict) { throw ExitCode(1) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
extension ReadingLanguage: ExpressibleByArgument {}
