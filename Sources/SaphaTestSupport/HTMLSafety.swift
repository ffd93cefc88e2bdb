/// The HTML-safety checker of the fuzz harness and the hostile-content tests: a failed
/// check is a crash (`precondition`), which libFuzzer reports with the input.
package enum HTMLSafety {
    /// HTML from content never carries script, frames, event handlers or script URLs: every
    /// tag in it is parsed (text may mention `javascript:`; a tag may not use it).
    package static let contentTags: Set<String> = ["script", "iframe", "object", "embed", "style", "form", "meta",
        "base",
        "svg", "math"]

    /// `forbidden`: tags that must not appear (a whole page may have the theme's own forms).
    package static func check(_ html: String, forbidden: Set<String> = contentTags) {
        let chars = Array(html.lowercased().unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<" else { i += 1; continue }
            i += 1
            var name = ""
            while i < chars.count, chars[i] != ">", chars[i] != " ", chars[i] != "\n",
                chars[i] != "\t" { name.unicodeScalars.append(chars[i]); i += 1 }
            precondition(!forbidden.contains(name), "unsafe tag <\(name)")
            // Attributes: name[=value], value quoted or not.
            while i < chars.count, chars[i] != ">" {
                if chars[i] == " " || chars[i] == "\n" || chars[i] == "\t" || chars[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < chars.count,
                    !" \n\t=>".unicodeScalars.contains(chars[i]) { attribute.unicodeScalars.append(chars[i]); i += 1 }
                var value = ""
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]
                        i += 1
                        while i < chars.count, chars[i] != quote { value.unicodeScalars.append(chars[i]); i += 1 }
                        i += 1
                    } else {
                        while i < chars.count, !" \n\t>".unicodeScalars.contains(chars[i]) {
                            value.unicodeScalars.append(chars[i])
                            i += 1
                        }
                    }
                }
                precondition(!attribute.hasPrefix("on"), "event handler \(attribute) in <\(name)>")
                if ["href", "src", "action", "formaction", "xlink:href"].contains(attribute) {
                    let url = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 }))
                    // Case-insensitive: the whole page was lowercased above.
                    for scheme in ["javascript:", "vbscript:", "data:"] { precondition(!url.hasPrefix(scheme),
                            "script URL in <\(name) \(attribute)>") }
                    // Nothing loads from another host (MarkdownURLs): images are local or links.
                    if attribute == "src" {
                        precondition(!url.hasPrefix("http:") && !url.hasPrefix("https:") && !url.hasPrefix("//") &&
                            !url.hasPrefix("/\\"),
                                     "a resource from another host in <\(name) src>")
                    }
                }
                if attribute.isEmpty { i += 1 }
            }
            i += 1
        }
    }
}
