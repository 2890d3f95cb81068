import Testing
@testable import ComposerKit

@Test func moduleLoads() { #expect(Bool(true)) }
