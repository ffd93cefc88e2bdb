import Foundation
import Testing
@testable import SaphaServer
@testable import SaphaSupport

/// What `sapha serve` adds to a page: the live-reload script, and the content's warnings.
@Suite("Preview: live reload and the warnings banner")
struct LiveReloadTests {
    static let page = Data("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)

    @Test func warningsAreABannerThatFoldsAwayAndIsEscaped() {
        let warning = LinkMessage.statusDisagrees.at(SourceLocation(file: "content/a<b>.md", line: 3, column: 2),
            ["id": "<script>", "said": "resolved", "status": "open", "file": "x.md"])
        let notice = LinkMessage.targetUnreadable.at(SourceLocation(file: "c.md"), ["id": "n", "file": "f.md"])
        let html = String(decoding: LiveReload.inject(Self.page, version: 7, warnings: [warning, notice]),
                          as: UTF8.self)
        #expect(html.contains("<details open id=\"sapha-warnings\""))
        #expect(html.contains("คำเตือนในเนื้อหา 1 รายการ"))
        #expect(html.contains("content/a&lt;b&gt;.md:3:2</code> W-LINK-STATUS-DISAGREES"))
        #expect(!html.contains("<script>'") && html.contains("&lt;script&gt;"))
        #expect(!html.contains("c.md"), "notices are not shown")
        #expect(html.hasSuffix("<script src=\"/__sapha/live.js?v=7\"></script></body></html>"))
    }

    @Test func aPageWithoutWarningsGetsOnlyTheScript() {
        let html = String(decoding: LiveReload.inject(Self.page, version: 1), as: UTF8.self)
        #expect(html == "<!DOCTYPE html><html><body><p>x</p>"
            + "<script src=\"/__sapha/live.js?v=1\"></script></body></html>")
    }
}
