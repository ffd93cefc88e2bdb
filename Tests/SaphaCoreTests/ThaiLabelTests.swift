import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
import SaphaTestSupport

/// The Thai labels staff may write instead of a keyword live in one place, `Vocabulary`
/// (`thaiLabel`); the default theme's Thai labels and the content guide's tables of fixed
/// values show the same words, so what staff read on a page is what they may write.
@Suite("Thai labels: one list, the theme and the guide agree with it")
struct ThaiLabelTests {
    func thaiTable() throws -> I18nTable {
        let url = Repo.theme.appendingPathComponent("i18n/th.yaml")
        let file = try SourceFile.read(url: url, displayPath: "th.yaml").get()
        var diagnostics = Diagnostics()
        return try #require(I18nTable.load(file, language: .th, diagnostics: &diagnostics))
    }

    func each(_ body: (_ key: String, _ keyword: String, _ label: String) -> Void) {
        func add<V: Vocabulary>(_ type: V.Type) {
            for value in V.allCases { body(value.i18nKey, value.rawValue, value.thaiLabel) }
        }
        add(MeetingMode.self); add(MeetingStatus.self); add(IssueCategory.self); add(IssueStatus.self)
        add(ReportStatus.self); add(MemberRole.self); add(MemberGroup.self); add(Language.self)
    }

    @Test func theDefaultThemeShowsTheLabelsStaffMayWrite() throws {
        let table = try thaiTable()
        each { key, _, label in #expect(table[key] == label, "themes/default/i18n/th.yaml \(key)") }
    }

    @Test func theThemeAndTheDateReaderNameTheMonthsAlike() throws {
        #expect(try thaiTable().months == ThaiMonths.names)
    }

    @Test func theContentGuideListsEveryKeywordWithItsLabel() throws {
        let guide = try String(contentsOf: Repo.root.appendingPathComponent("docs/content-guide.md"), encoding: .utf8)
        each { key, keyword, label in
            guard !key.hasPrefix("language.") else { return }
            #expect(guide.contains("`\(keyword)` | \(label) |"), "docs/content-guide.md §3: \(keyword) | \(label)")
        }
    }

    /// A label that is another value's keyword, or two values of one vocabulary with one
    /// label, would make a written value mean two things.
    @Test func everyLabelNamesOneValue() {
        func check<V: Vocabulary>(_ type: V.Type) {
            let labels = V.allCases.map(\.thaiLabel)
            #expect(Set(labels).count == labels.count, "\(V.vocabularyName)")
            for label in labels { #expect(V(rawValue: label.lowercased()) == nil, "\(label)") }
        }
        check(MeetingMode.self); check(MeetingStatus.self); check(IssueCategory.self); check(IssueStatus.self)
        check(ReportStatus.self); check(MemberRole.self); check(MemberGroup.self)
    }
}
