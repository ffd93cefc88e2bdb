import Foundation
import SaphaSupport

/// Writes a realistic, deterministic synthetic content tree in Sapha's own format, for
/// benchmarks and scale tests: per district and year 12 meetings with minutes (agenda lists,
/// tables, inline references; Thai with English translations), about 8 issues per meeting,
/// 12 monthly reports with per-issue updates, and a committee of 30–40 members.
/// The same options always give the same bytes.
public struct SampleCorpus: Sendable {
    public var districts: Int
    public var years: Int
    public var seed: UInt64
    /// The first year, Gregorian (2023 = 2566).
    public var firstYear = 2023

    public init(districts: Int = 50, years: Int = 1, seed: UInt64 = 2565) {
        self.districts = min(max(districts, 1), DistrictRegistry.all.count)
        self.years = max(years, 1)
        self.seed = seed
    }

    /// Marks a folder written by `sapha sample`; only such a folder (or an empty one) is replaced.
    public static let marker = ".sapha-sample"

    public enum SampleError: Error, CustomStringConvertible {
        case notASample(String)
        case io(String)
        public var description: String {
            switch self {
            case .notASample(let path):
                "\(path) exists, is not empty and was not written by `sapha sample`; nothing was written "
                    + "(samples never go into content/)\n"
                    + "โฟลเดอร์ \(path) มีข้อมูลอยู่แล้วและไม่ได้สร้างโดย `sapha sample` จึงไม่เขียนทับ"
            case .io(let message): message
            }
        }
    }

    /// The files of the corpus, path → text, in a stable order.
    public func files() -> [(path: String, text: String)] {
        var out: [(String, String)] = []
        out.append(("site.yaml", """
            title: {th: สภาคนเมืองประจำเขต (ข้อมูลตัวอย่างสังเคราะห์), en: District city councils (synthetic sample)}
            tagline: {th: ข้อมูลสังเคราะห์สำหรับทดสอบความเร็ว, en: Synthetic data for benchmarks}
            base_url: https://example.org/
            channels:
              - name: {th: สายด่วน กทม. 1555, en: BMA Call Center 1555}
                url: tel:1555

            """))
        for (index, district) in DistrictRegistry.all.prefix(districts).enumerated() {
            var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
            out += DistrictSample(district: district, years: years, firstYear: firstYear).files(&rng)
        }
        return out
    }

    /// Writes the corpus into `folder`, replacing a previous sample there.
    @discardableResult
    public func write(to folder: URL) throws -> (files: Int, bytes: Int) {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            guard entries.contains(Self.marker) else { throw SampleError.notASample(folder.path) }
            try manager.removeItem(at: folder)
        }
        let files = self.files()
        var folders = Set<String>([""])
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") { path = path[..<slash]; folders.insert(String(path)) }
        }
        for sub in folders.sorted() {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let base = folder.path + "/"
        let failures = ParallelMap.map(files.map { ($0.path,
            Data($0.text.utf8)) }) { OutputWriter.writeFile(base + $0.0, $0.1) }
        if let failure = failures.compactMap({ $0 }).first { throw SampleError.io(failure) }
        _ = OutputWriter.writeFile(base + Self.marker,
            Data("Written by `sapha sample`; replaced by the next `sapha sample` into this folder.\n".utf8))
        return (files.count, files.reduce(0) { $0 + $1.text.utf8.count })
    }
}

/// A small, fast, seedable generator (SplitMix64), so samples do not depend on the platform.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
}
