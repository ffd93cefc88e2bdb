/// What staff read for one kind of problem, in English and Thai, with how to fix it. Texts
/// may hold `{name}` placeholders, filled when a diagnostic is made (`MessageCatalogue`).
package struct MessageText: Sendable {
    package var en: String
    package var th: String
    package var fixEN: String?
    package var fixTH: String?
    /// Other fixes a call site may give instead of the usual one, by name (e.g. "did you
    /// mean …?" when a close match exists).
    package var alternatives: [String: Bilingual]

    package init(en: String, th: String, fixEN: String? = nil, fixTH: String? = nil,
                 alternatives: [String: Bilingual] = [:]) {
        self.en = en
        self.th = th
        self.fixEN = fixEN
        self.fixTH = fixTH
        self.alternatives = alternatives
    }
}

/// The message catalogue of one stage: an enum whose cases are its messages and whose raw
/// values are their stable codes (`E-…` errors, `W-…` warnings, `N-…` notices, `T-…` texts used inside
/// other messages). Diagnostics carry the code; `docs/messages.md` lists every message of
/// every stage, Thai first, for review (`MessageCatalogues.all`).
package protocol MessageCatalogue: RawRepresentable<String>, CaseIterable, Sendable {
    /// The stage, as the heading of its section in `docs/messages.md`.
    static var stage: String { get }
    var text: MessageText { get }
    /// Every message of the catalogue with its code, in declaration order.
    static var entries: [(code: String, text: MessageText)] { get }
}

extension MessageCatalogue {
    package static var entries: [(code: String, text: MessageText)] { allCases.map { ($0.rawValue, $0.text) } }

    package var code: String { rawValue }

    package var severity: Severity {
        rawValue.hasPrefix("W-") ? .warning : rawValue.hasPrefix("N-") ? .notice : .error
    }

    /// The message with its placeholders filled: `values` are the same in both languages,
    /// `terms` differ by language (a word of the catalogue, e.g. "meeting number").
    package func message(_ values: [String: String] = [:], terms: [String: Bilingual] = [:]) -> Bilingual {
        Bilingual(en: Self.fill(text.en, values, terms, \.en), th: Self.fill(text.th, values, terms, \.th))
    }

    /// The usual fix, or the alternative named `alternative`, filled like the message.
    package func fix(_ values: [String: String] = [:], terms: [String: Bilingual] = [:],
                     alternative: String? = nil) -> Bilingual? {
        let fix: Bilingual?
        if let alternative {
            fix = text.alternatives[alternative]
            assert(fix != nil, "\(rawValue) has no fix named \(alternative)")
        } else {
            fix = text.fixEN.map { Bilingual(en: $0, th: text.fixTH ?? $0) }
        }
        return fix.map { Bilingual(en: Self.fill($0.en, values, terms, \.en), th: Self.fill($0.th, values, terms,
            \.th)) }
    }

    /// A diagnostic of this message at `location`, its severity given by the code.
    package func at(_ location: SourceLocation, _ values: [String: String] = [:], terms: [String: Bilingual] = [:],
                    fix alternative: String? = nil) -> Diagnostic {
        Diagnostic(severity, code: code, at: location, message(values, terms: terms),
                   fix: fix(values, terms: terms, alternative: alternative))
    }

    /// `text` with each `{name}` replaced by its value; a name with no value stays as written.
    static func fill(_ text: String, _ values: [String: String], _ terms: [String: Bilingual],
                     _ language: KeyPath<Bilingual, String>) -> String {
        guard text.containsByte(UInt8(ascii: "{")) else { return text }
        var out = ""
        var rest = text[...]
        // Over the UTF-8 view: finding a character walks grapheme clusters, slow over Thai text.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
              let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            let name = String(rest[rest.index(after: open)..<close])
            out += rest[..<open]
            if let value = values[name] {
                out += value
            } else if let term = terms[name] {
                out += term[keyPath: language]
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
