import ComposerKit
import Testing
@testable import TerminalUI

/// The faults and endpoint menus on their own: keys in, their state and effects out.
struct MenuUpdateTests {
    static let faults = [DemoFault(id: "drop", title: "Drop the next upload", isOn: false),
                         DemoFault(id: "expire", title: "Expire the next links", isOn: true)]

    @Test func theFaultsMenuSwitchesTheChosenFaultAndReadsThemAgain() {
        var menu = FaultsMenu()
        #expect(menu.loading)
        menu.receive(Self.faults)
        #expect(!menu.loading)
        #expect(menu.handle(.key(.down)).isEmpty)
        let effects = menu.handle(.key(.char(" ")))
        #expect(effects == [.notify(Notice(.info, "Expire the next links: off.")), .set(id: "expire", on: false)])
        #expect(menu.faults[1].isOn == false)
        #expect(menu.handle(.key(.escape)) == [.close])
    }

    @Test func aShorterListKeepsTheChoiceOnIt() {
        var menu = FaultsMenu()
        menu.receive(Self.faults)
        _ = menu.handle(.key(.down))
        menu.receive(Array(Self.faults.prefix(1)))
        #expect(menu.selected == 0)
    }

    @Test func theEndpointMenuChoosesASandboxAtOnceAndProductionOnceConfirmed() {
        var menu = EndpointMenu(choices: [SubmitFixture.sandbox, SubmitFixture.production], current: SubmitFixture.sandbox)
        #expect(menu.selected == 0)
        #expect(menu.handle(.key(.enter)) == [.choose(SubmitFixture.sandbox)])
        _ = menu.handle(.key(.down))
        #expect(menu.handle(.key(.enter)).isEmpty)
        #expect(menu.confirm != nil)
        _ = menu.handle(.key(.left))
        #expect(menu.handle(.key(.enter)) == [.choose(SubmitFixture.production)])
        #expect(menu.confirm == nil)
        #expect(menu.handle(.key(.escape)) == [.close])
    }
}
