import Testing
@testable import PassCore

/// The asset types each section accepts, as SPEC §2 lists them, tried
/// against every type there is and one there is not.
struct AssetTypeTests {
    static let accepted: [String: [String]] = [
        "education_items": ["pdf", "open_cert"],
        "microcredential_items": ["pdf", "jpg", "png", "open_cert"],
        "english_proficiency_items": ["pdf"],
        "universal_credential_items": ["pdf", "png"],
    ]
    static let types = ["pdf", "jpg", "png", "open_cert", "gif"]

    @Test(arguments: accepted.keys.sorted(), types)
    func anAssetTypeIsAcceptedExactlyWhereTheSpecSaysSo(_ section: String, _ type: String) throws {
        let path = "$.\(section)[0].assets[0].asset_type"
        let found = findings(try Edit.apply([.set(path, .string(type))], to: Bases.value(.batch)), as: .batch)
        if Self.accepted[section]?.contains(type) == true {
            #expect(found.isEmpty, "\(found.map(\.description))")
        } else {
            #expect(found.map(Expected.init) == [Expected(.assetType, path)])
            #expect(found.first?.message.contains("for \(section)") == true)
        }
    }

    @Test func theSectionsTakingNoAssetsHaveNoAssetsField() {
        for section in [BatchSection.digitalIdentity, .rightToWork, .careerHistory] {
            #expect(section.assetTypes.isEmpty)
            #expect(PayloadSchemas.standard.items[section]?.field("assets") == nil)
        }
    }

    @Test func eachAssetTypeUploadsWithItsContentType() {
        #expect(AssetType.allCases.map(\.contentType) == ["application/pdf", "image/jpeg", "image/png", "application/json"])
    }
}
