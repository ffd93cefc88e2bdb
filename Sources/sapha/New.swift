import ArgumentParser
import Foundation
import SaphaCore
import SaphaSupport

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new meeting, issue or report of a district from the theme's archetype.",
        discussion: """
            Meetings get the next number of this Buddhist year (e.g. 3-2567.md), reports the month after \
            the last report (e.g. 2024-06.md), issues the id you give. Every field is written with a Thai comment \
            saying what to write, and today's date in Bangkok. An existing file is never overwritten.
            """)

    @Argument(help: "meeting, issue or report.") var kind: NewItem.Kind
    @Option(help: "The district's folder name, e.g. thung-khru.") var district: String
    @Option(help: "The id (file name without .md); required for an issue.") var id: String?
    @Flag(help: "Also write the English translation file <id>.en.md (only it, when the Thai file exists).")
    var en = false
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder, whose archetypes/ the files start from.") var theme = "themes/default"
    @Option(help: "th or en: the language read first (default: from the locale, else Thai).")
    var lang: ReadingLanguage?

    func validate() throws {
        try Check.validate(district: district)
    }

    func run() throws {
        let language = lang ?? ReadingLanguage.fromLocale(ProcessInfo.processInfo.environment)
        let item = NewItem(options: .init(content: content, theme: theme, kind: kind, district: district, id: id,
                                          english: en))
        switch item.create() {
        case .success(let files):
            for file in files {
                let text = ScaffoldMessage.created.message(["file": file, "slug": district])
                print(language == .th ? "\(text.th)\n\(text.en)" : "\(text.en)\n\(text.th)")
            }
        case .failure(let diagnostic):
            printError(HumanFormat(language: language, colour: false).render([diagnostic], source: { _ in nil }))
            throw ExitCode(1)
        }
    }
}

extension NewItem.Kind: ExpressibleByArgument {}
