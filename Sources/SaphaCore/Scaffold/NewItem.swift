import Foundation
import SaphaSupport
#if canImport(Glibc)
import Glibc
#endif

/// `sapha new meeting|issue|report`: writes a correctly named file for a district from the
/// theme's archetype — the next meeting number of the Buddhist year, the month after the last
/// report, today's date in Bangkok — and never overwrites a file.
public struct NewItem: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case meeting, issue, report
        var folder: String { rawValue + "s" }
    }

    public struct Options: Sendable {
        public var content: URL
        public var contentDisplay: String
        public var theme: URL
        public var themeDisplay: String
        public var kind: Kind
        /// A district's slug, checked by the caller (`DistrictRegistry.index(slug:)`).
        public var district: String
        /// The id (file name without `.md`); computed for meetings and reports when nil.
        public var id: String?
        /// Also (or, when the Thai file exists, only) the English translation `<id>.en.md`.
        public var english: Bool
        public var today: Day

        public init(content: String, theme: String, kind: Kind, district: String, id: String? = nil,
                    english: Bool = false, today: Day = .todayInBangkok()) {
            self.content = URL(fileURLWithPath: content)
            contentDisplay = content.hasSuffix("/") ? String(content.dropLast()) : content
            self.theme = URL(fileURLWithPath: theme)
            themeDisplay = theme.hasSuffix("/") ? String(theme.dropLast()) : theme
            self.kind = kind
            self.district = district
            self.id = id
            self.english = english
            self.today = today
        }
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    /// Writes the file(s) and returns their paths as shown to staff (`content/…`).
    public func create() -> Result<[String], Diagnostic> {
        guard let index = DistrictRegistry.index(slug: options.district) else {
            preconditionFailure("the caller checks the district")
        }
        let entry = DistrictRegistry.all[index]
        let loader = ContentLoader(root: options.content, displayRoot: options.contentDisplay, for: .diagnostics)
        let (content, _) = loader.load()
        let district = content?.districts[index] ?? District(info: entry)
        let existing = Self.ids(of: options.kind, in: district)
        var values = ["slug": entry.slug, "district": "เขต" + entry.nameTH, "district_en": entry.nameEN + " District",
                      "today": options.today.iso, "date": options.today.iso]
        let id: String
        switch (options.kind, options.id) {
        case (_, let given?):
            guard Identifier.isValid(given) else {
                return .failure(ScaffoldMessage.invalidID.at(SourceLocation(file: ""),
                    ["id": Identifier.visible(given), "suggestion": Identifier.suggestion(for: given)]))
            }
            id = given
        case (.issue, nil):
            return .failure(ScaffoldMessage.needsID.at(SourceLocation(file: ""), ["slug": entry.slug]))
        case (.meeting, nil):
            let year = options.today.year + 543
            var number = Self.lastMeetingNumber(in: district, buddhistYear: year) + 1
            while existing.contains("\(number)-\(year)") { number += 1 }
            id = "\(number)-\(year)"
        case (.report, nil):
            var period = Self.lastPeriod(in: district).map(Self.next) ?? options.today.monthValue
            while existing.contains(period.iso) { period = Self.next(period) }
            id = period.iso
        }
        values["id"] = id
        values["number"] = id.replacingOccurrences(of: "-", with: "/")
        values["period"] = id
        let folder = "districts/\(entry.slug)/\(options.kind.folder)"
        let thai = "\(folder)/\(id).md"
        let thaiExists = existing.contains(id) || exists(thai)
        if thaiExists && !options.english { return .failure(alreadyThere(thai)) }
        var planned: [(path: String, archetype: String)] = thaiExists ? [] : [(thai, "\(options.kind.rawValue).md")]
        if options.english { planned.append(("\(folder)/\(id).en.md", "\(options.kind.rawValue).en.md")) }
        // Everything is checked before anything is written: all the files, or none.
        var texts: [(path: String, text: String)] = []
        for (path, name) in planned {
            if exists(path) { return .failure(alreadyThere(path)) }
            let archetypeFile = "\(options.themeDisplay)/archetypes/\(name)"
            guard let data = FileManager.default.contents(atPath: options.theme.appendingPathComponent(
                "archetypes/\(name)").path) else {
                return .failure(ScaffoldMessage.noArchetype.at(SourceLocation(file: archetypeFile),
                                                               ["file": archetypeFile]))
            }
            switch Archetype(file: archetypeFile, text: String(decoding: data, as: UTF8.self)).fill(values) {
            case .success(let text): texts.append((path, text))
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        for (path, text) in texts {
            if let failure = write(text, to: path) { return .failure(failure) }
        }
        return .success(texts.map { display($0.path).file })
    }

    // MARK: Numbers and periods

    /// Ids of the kind in the district, decoded or not (a file with errors still takes its id).
    static func ids(of kind: Kind, in district: District) -> Set<String> {
        let decoded: [String] = switch kind {
        case .meeting: district.meetings.map(\.id)
        case .issue: district.issues.map(\.id)
        case .report: district.reports.map(\.id)
        }
        let reference: Reference.Kind = switch kind {
        case .meeting: .meeting
        case .issue: .issue
        case .report: .report
        }
        return Set(decoded).union((district.unreadable[reference] ?? [:]).keys)
    }

    /// The highest `N` of the meetings numbered `N/<year>` or with the id `N-<year>`; 0 if none.
    static func lastMeetingNumber(in district: District, buddhistYear year: Int) -> Int {
        let numbers = district.meetings.compactMap(\.number) + ids(of: .meeting, in: district).map {
            $0.replacingOccurrences(of: "-", with: "/")
        }
        return numbers.compactMap { number -> Int? in
            let parts = number.split(separator: "/")
            guard parts.count == 2, Int(parts[1]) == year else { return nil }
            return Int(parts[0])
        }.max() ?? 0
    }

    static func lastPeriod(in district: District) -> Month? {
        let fromIDs = ids(of: .report, in: district).compactMap { id -> Month? in
            let parts = id.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
            return Month(year: year, month: month)
        }
        return (district.reports.map(\.period) + fromIDs).max()
    }

    static func next(_ month: Month) -> Month {
        month.month == 12 ? Month(year: month.year + 1, month: 1)! : Month(year: month.year, month: month.month + 1)!
    }

    // MARK: Files

    func display(_ path: String) -> SourceLocation {
        SourceLocation(file: "\(options.contentDisplay)/\(path)")
    }

    func alreadyThere(_ path: String) -> Diagnostic {
        ScaffoldMessage.exists.at(display(path), ["file": display(path).file])
    }

    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(options.content.appendingPathComponent(path).path, &info) == 0
    }

    /// Creates the file, and its folders; `O_EXCL` refuses a file that appeared meanwhile.
    func write(_ text: String, to path: String) -> Diagnostic? {
        let url = options.content.appendingPathComponent(path)
        let failed = { (reason: String) in
            ScaffoldMessage.cannotWrite.at(display(path), ["file": display(path).file, "reason": reason])
        }
        // Only into content/: no folder on the way may be a symbolic link to elsewhere.
        var folder = options.content.path
        for part in path.split(separator: "/").dropLast() {
            folder += "/" + part
            var info = stat()
            if lstat(folder, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                return failed(String(cString: strerror(ENOTDIR)))
            }
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
        } catch {
            return failed(error.localizedDescription)
        }
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            return errno == EEXIST ? alreadyThere(path) : failed(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        return written == bytes.count ? nil : failed(String(cString: strerror(errno)))
    }
}
