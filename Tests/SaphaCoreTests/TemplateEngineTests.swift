import Foundation
import Mustache
import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

/// Sapha compiles theme templates itself (Render/Template). swift-mustache is the reference:
/// every page of the portal and of the fixture site, and a table of Mustache's corner cases,
/// must render to the same bytes with both.
@Suite("Template engine")
struct TemplateEngineTests {
    /// The reference: swift-mustache with Sapha's HTML escaping.
    struct ReferenceEscaping: MustacheContentType {
        static let name = "SAPHA_REFERENCE_HTML"
        func escapeText(_ text: String) -> String { HTMLEscape.escape(text) }
    }

    static func reference(_ templates: [String: String]) throws -> MustacheLibrary {
        MustacheContentTypes.register(ReferenceEscaping(), named: ReferenceEscaping.name)
        var library = MustacheLibrary()
        for (name, text) in templates {
            // On a line of its own, so that the template's first line still starts a line.
            library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: \(ReferenceEscaping.name) }}\n" + text),
                named: name)
        }
        return library
    }

    static func compiled(_ templates: [String: String]) throws -> TemplateSet {
        var set = TemplateSet()
        for (name, text) in templates {
            switch TemplateParser.parse(text) {
            case .success(let compiled): set.templates[name] = compiled.nodes
            case .failure(let failure): throw failure
            }
        }
        return set
    }

    static func defaultTheme() throws -> [String: String] {
        let folder = Repo.theme.appendingPathComponent("templates")
        var templates: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            templates[String(name.dropLast(".mustache".count))] = try String(
                contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return templates
    }

    /// Sapha's template values as swift-mustache takes them.
    static func reference(_ value: TemplateValue) -> Any {
        switch value {
        case .string(let text): text
        case .int(let number): number
        case .bool(let flag): flag
        case .list(let items): items.map(reference)
        case .object(let object): Dictionary(uniqueKeysWithValues: object.fields.map { ($0.name, reference($0.value)) })
        }
    }

    /// Values written for swift-mustache, as Sapha's template values.
    static func templateValue(_ value: Any) -> TemplateValue {
        switch value {
        case let text as String: .string(text)
        case let number as Int: .int(number)
        case let flag as Bool: .bool(flag)
        case let object as [String: Any]:
            .object(object.keys.sorted().reduce(into: TemplateObject()) { $0.set($1, templateValue(object[$1]!)) })
        case let items as [Any]: .list(items.map(templateValue))
        default: .string(String(describing: value))
        }
    }

    /// Renders every templated job of a content tree with both engines.
    func compareEveryPage(content: URL) throws -> Int {
        let (theme, themeDiagnostics) = Theme.load(from: Repo.theme, displayRoot: "themes/default")
        #expect(!themeDiagnostics.hasErrors, "\(themeDiagnostics)")
        let (loaded, loadDiagnostics) = ContentLoader(root: content, displayRoot: "content").load()
        #expect(!loadDiagnostics.hasErrors, "\(loadDiagnostics)")
        let (site, _) = Linker.link(try #require(loaded), today: TestSite.today)
        let renderer = SiteRenderer(site: site, theme: try #require(theme), baseURL: "https://example.org/")
        let reference = try Self.reference(Self.defaultTheme())
        var compared = 0
        for job in renderer.jobs {
            guard let (path, name, values) = renderer.templated(job) else { continue }
            let expected = try #require(reference.render(Self.reference(.object(values)), withTemplate: name))
            let actual = String(decoding: renderer.template(name, values), as: UTF8.self)
            #expect(actual == expected, "\(path) differs from swift-mustache")
            compared += 1
        }
        return compared
    }

    @Test func everyFixturePageMatchesTheReference() throws {
        #expect(try compareEveryPage(content: Repo.fixtureSite) > 50)
    }

    /// Every page of the shipped `content/`, however many: staff edit it, so no count of its
    /// pages is pinned here (every templated job is compared, and there is at least one page).
    @Test func everyPortalPageMatchesTheReference() throws {
        #expect(try compareEveryPage(content: Repo.content) > 0)
    }

    static let thai = "การแก้ไข <ปัญหา> & \"น้ำท่วม\" 'ถนน'"

    /// Mustache's corner cases: whitespace of standalone tags, indentation of partials,
    /// inheritance, delimiters, comments, escaping, the context stack, functions.
    static let cases: [(String, [String: String])] = [
        ("plain text, no tags\n", [:]),
        ("{{a}} {{{a}}} {{&a}} {{ a }}", [:]),
        ("{{missing}}|{{{missing}}}|{{#missing}}x{{/missing}}|{{^missing}}y{{/missing}}", [:]),
        ("{{obj.name}} {{obj.missing.deeper}} {{obj.name.deeper}}", [:]),
        ("{{#obj}}{{name}} {{a}} {{.name}} {{.a}}{{/obj}}", [:]),
        ("{{#list}}[{{name}}|{{a}}]{{/list}}", [:]),
        ("{{#list}}\n  <li>{{name}}</li>\n{{/list}}\n", [:]),
        ("<ul>\n  {{#list}}\n  <li>{{name}}</li>\n  {{/list}}\n</ul>\n", [:]),
        ("{{#yes}}\nshown\n{{/yes}}\n{{#no}}\nhidden\n{{/no}}\n{{^no}}\nshown too\n{{/no}}\n", [:]),
        ("{{^empty}}\nempty list\n{{/empty}}\n{{#empty}}never{{/empty}}", [:]),
        ("{{^empty(list)}}<ul>{{#list}}<li>{{name}}</li>{{/list}}</ul>{{/empty(list)}}"
            + "{{#empty(none)}}none{{/empty(none)}}", [:]),
        ("{{count(list)}} {{count(empty)}}", [:]),
        ("{{#strings}}<{{.}}>{{/strings}}", [:]),
        ("{{#a}}{{.}}{{/a}} {{#yes}}[{{a}}]{{/yes}}", [:]),
        ("{{n}} {{yes}} {{no}}", [:]),
        ("  {{! a comment }}\nafter\n  {{!\nmulti\nline\n}}  \nend", [:]),
        ("{{=<% %>=}}<% a %> {{a}}\n<%={{ }}=%>{{a}}", [:]),
        ("  {{=| |=}}  \n|a|\n", [:]),
        ("before {{> item}} after\n", ["item": "<{{a}}>"]),
        ("<div>\n  {{> lines}}\n</div>\n", ["lines": "one {{a}}\ntwo\n{{#list}}\nitem {{name}}\n{{/list}}\n"]),
        ("{{#list}}{{> item}}{{/list}}", ["item": "[{{name}}]"]),
        ("{{<parent}}{{$title}}Child title{{/title}}{{/parent}}",
            ["parent": "<h1>{{$title}}Default{{/title}}</h1><p>{{$body}}Default body{{/body}}</p>"]),
        ("{{<parent}}\n{{$body}}\nline one\n  line two\n{{/body}}\n{{/parent}}\n",
            ["parent": "<main>\n{{$body}}{{/body}}\n</main>\n"]),
        ("{{<layout}}{{$main}}\n{{#obj}}\n<h1>{{name}}</h1>\n{{/obj}}\n{{/main}}{{/layout}}\n",
            ["layout": "<body>\n{{$main}}{{/main}}\n</body>\n"]),
        ("{{<middle}}{{$inner}}from the child{{/inner}}{{/middle}}",
            ["middle": "{{<outer}}{{$inner}}from the middle{{/inner}}{{/outer}}",
                "outer": "<{{$inner}}outer default{{/inner}}>"]),
        ("  {{$block}}\n  default\n  {{/block}}\n", [:]),
        ("{{#list}}{{#obj}}{{name}}{{/obj}}{{/list}}", [:]),
        ("{{#obj}}{{#list}}{{a}}{{/list}}{{/obj}}", [:]),
        ("\t{{#yes}}  \n\tindented\n\t{{/yes}}\t\n", [:]),
        ("line{{#yes}}\nnot standalone\n{{/yes}}", [:]),
        ("{{#yes}}a{{/yes}}  {{#yes}}\nb\n{{/yes}}\n", [:]),
        ("{{a}}\r\n{{a}}", [:]),
        ("{{{html}}} {{html}}", [:]),
    ]

    nonisolated(unsafe) static let values: [String: Any] = [
        "a": thai,
        "html": "<p>ย่อหน้า</p>",
        "n": 42,
        "yes": true,
        "no": false,
        "empty": [[String: Any]](),
        "none": [Any](),
        "strings": ["หนึ่ง", "<two>"],
        "obj": ["name": "ชื่อ & name"] as [String: Any],
        "list": [["name": "หนึ่ง"], ["name": "two", "a": "shadowed"]] as [[String: Any]],
    ]

    /// The one difference: a list or an object written as a variable prints nothing (swift-
    /// mustache prints Swift's description of it, in no fixed order).
    @Test func listsAndObjectsPrintNothing() throws {
        let set = try Self.compiled(["main": "[{{list}}|{{obj}}|{{#yes}}{{.}}{{/yes}}]"])
        guard case .object(let values) = Self.templateValue(Self.values) else {
            Issue.record("values are an object")
            return
        }
        #expect(set.render("main", values).map { String(decoding: $0, as: UTF8.self) } == "[||]")
    }

    /// Objects keep their fields in the order first set: setting a field again replaces it in
    /// place, nil removes it, `merge` replaces or appends. The page cache hashes them in that
    /// order, with a name hash that is the same in every process.
    @Test func objectFieldsKeepTheirOrder() {
        var object: TemplateObject = ["b": 1, "a": "x", "gone": nil, "c": true]
        #expect(object.fields.map(\.name) == ["b", "a", "c"])
        object["a"] = "y"
        object["b"] = nil
        object.merge(["d": 4, "c": false])
        #expect(object.fields.map(\.name) == ["a", "c", "d"])
        #expect(object.value("a") == "y" && object.value("c") == false && object.value("d") == 4
            && object.value("b") == nil)
        // Equality ignores the order; the hash does not.
        let reordered: TemplateObject = ["d": 4, "c": false, "a": "y"]
        #expect(object == reordered)
        #expect(object != ["d": 4, "c": false, "a": "z"])
        func hash(_ object: TemplateObject) -> UInt64 {
            var hash = ContentHash()
            ValueHash.add(object, to: &hash)
            return hash.value
        }
        #expect(hash(object) != hash(reordered))
        // A field moved into or out of a nested object or list changes the hash.
        let inner: TemplateObject = ["b": 1], both: TemplateObject = ["b": 1, "c": 2]
        #expect(hash(["a": inner, "c": 2]) != hash(["a": both]))
        let split: [TemplateValue] = [.list([1]), 2], joined: [TemplateValue] = [.list([1, 2])]
        #expect(hash(["a": split]) != hash(["a": joined]))
        // Names are hashed with the one content hash of Sapha.
        var title = ContentHash()
        title.add(Array("title".utf8))
        #expect(TemplateObject.hash("title") == title.value && title.value != ContentHash().value)
    }

    @Test(arguments: cases.indices) func cornerCaseMatchesTheReference(_ index: Int) throws {
        let (template, partials) = Self.cases[index]
        var templates = partials
        templates["main"] = template
        let expected = try #require(try Self.reference(templates).render(Self.values, withTemplate: "main"))
        guard case .object(let values) = Self.templateValue(Self.values) else {
            Issue.record("values are an object")
            return
        }
        let actual = try Self.compiled(templates).render("main", values).map { String(decoding: $0, as: UTF8.self) }
        #expect(actual == expected, "template \(template.debugDescription)")
    }

    // MARK: - Mistakes in a theme: located, bilingual, and the build stops

    static func themeErrors(_ template: String, named name: String = "meeting") throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sapha-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Repo.theme, to: root)
        try Data(template.utf8).write(to: root.appendingPathComponent("templates/\(name).mustache"))
        let (theme, diagnostics) = Theme.load(from: root, displayRoot: "themes/mine")
        #expect(theme == nil)
        return diagnostics.sorted.map(\.description)
    }

    /// A diagnostic as printed, for `themes/mine/templates/meeting.mustache`.
    static func printed(_ line: Int, _ column: Int, _ en: String, _ th: String, fix: String, _ fixThai: String,
        syntax: Bool = true) -> String {
        let (prefixEn, prefixTh) = syntax ? ("template syntax error: ", "รูปแบบเทมเพลตไม่ถูกต้อง: ") : ("", "")
        return "themes/mine/templates/meeting.mustache:\(line):\(column): error: \(prefixEn)\(en)\n"
            + "  \(prefixTh)\(th)\n  fix: \(fix)\n  วิธีแก้: \(fixThai)"
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() throws {
        #expect(try Self.themeErrors("<h1>{{title}}</h1>\n{{#page}}\n<p>{{x}}</p>\n") == [
            Self.printed(2, 1, "page is opened but never closed", "เปิด page แล้วไม่ได้ปิด",
                         fix: "add {{/page}} where it ends", "เพิ่ม {{/page}} ตรงที่ส่วนนี้จบ"),
        ])
    }

    @Test func sectionClosedUnderAnotherName() throws {
        #expect(try Self.themeErrors("{{#page}}\n  {{#items}}x{{/page}}\n") == [
            Self.printed(2, 17, "{{/…}} closes items under another name", "{{/…}} ปิด items ด้วยชื่ออื่น",
                         fix: "close it with {{/items}}", "ปิดด้วย {{/items}}"),
        ])
    }

    @Test func closingTagWithoutOpening() throws {
        #expect(try Self.themeErrors("<p>\n</p>{{/page}}") == [
            Self.printed(2, 8, "{{/page}} closes a section that was never opened", "{{/page}} ปิดส่วนที่ไม่ได้เปิดไว้",
                         fix: "remove it, or add the matching {{#page}} before it", "ลบออก หรือเพิ่ม {{#page}} "
                             + "ที่คู่กันไว้ก่อนหน้า"),
        ])
    }

    @Test func unclosedTagAndBadName() throws {
        func expected(_ column: Int) -> String {
            Self.printed(1, column, "a tag is not closed with }}, or its name has a character names cannot have",
                         "แท็กไม่ได้ปิดด้วย }} หรือชื่อมีอักขระที่ใช้ในชื่อไม่ได้",
                         fix: "names use letters, digits and . - _ ? only, e.g. {{page.title}}",
                         "ชื่อใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และ . - _ ? เช่น {{page.title}}")
        }
        #expect(try Self.themeErrors("<p>{{title</p>") == [expected(11)])
        #expect(try Self.themeErrors("ชื่อ {{ชื่อ}}") == [expected(8)])
    }

    @Test func unknownFunction() throws {
        #expect(try Self.themeErrors("{{#sorted(items)}}x{{/sorted(items)}}") == [
            Self.printed(1, 4, "unknown function sorted(…)", "ไม่รู้จักฟังก์ชัน sorted(…)",
                         fix: "Sapha's templates know empty(list) and count(list)", "เทมเพลตของ Sapha รู้จักเฉพาะ "
                             + "empty(list) และ count(list)"),
        ])
    }

    @Test func functionWithoutAName() throws {
        #expect(try Self.themeErrors("<ul>\n{{^empty()}}none{{/empty()}}</ul>") == [
            Self.printed(2, 4, "empty() needs a name inside the brackets", "empty() ต้องมีชื่ออยู่ในวงเล็บ",
                         fix: "write e.g. {{^empty(items)}}", "เขียน เช่น {{^empty(items)}}"),
        ])
    }

    @Test func missingPartial() throws {
        #expect(try Self.themeErrors("<ul>\n  {{#items}}{{> missing-item}}{{/items}}</ul>") == [
            Self.printed(2, 17, "the template 'missing-item' does not exist", "ไม่มีเทมเพลต 'missing-item'",
                         fix: "add templates/missing-item.mustache, or correct the name", "เพิ่ม "
                             + "templates/missing-item.mustache หรือแก้ชื่อให้ถูก",
                         syntax: false),
        ])
    }

    @Test func pragmaAndDynamicPartial() throws {
        #expect(try Self.themeErrors("{{% CONTENT_TYPE: TEXT }}x") == [
            Self.printed(1, 3, "pragmas ({{% … }}) are not supported", "ไม่รองรับ pragma ({{% … }})",
                         fix: "remove it: Sapha always escapes {{name}} for HTML", "ลบออก: Sapha แปลง {{name}} "
                             + "ให้ปลอดภัยสำหรับ HTML เสมอ"),
        ])
        #expect(try Self.themeErrors("x {{> *name}}") == [
            Self.printed(1, 7, "dynamic partials ({{> *name}}) are not supported",
                "ไม่รองรับ partial แบบไดนามิก ({{> *name}})",
                         fix: "name the template, e.g. {{> issue-item}}", "ระบุชื่อเทมเพลต เช่น {{> issue-item}}"),
        ])
    }

    @Test func aThemeErrorStopsTheBuild() throws {
        let site = try TestSite()
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Repo.theme, to: theme)
        try Data("{{#page}}".utf8).write(to: theme.appendingPathComponent("templates/issue.mustache"))
        var options = site.options
        options.pipeline.theme = theme
        options.pipeline.themeDisplay = "theme"
        #expect(throws: BuildFailed.self) { try SiteBuilder(options: options).render() }
    }
}
