import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A JUnit file parsed back with Foundation's `XMLParser`: its suites, cases and failures.
final class JUnitDocument: NSObject, XMLParserDelegate {
    struct TestCase {
        var name: String
        var classname: String
        var time: Double?
        var failure: String?
        var error: String?
    }

    private(set) var rootAttributes: [String: String] = [:]
    private(set) var suites: [[String: String]] = []
    private(set) var cases: [TestCase] = []
    private(set) var properties: [String: String] = [:]

    struct Invalid: Error { var detail: String }

    init(contentsOf url: URL) throws {
        super.init()
        let parser = try XMLParser(data: Data(contentsOf: url))
        parser.delegate = self
        guard parser.parse() else { throw Invalid(detail: parser.parserError.map { "\($0)" } ?? "unknown") }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "testsuites": rootAttributes = attributes
        case "testsuite": suites.append(attributes)
        case "property": properties[attributes["name"] ?? ""] = attributes["value"]
        case "testcase":
            cases.append(TestCase(name: attributes["name"] ?? "", classname: attributes["classname"] ?? "",
                                  time: attributes["time"].flatMap(Double.init)))
        case "failure": cases[cases.count - 1].failure = attributes["message"]
        case "error": cases[cases.count - 1].error = attributes["message"]
        default: break
        }
    }
}
