import ArgumentParser
import Foundation
import SaphaCore

@main
struct Sapha: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sapha",
        abstract: "Builds the bilingual transparency portal of the Bangkok district city councils (สภาคนเมืองประจำเขต).",
        version: SaphaVersion.current,
        subcommands: [Build.self, Version.self],
        defaultSubcommand: Build.self)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from content/ into output/.")

    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder.") var theme = "themes/default"
    @Option(help: "Where to write the site. Replaced only when the build succeeds.") var output = "output"
    @Option(name: .customLong("base-url"), help: "The site's public address, e.g. https://example.org/councils/ (overrides site.yaml).")
    var baseURL: String?
    @Flag(help: "Print the time each stage took.") var timings = false

    func run() throws {
        let builder = SiteBuilder(options: .init(content: content, theme: theme, output: output, baseURL: baseURL))
        do {
            let report = try builder.build()
            for diagnostic in report.diagnostics { printError(diagnostic.description) }
            if timings {
                for (stage, seconds) in report.timings { printError(String(format: "  %-7@ %8.3f s", stage, seconds)) }
            }
            let total = report.timings.reduce(0) { $0 + $1.seconds }
            print(String(format: "built %d pages (%d files, %.1f MB) into %@ in %.2f s; %d warning(s)",
                         report.pages, report.files, Double(report.bytes) / 1e6, output, total, report.diagnostics.count))
        } catch let failed as BuildFailed {
            for diagnostic in failed.diagnostics { printError(diagnostic.description) }
            let errors = failed.diagnostics.filter { $0.severity == .error }.count
            printError("build failed: \(errors) error(s); \(output)/ was not changed\nสร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด \(errors) รายการ ไม่มีการเปลี่ยนแปลง \(output)/")
            throw ExitCode(1)
        } catch {
            printError("build failed / สร้างเว็บไซต์ไม่สำเร็จ:\n\(error)")
            throw ExitCode(2)
        }
    }
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version.")
    func run() { print("sapha \(SaphaVersion.current)") }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
