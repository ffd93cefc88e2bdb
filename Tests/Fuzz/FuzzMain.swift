// The fuzz target: every input goes through `FuzzEntry.run` (decoding, front matter, YAML,
// the decoders, inline references, Markdown, search words, output escapers, and the
// invariants they must keep). Built with libFuzzer by `scripts/fuzz` (`-DFUZZING`): main
// hands over to libFuzzer's driver. Without it, main replays the files given as arguments
// (how a crash found by the fuzzer is reproduced).
import Foundation
import SaphaTestSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.run(data.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main
struct FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzzOne(data, size) }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzEntry.run(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        print("replayed \(CommandLine.arguments.count - 1) input(s)")
        #endif
    }
}
