import ArgumentParser
import YunoSimRun

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rebuild the summary and reports of a run from its journal.",
        discussion: """
            Reads a journal written by `run --journal` (also one cut short by Ctrl-C or a \
            crash), prints the summary and writes the requested reports, as `run` would have. \
            Journals record each scenario's expectations; a journal without them is checked \
            for every event being delivered, and the reports say so.
            Exit 0 when every expectation held, 1 when one did not or the run was interrupted, \
            2 when the journal cannot be read.

            Example:
              yuno-sim report attempts.jsonl --junit report.xml --html report.html
            """
    )

    @Argument(help: ArgumentHelp("A journal written by `yuno-sim run --journal`.", valueName: "journal"))
    var journal: String

    @OptionGroup var reports: ReportOptions

    func run() throws {
        try ExitStatus.finish(JournalReport(journal: journal, reports: reports.files).run())
    }
}
