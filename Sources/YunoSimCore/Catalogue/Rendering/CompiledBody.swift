import Foundation

/// A body reduced to fixed byte runs and slots: rendering copies the runs and writes each
/// slot's value, with no JSON tree and no Foundation on the way.
struct CompiledBody: Sendable {
    private enum Piece: Sendable {
        case bytes([UInt8])
        case slot(Slot)
    }

    private let pieces: [Piece]
    private let sizeHint: Int

    init(tree: JSONValue, slots: [Slot]) {
        var compiler = Compiler(slots: slots)
        compiler.append(tree)
        compiler.flush()
        pieces = compiler.pieces
        sizeHint = compiler.fixedSize + slots.count * 40
    }

    func render(seed: UInt64, retry: Int, time: Date) -> [UInt8] {
        let input = RenderInput(seed: seed, retry: retry, micros: Timestamp.microseconds(time))
        var out: [UInt8] = []
        out.reserveCapacity(sizeHint)
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): out.append(contentsOf: bytes)
            case .slot(let slot): slot.write(input, to: &out)
            }
        }
        return out
    }

    private struct Compiler {
        let slots: [Slot]
        var pieces: [Piece] = []
        var pending: [UInt8] = []
        var fixedSize = 0

        init(slots: [Slot]) { self.slots = slots }

        mutating func flush() {
            guard !pending.isEmpty else { return }
            fixedSize += pending.count
            pieces.append(.bytes(pending))
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
