import SaphaSupport

/// Days and months as the link stage's messages show them: in the Buddhist era in Thai
/// (`2566-02-20`) and in the Gregorian era in English (`2023-02-20`) — both are forms staff
/// may write in a file — and the month arithmetic the checks of the calendar need.
enum CalendarTerms {
    static let buddhistEra = 543

    static func day(_ day: Day) -> Bilingual {
        Bilingual(en: day.iso, th: "\(day.year + buddhistEra)-\(pad(day.month, 2))-\(pad(day.day, 2))")
    }

    static func month(_ month: Month) -> Bilingual {
        Bilingual(en: month.iso, th: "\(month.year + buddhistEra)-\(pad(month.month, 2))")
    }

    /// Consecutive months as one term: `in 2023-04`, or `from 2023-04 to 2023-09`.
    static func months(_ first: Month, _ last: Month) -> Bilingual {
        guard first != last else { return PlausibilityMessage.oneMonth.message(terms: ["month": month(first)]) }
        return PlausibilityMessage.monthRange.message(terms: ["from": month(first), "to": month(last)])
    }

    /// The runs of consecutive months in `months` (sorted, no repeats), each as (first, last).
    static func runs(_ months: [Month]) -> [(first: Month, last: Month)] {
        var runs: [(first: Month, last: Month)] = []
        for month in months {
            if let last = runs.last?.last, last.next == month {
                runs[runs.count - 1].last = month
            } else {
                runs.append((month, month))
            }
        }
        return runs
    }
}
