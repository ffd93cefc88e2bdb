/// Closest match for "did you mean" hints.
package enum Suggest {
    /// Ids that start with a year (`2023-05`, a report's month) are compared with the year in
    /// the Gregorian calendar: `2566-05` is `2023-05`, the same month written in the Buddhist era.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let word = gregorian(Array(word.lowercased().unicodeScalars))
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = levenshtein(word, gregorian(Array(candidate.unicodeScalars)))
            if distance <= max(1, candidate.unicodeScalars.count / 3), distance < (best?.1 ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// `text` with a leading Buddhist-era year (four digits from 2400, then `-` or the end)
    /// written in the Gregorian calendar.
    static func gregorian(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.count >= 4, text.count == 4 || text[4] == "-",
              text[..<4].allSatisfy({ ("0"..."9").contains($0) }),
              let year = Int(String(String.UnicodeScalarView(text[..<4]))), year >= 2400 else { return text }
        return Array(String(year - 543).unicodeScalars) + text[4...]
    }

    /// Edit distance where swapping two neighbouring letters ("raod") counts as one edit.
    package static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
