import Foundation
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Hostile catalogue, round two: site addresses that a browser would read as another host.
@Suite("Hostile content: site addresses")
struct HostileAddressTests {
    @Test(arguments: [
        "https://example.org//evil.example/", "https://example.org/\\evil.example/", "//evil.example/",
        "/\\evil.example/", "https://example.org/a?x=1", "https://example.org/a#top", "https://user@evil.example/",
        "https://example.org:99999/",
        "https://exa mple.org/", "https://example.org/a b/", "https://example.org/../x/", "https://example.org/./x/",
        "javascript:alert(1)", "ftp://example.org/", "https://", "https://-x.org/", "https://example.org/%zz/",
        "https://example.org/\"onload=x/", "https://example.org/<x>/", "",
    ])
    func addressesReadAsAnotherHostAreRefused(_ text: String) {
        guard case .failure = BaseURL.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
    }

    @Test func plainAddressesAreNormalised() throws {
        let cases: [(String, String, String)] = [
            ("https://example.org", "https://example.org", "/"),
            ("HTTPS://Example.ORG/Councils", "https://example.org", "/Councils/"),
            ("http://127.0.0.1:1313/", "http://127.0.0.1:1313", "/"),
            ("/", "", "/"),
            ("/bkk/councils", "", "/bkk/councils/"),
            ("https://xn--12c1bik6bbd8ab6hd1b5jc6jta.com/a-b_c.d~e/%E0%B8%81/",
                "https://xn--12c1bik6bbd8ab6hd1b5jc6jta.com",
             "/a-b_c.d~e/%E0%B8%81/"),
        ]
        for (text, origin, path) in cases {
            let url = try BaseURL.parse(text).get()
            #expect(url.origin == origin, "\(text)")
            #expect(url.path == path, "\(text)")
        }
    }

    @Test func aBaseURLInSiteYAMLThatLeavesTheHostIsLocated() throws {
        let site = try TestSite()
        try site.edit("site.yaml", replacing: "base_url: https://example.org/councils/",
                      with: "base_url: 'https://example.org//evil.example/'")
        #expect(site.errors() == ["""
            content/site.yaml:3:11: error: 'base_url': the path of the site address may hold only plain segments \
            (letters, digits, - . _ ~), with no //, \\, . or .., ? or #: https://example.org//evil.example/
              'base_url': เส้นทางของที่อยู่เว็บไซต์มีได้เฉพาะส่วนธรรมดา (ตัวอักษร ตัวเลข - . _ ~) \
            ห้ามมี //, \\, . หรือ .., ? หรือ #: \
            https://example.org//evil.example/
              fix: write the address where the site is published, e.g. https://example.org/ or \
            https://example.org/councils/
              วิธีแก้: เขียนที่อยู่ที่เผยแพร่เว็บไซต์ เช่น https://example.org/ หรือ https://example.org/councils/
            """])
    }
}
