import Dispatch

/// Maps over an array on all cores, keeping the input order in the result.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let slots = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values()
    }
}

/// Raw storage where each slot is written by exactly one iteration, and read only after
/// `concurrentPerform` has returned; no two threads ever touch the same slot.
private final class ResultSlots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R?>
    private let count: Int

    package init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<R?>.allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    package func set(_ index: Int, _ value: R) { base[index] = value }
    package func values() -> [R] { (0..<count).map { base[$0]! } }
}
