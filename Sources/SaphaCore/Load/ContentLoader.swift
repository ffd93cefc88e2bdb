import Foundation
import SaphaSupport
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

    /// What the loaded content is for: `.pages` for a build or a preview; `.diagnostics` for
    /// `sapha check`, which renders no page (`Markdown.Output`) and keeps no cache.
    public let output: Markdown.Output

    public init(root: URL, displayRoot: String, for output: Markdown.Output = .pages) {
        self.root = root.standardizedFileURL
        self.rootPath = self.root.path
        self.displayRoot = displayRoot
        self.output = output
    }

    enum Kind: String, Sendable, CaseIterable {
        case meetings, issues, reports
        var reference: Reference.Kind {
            switch self {
            case .meetings: .meeting
            case .issues: .issue
            case .reports: .report
            }
        }
        /// What is expected in the kind's folder (`LoadMessage.unknownFile`).
        var expected: LoadMessage {
            switch self {
            case .meetings: .expectedMeetings
            case .issues: .expectedIssues
            case .reports: .expectedReports
            }
        }
        var duplicateID: LoadMessage {
            switch self {
            case .meetings: .duplicateMeetingID
            case .issues: .duplicateIssueID
            case .reports: .duplicateReportID
            }
        }
    }

    /// One unit of decoding work. Paths are absolute strings: Foundation's URL operations
    /// cost more than the walk's system calls on a 10,000-file tree.
    enum Job: Sendable {
        case site(String)
        case district(Int, String)
        case committee(Int, String)
        case document(Int, Kind, id: String, thai: String, english: String?)
        /// A meeting, issue or report in a misnamed file or folder (`flood.markdown`,
        /// `Meetings/`): not read, so that a reference to it is told its file has a problem,
        /// not that it is unknown.
        case misnamed(Int, Kind, id: String, file: String)

        var key: String {
            switch self {
            case .site(let path), .district(_, let path), .committee(_, let path), .document(_, _, _, let path, _),
                 .misnamed(_, _, _, let path):
                path
            }
        }
        var district: Int? {
            switch self {
            case .site: nil
            case .district(let i, _), .committee(let i, _), .document(let i, _, _, _, _), .misnamed(let i, _, _, _): i
            }
        }
    }

    enum Decoded: Sendable {

        case site(SiteConfig)
        case district(Int, District)
        case committee(Int, Committee)
        case meeting(Int, Meeting)
        case issue(Int, Issue)
        case report(Int, Report)
        /// A meeting, issue or report whose file had errors: its id and file.
        case unreadable(Int, Reference.Kind, id: String, file: String)
    }

    public func load() -> (Content?, Diagnostics) {
        let (content, diagnostics, _) = load(reusing: nil)
        return (content, diagnostics)
    }

    /// Loads, decoding again only the files whose size, modification time or inode changed
    /// since `cache` was made (for `sapha serve`, which keeps the cache in memory; pass an
    /// empty cache the first time: with nil, files are not stamped).
    /// `cache.changedDistricts` of the returned cache tells which districts' content may
    /// differ from the cached load; nil when everything may (first load, site.yaml changed).
    public func load(reusing cache: LoadCache?) -> (Content?, Diagnostics, LoadCache) {
        var diagnostics = Diagnostics()
        let planned = plan(&diagnostics)
        // Stamped while listing, before reading: an edit made while decoding is seen by the next load.
        let results = ParallelMap.map(planned) { job, stamps -> (stamps: [FileStamp], [Decoded], Diagnostics,
            reused: Bool) in
            if let entry = cache?.entries[job.key], entry.stamps == stamps {
                return (stamps, entry.decoded, entry.diagnostics, true)
            }
            var d = Diagnostics()
            return (stamps, decode(job, diagnostics: &d), d, false)
        }
        var next = LoadCache()
        var changed: Set<Int>? = cache == nil ? nil : []
        for ((job, _), (stamps, decoded, d, reused)) in zip(planned, results) where output == .pages {
            next.entries[job.key] = LoadCache.Entry(stamps: stamps, decoded: decoded, diagnostics: d,
                district: job.district)
            guard !reused else { continue }
            if let district = job.district { changed?.insert(district) } else { changed = nil }
        }
        // A file that is gone changes its district too.
        for (key, entry) in cache?.entries ?? [:] where next.entries[key] == nil {
            if let district = entry.district { changed?.insert(district) } else { changed = nil }
        }
        next.changedDistricts = changed
        let (content, all) = assemble(results.map { ($0.1, $0.2) }, diagnostics)
        return (content, all, next)
    }

    func assemble(_ results: [([Decoded], Diagnostics)], _ planned: Diagnostics) -> (Content?, Diagnostics) {
        var diagnostics = planned
        var config: SiteConfig?
        var districts = DistrictRegistry.all.map { District(info: $0, folder: "\(displayRoot)/districts/\($0.slug)") }
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
                case .unreadable(let index, let kind, let id, let file):
                    districts[index].unreadable[kind, default: [:]][id] = file
                }
            }
        }
        for index in districts.indices {
            districts[index].meetings.sort { ($0.date, $0.id) < ($1.date, $1.id) }
            districts[index].issues.sort { ($0.opened, $0.id) < ($1.opened, $1.id) }
            districts[index].reports.sort { ($0.period, $0.id) < ($1.period, $1.id) }
        }
        // Without a readable site.yaml the districts are still linked and checked, never rendered.
        return (Content(config: config ?? .unreadable, districts: districts), diagnostics)
    }

    // MARK: Walking

    func display(_ path: String) -> String {
        guard path.hasPrefix(rootPath) else { return path }
        return displayRoot + path.dropFirst(rootPath.count)
    }

    static func name(_ path: String) -> String {
        // On the UTF-8 view: `lastIndex(of:)` on the String walks grapheme clusters.
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
    }

    /// Lists a folder, sorted, without hidden entries. Symbolic links are never followed:
    /// content must not read files outside `content/`.
    func list(_ folder: String, _ diagnostics: inout Diagnostics) -> [(path: String, isDirectory: Bool,
        stamp: FileStamp)] {
        var entries: [(String, Bool, FileStamp)] = []
        for entry in Directory.list(folder) {
            var location: SourceLocation { SourceLocation(file: display(entry.path)) }
            guard entry.name != nil else {
                diagnostics.append(LoadMessage.nameNotUTF8.at(location))
                continue
            }
            switch entry.kind {
            case .file, .directory:
                entries.append((entry.path, entry.kind == .directory, entry.stamp))
            case .symbolicLink:
                diagnostics.append(LoadMessage.symbolicLink.at(location))
            case .other:
                // Only files and folders: reading a FIFO named x.md would wait forever, a device
                // would never end.
                diagnostics.append(LoadMessage.notARegularFile.at(location))
            }
        }
        return entries
    }

    /// Reports a file or folder that has no place here; `expected` tells what does.
    func unknownFile(_ path: String, expected: LoadMessage, _ diagnostics: inout Diagnostics) {
        diagnostics.append(LoadMessage.unknownFile.at(SourceLocation(file: display(path)),
                                                      terms: ["expected": expected.message()]))
    }

    /// A job and the stamps of its files, taken while listing (for `LoadCache`).
    typealias Planned = (job: Job, stamps: [FileStamp])

    func plan(_ diagnostics: inout Diagnostics) -> [Planned] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(LoadMessage.noContentFolder.at(SourceLocation(file: displayRoot)))
            return []
        }
        var jobs: [Planned] = []
        var sawSite = false
        for (path, isDirectory, stamp) in list(rootPath, &diagnostics) {
            switch (Self.name(path), isDirectory) {
            case ("site.yaml", false): jobs.append((.site(path), [stamp])); sawSite = true
            case ("districts", true): jobs += planDistricts(path, &diagnostics)
            default: unknownFile(path, expected: .expectedInContent, &diagnostics)
            }
        }
        if !sawSite {
            diagnostics.append(LoadMessage.noSiteYAML.at(SourceLocation(file: "\(displayRoot)/site.yaml"),
                                                         ["root": displayRoot]))
        }
        return jobs
    }

    func planDistricts(_ folder: String, _ diagnostics: inout Diagnostics) -> [Planned] {
        // Walking is mostly system calls; the districts are walked on both cores.
        let planned = ParallelMap.map(list(folder, &diagnostics)) { entry -> ([Planned], Diagnostics) in
            var d = Diagnostics()
            return (planDistrictFolder(entry.path, isDirectory: entry.isDirectory, &d), d)
        }
        var jobs: [Planned] = []
        for (districtJobs, d) in planned {
            jobs += districtJobs
            diagnostics.append(contentsOf: d)
        }
        return jobs
    }

    func planDistrictFolder(_ path: String, isDirectory: Bool, _ diagnostics: inout Diagnostics) -> [Planned] {
        let slug = Self.name(path)
        guard isDirectory else {
            unknownFile(path, expected: .expectedInDistricts, &diagnostics)
            return []
        }
        guard let index = DistrictRegistry.index(slug: slug) else {
            let suggestion = Suggest.closest(to: slug, in: DistrictRegistry.all.map(\.slug))
            diagnostics.append(LoadMessage.unknownDistrict.at(SourceLocation(file: display(path)),
                ["slug": slug, "suggestion": suggestion ?? ""], fix: suggestion == nil ? nil : "suggestion"))
            return []
        }
        return planDistrict(index, path, &diagnostics)
    }

    func planDistrict(_ index: Int, _ folder: String, _ diagnostics: inout Diagnostics) -> [Planned] {
        var jobs: [Planned] = []
        for (path, isDirectory, stamp) in list(folder, &diagnostics) {
            switch (Self.name(path), isDirectory) {
            case ("district.yaml", false): jobs.append((.district(index, path), [stamp]))
            case ("committee.yaml", false): jobs.append((.committee(index, path), [stamp]))
            case (let name, true) where Kind(rawValue: name) != nil:
                jobs += planDocuments(index, Kind(rawValue: name)!, path, &diagnostics)
            case (let name, let isDirectory):
                if let meant = FileNames.meantInDistrict(name, isDirectory: isDirectory) {
                    diagnostics.append(LoadMessage.misnamedInDistrict.at(SourceLocation(file: display(path)),
                        ["name": Identifier.visible(name), "suggestion": meant]))
                    // What the folder holds is not read, but it is known, for the references to it.
                    if isDirectory, let kind = Kind(rawValue: meant) {
                        var unread = Diagnostics()
                        jobs += planDocuments(index, kind, path, &unread).compactMap { planned in
                            guard case .document(_, _, let id, let thai, _) = planned.job else { return nil }
                            return (.misnamed(index, kind, id: id, file: thai), Array(planned.stamps.prefix(1)))
                        }
                    }
                } else {
                    unknownFile(path, expected: .expectedInDistrict, &diagnostics)
                }
            }
        }
        return jobs
    }

    /// How deep subfolders of a kind's folder are read (`meetings/2566/…` is one level). A
    /// folder deeper than this is reported, never silently skipped.
    static let maximumFolderDepth = 8

    /// Markdown files of one kind, in this folder and its subfolders. `x.en.md` is paired with `x.md`.
    func planDocuments(_ index: Int, _ kind: Kind, _ folder: String, _ diagnostics: inout Diagnostics) -> [Planned] {
        var files: [String] = [], others: [String] = []
        var stamps: [String: FileStamp] = [:]
        func walk(_ path: String, depth: Int) {
            for (child, isDirectory, stamp) in list(path, &diagnostics) {
                if isDirectory {
                    if depth < Self.maximumFolderDepth {
                        walk(child, depth: depth + 1)
                    } else {
                        diagnostics.append(LoadMessage.folderTooDeep.at(SourceLocation(file: display(child)),
                                                                        ["limit": String(Self.maximumFolderDepth)]))
                    }
                } else if child.hasSuffix(".md") {
                    files.append(child)
                    stamps[child] = stamp
                } else {
                    others.append(child)
                    stamps[child] = stamp
                }
            }
        }
        walk(folder, depth: 0)
        let paths = Set(files)
        /// Whether `<id>.md` is beside `path`, for `FileNames.meant`.
        func thaiFile(beside path: String) -> (String) -> Bool {
            let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            return { paths.contains("\(folder)/\($0).md") }
        }
        var misnamed: [(path: String, id: String)] = []
        for path in others {
            if let meant = FileNames.meant(Self.name(path), hasThaiFile: thaiFile(beside: path)) {
                misnamed += report(path, meant, &diagnostics)
            } else {
                unknownFile(path, expected: kind.expected, &diagnostics)
            }
        }
        // A translation is `<id>.en.md`; `x.en.en.md` is not one (its id would be `x.en`) and
        // is reported as a bad file name instead of being dropped.
        let english = Set(files.filter { $0.hasSuffix(".en.md") && !Self.name($0).dropLast(6).contains(".") })
        var seen: [String: String] = [:]
        var jobs: [Planned] = []
        for path in files where !english.contains(path) {
            let id = String(Self.name(path).dropLast(3))
            let location = SourceLocation(file: display(path))
            if let meant = FileNames.meant(Self.name(path), hasThaiFile: thaiFile(beside: path)) {
                misnamed += report(path, meant, &diagnostics)
                continue
            }
            guard Identifier.isValid(id) else {
                diagnostics.append(LoadMessage.invalidFileName.at(location,
                    ["id": Identifier.visible(id), "suggestion": Identifier.suggestion(for: id)]))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(kind.duplicateID.at(location, ["id": id, "first": display(first)]))
                continue
            }
            seen[id] = path
            let englishPath = String(path.dropLast(3)) + ".en.md"
            let translated = english.contains(englishPath)
            jobs.append((.document(index, kind, id: id, thai: path, english: translated ? englishPath : nil),
                         [stamps[path]!] + (translated ? [stamps[englishPath]!] : [])))
        }
        for (path, id) in misnamed where seen[id] == nil {
            seen[id] = path
            jobs.append((.misnamed(index, kind, id: id, file: path), [stamps[path]!]))
        }
        // A Thai file under a misnamed name (`road.th.md`) is told its name; its translation is not told again.
        let thaiPaths = Set(files).union(misnamed.map { item in
            String(item.path[..<(item.path.lastIndex(of: "/") ?? item.path.startIndex)]) + "/\(item.id).md" })
        for path in english.sorted() {
            let thaiPath = String(path.dropLast(6)) + ".md"
            if !thaiPaths.contains(thaiPath) {
                diagnostics.append(LoadMessage.translationWithoutThai.at(SourceLocation(file: display(path)),
                                                                         ["thai": Self.name(thaiPath)]))
            }
        }
        return jobs
    }

    /// Reports a Markdown file whose name is a known slip, with the name it should have;
    /// returns the Thai file's path and id under its right name (none for a translation).
    func report(_ path: String, _ meant: FileNames.Meant, _ diagnostics: inout Diagnostics)
        -> [(path: String, id: String)] {
        let location = SourceLocation(file: display(path))
        let name = Identifier.visible(Self.name(path))
        switch meant {
        case .translation(let correct):
            diagnostics.append(LoadMessage.misnamedTranslation.at(location, ["name": name, "correct": correct]))
            return []
        case .thai(let correct):
            diagnostics.append(LoadMessage.misnamedMarkdown.at(location, ["name": name, "correct": correct]))
            return [(path, String(correct.dropLast(3)))]
        }
    }

    // MARK: Decoding

    func read(_ path: String, _ diagnostics: inout Diagnostics) -> SourceFile? {
        switch SourceFile.read(path: path, displayPath: display(path)) {
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
        case .misnamed(let index, let kind, let id, let path):
            return [.unreadable(index, kind.reference, id: id, file: display(path))]
        case .document(let index, let kind, let id, let thaiURL, let englishURL):
            var unreadable: [Decoded] { [.unreadable(index, kind.reference, id: id, file: display(thaiURL))] }
            guard let thai = read(thaiURL, &d) else { return unreadable }
            let english = englishURL.flatMap { read($0, &d) }
            let decoded: Decoded? = switch kind {
            case .meetings: Decoders.meeting(id: id, thai: thai, english: english, diagnostics: &d,
                                       bodies: output)
                .map { .meeting(index, $0) }
            case .issues: Decoders.issue(id: id, thai: thai, english: english, diagnostics: &d,
                                       bodies: output)
                .map { .issue(index, $0) }
            case .reports: Decoders.report(id: id, thai: thai, english: english, diagnostics: &d,
                                       bodies: output)
                .map { .report(index, $0) }
            }
            return decoded.map { [$0] } ?? unreadable
        }
    }
}
