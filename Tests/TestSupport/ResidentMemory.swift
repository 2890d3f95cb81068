import Foundation
#if canImport(Darwin)
import Darwin
#endif

/// The resident memory of this process, on every platform the package declares.
public enum ResidentMemory {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Bytes resident now.
    public static func current() throws -> Int {
        #if os(Linux)
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            if let kib = line.split(separator: " ").compactMap({ Int($0) }).first { return kib * 1024 }
        }
        throw Unavailable(description: "/proc/self/status has no VmRSS line")
        #elseif canImport(Darwin)
        var info = mach_task_basic_info()
        var count = mach_msg_type_number_t(MemoryLayout<mach_task_basic_info>.size / MemoryLayout<natural_t>.size)
        let result = withUnsafeMutablePointer(to: &info) {
            $0.withMemoryRebound(to: integer_t.self, capacity: Int(count)) {
                task_info(mach_task_self_, task_flavor_t(MACH_TASK_BASIC_INFO), $0, &count)
            }
        }
        guard result == KERN_SUCCESS else { throw Unavailable(description: "task_info failed: \(result)") }
        return Int(info.resident_size)
        #else
        throw Unavailable(description: "no way to read resident memory on this platform")
        #endif
    }
}
