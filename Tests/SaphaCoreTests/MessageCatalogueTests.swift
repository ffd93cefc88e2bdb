import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// The message catalogue: codes unique and well formed, placeholders the same in both
/// languages, and `docs/messages.md` equal to the catalogues.
@Suite("Message catalogue")
struct MessageCatalogueTests {
    static let entries = MessageCatalogues.all.flatMap { catalogue in catalogue.entries.map { (catalogue, $0) } }

    @Test func codesAreUniqueAndWellFormed() {
        let codes = Self.entries.map(\.1.code)
        #expect(Set(codes).count == codes.count, "a code is used twice")
        for code in codes {
            #expect(code.wholeMatch(of: /[EWNT](-[A-Z0-9]+)+/) != nil, "\(code) is not E-/W-/N-/T- and capitals")
        }
    }

    /// `{name}` placeholders of a text.
    static func placeholders(_ text: String?) -> Set<String> {
        Set((text ?? "").matches(of: /\{([a-z][a-zA-Z]*)\}/).map { String($0.1) })
    }

    @Test func bothLanguagesFillTheSamePlaceholders() {
        for (_, (code, text)) in Self.entries {
            #expect(Self.placeholders(text.en) == Self.placeholders(text.th), "\(code): message placeholders differ")
            #expect(Self.placeholders(text.fixEN) == Self.placeholders(text.fixTH), "\(code): fix placeholders differ")
            #expect((text.fixEN == nil) == (text.fixTH == nil), "\(code): a fix in one language only")
            for (name, fix) in text.alternatives {
                #expect(Self.placeholders(fix.en) == Self.placeholders(fix.th), "\(code) \(name): placeholders differ")
            }
        }
    }

    @Test func fillingReplacesKnownPlaceholdersOnly() {
        let message = LinkMessage.unknownIssue.at(SourceLocation(file: "f.md", line: 2, column: 3),
            ["id": "raod", "path": "districts/x/issues/", "suggestion": "road"], fix: "suggestion")
        #expect(message.code == "E-REF-UNKNOWN-ISSUE")
        #expect(message.severity == .error)
        #expect(message.description == """
            f.md:2:3: error: unknown issue 'raod'
              ไม่พบเรื่อง 'raod' ในเขตนี้
              fix: use the id of a file in districts/x/issues/ — did you mean 'road'?
              วิธีแก้: ใช้รหัสของไฟล์ใน districts/x/issues/ — หรือหมายถึง 'road'
            """)
        #expect(LinkMessage.fill("{a} {{b}} {c", ["a": "{c}"], [:], \.en) == "{c} {{b}} {c")
        #expect(LinkMessage.statusDisagrees.severity == .warning)
    }

    @Test func theMessagesPageIsUpToDate() throws {
        let url = Repo.root.appendingPathComponent("docs/messages.md")
        let expected = MessageCatalogues.markdown()
        if ProcessInfo.processInfo.environment["SAPHA_UPDATE_GOLDEN"] == "1" {
            try Data(expected.utf8).write(to: url)
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected,
            "docs/messages.md differs from the catalogues: see its first lines to regenerate it")
    }

    /// Every diagnostic a build gives carries a code of the catalogue, whatever the stage.
    @Test func everyDiagnosticCarriesACatalogueCode() throws {
        let site = try TestSite()
        try site.edit("districts/thung-khru/meetings/1-2566.md", replacing: "หารือเรื่อง [[road]]",
                      with: "หารือเรื่อง [[raod]] [data](data:text/html,x)")
        try site.edit("districts/thung-khru/issues/road.md", replacing: "status: ", with: "colour: red\nstatus: ")
        try site.write("districts/thung-khru/notes.txt", "not content")
        try site.write("districts/thung-khru/issues/broken.md", "---\ntitle: \"x\n---\n")
        let codes = Set(Self.entries.map(\.1.code))
        var diagnostics: [Diagnostic] = []
        do {
            _ = try site.render()
        } catch let failed as BuildFailed {
            diagnostics = failed.diagnostics
        }
        #expect(diagnostics.count >= 4)
        for diagnostic in diagnostics {
            #expect(codes.contains(diagnostic.code), "\(diagnostic.code) is not in the catalogue: \(diagnostic)")
        }
        // YAML messages are among them, and the severity follows the code.
        #expect(diagnostics.contains { $0.code.hasPrefix("E-YAML-") })
        #expect(diagnostics.allSatisfy { ($0.severity == .warning) == $0.code.hasPrefix("W-")
            && ($0.severity == .notice) == $0.code.hasPrefix("N-") })
    }

    /// Staff are never left with a problem and no way out: every error, warning and notice
    /// has a fix in both languages (its usual one, or alternatives its call sites choose from).
    @Test func everyProblemHasAFix() {
        for catalogue in MessageCatalogues.all {
            for (code, text) in catalogue.entries where !code.hasPrefix("T-") {
                let usual = text.fixEN != nil && text.fixTH != nil
                #expect(usual || !text.alternatives.isEmpty, "\(code) has no fix")
            }
        }
    }
}
