import Testing
import PassCore
@testable import ComposerKit

struct NewDocumentTests {
    @Test func newBatchFollowsTheSeedIdConvention() {
        let state = newBatchState()
        #expect(state.document.requestID == batchID)
        #expect(state.value(JSONPath.root.appending("digital_identity").appending("credential_id")) == .string(batchID + "-1"))
    }

    @Test func newBatchIsInvalidUntilItCarriesACredentialAndAName() {
        let state = newBatchState()
        #expect(state.rules(at: .root).contains(.batchEmpty))
        #expect(state.rules(at: Templates.holderNamePath) == [.required])
        #expect(!state.canSubmit)
    }

    @Test func addedItemsGetNumberedIdsPerSection() {
        var state = newBatchState()
        state.apply(.addItem(.microcredential))
        state.apply(.addItem(.microcredential))
        state.apply(.addItem(.education))
        state.apply(.addItem(.careerHistory))
        #expect(state.value(ItemRef.item(.microcredential, 0).path.appending("credential_id")) == .string(batchID + "-micro-1"))
        #expect(state.value(ItemRef.item(.microcredential, 1).path.appending("credential_id")) == .string(batchID + "-micro-2"))
        #expect(state.value(ItemRef.item(.education, 0).path.appending("credential_id")) == .string(batchID + "-edu-1"))
        #expect(state.value(ItemRef.item(.careerHistory, nil).path.appending("credential_id")) == .string(batchID + "-ch"))
        #expect(state.selection == .item(.careerHistory, nil))
    }

    @Test func assetIdsFollowTheItemId() {
        var state = newBatchState()
        state.apply(.addItem(.microcredential))
        let assets = ItemRef.item(.microcredential, 0).path.appending("assets")
        state.apply(.addListElement(assets))
        state.apply(.addListElement(assets))
        #expect(state.value(assets.appending(0).appending("asset_id")) == .string(batchID + "-micro-1-asset"))
        #expect(state.value(assets.appending(1).appending("asset_id")) == .string(batchID + "-micro-1-asset-2"))
        #expect(state.value(assets.appending(0).appending("asset_type")) == .string("pdf"))
    }

    @Test(arguments: PayloadKind.allCases)
    func everyKindStartsWithAnEditableForm(_ kind: PayloadKind) {
        let state = ComposerState(document: Templates.newDocument(kind, ids: .sequential()))
        #expect(!state.rows.isEmpty)
        #expect(state.rows.contains { $0.path.lastKey == "full_name" })
    }

    @Test(arguments: [PayloadKind.batch, .microcredential, .careerHistory])
    func aNewDocumentStartsOnTheHoldersName(_ kind: PayloadKind) {
        // Not on a single request's credential_type, which has one possible value.
        let state = ComposerState(document: Templates.newDocument(kind, ids: .sequential()))
        #expect(state.focusedPath?.lastKey == "full_name", "\(String(describing: state.focusedPath))")
        var replaced = newBatchState()
        replaced.apply(.replaceDocument(Templates.newDocument(kind, ids: .sequential())))
        #expect(replaced.focusedPath?.lastKey == "full_name", "after New… from the palette")
    }
}

struct NamePropagationTests {
    @Test func theHolderNameFlowsToEveryItemThatCarriedIt() {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "John Doe"))
        state.apply(.addItem(.education))
        state.apply(.addItem(.microcredential))
        let edu = ComposerState.field(.item(.education, 0), "full_name")
        let micro = ComposerState.field(.item(.microcredential, 0), "full_name")
        #expect(state.value(edu) == "John Doe")
        state.apply(.setText(Templates.holderNamePath, "John A. Doe"))
        #expect(state.value(edu) == "John A. Doe")
        #expect(state.value(micro) == "John A. Doe")
    }

    @Test func anItemCanOverrideTheNameAndThenShowsTheWarning() {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "John Doe"))
        state.apply(.addItem(.education))
        let edu = ComposerState.field(.item(.education, 0), "full_name")
        state.apply(.setText(edu, "Jon Doe"))
        #expect(state.rules(at: edu) == [.nameMismatch])
        state.apply(.setText(Templates.holderNamePath, "Johnny Doe"))
        #expect(state.value(edu) == "Jon Doe", "an overridden name stays")
    }
}

struct EditingTests {
    @Test func clearingAnOptionalFieldRemovesItFromThePayload() {
        var state = newBatchState()
        state.apply(.addItem(.microcredential))
        let expiry = ComposerState.field(.item(.microcredential, 0), "expiry_date")
        state.apply(.setText(expiry, "2026-01-01"))
        #expect(state.value(expiry) == "2026-01-01")
        state.apply(.setText(expiry, ""))
        #expect(state.value(expiry) == nil)
        #expect(!String(decoding: state.body, as: UTF8.self).contains("expiry_date"))
    }

    @Test func aWrongDateIsFlaggedAtItsFieldAndFixingItClearsIt() {
        var state = newBatchState()
        state.apply(.addItem(.microcredential))
        let issued = ComposerState.field(.item(.microcredential, 0), "issue_date")
        state.apply(.setText(issued, "2024-02-30"))
        #expect(state.rules(at: issued) == [.dateCalendar])
        #expect(state.outline.first { $0.ref == .item(.microcredential, 0) }?.errors ?? 0 > 0)
        state.apply(.setText(issued, "2024-02-29"))
        #expect(state.rules(at: issued).isEmpty)
    }

