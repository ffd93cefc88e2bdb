import SaphaSupport

/// A date or a month as staff write it, taken apart before anything is decided: which part
/// is the day, the month and the year, and the year as written (`2566`, `2023`, `66`). Which
/// era the year is in, and whether the form is accepted, is `DateParsing`'s decision.
///
/// The forms it reads, with Thai digits (๐–๙) as well as 0–9:
/// - year first: `2566-01-31`, `2023-1-31`, `2566/01/31`; a month: `2566-01`
/// - day first: `31/01/2566`, `31-01-66`, `31.01.2566`; a month: `01/2566` (four-digit year)
/// - a Thai month name: `5 มกราคม 2567`, `วันที่ 5 ม.ค. พ.ศ. 2567`, `มิ.ย. 66`, `เดือนมิถุนายน 2566`
struct WrittenDate: Equatable {
    enum Order: Equatable {
        case yearFirst, dayFirst, monthName
    }

    enum Era: Equatable {
        case buddhist, christian
    }

    var order: Order
    var day: Int?
    var month: Int
    /// The year as written: four digits, or two (`66`).
    var year: Int
    var yearDigits: Int
    /// `พ.ศ.` or `ค.ศ.` written before the year.
    var era: Era?

    enum Parsed: Equatable {
        case date(WrittenDate)
        /// Thai letters where a month name belongs that name no month; `guess` is the date
        /// with the month the word most likely means.
        case unknownMonth(word: String, guess: WrittenDate?)
        case unreadable
    }

    static func parse(_ text: String) -> Parsed {
        let text = ThaiScript.foldingDigits(text).trimmed
        if let numeric = numeric(text) { return numeric }
        return named(text)
    }

    // MARK: Numbers only

    /// `2566-01-31`, `31/01/2566`, `2566-01`, `01/2566`: one kind of separator, digits between.
    private static func numeric(_ text: String) -> Parsed? {
        if let iso = iso(text) { return .date(iso) }
        let separators: Set<Character> = ["-", "/", "."]
        guard let separator = text.first(where: { separators.contains($0) }),
              text.allSatisfy({ $0 == separator || $0.isASCII && $0.isNumber }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return .unreadable }
        let numbers = parts.map { Int($0)! }
        let short = { (index: Int) in parts[index].count <= 2 }
        switch parts.count {
        case 3 where parts[0].count == 4 && short(1) && short(2):
            return .date(WrittenDate(order: .yearFirst, day: numbers[2], month: numbers[1], year: numbers[0],
                                     yearDigits: 4))
        case 3 where short(0) && short(1) && [2, 4].contains(parts[2].count):
            return .date(WrittenDate(order: .dayFirst, day: numbers[0], month: numbers[1], year: numbers[2],
                                     yearDigits: parts[2].count))
        case 2 where parts[0].count == 4 && short(1):
            return .date(WrittenDate(order: .yearFirst, month: numbers[1], year: numbers[0], yearDigits: 4))
        // `06/66` could as well be 6 June: a month with a two-digit year needs its name (`มิ.ย. 66`).
        case 2 where short(0) && parts[1].count == 4:
            return .date(WrittenDate(order: .dayFirst, month: numbers[0], year: numbers[1], yearDigits: 4))
        default:
            return .unreadable
        }
    }

    /// `2566-01-31` or `2566-01`, as nearly every file writes dates: read from the bytes, the
    /// same result as the general reading above, without walking Characters.
    private static func iso(_ text: String) -> WrittenDate? {
        var text = text
        return text.withUTF8 { b -> WrittenDate? in
            guard b.count == 10 || b.count == 7 else { return nil }
            func digits(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
                    n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return n
            }
            guard b[4] == UInt8(ascii: "-"), let year = digits(0..<4), let month = digits(5..<7) else { return nil }
            if b.count == 7 { return WrittenDate(order: .yearFirst, month: month, year: year, yearDigits: 4) }
            guard b[7] == UInt8(ascii: "-"), let day = digits(8..<10) else { return nil }
            return WrittenDate(order: .yearFirst, day: day, month: month, year: year, yearDigits: 4)
        }
    }

    // MARK: A Thai month name

    /// `[วันที่] [day] month-name [พ.ศ.|ค.ศ.] year`.
    private static func named(_ text: String) -> Parsed {
        var rest = Substring(text)
        if rest.unicodeScalars.starts(with: "วันที่".unicodeScalars) {
            rest = Substring(rest.unicodeScalars.dropFirst("วันที่".unicodeScalars.count))
        }
        // Digit runs and what lies between them: [digits] words digits.
        var runs: [(digits: Bool, text: String)] = []
        for character in rest.trimmed {
            let digit = character.isASCII && character.isNumber
            if let last = runs.last, last.digits == digit {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((digit, String(character)))
            }
        }
        if runs.first?.digits == false, runs.first?.text.trimmed.isEmpty == true { runs.removeFirst() }
        let dayText: String?
        switch runs.count {
        case 3 where runs[0].digits: dayText = runs[0].text
        case 2 where !runs[0].digits: dayText = nil
        default: return .unreadable
        }
        let words = runs[runs.count - 2].text, yearText = runs[runs.count - 1].text
        guard [2, 4].contains(yearText.count), dayText.map({ $0.count <= 2 }) ?? true,
              let (monthKey, era) = splitEra(words) else { return .unreadable }
        var date = WrittenDate(order: .monthName, day: dayText.map { Int($0)! }, month: 0, year: Int(yearText)!,
                               yearDigits: yearText.count, era: era)
        if let month = ThaiMonths.month(monthKey) {
            date.month = month
            return .date(date)
        }
        let guess = ThaiMonths.closest(to: monthKey).map { month -> WrittenDate in
            date.month = month
            return date
        }
        return .unknownMonth(word: words.trimmed, guess: guess)
    }

    /// The month word (without dots and spaces) and the era written after it (`มิ.ย. พ.ศ.`);
    /// nil unless the words are Thai letters, dots and spaces.
    private static func splitEra(_ words: String) -> (String, Era?)? {
        var key = Array(words.unicodeScalars.filter { $0 != "." && !$0.properties.isWhitespace })
        guard !key.isEmpty, key.allSatisfy(ThaiScript.isLetter) else { return nil }
        var era: Era?
        for (marker, value) in [("พศ", Era.buddhist), ("คศ", .christian)] {
            let marker = Array(marker.unicodeScalars)
            if key.count > marker.count, Array(key.suffix(marker.count)) == marker {
                era = value
                key.removeLast(marker.count)
            }
        }
        return (String(String.UnicodeScalarView(key)), era)
    }
}
