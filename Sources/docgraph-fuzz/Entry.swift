import CorpusSynthesis
import Foundation

#if FUZZING
internal import CFuzzerDriver

/// Under libFuzzer (`-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address`, see README, "Fuzzing")
/// the arguments are libFuzzer's: a corpus folder, `-max_total_time=`, …
@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzHarness.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }
}
#else
/// Without libFuzzer the target replays saved inputs (`docgraph-fuzz FILE...`), so a crasher can be
/// reproduced in a debugger or under valgrind.
@main
enum Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: docgraph-fuzz FILE...  (replays fuzz inputs; see README, \"Fuzzing\")\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: cannot read this file\n".utf8))
                exit(1)
            }
            FuzzHarness.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif
