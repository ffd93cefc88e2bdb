import Testing
@testable import SaphaCore
@testable import SaphaSupport
@testable import SaphaTemplates
import SaphaTestSupport

@Suite("Model: calendar values")
struct ModelTests {
    @Test func daysValidateTheCalendar() {
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2023, month: 4, day: 31) == nil)
        #expect(Day(year: 2023, month: 13, day: 1) == nil)
    }

    @Test func ordinalsCountDays() {
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
        #expect(Day(year: 2023, month: 5, day: 2)!.ordinal - Day(year: 2023, month: 2, day: 20)!.ordinal == 71)
        #expect(Day(year: 2022, month: 12, day: 6)!.weekday == 2)  // Tuesday, as the directive's date
    }

    @Test func isoForms() {
        #expect(Day(year: 2023, month: 2, day: 5)!.iso == "2023-02-05")
        #expect(Month(year: 2023, month: 1)!.iso == "2023-01")
        #expect(TimeOfDay(hour: 9, minute: 5)!.description == "09:05")
    }
}
