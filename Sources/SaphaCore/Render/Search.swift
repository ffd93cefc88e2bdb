import CThaiWords
import Foundation
import SaphaSupport
import SaphaTemplates

/// The search index of one district in one language (`<lang>/<district>/search.json`),
/// read by the theme's `search.js` on the district's search page.
///
/// Thai is written without spaces between words, so whitespace splitting finds nothing
/// inside a sentence and Pagefind does not segment Thai into searchable words
/// (shared/notes/toolchain-facts.md). Sapha splits text into words with ICU's dictionary
/// segmenter — the same words a browser's `Intl.Segmenter("th")` gives for the query — so
/// `จราจร` finds `การแก้ไขปัญหาการจราจร`.
///
/// Format: `{"docs":[[href,title,kind,date],…],"terms":{"word":[doc,…],…}}`, documents
/// newest first, words sorted, each list of documents ascending. `kind`: 0 meeting,
/// 1 issue, 2 report.
package struct SearchIndex {
    let env: RenderEnvironment

    static func path(_ language: Language, _ slug: String) -> String { "\(language.rawValue)/\(slug)/search.json" }

    struct Document {
        var href: String
        var title: String
        var kind: Int
        var date: Day
        var dateLabel: String
        var text: [String]
    }

    /// The documents of a district's index. With `sourcesOnly`, a body is given as its
    /// Markdown source followed by the titles of what it references — everything its plain
    /// text is made from — which is enough for the page cache's key and skips cmark.
    func documents(_ language: Language, _ d: LinkedDistrict, sourcesOnly: Bool = false) -> [Document] {
        let c = PageContext(env: env, language: language)
        let slug = d.district.slug
        func body(_ thai: MarkdownBody, _ english: MarkdownBody?) -> String {
            let body = language == .en ? (english ?? thai) : thai
            if sourcesOnly {
                return ([body.source] + body.references.map { c.referenceTitle(d, $0) }).joined(separator: "\u{0}")
            }
            return Self.plainText(body) { c.referenceTitle(d, body.references[$0]) }
        }
        var docs: [Document] = []
        for meeting in d.district.meetings {
            var text = [c.meetingLabel(meeting), meeting.number ?? ""]
            text += [meeting.title, meeting.location, meeting.reason].compactMap { $0?.text(language) }
            text += meeting.agenda.map { $0.text(language) }
            text.append(body(meeting.body, meeting.bodyEN))
            docs.append(Document(href: c.urls.href(.meeting(language, slug, meeting.id)),
                                 title: c.meetingLabel(meeting) + (meeting.title.map { " — " + $0.text(language) }
                                     ?? ""),
                                 kind: 0, date: meeting.date, dateLabel: c.day(meeting.date)!, text: text))
        }
        for issue in d.district.issues {
            var text = [issue.title.text(language), c.label(issue.category), c.label(issue.status)]
            text += [issue.location, issue.responsible, issue.referredTo].compactMap { $0?.text(language) }
            text.append(body(issue.body, issue.bodyEN))
            docs.append(Document(href: c.urls.href(.issue(language, slug, issue.id)), title: issue.title.text(language),
                                 kind: 1, date: issue.opened, dateLabel: c.day(issue.opened)!, text: text))
        }
        for report in d.district.reports {
            let title = "\(c.i18n["report.title-prefix"]) \(c.dates.month(report.period, language))"
            var text = [title, c.label(report.status)]
            if let obstacles = report.obstacles { text.append(obstacles.text(language)) }
            text += report.updates.compactMap { $0.note?.text(language) }
            text.append(body(report.body, report.bodyEN))
            docs.append(Document(href: c.urls.href(.report(language, slug, report.id)), title: title,
                                 kind: 2, date: report.date, dateLabel: c.day(report.date)!, text: text))
        }
        // Newest first; the page lists matches in this order.
        return docs.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// What the index is a function of, for the page cache.
    static func hash(_ documents: [Document]) -> UInt64 {
        var hash = ContentHash()
        hash.add(Array("search-index-v2".utf8))
        for doc in documents {
            for field in [doc.href, doc.title, String(doc.kind),
                doc.dateLabel] + doc.text { hash.add(Array(field.utf8)) }
            hash.add([0])
        }
        return hash.value
    }

    static func index(_ docs: [Document]) -> Data {
        var postings = Postings()
        var words = WordSplitter()
        // A text met again (a status, a category, a section's name, a note repeated month after
        // month) is not split again: its words are those found the first time. Keyed by a hash
        // of its bytes, confirmed by comparing them (hashing a String normalises Thai: slower).
        var seen: [UInt64: [(text: String, words: [Int32])]] = [:]
        for (n, doc) in docs.enumerated() {
            let document = Int32(n)
            for text in doc.text {
                var hash = ContentHash()
                hash.add(text)
                if let known = seen[hash.value]?.first(where: { $0.text.hasSameBytes(as: text) }) {
                    for word in known.words { postings.add(word: word, document: document) }
                    continue
                }
                var found: [Int32] = []
                words.forEachWordUnits(in: text) { found.append(postings.add($0, document: document)) }
                seen[hash.value, default: []].append((text, found))
            }
        }
        let terms = postings.terms()
        var json: [UInt8] = Array("{\"docs\":[".utf8)
        json.reserveCapacity(1 << 16)
        for (n, doc) in docs.enumerated() {
            if n > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            JSONString.append(doc.href, to: &json)
            json.append(UInt8(ascii: ","))
            JSONString.append(doc.title, to: &json)
            json += Array(",\(doc.kind),".utf8)
            JSONString.append(doc.dateLabel, to: &json)
            json.append(UInt8(ascii: "]"))
        }
        json += Array("],\"terms\":{".utf8)
        for (n, (word, documents)) in terms.enumerated() {
            if n > 0 { json.append(UInt8(ascii: ",")) }
            JSONString.append(word, to: &json)
            json += Array(":[".utf8)
            for (k, document) in documents.enumerated() {
                if k > 0 { json.append(UInt8(ascii: ",")) }
                JSONString.append(decimal: Int(document), to: &json)
            }
            json.append(UInt8(ascii: "]"))
        }
        json += Array("}}\n".utf8)
        return Data(json)
    }

    /// A body's text without Markdown, inline references replaced by what they point at.
    package static func plainText(_ body: MarkdownBody, reference: (Int) -> String) -> String {
        let text = body.plain
        guard !body.references.isEmpty else { return text }
        return InlineReferences.substitute(text, count: body.references.count) { index,
            _ in " " + reference(index) + " " }
    }
}

/// Splits text into normalised search words with ICU (see `SearchIndex`). Words are
/// lower-cased, Thai digits become ASCII digits (so ๒๕๖๖ and 2566 match), and words longer
/// than 40 characters are skipped (ids, URLs, runs of symbols).
package struct WordSplitter {
    /// One ICU iterator for all the texts this splitter is given (opening one costs more than
    /// splitting a short text); not shared between threads.
    private final class Iterator {
        let pointer = sapha_words_open()
        deinit { sapha_words_close(pointer) }
    }

    private let iterator = Iterator()

    package init() {}
    private var bounds = [Int32](repeating: 0, count: 2 * 4096)
    /// The text as UTF-16 (what ICU reads), and one normalised word: reused from text to text.
    private var units: [UInt16] = []
    private var word: [UInt16] = []

    package static let maximumLength = 40

    package mutating func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWordUnits(in: text) { body(String(decoding: $0, as: UTF16.self)) }
    }

    /// Each word, normalised, as UTF-16 units (valid only during the call).
    package mutating func forEachWordUnits(in text: String, _ body: (UnsafeBufferPointer<UInt16>) -> Void) {
        guard !text.isEmpty else { return }
        Self.utf16(text, into: &units)
        guard units.count < Int32.max / 2 else { return }
        let pointer = iterator.pointer
        var found = units.withUnsafeBufferPointer { sapha_words_split(pointer, $0.baseAddress, Int32($0.count),
            &bounds, Int32(bounds.count / 2)) }
        if found > bounds.count / 2 {
            bounds = [Int32](repeating: 0, count: 2 * Int(found))
            found = units.withUnsafeBufferPointer { sapha_words_split(pointer, $0.baseAddress, Int32($0.count),
                &bounds, Int32(bounds.count / 2)) }
        }
        guard found > 0 else { return }
        for w in 0..<Int(found) {
            let start = Int(bounds[2 * w]), end = Int(bounds[2 * w + 1])
            guard end - start <= Self.maximumLength else { continue }
            Self.normalise(units[start..<end], into: &word)
            word.withUnsafeBufferPointer(body)
        }
    }

    /// The UTF-16 units of `text`, decoded from its UTF-8. (`Array(text.utf16)` first counts
    /// the units, which for Thai text builds an index of the whole string.)
    static func utf16(_ text: String, into units: inout [UInt16]) {
        units.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x1_0000 {
                units.append(UInt16(truncatingIfNeeded: value))
            } else {
                units.append(UInt16(truncatingIfNeeded: 0xD800 + ((value - 0x1_0000) >> 10)))
                units.append(UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF)))
            }
        }
    }

    /// Lower case, and Thai digits as ASCII digits. ASCII and Thai are mapped unit by unit;
    /// a word with other letters goes through `lowercased()`.
    static func normalise(_ units: ArraySlice<UInt16>, into word: inout [UInt16]) {
        word.removeAll(keepingCapacity: true)
        if units.allSatisfy({ $0 < 0x80 || (0x0E00...0x0E7F).contains($0) }) {
            for unit in units {
                switch unit {
                case 0x41...0x5A: word.append(unit + 0x20)
                case 0x0E50...0x0E59: word.append(unit - 0x0E50 + 0x30)
                default: word.append(unit)
                }
            }
            return
        }
        let lowered = String(decoding: units, as: UTF16.self).lowercased()
        word.append(contentsOf: String(String.UnicodeScalarView(lowered.unicodeScalars.map { scalar in
            (0x0E50...0x0E59).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x0E50 + 0x30)! : scalar
        })).utf16)
    }
}

