import Foundation
import SaphaCore
import SaphaSupport

/// One case of the check catalogue (`Tests/SaphaCoreTests/Fixtures/checks/*.case`): changes
/// to the fixture site and the exact output `sapha check --lang th` must print for them (no
/// colour). A case file is plain text:
///
///     # What the case shows (one or more comment lines).
///     === edit districts/thung-khru/issues/road.md
///     - title: ถนนชำรุด
///     + title: "ถนนชำรุด
///     === write districts/bang-rak/issues/x.md
///     (the whole file, every line up to the next ===)
///     === remove districts/thung-khru/issues/flood.md
///     === move districts/thung-khru/meetings districts/thung-khru/Meetings
///     === today 2023-07-01
///     === check --district thung-khru
///     === expect
///     (the output, to the end of the file)
///
/// In `-`/`+` lines `\n` stands for a line break and `\t` for a tab. `=== check` is optional.
package struct CheckCase {
    package enum Step {
        case edit(String, [(old: String, new: String)])
        case write(String, String)
        case remove(String)
        case move(String, String)
    }

    package var name: String
    package var about: String
    package var steps: [Step] = []
    package var today: Day = TestSite.today
    package var district: String?
    package var strict = false
    package var expected: String

    package struct Malformed: Error, CustomStringConvertible {
        package var description: String
    }

    package init(name: String, text: String) throws {
        self.name = name
        var about: [String] = []
        var expected: String?
        var blocks: [(header: String, body: [String])] = []
        let lines = text.components(separatedBy: "\n")
        var i = 0
        while i < lines.count, !lines[i].hasPrefix("=== ") {
            if lines[i].hasPrefix("# ") { about.append(String(lines[i].dropFirst(2))) }
            i += 1
        }
        while i < lines.count {
            let header = String(lines[i].dropFirst(4))
            i += 1
            if header == "expect" {
                expected = lines[i...].joined(separator: "\n")
                break
            }
            var body: [String] = []
            while i < lines.count, !lines[i].hasPrefix("=== ") {
                body.append(lines[i])
                i += 1
            }
            blocks.append((header, body))
        }
        guard let expected else { throw Malformed(description: "\(name): no '=== expect' section") }
        guard !about.isEmpty else { throw Malformed(description: "\(name): no '# …' line saying what it shows") }
        self.about = about.joined(separator: " ")
        self.expected = expected
        for (header, body) in blocks { try add(header, body) }
    }

    private mutating func add(_ header: String, _ body: [String]) throws {
        let words = header.split(separator: " ").map(String.init)
        func unescape(_ text: Substring) -> String {
            text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
        }
        switch (words.first, words.count) {
        case ("edit", 2):
            var pairs: [(String, String)] = []
            var pending: String?
            for line in body where !line.isEmpty {
                if line.hasPrefix("- ") || line == "-" {
                    pending = unescape(line.dropFirst(2))
                } else if let old = pending, line.hasPrefix("+ ") || line == "+" {
                    pairs.append((old, unescape(line.dropFirst(2))))
                    pending = nil
                } else {
                    throw Malformed(description: "\(name): in '=== \(header)', '\(line)' is not a -/+ pair")
                }
            }
            steps.append(.edit(words[1], pairs))
        case ("write", 2):
            steps.append(.write(words[1], body.joined(separator: "\n")))
        case ("remove", 2):
            steps.append(.remove(words[1]))
        case ("move", 3):
            steps.append(.move(words[1], words[2]))
        case ("today", 2):
            let parts = words[1].split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, let day = Day(year: parts[0], month: parts[1], day: parts[2]) else {
                throw Malformed(description: "\(name): '=== today' needs YYYY-MM-DD")
            }
            today = day
        case ("check", _):
            for word in words.dropFirst() {
                if word == "--strict" { strict = true } else if word.hasPrefix("--district=") {
                    district = String(word.dropFirst("--district=".count))
                } else {
                    throw Malformed(description: "\(name): '=== check' knows --strict and --district=SLUG")
                }
            }
        default:
            throw Malformed(description: "\(name): unknown section '=== \(header)'")
        }
    }

    /// Makes the changes on a fresh copy of the fixture site and returns what the check
    /// prints, with the diagnostics it found.
    package func run() throws -> (output: String, diagnostics: [Diagnostic]) {
        let site = try TestSite()
        for step in steps {
            switch step {
            case .edit(let path, let pairs):
                for (old, new) in pairs { try site.edit(path, replacing: old, with: new) }
            case .write(let path, let text):
                try site.write(path, text)
            case .remove(let path):
                try site.remove(path)
            case .move(let from, let to):
                let target = site.content.appendingPathComponent(to)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try FileManager.default.moveItem(at: site.content.appendingPathComponent(from), to: target)
            }
        }
        var options = site.options.pipeline
        options.today = today
        let pipeline = Pipeline(options: options)
        let run = pipeline.check(district: district)
        let diagnostics = run.diagnostics.sorted
        let output = HumanFormat(language: .th, colour: false).render(diagnostics, drafts: run.drafts,
            source: pipeline.source(ofDisplayed:))
        return (output, diagnostics)
    }
}
