import Foundation
import SaphaCore
import SaphaSupport

/// One fuzz input through everything that reads untrusted bytes: decoding, the front-matter
/// splitter, YAML and the decoder of one file type, the inline-reference parser, Markdown,
/// the search tokenizer and every output escaper; then checks what must hold whatever the
/// input. Used by the `sapha-fuzz` target (libFuzzer) and by tests that replay its finds.
public enum FuzzEntry {
    /// The first byte picks the file type; the rest is the file.
    public static func run(_ input: Data) {
        guard let selector = input.first else { return }
        let bytes = input.dropFirst()
        var diagnostics = Diagnostics()
        guard case .success(let file) = SourceFile.decode(Data(bytes), displayPath: "content/fuzz.md") else { return }
        var bodies: [MarkdownBody] = []
        var texts: [String] = []
        switch selector % 8 {
        case 0:
            if let m = Decoders.meeting(id: "fuzz", thai: file, english: nil, diagnostics: &diagnostics) {
                bodies.append(m.body)
                texts += [m.title?.th, m.location?.th, m.reason?.th,
                    m.onlineLink].compactMap { $0 } + m.agenda.map(\.th)
            }
        case 1:
            if let i = Decoders.issue(id: "fuzz", thai: file, english: nil, diagnostics: &diagnostics) {
                bodies.append(i.body)
                texts += [i.title.th, i.location?.th, i.responsible?.th, i.traffy].compactMap { $0 }
            }
        case 2:
            if let r = Decoders.report(id: "fuzz", thai: file, english: nil, diagnostics: &diagnostics) {
                bodies.append(r.body)
                texts += r.updates.compactMap { $0.note?.th }
            }
        case 3:
            _ = Decoders.committee(file, diagnostics: &diagnostics)
        case 4:
            var district = District(info: DistrictRegistry.all[0])
            Decoders.district(file, into: &district, diagnostics: &diagnostics)
        case 5:
            _ = Decoders.site(file, diagnostics: &diagnostics)
        case 6:
            // A translation next to a valid Thai file.
            let thai = SourceFile(path: "content/thai.md",
                text: "---\ndate: 2023-01-01\nmode: online\nstatus: held\n---\nข้อความ\n")
            if let m = Decoders.meeting(id: "fuzz", thai: thai, english: file,
                    diagnostics: &diagnostics), let english = m.bodyEN {
                bodies.append(english)
            }
        default:
            // The body alone, as Markdown with references.
            let context = FileContext(path: file.path)
            bodies.append(InlineReferences.prepare(file.text, firstLine: 1, context: context))
            texts.append(file.text)
        }
        for diagnostic in diagnostics.items {
            precondition(diagnostic.location.line >= 0 && diagnostic.location.column >= 0, "negative location")
            _ = diagnostic.description
        }
        for body in bodies {
            let html = Markdown.html(body, link: { "<a href=\"/ref/\($0)\">ref</a>" }, plain: { "ref \($0)" })
            HTMLSafety.check(html)
            // The marks of stray `[[` (ReferenceScan) never leave the markup layer.
            precondition(!html.unicodeScalars.contains { $0 == "\u{E002}" || $0 == "\u{E003}" }
                && !body.plain.unicodeScalars.contains { $0 == "\u{E002}" || $0 == "\u{E003}" }, "a mark leaked")
            // What a body expands to is bounded by its size (MarkdownLimits): references at
            // most 4 MB (×3 for escaping), otherwise a constant factor of the input.
            precondition(html.utf8.count <= 64 * bytes.count + 3 * MarkdownLimits.maximumReferenceExpansion + 65_536,
                         "output out of proportion to the input")
            var words = WordSplitter()
            words.forEachWord(in: SearchIndex.plainText(body) { _ in "ref" }) { word in
                precondition(!word.isEmpty && word.count <= WordSplitter.maximumLength * 2, "bad search word")
            }
        }
        for text in texts {
            precondition(!HTMLEscape.escape(text).contains("<"), "unescaped HTML")
            let xml = XMLText.escape(text)
            precondition(!xml.contains("<") && !xml.unicodeScalars.contains { $0.value < 0x09 }, "unescaped XML")
            let ics = MeetingCalendar.text(text)
            precondition(!ics.contains("\n") && !ics.contains("\r"), "a calendar value starts a new line")
            for line in MeetingCalendar.fold("SUMMARY:" + ics).components(separatedBy: "\r\n") {
                precondition(line.utf8.count <= 75, "a calendar line over 75 octets")
            }
            let cell = OpenData.cell(text)
            if let first = cell.unicodeScalars.first.map(String.init) {
                precondition(!["=", "+", "-", "@", "\t", "\r"].contains(first), "a CSV cell can start a formula")
            }
            let json = JSONString.quote(text)
            precondition(!json.contains("<") && !json.contains("\n"), "unescaped JSON")
        }
    }
}