/// The words of an index and the documents each is in. A hash table over the words' UTF-16
/// units, each distinct word stored once: a word seen again is found without allocating.
struct Postings {
    /// The units of every distinct word, one after the other; word `w` is
    /// `units[starts[w]..<starts[w + 1]]`.
    private var units: [UInt16] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// The documents of each word, ascending.
    private var documents: [[Int32]] = []
    /// Open addressing: a word's number plus one, 0 when free. Its size is a power of two,
    /// at most half full.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// Lists `document` for `word`, and returns the word's number (for `add(word:document:)`).
    /// Documents come in ascending order, so a word already listed for `document` is last.
    @discardableResult
    mutating func add(_ word: UnsafeBufferPointer<UInt16>, document: Int32) -> Int32 {
        var contentHash = ContentHash()
        contentHash.add(UnsafeRawBufferPointer(word))
        let hash = contentHash.value
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while slots[slot] != 0 {
            let w = Int(slots[slot]) - 1
            if hashes[w] == hash, units[starts[w]..<starts[w + 1]].elementsEqual(word) {
                add(word: Int32(w), document: document)
                return Int32(w)
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(documents.count + 1)
        units.append(contentsOf: word)
        starts.append(units.count)
        hashes.append(hash)
        documents.append([document])
        if documents.count * 2 > slots.count { grow() }
        return Int32(documents.count - 1)
    }

    /// Lists `document` for the word numbered `word` (what `add(_:document:)` returned).
    mutating func add(word: Int32, document: Int32) {
        if documents[Int(word)].last != document { documents[Int(word)].append(document) }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (w, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(w + 1)
        }
    }

    /// Every word with its documents, sorted by word.
    func terms() -> [(word: String, documents: [Int32])] {
        documents.indices.map { w in (String(decoding: units[starts[w]..<starts[w + 1]], as: UTF16.self),
            documents[w]) }
            .sorted { $0.word < $1.word }
    }
}
