import Foundation

/// Bytes written straight to standard output (file descriptor 1), after whatever `print` holds
/// in its buffer: a large answer is written as its writer hands it over, never made into one
/// `String` (which would check and copy every byte once more).
enum StandardOutput {
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        // What `print` buffered goes first, so that the two keep their order.
        fflush(nil)
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Foundation.write(STDOUT_FILENO, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nobody reads the rest (as `print` would find)
            }
            p += n
            left -= n
        }
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }
}
