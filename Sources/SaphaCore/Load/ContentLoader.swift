import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stage 1 — load: walks `content/`, reads every file in parallel and decodes it into the
/// content model. Files it does not know are reported as warnings so nothing is silently lost.
public struct ContentLoader: Sendable {
    public let root: URL
    /// How paths are shown in diagnostics, e.g. `content`.
    public let displayRoot: String

    /// `root.path`, standardised once; every URL below is built from it.
    let rootPath: String

    public init(root: URL, displayRoot: String) {
        self.root = root.standardizedFileURL
        self.rootPath = self.root.path
        self.displayRoot = displayRoot
    }

    enum Kind: String, Sendable, CaseIterable {
        case meetings, issues, reports
        var label: Bilingual {
            switch self {
            case .meetings: Bilingual(en: "meeting", th: "การประชุม")
            case .issues: Bilingual(en: "issue", th: "เรื่อง")
            case .reports: Bilingual(en: "report", th: "รายงาน")
            }
        }
    }

    /// One unit of decoding work.
    enum Job: Sendable {
        case site(URL)
        case district(Int, URL)
        case committee(Int, URL)
        case document(Int, Kind, id: String, thai: URL, english: URL?)
    }

    enum Decoded: Sendable {
        case site(SiteConfig)
        case district(Int, District)
        case committee(Int, Committee)
        case meeting(Int, Meeting)
        case issue(Int, Issue)
        case report(Int, Report)
    }

    public func load() -> (Content?, Diagnostics) {
        var diagnostics = Diagnostics()
        let jobs = plan(&diagnostics)
        let results = ParallelMap.map(jobs) { job -> ([Decoded], Diagnostics) in
            var d = Diagnostics()
            return (decode(job, diagnostics: &d), d)
        }
        var config: SiteConfig?
        var districts = DistrictRegistry.all.map(District.init(info:))
        for (decoded, d) in results {
            diagnostics.append(contentsOf: d)
            for item in decoded {
                switch item {
                case .site(let value): config = value
                case .district(let index, let value):
                    districts[index].office = value.office
                    districts[index].channels = value.channels
                    districts[index].council = value.council
                case .committee(let index, let value): districts[index].committee = value
                case .meeting(let index, let value): districts[index].meetings.append(value)
                case .issue(let index, let value): districts[index].issues.append(value)
                case .report(let index, let value): districts[index].reports.append(value)
                }
            }
        }
        for index in districts.indices {
            districts[index].meetings.sort { ($0.date, $0.id) < ($1.date, $1.id) }
            districts[index].issues.sort { ($0.opened, $0.id) < ($1.opened, $1.id) }
            districts[index].reports.sort { ($0.period, $0.id) < ($1.period, $1.id) }
        }
        guard let config else { return (nil, diagnostics) }
        return (Content(config: config, districts: districts), diagnostics)
    }

    // MARK: Walking

    func display(_ url: URL) -> String {
        let path = url.path
        guard path.hasPrefix(rootPath) else { return path }
        return displayRoot + path.dropFirst(rootPath.count)
    }

    /// Lists a folder, sorted, without hidden entries. Symbolic links are never followed:
    /// content must not read files outside `content/`.
    func list(_ url: URL, _ diagnostics: inout Diagnostics) -> [(url: URL, isDirectory: Bool)] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { return [] }
        var entries: [(URL, Bool)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = url.appendingPathComponent(name)
            // lstat, not FileManager.attributesOfItem: that also looks up the owner's name
            // through NSS for every file.
            var info = stat()
            guard lstat(child.path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK {
                diagnostics.append(.warning(at: SourceLocation(file: display(child)),
                    Bilingual(en: "symbolic links are not followed; this entry is not published", th: "ไม่ติดตามลิงก์สัญลักษณ์ รายการนี้จะไม่ถูกเผยแพร่"),
                    fix: Bilingual(en: "put the real file here instead of a link", th: "วางไฟล์จริงแทนลิงก์")))
                continue
            }
            entries.append((child, type == S_IFDIR))
        }
        return entries
    }

    func unknownFile(_ url: URL, expected: Bilingual, _ diagnostics: inout Diagnostics) {
        diagnostics.append(.warning(at: SourceLocation(file: display(url)),
            Bilingual(en: "this file is not part of the site and is not published", th: "ไฟล์นี้ไม่ใช่ส่วนหนึ่งของเว็บไซต์และจะไม่ถูกเผยแพร่"),
            fix: Bilingual(en: "expected here: \(expected.en); move or rename it, or delete it", th: "ที่ตำแหน่งนี้ควรมี: \(expected.th) ย้าย เปลี่ยนชื่อ หรือลบไฟล์")))
    }

