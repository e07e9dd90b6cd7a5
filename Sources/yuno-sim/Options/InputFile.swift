import Foundation
import YunoSimCore

/// Reads a file named on the command line, or standard input for `-` or no name.
enum InputFile {
    static func read(_ path: String?, flag: String) throws(InputError) -> [UInt8] {
        guard let path, path != "-" else {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        switch FileContents.read(path) {
        case .success(let data): return Array(data)
        case .failure(let reason): throw InputError("cannot read \(flag) '\(path)': \(reason)")
        }
    }
}
