import Foundation
import SaphaSupport
import SaphaTemplates
#if canImport(Glibc)
import Glibc
#endif

/// A theme folder: `templates/*.mustache`, `i18n/th.yaml` and `i18n/en.yaml`, `static/`.
/// Templates are compiled once per build; nothing in a theme is read from outside its folder.
public struct Theme: Sendable {
    public let root: URL
    let templates: TemplateSet
    public let i18n: [Language: I18nTable]
    /// Static files, path relative to `static/` → bytes.
    public let staticFiles: [(path: String, data: Data)]
    /// Hash of every file of the theme and of Sapha's version: a page rendered with another
    /// theme or another Sapha is never reused.
    public let fingerprint: UInt64

    static let requiredTemplates = ["home", "district", "committee", "meetings", "meeting", "issues", "issue",
                                    "reports", "report", "root", "not-found"]

    /// `home` for `themes/x/templates/home.mustache` as shown in diagnostics.
    static func templateName(_ displayPath: String) -> String {
        let file = displayPath.split(separator: "/").last.map(String.init) ?? displayPath
        return file.hasSuffix(".mustache") ? String(file.dropLast(".mustache".count)) : file
    }

    public static func load(from root: URL, displayRoot: String) -> (Theme?, Diagnostics) {
        var diagnostics = Diagnostics()
        let manager = FileManager.default
        func display(_ relative: String) -> String { "\(displayRoot)/\(relative)" }
        /// The regular files under a folder of the theme, sorted (no links, no hidden files).
        func files(in folder: String) -> [String] {
            Directory.walk(root.appendingPathComponent(folder).path, hidden: true)
                .filter { $0.kind == .file && $0.name?.hasPrefix(".") == false }.map(\.path)
        }
        // A theme reads only its own files: its folders and i18n files must not be symbolic
        // links (the files inside are checked by `files(in:)`), so a theme from a pull request
        // cannot make the build read, and print in an error, a file from elsewhere.
        for relative in ["templates", "static", "i18n", "i18n/th.yaml", "i18n/en.yaml"] {
            var info = stat()
            if lstat(root.appendingPathComponent(relative).path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                diagnostics.append(ThemeMessage.symbolicLink.at(SourceLocation(file: display(relative))))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        guard manager.fileExists(atPath: root.appendingPathComponent("templates").path) else {
            diagnostics.append(ThemeMessage.noTemplatesFolder.at(SourceLocation(file: display("templates"))))
            return (nil, diagnostics)
        }

        var templates = TemplateSet()
        var references: [(from: String, name: String, line: Int, column: Int)] = []
        var broken: Set<String> = []
        var fingerprint = ContentHash()
        fingerprint.add(Array(SaphaVersion.build.utf8))
        for name in files(in: "templates") where name.hasSuffix(".mustache") {
            let path = display("templates/\(name)")
            let file: SourceFile
            switch SourceFile.read(url: root.appendingPathComponent("templates/\(name)"), displayPath: path) {
            case .success(let read): file = read
            case .failure(let unreadable):
                // Reported as what it is (not later as "the theme has no template").
                diagnostics.append(unreadable)
                broken.insert(String(name.dropLast(".mustache".count)))
                continue
            }
            fingerprint.add(Array(name.utf8))
            fingerprint.add(Array(file.text.utf8))
            switch TemplateParser.parse(file.text) {
            case .success(let compiled):
                templates.templates[String(name.dropLast(".mustache".count))] = compiled.nodes
                references += compiled.references.map { (path, $0.name, $0.line, $0.column) }
            case .failure(let failure):
                broken.insert(String(name.dropLast(".mustache".count)))
                var error = ThemeMessage.templateSyntax.at(SourceLocation(file: path, line: failure.line,
                    column: failure.column), terms: ["problem": failure.message])
                error.fix = failure.fix
                error.code = failure.code
                diagnostics.append(error)
            }
        }
        for name in requiredTemplates where templates.templates[name] == nil && !broken.contains(name) {
            let location = SourceLocation(file: display("templates/\(name).mustache"))
            diagnostics.append(ThemeMessage.missingTemplate.at(location, ["name": name]))
        }
        for reference in references where templates.templates[reference.name] == nil
            && !broken.contains(reference.name) {
            diagnostics.append(ThemeMessage.unknownTemplate.at(SourceLocation(file: reference.from,
                line: reference.line, column: reference.column), ["name": reference.name]))
        }
        for cycle in TemplateCycles.find(references.map { (Self.templateName($0.from), $0.name, $0.from, $0.line,
                $0.column) }) {
            diagnostics.append(ThemeMessage.templateCycle.at(cycle.location,
                ["path": cycle.path.joined(separator: " → ")]))
        }

        var tables: [Language: I18nTable] = [:]
        for language in Language.allCases {
            let relative = "i18n/\(language.rawValue).yaml"
            switch SourceFile.read(url: root.appendingPathComponent(relative), displayPath: display(relative)) {
            case .success(let file):
                fingerprint.add(Array(file.text.utf8))
                if let table = I18nTable.load(file, language: language,
                    diagnostics: &diagnostics) { tables[language] = table }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }

        var staticFiles: [(path: String, data: Data)] = []
        for relative in files(in: "static") {
            do {
                staticFiles.append((relative, try Data(contentsOf: root.appendingPathComponent("static/\(relative)"))))
            } catch {
                diagnostics.append(ThemeMessage.unreadableStatic.at(SourceLocation(file: display("static/\(relative)")),
                    ["reason": (error as NSError).localizedDescription]))
            }
        }
        for (path, data) in staticFiles {
            fingerprint.add(Array(path.utf8))
            data.withUnsafeBytes { fingerprint.add($0) }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Theme(root: root, templates: templates, i18n: tables, staticFiles: staticFiles,
            fingerprint: fingerprint.value), diagnostics)
    }
}
