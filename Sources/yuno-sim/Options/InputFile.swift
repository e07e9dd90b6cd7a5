import Foundation
import YunoSimCore

/// Reads a file named on the command line, or standard input for `-` or no name.
enum InputFile {
    static func read(_ path: String?, flag: String) throws(InputError) -> [UInt8] {
        guard let path, path != "-" else {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "it is not readable" : "no such file"
            throw InputError("cannot read \(flag) '\(path)': \(reason)")
        }
        return Array(data)
    }
}