    func plan(_ diagnostics: inout Diagnostics) -> [Job] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error(at: SourceLocation(file: displayRoot),
                Bilingual(en: "the content folder does not exist", th: "ไม่พบโฟลเดอร์เนื้อหา"),
                fix: Bilingual(en: "run sapha in the repository, or pass --content with the folder that holds site.yaml",
                               th: "เรียก sapha จากโฟลเดอร์ของคลังข้อมูล หรือระบุ --content เป็นโฟลเดอร์ที่มี site.yaml")))
            return []
        }
        var jobs: [Job] = []
        var sawSite = false
        for (url, isDirectory) in list(root, &diagnostics) {
            switch (url.lastPathComponent, isDirectory) {
            case ("site.yaml", false): jobs.append(.site(url)); sawSite = true
            case ("districts", true): jobs += planDistricts(url, &diagnostics)
            default: unknownFile(url, expected: Bilingual(en: "site.yaml and districts/", th: "site.yaml และ districts/"), &diagnostics)
            }
        }
        if !sawSite {
            diagnostics.append(.error(at: SourceLocation(file: "\(displayRoot)/site.yaml"),
                Bilingual(en: "site.yaml is missing", th: "ไม่มีไฟล์ site.yaml"),
                fix: Bilingual(en: "create \(displayRoot)/site.yaml with at least 'title:' (see docs/content-guide.md)",
                               th: "สร้าง \(displayRoot)/site.yaml ที่มีอย่างน้อย 'title:' (ดู docs/content-guide.md)")))
        }
        return jobs
    }

    func planDistricts(_ folder: URL, _ diagnostics: inout Diagnostics) -> [Job] {
        var jobs: [Job] = []
        for (url, isDirectory) in list(folder, &diagnostics) {
            let slug = url.lastPathComponent
            guard isDirectory else {
                unknownFile(url, expected: Bilingual(en: "one folder per district", th: "โฟลเดอร์ของแต่ละเขต"), &diagnostics)
                continue
            }
            guard let index = DistrictRegistry.all.firstIndex(where: { $0.slug == slug }) else {
                let suggestion = Suggest.closest(to: slug, in: DistrictRegistry.all.map(\.slug))
                diagnostics.append(.error(at: SourceLocation(file: display(url)),
                    Bilingual(en: "unknown district '\(slug)'", th: "ไม่รู้จักเขต '\(slug)'"),
                    fix: Bilingual(en: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "folder names are the official slugs of the 50 districts, e.g. thung-khru",
                                   th: (suggestion.map { "หมายถึง '\($0)' หรือไม่ " } ?? "") + "ชื่อโฟลเดอร์ต้องเป็นชื่อทางการของ 50 เขต เช่น thung-khru")))
                continue
            }
            jobs += planDistrict(index, url, &diagnostics)
        }
        return jobs
    }

    func planDistrict(_ index: Int, _ folder: URL, _ diagnostics: inout Diagnostics) -> [Job] {
        var jobs: [Job] = []
        for (url, isDirectory) in list(folder, &diagnostics) {
            switch (url.lastPathComponent, isDirectory) {
            case ("district.yaml", false): jobs.append(.district(index, url))
            case ("committee.yaml", false): jobs.append(.committee(index, url))
            case (let name, true) where Kind(rawValue: name) != nil:
                jobs += planDocuments(index, Kind(rawValue: name)!, url, &diagnostics)
            default:
                unknownFile(url, expected: Bilingual(en: "district.yaml, committee.yaml, meetings/, issues/, reports/",
                                                     th: "district.yaml, committee.yaml, meetings/, issues/, reports/"), &diagnostics)
            }
        }
        return jobs
    }

    /// Markdown files of one kind, in this folder and its subfolders. `x.en.md` is paired with `x.md`.
    func planDocuments(_ index: Int, _ kind: Kind, _ folder: URL, _ diagnostics: inout Diagnostics) -> [Job] {
        var files: [URL] = []
        func walk(_ url: URL, depth: Int) {
            for (child, isDirectory) in list(url, &diagnostics) {
                if isDirectory {
                    if depth < 8 { walk(child, depth: depth + 1) }
                } else if child.pathExtension == "md" {
                    files.append(child)
                } else {
                    unknownFile(child, expected: Bilingual(en: "Markdown files (.md) of \(kind.rawValue)", th: "ไฟล์ Markdown (.md) ของ\(kind.label.th)"), &diagnostics)
                }
            }
        }
        walk(folder, depth: 0)
        let english = Set(files.filter { $0.lastPathComponent.hasSuffix(".en.md") }.map(\.path))
        var seen: [String: URL] = [:]
        var jobs: [Job] = []
        for url in files where !english.contains(url.path) {
            let id = String(url.lastPathComponent.dropLast(3))
            let location = SourceLocation(file: display(url))
            guard Identifier.isValid(id) else {
                diagnostics.append(.error(at: location,
                    Bilingual(en: "the file name '\(id)' is not a valid id", th: "ชื่อไฟล์ '\(id)' ไม่ใช่รหัสที่ใช้ได้"),
                    fix: Bilingual(en: Identifier.ruleEN + " — rename it, e.g. \(Identifier.suggestion(for: id)).md",
                                   th: Identifier.ruleTH + " — เปลี่ยนชื่อ เช่น \(Identifier.suggestion(for: id)).md")))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(.error(at: location,
                    Bilingual(en: "duplicate \(kind.label.en) id '\(id)': also \(display(first))",
                              th: "รหัส\(kind.label.th) '\(id)' ซ้ำกับ \(display(first))"),
                    fix: Bilingual(en: "ids are file names and must be unique in the district; rename one of the files",
                                   th: "รหัสคือชื่อไฟล์และต้องไม่ซ้ำกันในเขตเดียวกัน เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง")))
                continue
            }
            seen[id] = url
            let englishURL = url.deletingLastPathComponent().appendingPathComponent("\(id).en.md")
            jobs.append(.document(index, kind, id: id, thai: url, english: english.contains(englishURL.path) ? englishURL : nil))
        }
        for path in english.sorted() {
            let thaiPath = String(path.dropLast(6)) + ".md"
            if !files.contains(where: { $0.path == thaiPath }) {
                diagnostics.append(.error(at: SourceLocation(file: display(URL(fileURLWithPath: path))),
                    Bilingual(en: "English translation without a Thai file", th: "มีไฟล์แปลภาษาอังกฤษ แต่ไม่มีไฟล์ภาษาไทย"),
                    fix: Bilingual(en: "create \(URL(fileURLWithPath: thaiPath).lastPathComponent) next to it, or rename this file to match it",
                                   th: "สร้างไฟล์ \(URL(fileURLWithPath: thaiPath).lastPathComponent) ไว้ข้างกัน หรือเปลี่ยนชื่อไฟล์นี้ให้ตรงกัน")))
            }
        }
        return jobs
    }

    // MARK: Decoding

    func read(_ url: URL, _ diagnostics: inout Diagnostics) -> SourceFile? {
        switch SourceFile.read(url: url, displayPath: display(url)) {
        case .success(let file): return file
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
    }

    func decode(_ job: Job, diagnostics d: inout Diagnostics) -> [Decoded] {
        switch job {
        case .site(let url):
            guard let file = read(url, &d), let config = Decoders.site(file, diagnostics: &d) else { return [] }
            return [.site(config)]
        case .district(let index, let url):
            guard let file = read(url, &d) else { return [] }
            var district = District(info: DistrictRegistry.all[index])
            Decoders.district(file, into: &district, diagnostics: &d)
            return [.district(index, district)]
        case .committee(let index, let url):
            guard let file = read(url, &d), let committee = Decoders.committee(file, diagnostics: &d) else { return [] }
            return [.committee(index, committee)]
        case .document(let index, let kind, let id, let thaiURL, let englishURL):
            guard let thai = read(thaiURL, &d) else { return [] }
            let english = englishURL.flatMap { read($0, &d) }
            switch kind {
            case .meetings: return Decoders.meeting(id: id, thai: thai, english: english, diagnostics: &d).map { [.meeting(index, $0)] } ?? []
            case .issues: return Decoders.issue(id: id, thai: thai, english: english, diagnostics: &d).map { [.issue(index, $0)] } ?? []
            case .reports: return Decoders.report(id: id, thai: thai, english: english, diagnostics: &d).map { [.report(index, $0)] } ?? []
            }
        }
    }
}
