import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// Every example of `docs/content-guide.md` is built, so the guide cannot show staff a file that
/// Sapha refuses, or a field it no longer reads. The guide's fenced blocks are read in order:
///
/// - A block right after a line holding a bold file name (**`meetings/1-2566.md`**,
///   **`site.yaml`**, …) is a whole file. Each is written into a fresh content folder —
///   `site.yaml` at its top, the others under `districts/thung-khru/` — which is checked
///   (`Pipeline.check`) and rendered with `themes/default` (`SiteBuilder.render`), on a fixed
///   day after the guide's last report: no error and no warning (notices are allowed: they never
///   fail a check), and each file shows on its page: its title, else the first plain line of
///   its body, or for a `.yaml` file the longest of its Thai texts.
///   The committee example lists four members of a committee of thirty or more, while the
///   meeting example records 32 members present: together they would contradict each other, so
///   `committee.yaml` is built in a second folder, with `site.yaml` and `district.yaml`.
/// - A `yaml` block without a file name is part of a file. Each of its top-level fields replaces
///   the same field — at whatever depth, indented to it — in the nearest Thai example above it
///   that has the field (or, when none above has it, the first below that has it); a field the
///   example lacks is added at the end of its YAML. The changed example is checked with the
///   others: no error and no warning in its own file (other files may rightly disagree: a report
///   saying an issue is resolved when the fragment has just referred it), and the fragment's
///   longest value that is not English shows on the example's page.
/// - A `markdown` block without a file name is part of a body: it is added to the body of the
///   nearest Thai example above it, which must then give no error and no warning (what its links
///   show is not looked for).
/// - `text` and `sh` blocks — a folder tree, commands, and what Sapha prints — are not content
///   and are not built; in particular the messages quoted in §6 are not compared with what Sapha
///   prints today. A block showing a mistake must therefore be `text`; a block of any other
///   language fails `everyBlockIsBuiltOrKnownNotToBeContent` until this test learns it.
@Suite("Content guide: every example is built")
struct ContentGuideTests {
    static let guide = Repo.root.appendingPathComponent("docs/content-guide.md")
    static let district = "thung-khru"
    /// After the guide's last example report (May 2023), so that nothing in it is in the future.
    static let today = Day(year: 2023, month: 6, day: 15)!

    /// One fenced block of the guide.
    struct Block {
        var language: String
        var text: String
        /// The guide's line of the opening fence.
        var line: Int
        /// The bold file name on the last line before the fence that is not blank.
        var file: String?
    }

