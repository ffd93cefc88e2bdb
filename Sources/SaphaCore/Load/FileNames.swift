import SaphaSupport

/// The one correct name of a file or folder Sapha does not read, when its name is a known
/// slip: a translation written `road.EN.md`, `road-en.md`, `road_en.md`, `road.eng.md` or
/// `road.en.markdown` is `road.en.md`; `road.markdown`, `road.MD` or `road.th.md` is
/// `road.md`; a folder `Meetings/`, `meeting/` or `การประชุม/` in a district is `meetings/`.
enum FileNames {
    enum Meant: Equatable {
        /// An English translation, to be renamed to this name.
        case translation(String)
        /// A Thai (main) file, to be renamed to this name.
        case thai(String)
    }

    private static let markdownExtensions = [".md", ".markdown", ".mdown", ".mkd"]
    private static let englishTags = ["en", "eng", "english"]
    private static let thaiTags = ["th", "tha", "thai"]

    /// What a file in `meetings/`, `issues/` or `reports/` named `name` was meant to be called,
    /// when it is a misnamed Markdown file. `hasThaiFile(id)` tells whether `<id>.md` is in the
    /// same folder: `road-en.md` is a valid id of its own, and a translation only beside `road.md`.
    static func meant(_ name: String, hasThaiFile: (String) -> Bool) -> Meant? {
        let lower = name.lowercased()
        guard let ext = markdownExtensions.first(where: { lower.hasSuffix($0) }) else { return nil }
        let stem = String(name.dropLast(ext.count))
        let isMD = name.hasSuffix(".md")
        for separator in [".", "-", "_", " "] {
            for tag in englishTags where stem.lowercased().hasSuffix(separator + tag) {
                let id = stem.dropLast(separator.count + tag.count).lowercased()
                guard Identifier.isValid(id) else { continue }
                if separator == "." && stem.hasSuffix(".en") && isMD { return nil }
                if separator == "-" && !hasThaiFile(id) { continue }
                return .translation(id + ".en.md")
            }
            for tag in thaiTags where separator != "-" && separator != " "
                && stem.lowercased().hasSuffix(separator + tag) {
                let id = stem.dropLast(separator.count + tag.count).lowercased()
                if Identifier.isValid(id) { return .thai(id + ".md") }
            }
        }
        if !isMD, Identifier.isValid(stem.lowercased()) { return .thai(stem.lowercased() + ".md") }
        return nil
    }

    /// What a folder or file in a district's folder that Sapha does not read was meant to be.
    static func meantInDistrict(_ name: String, isDirectory: Bool) -> String? {
        if isDirectory {
            let aliases = ["การประชุม": "meetings", "ประชุม": "meetings", "บันทึกการประชุม": "meetings",
                           "minutes": "meetings", "เรื่อง": "issues", "ปัญหา": "issues", "รายงาน": "reports"]
            if let alias = aliases[name.lowercased()] { return alias }
            return Suggest.closest(to: name, in: ["meetings", "issues", "reports"])
        }
        var lower = name.lowercased()
        if lower.hasSuffix(".yml") { lower = lower.dropLast(4) + ".yaml" }
        return Suggest.closest(to: lower, in: ["district.yaml", "committee.yaml"])
    }
}
