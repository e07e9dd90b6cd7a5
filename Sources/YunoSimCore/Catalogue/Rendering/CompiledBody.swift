import Foundation

/// A body reduced to fixed byte runs and slots: rendering copies the runs and writes each
/// slot's value, with no JSON tree and no Foundation on the way.
struct CompiledBody: Sendable {
    private enum Piece: Sendable {
        /// A run of `fixed`.
        case bytes(Range<Int>)
        case slot(Slot)
    }

    private let pieces: [Piece]
    /// Every fixed run, back to back: one buffer rather than one array per run.
    private let fixed: [UInt8]
    private let sizeHint: Int

    init(tree: JSONValue, slots: [Slot]) {
        var compiler = Compiler(slots: slots)
        compiler.append(tree)
        compiler.flush()
        pieces = compiler.pieces
        fixed = compiler.fixed
        sizeHint = compiler.fixed.count + slots.count * 40
    }

    func render(seed: UInt64, retry: Int, time: Date) -> [UInt8] {
        let input = RenderInput(seed: seed, retry: retry, micros: Timestamp.microseconds(time))
        var out: [UInt8] = []
        out.reserveCapacity(sizeHint)
        fixed.withUnsafeBufferPointer { fixed in
            pieces.withUnsafeBufferPointer { pieces in
                for index in pieces.indices {
                    switch pieces[index] {
                    case .bytes(let range): out.append(contentsOf: UnsafeBufferPointer(rebasing: fixed[range]))
                    case .slot(let slot): slot.write(input, to: &out)
                    }
                }
            }
        }
        return out
    }

    private struct Compiler {
        let slots: [Slot]
        var pieces: [Piece] = []
        var pending: [UInt8] = []
        var fixed: [UInt8] = []

        init(slots: [Slot]) { self.slots = slots }

        mutating func flush() {
            guard !pending.isEmpty else { return }
            pieces.append(.bytes(fixed.count..<fixed.count + pending.count))
            fixed.append(contentsOf: pending)
            pending = []
        }

        mutating func append(_ value: JSONValue) {
            switch value {
            case .string(let text):
                if let index = BodyBuilder.slotIndex(text, count: slots.count) {
                    flush()
                    pieces.append(.slot(slots[index]))
                } else {
                    value.write(to: &pending)
                }
            case .array(let elements):
                pending.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { pending.append(UInt8(ascii: ",")) }
                    append(element)
                }
                pending.append(UInt8(ascii: "]"))
            case .object(let object):
                pending.append(UInt8(ascii: "{"))
                for (index, (key, member)) in object.enumerated() {
                    if index > 0 { pending.append(UInt8(ascii: ",")) }
                    JSONValue.writeString(key, to: &pending)
                    pending.append(UInt8(ascii: ":"))
                    append(member)
                }
                pending.append(UInt8(ascii: "}"))
            default:
                value.write(to: &pending)
            }
        }
    }
}
