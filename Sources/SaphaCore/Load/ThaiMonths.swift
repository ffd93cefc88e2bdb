import SaphaSupport

/// The names of the months as Thai staff write them in a date: in full (`มกราคม`), abbreviated
/// (`ม.ค.`, with or without the dots), or shortened as people say them (`มกรา`). The common
/// misspelling `กรกฏาคม` (ฏ for ฎ) is a name too: it can mean nothing else.
enum ThaiMonths {
    static let names = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    static let abbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    static let spoken = ["มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
                         "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา"]
    /// For messages that spell a day out in English (`3 April 2023`).
    static let english = ["January", "February", "March", "April", "May", "June",
                          "July", "August", "September", "October", "November", "December"]

    /// Every accepted spelling, without dots or spaces, to its month (1–12).
    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, spellings) in zip(names, zip(abbreviations, spoken)).enumerated() {
            for spelling in [spellings.0, spellings.1.0, spellings.1.1] { table[key(spelling)] = index + 1 }
        }
        table[key("กรกฏาคม")] = 7
        table[key("กรกฏา")] = 7
        return table
    }()

    /// A word as it is looked up: no dots, no spaces, and no leading `เดือน` ("month").
    static func key(_ word: String) -> String {
        var scalars = word.unicodeScalars.filter { $0 != "." && !$0.properties.isWhitespace }
        let month = Array("เดือน".unicodeScalars)
        if scalars.count > month.count, Array(scalars.prefix(month.count)) == month { scalars.removeFirst(month.count) }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The month a word names, 1–12.
    static func month(_ word: String) -> Int? { months[key(word)] }

    /// The month a misspelt name most likely means, for a "did you mean" (full and spoken
    /// names only: two-letter abbreviations are all one letter from each other).
    static func closest(to word: String) -> Int? {
        let candidates = names + spoken
        guard let found = Suggest.closest(to: key(word), in: candidates) else { return nil }
        return months[key(found)]
    }
}
