import ArgumentParser
import YunoSimCore
import YunoSimRun

struct EventsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One row per event: type, type_event, trigger value and source (seed table, docs, or both)."
    )

    @Flag(help: "Print a JSON array of objects instead of a table.")
    var json = false

    func run() async throws {
        let entries = EventCatalogue.yuno.entries
        if json {
            let rows: [JSONValue] = entries.map { entry in
                [
                    "type": .string(entry.name.type),
                    "type_event": .string(entry.name.typeEvent),
                    "wire_type_event": .string(entry.wireTypeEvent),
                    "trigger": entry.trigger.map(JSONValue.string) ?? .null,
                    "source": .string(entry.source.rawValue),
                    "variants": .array(entry.variants.map(JSONValue.string)),
                ]
            }
            FileOutput.standardOutput.write(JSONValue.array(rows).prettyText)
            return
        }
        let header = ["TYPE", "TYPE_EVENT", "TRIGGER", "SOURCE", "VARIANTS"]
        let rows = entries.map { entry in
            [entry.name.type, entry.name.typeEvent, entry.trigger ?? "-", entry.source.rawValue,
             entry.variants.isEmpty ? "-" : entry.variants.joined(separator: ",")]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let cells = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            FileOutput.standardOutput.line(cells.joined(separator: "  "))
        }
    }
}
