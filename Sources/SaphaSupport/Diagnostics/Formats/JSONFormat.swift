/// `sapha check --format json`: one JSON document, schema `sapha-check/1` (documented in
/// `docs/check.md`): every diagnostic with its code, severity, file, line, column, and message
/// and fix in both languages; the counts; the drafts. Keys are in a fixed order and
/// diagnostics sorted, so the same content gives the same bytes.
public struct JSONFormat: Sendable {
    public static let schema = "sapha-check/1"

    public init() {}

    public func render(_ diagnostics: [Diagnostic], drafts: [String] = [], strict: Bool = false) -> String {
        let counts = DiagnosticCounts(diagnostics)
        var out = "{\n  \"schema\": \(JSONString.quote(Self.schema)),\n"
        out += "  \"passed\": \(!counts.fails(strict: strict)),\n"
        out += "  \"counts\": {\"errors\": \(counts.errors), \"warnings\": \(counts.warnings), "
            + "\"notices\": \(counts.notices)},\n"
        out += "  \"drafts\": [" + drafts.map(JSONString.quote).joined(separator: ", ") + "],\n"
        out += "  \"diagnostics\": ["
        for (i, diagnostic) in diagnostics.enumerated() {
            let location = diagnostic.location
            out += i == 0 ? "\n" : ",\n"
            out += "    {\"code\": \(JSONString.quote(diagnostic.code)), "
                + "\"severity\": \(JSONString.quote(diagnostic.severity.rawValue)), "
                + "\"file\": \(JSONString.quote(location.file)), \"line\": \(location.line), "
                + "\"column\": \(location.column),\n"
                + "     \"message\": \(Self.bilingual(diagnostic.message)),\n"
                + "     \"fix\": \(diagnostic.fix.map(Self.bilingual) ?? "null")}"
        }
        out += diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    static func bilingual(_ text: Bilingual) -> String {
        "{\"th\": \(JSONString.quote(text.th)), \"en\": \(JSONString.quote(text.en))}"
    }
}