    @Test func conditionalRowsAppearWhenTheyApply() {
        var state = newBatchState()
        state.apply(.addItem(.education))
        #expect(!state.rows.contains { $0.path.lastKey == "majors" })
        state.apply(.setBool(ComposerState.field(.item(.education, 0), "has_majors"), true))
        #expect(state.rows.contains { $0.path.lastKey == "majors" })
        #expect(state.rules(at: ComposerState.field(.item(.education, 0), "majors")) == [.majors])
        state.apply(.addItem(.rightToWork))
        #expect(!state.rows.contains { $0.path.lastKey == "singapore_work_rights" })
        state.apply(.setText(ComposerState.field(.item(.rightToWork, 0), "country"), "SG"))
        #expect(state.rows.contains { $0.path.lastKey == "singapore_work_rights" })
        #expect(state.rules(at: ComposerState.field(.item(.rightToWork, 0), "singapore_work_rights")) == [.singaporeRights])
    }

    @Test func typingIntoOneFieldIsOneUndoStep() {
        var state = newBatchState()
        for prefix in ["J", "Jo", "Joh", "John"] {
            state.apply(.setText(Templates.holderNamePath, prefix))
        }
        state.apply(.undo)
        #expect(state.value(Templates.holderNamePath) == "")
        state.apply(.redo)
        #expect(state.value(Templates.holderNamePath) == "John")
    }

    @Test func unknownMembersShowAsRowsAndCanBeRemoved() throws {
        var value = Templates.newDocument(.batch, ids: .sequential()).value
        value.set("x", at: JSONPath.root.appending("digital_identity").appending("fields").appending("nickname"))
        var state = ComposerState(document: ComposerDocument(kind: .batch, value: value))
        let path = JSONPath.root.appending("digital_identity").appending("fields").appending("nickname")
        let row = try #require(state.rows.first { $0.path == path })
        #expect(row.control == .unknownKey)
        #expect(state.rules(at: path) == [.unknownKey])
        state.apply(.removeMember(path))
        #expect(state.value(path) == nil)
    }
}

struct ItemListTests {
    @Test func deleteThenUndoBringsTheItemBack() {
        var state = newBatchState()
        state.apply(.addItem(.education))
        let course = ComposerState.field(.item(.education, 0), "course_name")
        state.apply(.setText(course, "BSc"))
        state.apply(.deleteItem(.item(.education, 0)))
        #expect(state.document.count(of: .education) == 0)
        #expect(state.selection == .holder)
        state.apply(.undo)
        #expect(state.value(course) == "BSc")
        #expect(state.selection == .item(.education, 0))
    }

    @Test func duplicateGetsFreshIdsAndReorderMovesWithinTheSection() {
        var state = newBatchState()
        state.apply(.addItem(.microcredential))
        let assets = ItemRef.item(.microcredential, 0).path.appending("assets")
        state.apply(.addListElement(assets))
        state.apply(.setText(ComposerState.field(.item(.microcredential, 0), "microcredential_name"), "First"))
        state.apply(.duplicateItem(.item(.microcredential, 0)))
        let copyID = state.value(ItemRef.item(.microcredential, 1).path.appending("credential_id"))
        #expect(copyID == .string(batchID + "-micro-2"))
        #expect(state.value(ItemRef.item(.microcredential, 1).path.appending("assets").appending(0).appending("asset_id"))
                == .string(batchID + "-micro-2-asset"))
        #expect(!state.findings.contains { $0.rule == .idUnique || $0.rule == .assetIDUnique })
        state.apply(.setText(ComposerState.field(.item(.microcredential, 1), "microcredential_name"), "Second"))
        state.apply(.moveItem(.item(.microcredential, 1), by: -1))
        #expect(state.value(ComposerState.field(.item(.microcredential, 0), "microcredential_name")) == "Second")
        #expect(state.selection == .item(.microcredential, 0))
    }
}

struct PartnerChainEditingTests {
    @Test func chainEditsSurfaceTheirRulesAndAnEmptyChainIsNotSent() {
        var state = newBatchState()
        state.apply(.addItem(.education))
        let ref = ItemRef.item(.education, 0)
        state.apply(.setText(ComposerState.field(ref, "education_provider"), "University A"))
        let chain = ref.path.appending("fields").appending("partner_chain")
        state.apply(.addListElement(chain))
        #expect(state.focusedPath == chain.appending(0).appending("name"))
        #expect(state.rules(at: chain.appending(0).appending("name")) == [.chainBlank])
        state.apply(.setText(chain.appending(0).appending("name"), "ABC University Network"))
        state.apply(.addListElement(chain))
        state.apply(.setText(chain.appending(1).appending("name"), "University A"))
        #expect(state.rules(at: chain.appending(1).appending("name")) == [.chainIssuer])
        state.apply(.setText(chain.appending(1).appending("name"), "abc university network"))
        #expect(state.rules(at: chain.appending(1).appending("name")) == [.chainDuplicate])
        state.apply(.setText(chain.appending(1).appending("name"), "Foo University Group"))
        state.apply(.moveListElement(chain, from: 1, to: 0))
        #expect(state.value(chain.appending(0).appending("name")) == "Foo University Group")
        state.apply(.removeListElement(chain, 0))
        state.apply(.removeListElement(chain, 0))
        #expect(state.value(chain) == .array([]))
        #expect(state.canonical[path: chain] == nil, "an empty chain is omitted from what is sent")
    }

    @Test func careerHistoryChainStandsBesideFields() {
        var state = ComposerState(document: Templates.newDocument(.careerHistory, ids: .sequential()))
        let chain = JSONPath.root.appending("partner_chain")
        #expect(state.rows.contains { $0.control == .add(list: chain, noun: "intermediary") })
        state.apply(.addListElement(chain))
        state.apply(.setText(chain.appending(0).appending("name"), "Agency"))
        #expect(state.canonical.objectValue?.keys == ["credential_id", "fields", "partner_chain"])
    }
}