    /// The guide's fenced blocks, in order, those in a quotation (`> ```yaml`) too.
    static func blocks(of guide: String) -> [Block] {
        var blocks: [Block] = []
        var open: (language: String, line: Int, file: String?, quoted: Bool)?
        var lines: [String] = []
        var lastText = ""
        for (index, raw) in guide.components(separatedBy: "\n").enumerated() {
            let quoted = raw.hasPrefix(">")
            // A quotation's `>` and the one space after it.
            let line = quoted ? String(raw.dropFirst().hasPrefix(" ") ? raw.dropFirst(2) : raw.dropFirst()) : raw
            if let current = open {
                if line.trimmingCharacters(in: .whitespaces) == "```" {
                    blocks.append(Block(language: current.language, text: lines.joined(separator: "\n") + "\n",
                                        line: current.line, file: current.file))
                    open = nil
                    lines = []
                    lastText = line
                } else {
                    lines.append(current.quoted ? line : raw)
                }
                continue
            }
            if line.hasPrefix("```") {
                let file = lastText.firstMatch(of: /^\*\*`([^`]+)`\*\*/).map { String($0.1) }
                open = (String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), index + 1, file, quoted)
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                lastText = line
            }
        }
        return blocks
    }

    static func guideBlocks() throws -> [Block] {
        blocks(of: try String(contentsOf: guide, encoding: .utf8))
    }

    /// Where an example file goes in the content folder.
    static func contentPath(_ file: String) -> String {
        file == "site.yaml" ? file : "districts/\(district)/\(file)"
    }

    /// The page an example file shows on.
    static func page(of file: String) -> String {
        switch file {
        case "site.yaml": return "th/index.html"
        case "district.yaml": return "th/\(district)/index.html"
        case "committee.yaml": return "th/\(district)/committee/index.html"
        default:
            let kind = file.split(separator: "/").first.map(String.init) ?? ""
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let english = name.hasSuffix(".en.md")
            let id = name.replacingOccurrences(of: english ? ".en.md" : ".md", with: "")
            return "\(english ? "en" : "th")/\(district)/\(kind)/\(id)/index.html"
        }
    }

    /// A text of the example that its page must show: its title, else the first line of its body
    /// without Markdown marks; for a `.yaml` file, the longest of its Thai texts.
    static func witness(of file: String, _ text: String) -> String? {
        let lines = text.components(separatedBy: "\n")
        guard file.hasSuffix(".md") else {
            let thai = text.matches(of: /\bth: ([^,}\n]+)/).map { String($0.1).trimmingCharacters(in: .whitespaces) }
            return thai.max { $0.count < $1.count }
        }
        if let title = lines.first(where: { $0.hasPrefix("title: ") }) {
            return String(title.dropFirst(7)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        }
        let body = lines.drop { $0 != "---" }.dropFirst().drop { $0 != "---" }.dropFirst()
        return body.first { $0.count >= 10 && $0.rangeOfCharacter(from: CharacterSet(charactersIn: "#*_[]`<>")) == nil }
    }

    /// The longest value a YAML fragment writes, English ones (`en:`) left out.
    static func witness(ofFragment text: String) -> String? {
        let values = text.matches(of: /(?m)^ *([a-z_]+): +(.+)$/).filter { $0.1 != "en" }
            .map { String($0.2).trimmingCharacters(in: .whitespaces) }
        return values.max { $0.count < $1.count }
    }

    /// The YAML part of an example, as a range of its lines: the front matter of a `.md` file.
    static func yamlLines(of file: String, _ lines: [String]) -> Range<Int> {
        guard file.hasSuffix(".md"), lines.first == "---",
              let end = lines.dropFirst().firstIndex(of: "---") else { return 0..<lines.count }
        return 1..<end
    }

    /// The top-level fields of a YAML fragment, each with its lines.
    static func fields(of fragment: String) -> [(key: String, lines: [String])] {
        var fields: [(key: String, lines: [String])] = []
        for line in fragment.components(separatedBy: "\n") where !line.isEmpty {
            if let key = line.firstMatch(of: /^([A-Za-z_][A-Za-z0-9_]*):/) {
                fields.append((String(key.1), [line]))
            } else if !fields.isEmpty {
                fields[fields.count - 1].lines.append(line)
            }
        }
        return fields
    }

    /// The first line of `lines` in `range` that writes `key`, with its indentation.
    static func line(of key: String, in lines: [String], _ range: Range<Int>) -> (index: Int, indent: Int)? {
        for index in range {
            let indent = lines[index].prefix { $0 == " " }.count
            if lines[index].dropFirst(indent).hasPrefix(key + ":") { return (index, indent) }
        }
        return nil
    }

    /// `file` with the fields of a YAML fragment in place of its own, or with a Markdown fragment
    /// at the end of its body.
    static func splice(_ fragment: Block, into file: String, _ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if fragment.language == "markdown" {
            if lines.last == "" { lines.removeLast() }
            return (lines + ["", fragment.text]).joined(separator: "\n")
        }
        for (key, block) in fields(of: fragment.text) {
            let yaml = yamlLines(of: file, lines)
            if let (index, indent) = line(of: key, in: lines, yaml) {
                var end = index + 1
                while end < yaml.upperBound,
                      lines[end].isEmpty || lines[end].prefix(while: { $0 == " " }).count > indent {
                    end += 1
                }
                let pad = String(repeating: " ", count: indent)
                lines.replaceSubrange(index..<end, with: block.map { pad + $0 })
            } else {
                lines.insert(contentsOf: block, at: yaml.upperBound)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A fresh content folder with `files` (name → text), as a test site.
    static func site(_ files: [(name: String, text: String)]) throws -> TestSite {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-guide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let site = try TestSite(copying: empty)
        for (name, text) in files { try site.write(contentPath(name), text) }
        return site
    }

    static func options(_ site: TestSite) -> SiteBuilder.Options {
        var options = site.options
        options.pipeline.today = today
        return options
    }

    /// The errors and warnings `sapha check` gives for a site.
    static func checkProblems(_ site: TestSite) -> [Diagnostic] {
        Pipeline(options: options(site).pipeline).check().diagnostics.sorted.filter { $0.severity != .notice }
    }

    /// The whole-file examples, in the folders they are built in (see the suite's comment).
    static func folders(_ examples: [Block]) -> [[(name: String, text: String)]] {
        let files = examples.compactMap { block in block.file.map { (name: $0, text: block.text) } }
        let committee = files.filter { $0.name == "committee.yaml" }
        let main = files.filter { $0.name != "committee.yaml" }
        let shared = files.filter { $0.name == "site.yaml" || $0.name == "district.yaml" }
        return committee.isEmpty ? [main] : [main, shared + committee]
    }

    @Test func everyBlockIsBuiltOrKnownNotToBeContent() throws {
        let blocks = try Self.guideBlocks()
        for block in blocks {
            switch (block.language, block.file) {
            case ("markdown", let file?): #expect(file.hasSuffix(".md"), "line \(block.line): \(file) in ```markdown")
            case ("yaml", let file?): #expect(file.hasSuffix(".yaml"), "line \(block.line): \(file) in ```yaml")
            case ("markdown", nil), ("yaml", nil), ("text", nil), ("sh", nil): break
            default:
                Issue.record("line \(block.line): a ```\(block.language) block this test does not know how to build")
            }
        }
        // The examples this test was written against are still there: a change that lost them
        // (a bold name dropped, a fence broken) would otherwise leave them unbuilt.
        let files = Set(blocks.compactMap(\.file))
        for file in ["site.yaml", "district.yaml", "committee.yaml", "meetings/1-2566.md", "meetings/1-2566.en.md",
                     "issues/damaged-road.md", "issues/damaged-road.en.md", "reports/2023-05.md"] {
            #expect(files.contains(file), "the guide no longer has a whole-file example \(file)")
        }
        #expect(blocks.filter { $0.file == nil && ($0.language == "yaml" || $0.language == "markdown") }.count >= 4)
    }

    @Test func everyWholeFileExampleChecksAndBuildsWithoutAnErrorOrAWarning() throws {
        let examples = try Self.guideBlocks().filter { $0.file != nil }
        #expect(examples.count >= 10)
        for files in Self.folders(examples) {
            let site = try Self.site(files)
            let names = files.map(\.name).joined(separator: ", ")
            #expect(Self.checkProblems(site).map(\.description) == [], "sapha check of \(names)")
            let built: [OutputFile]
            do {
                let (rendered, report) = try SiteBuilder(options: Self.options(site)).render()
                #expect(report.diagnostics.filter { $0.severity != .notice }.map(\.description) == [],
                        "build of \(names)")
                built = rendered
            } catch let failed as BuildFailed {
                let printed = failed.diagnostics.map(\.description).joined(separator: "\n")
                Issue.record("the build of \(names) failed:\n\(printed)")
                continue
            }
            let pages = Dictionary(built.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
            for (name, text) in files {
                let page = Self.page(of: name)
                guard let data = pages[page] else {
                    Issue.record("\(name) gave no page \(page)")
                    continue
                }
                guard let witness = Self.witness(of: name, text) else {
                    Issue.record("\(name): nothing found to look for on \(page)")
                    continue
                }
                #expect(String(decoding: data, as: UTF8.self).contains(HTMLEscape.escape(witness)),
                        "\(page) does not show '\(witness)' of \(name)")
            }
        }
    }

    @Test func everyFragmentFitsTheExampleItBelongsTo() throws {
        let blocks = try Self.guideBlocks()
        let examples = blocks.filter { $0.file != nil }
        let thai = examples.filter { !($0.file ?? "").hasSuffix(".en.md") }
        let fragments = blocks.filter { $0.file == nil && ($0.language == "yaml" || $0.language == "markdown") }
        for fragment in fragments {
            let key = Self.fields(of: fragment.text).first?.key
            let above = thai.filter { $0.line < fragment.line }.reversed()
            let candidates = Array(above) + thai.filter { $0.line > fragment.line }
            let target: Block?
            if fragment.language == "markdown" {
                target = above.first { $0.file?.hasSuffix(".md") == true }
            } else {
                target = candidates.first { example in
                    let lines = example.text.components(separatedBy: "\n")
                    return key.flatMap { Self.line(of: $0, in: lines, Self.yamlLines(of: example.file!, lines)) } != nil
                }
            }
            guard let target, let name = target.file else {
                Issue.record("line \(fragment.line): no example to fit this fragment in")
                continue
            }
            let spliced = Self.splice(fragment, into: name, target.text)
            #expect(spliced != target.text)
            let folder = Self.folders(examples).first { $0.contains { $0.name == name } } ?? []
            let site = try Self.site(folder.map { $0.name == name ? (name, spliced) : $0 })
            let path = "content/" + Self.contentPath(name)
            let problems = Self.checkProblems(site).filter { $0.location.file == path }
            #expect(problems.map(\.description) == [],
                    "the fragment at line \(fragment.line) of the guide, in \(name):\n\(spliced)")
            // What the fragment says shows on the page (a body fragment's links are not looked for).
            guard fragment.language == "yaml", let witness = Self.witness(ofFragment: fragment.text) else { continue }
            do {
                let page = Self.page(of: name)
                let pages = try SiteBuilder(options: Self.options(site)).render().files
                let html = pages.first { $0.path == page }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
                #expect(html.contains(HTMLEscape.escape(witness)),
                        "\(page) does not show '\(witness)' of the fragment at line \(fragment.line)")
            } catch let failed as BuildFailed {
                let printed = failed.diagnostics.map(\.description).joined(separator: "\n")
                Issue.record("the build with the fragment at line \(fragment.line) failed:\n\(printed)")
            }
        }
    }
}
