import Foundation

/// A body reduced to a flat list of steps over one buffer of fixed bytes: rendering allocates
/// the output once, at the most the steps can write, and runs the steps through a pointer,
/// with no JSON tree and no Foundation on the way.
///
/// A class, so that the renderer of a run holds one reference per template and an attempt
/// retains at most that, not each of the arrays.
final class CompiledBody: Sendable {
    private let steps: [RenderStep]
    /// Every fixed run and every option of every pick, back to back.
    private let fixed: [UInt8]
    /// Ranges of `fixed`, one per option; a pick step names a run of them.
    private let rows: [Range<Int>]
    /// The most bytes a render can write.
    private let capacity: Int

    init(template: BodyTemplate) {
        var compiler = Compiler()
        compiler.append(template)
        compiler.flush()
        steps = compiler.steps
        fixed = compiler.fixed
        rows = compiler.rows
        capacity = compiler.capacity
    }

    func render(seed: UInt64, retry: Int, time: Date) -> [UInt8] {
        let input = RenderStep.Input(seed: seed, retry: retry, micros: Timestamp.microseconds(time))
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initializedCount in
            guard let start = buffer.baseAddress else { return }
            var cursor = start
            fixed.withUnsafeBufferPointer { fixed in
                rows.withUnsafeBufferPointer { rows in
                    steps.withUnsafeBufferPointer { steps in
                        for step in steps { cursor = step.write(input, fixed: fixed, rows: rows, at: cursor) }
                    }
                }
            }
            initializedCount = cursor - start
            precondition(initializedCount <= buffer.count, "a render outgrew its compiled capacity")
        }
    }

    private struct Compiler {
        var steps: [RenderStep] = []
        var fixed: [UInt8] = []
        var rows: [Range<Int>] = []
        var capacity = 0
        /// Where the fixed bytes not yet covered by a copy step begin.
        private var pendingStart = 0

        /// Ends the current run of fixed bytes with a step that copies it.
        mutating func flush() {
            guard fixed.count > pendingStart else { return }
            steps.append(.copy(pendingStart..<fixed.count))
            capacity += fixed.count - pendingStart
            pendingStart = fixed.count
        }

        mutating func add(_ step: RenderStep, writingAtMost count: Int) {
            flush()
            steps.append(step)
            capacity += count
        }

        mutating func append(_ template: BodyTemplate) {
            switch template {
            case .null: JSONValue.null.write(to: &fixed)
            case .bool(let flag): JSONValue.bool(flag).write(to: &fixed)
            case .integer(let number): JSONValue.integer(number).write(to: &fixed)
            case .double(let number): JSONValue.double(number).write(to: &fixed)
            case .string(let text): JSONValue.writeString(text, to: &fixed)
            case .slot(let slot): append(slot)
            case .array(let elements):
                fixed.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { fixed.append(UInt8(ascii: ",")) }
                    append(element)
                }
                fixed.append(UInt8(ascii: "]"))
            case .object(let object):
                fixed.append(UInt8(ascii: "{"))
                for (index, (key, member)) in object.enumerated() {
                    if index > 0 { fixed.append(UInt8(ascii: ",")) }
                    JSONValue.writeString(key, to: &fixed)
                    fixed.append(UInt8(ascii: ":"))
                    append(member)
                }
                fixed.append(UInt8(ascii: "}"))
            }
        }

        private mutating func append(_ slot: Slot) {
            switch slot {
            case .retry:
                add(.retry, writingAtMost: RenderStep.maxIntegerCount)
            case .text(let parts):
                fixed.append(UInt8(ascii: "\""))
                for part in parts { append(part) }
                fixed.append(UInt8(ascii: "\""))
            case .amount(let variable):
                add(.amount(variable), writingAtMost: RenderStep.maxAmountCount)
            case .integer(let variable, let range):
                // Wrapping: the span of the full Int64 range is 2^64, which reads as 0.
                let span = UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
                let widest = max(ByteRun.integerCount(range.lowerBound), ByteRun.integerCount(range.upperBound))
                add(.integer(variable, lowerBound: range.lowerBound, span: span), writingAtMost: widest)
            }
        }

        private mutating func append(_ part: TextPart) {
            switch part {
            case .literal(let bytes):
                fixed.append(contentsOf: bytes)
            case .uuid(let variable):
                add(.uuid(variable), writingAtMost: RenderStep.uuidCount)
            case .time(let secondsBefore, let jitter):
                add(.time(microsBefore: secondsBefore * 1_000_000, jitter: jitter), writingAtMost: Timestamp.microsecondsCount)
            case .pick(let variable, let options):
                guard !options.isEmpty else { return }
                flush()
                let table = rows.count..<rows.count + options.count
                for option in options {
                    rows.append(fixed.count..<fixed.count + option.count)
                    fixed.append(contentsOf: option)
                }
                // The options are not part of the output: the next fixed run starts after them.
                pendingStart = fixed.count
                add(.pick(variable, rows: table), writingAtMost: options.map(\.count).max() ?? 0)
            case .digits(let variable, let count):
                add(.digits(variable, count: count), writingAtMost: count)
            }
        }
    }
}
