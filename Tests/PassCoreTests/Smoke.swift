import Testing
@testable import PassCore

@Test func moduleLoads() { #expect(Bool(true)) }
