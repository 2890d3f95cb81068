#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The check of asset files before anything is sent: each declared asset
/// has a file, each file exists, is a regular file (not a FIFO, a device or
/// `/dev/zero`), is readable, is within the size limit, and its bytes are of
/// its declared type. Findings carry the path of the declaration, so the
/// composer can show them on the asset's field.
public struct AssetPreflight: Sendable {
    public var sizeLimit: Int

    public init(sizeLimit: Int = ModelRules.standard.maximumAssetSize) {
        self.sizeLimit = sizeLimit
    }

    /// The files for `declarations` from `paths` (asset id → file path),
    /// and what is wrong. A file for an undeclared asset id is an error; a
    /// declared asset without a file is an error unless `only` leaves it out.
    public func check(
        declarations: [AssetDeclaration], paths: [String: String], only: Set<String>? = nil
    ) -> (files: [AssetFile], findings: [Finding]) {
        var files: [AssetFile] = []
        var findings: [Finding] = []
        for declaration in declarations where only?.contains(declaration.assetID) ?? true {
            guard let path = paths[declaration.assetID] else {
                findings.append(Finding(.error, .assetFileMissing, at: declaration.path,
                                        "asset \(declaration.assetID) (\(declaration.type.displayName)) has no file; add --asset \(declaration.assetID)=PATH"))
                continue
            }
            var file = AssetFile(assetID: declaration.assetID, path: path, type: declaration.type)
            let (size, problems) = check(file, at: declaration.path, holderName: declaration.holderName)
            file.size = size
            findings += problems
            files.append(file)
        }
        let declared = Set(declarations.map(\.assetID))
        for id in paths.keys.sorted() where !declared.contains(id) {
            let known = declarations.map(\.assetID)
            findings.append(Finding(.error, .assetFileUnknown, at: .root,
                                    "a file is given for asset \(id), which the payload does not declare"
                                        + (known.isEmpty ? "; it declares no assets" : "; declared assets: " + known.joined(separator: ", "))))
        }
        return (files, findings)
    }

    /// Checks one file; returns its size when it could be read.
    /// What a file is, judged as the upload will judge it: its size and the
    /// asset type its first bytes show, or why it cannot be uploaded at all.
    public struct Look: Sendable, Equatable {
        public var size: Int64?
        public var type: AssetType?
        public var problem: String?
        /// The rule a problem breaks.
        public var rule: RuleID?
        public var head: [UInt8] = []
        /// For a file that starts as JSON: what an offline check of it as an OpenCert found.
        public var openCert: OpenCertVerdict?
    }

    /// Looks at the file at `path`: exists, regular (no FIFO, device or
    /// directory), readable, not empty, within the size limit; its type by
    /// its first bytes.
    public func inspect(_ path: String) -> Look {
        func problem(_ rule: RuleID, _ text: String, size: Int64? = nil) -> Look {
            Look(size: size, type: nil, problem: text, rule: rule)
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            switch errno {
            case ENOENT, ENOTDIR: return problem(.assetFileUnreadable, "no such file")
            case EACCES, EPERM: return problem(.assetFileUnreadable, "permission denied; check the file's permissions")
            default: return problem(.assetFileUnreadable, String(cString: strerror(errno)))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return problem(.assetFileUnreadable, String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return problem(.assetFileUnreadable, "is a directory; name the file itself")
        default: return problem(.assetFileUnreadable, "is not a regular file (a device, FIFO or socket); name a saved file")
        }
        let size = Int64(info.st_size)
        if size == 0 { return problem(.assetFileSize, "the file is empty", size: size) }
        if size > Int64(sizeLimit) {
            return problem(.assetFileSize, "the file is \(ByteCount.text(Int(size))); the largest accepted is \(ByteCount.text(sizeLimit))",
                           size: size)
        }
        var head = [UInt8](repeating: 0, count: FileSignature.headLength)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, FileSignature.headLength, 0) }
        if n < 0 { return problem(.assetFileUnreadable, String(cString: strerror(errno)), size: size) }
        head.removeLast(head.count - n)
        let type = AssetType.allCases.first { FileSignature.matches(head, $0) }
        var look = Look(size: size, type: type, problem: nil, rule: nil, head: head)
        if type == .openCert {
            do {
                look.openCert = OpenCertVerdict(checking: try FileReader.read(path, limit: Self.openCertReadLimit))
            } catch {
                return problem(.assetFileSize, "\(error) (an OpenCert document is read whole to check it)", size: size)
            }
        }
        return look
    }

    /// Checks one file for its declaration; `holderName` is compared with an
    /// OpenCert's recipient.
    public func check(_ file: AssetFile, at path: JSONPath = .root, holderName: String? = nil) -> (size: Int64?, findings: [Finding]) {
        let look = inspect(file.path)
        if let problem = look.problem, let rule = look.rule {
            return (nil, [Finding(.error, rule, at: path, "\(file.path): \(problem)")])
        }
        let size = look.size
        let head = look.head
        if !FileSignature.matches(head, file.type) {
            let seen = FileSignature.guess(head).map { "it looks like \($0)" } ?? "its first bytes are not those of one"
            return (size, [Finding(.error, .assetFileType, at: path,
                                   "\(file.path): asset \(file.assetID) is declared as \(file.type.displayName), but \(seen); choose the right file or change asset_type")])
        }
        if file.type == .openCert, let verdict = look.openCert {
            if let reason = FileSignature.openCertProblem(verdict) {
                return (size, [Finding(.error, .assetFileType, at: path,
                                       "\(file.path): asset \(file.assetID) is declared as OpenCert, but \(reason)")])
            }
            return (size, OpenCertRules.findings(verdict, holderName: holderName, at: path, subject: file.path + ": the OpenCert"))
        }
        return (size, [])
    }

    /// OpenCert files are JSON and are parsed whole (and checked offline); they are small.
    public static let openCertReadLimit = 32 << 20
}

extension RuleID {
    public static let assetFileMissing: RuleID = "asset.file-missing"
    public static let assetFileUnknown: RuleID = "asset.file-unknown"
    public static let assetFileUnreadable: RuleID = "asset.file-unreadable"
    public static let assetFileSize: RuleID = "asset.file-size"
    public static let assetFileType: RuleID = "asset.file-type"
}
