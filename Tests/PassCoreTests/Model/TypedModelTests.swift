import Testing
@testable import PassCore

/// Payloads built as Swift values: what they send, and what decoding refuses.
struct TypedModelTests {
    static let holder = "Mei Ling Tan"

    static func batch() -> BatchRequest {
        BatchRequest(
            credentialID: "b-1",
            digitalIdentity: CredentialItem(credentialID: "b-1-id", fields: DigitalIdentityFields(fullName: holder)),
            educationItems: [
                CredentialItem(credentialID: "b-1-edu-1", fields: EducationFields(
                    fullName: holder, educationProvider: "University of Melbourne", courseName: "Master of Data Science",
                    conferralYear: nil, awaitingGraduation: true, partnerChain: [])),
            ])
    }

    @Test func aBatchSendsTheAlwaysSentSectionsAndNothingEmptyElse() throws {
        let body = Self.batch().json()
        #expect(body.objectValue?.keys == [
            "credential_id", "digital_identity", "education_items", "microcredential_items", "english_proficiency_items",
        ])
        #expect(body["microcredential_items"] == [] && body["english_proficiency_items"] == [])
        #expect(Validator.standard.validate(body, as: .batch).isEmpty)
    }

    @Test func conferralYearIsSentAsNullWhileAwaitingAndAnEmptyChainIsNotSent() throws {
        let fields = try #require(Self.batch().json()["education_items"]?.arrayValue?.first?["fields"]?.objectValue)
        #expect(fields.keys == ["full_name", "education_provider", "course_name", "conferral_year", "awaiting_graduation"])
        #expect(fields["conferral_year"] == .null)
    }

    @Test func aCareerHistoryIsSentOnlyWhenThereIsOne() throws {
        var batch = Self.batch()
        #expect(batch.json()["career_history"] == nil)
        batch.careerHistory = CareerHistoryRequest(
            credentialID: "b-1-ch",
            fields: .init(fullName: Self.holder, employment: [
                Employment(organisation: "Company A", roleTitle: "Engineer", startDate: "2020-01", lastProcessedMonth: "2024-05"),
            ]),
            partnerChain: [PartnerChainEntry(name: "Recruitment Network")])
        let career = try #require(batch.json()["career_history"]?.objectValue)
        #expect(career.keys == ["credential_id", "fields", "partner_chain"])
        #expect(batch.sections == [.digitalIdentity, .education, .careerHistory])
        #expect(Validator.standard.validate(batch.json(), as: .batch).isEmpty)
    }

    @Test func aSingleRequestWithoutADocumentSendsNull() throws {
        let request = SingleMicrocredentialRequest(
            id: "s-1", documentType: .none,
            data: .init(credential: MicrocredentialFields(fullName: Self.holder, issuerName: "ExampleProvider",
                                                          microcredentialName: "Skill Test #3", issueDate: "2024-08-31"),
                        document: nil))
        let expected = """
        {
          "id": "s-1",
          "credential_type": "microcredential",
          "document_type": "none",
          "data": {
            "credential": {
              "full_name": "Mei Ling Tan",
              "issuer_name": "ExampleProvider",
              "microcredential_name": "Skill Test #3",
              "issue_date": "2024-08-31"
            },
            "document": null
          }
        }

        """
        #expect(request.body() == Array(expected.utf8))
    }

    @Test func decodingTheBasesKeepsEverythingButExplicitOptionalNulls() throws {
        let batch = try Bases.value(.batch)
        let typed = try BatchRequest(json: batch)
        // end_date: null reads as nil and is then left out; both mean the current job.
        let withoutNull = try Edit.apply([.remove("$.career_history.fields.employment[1].end_date")], to: batch)
        #expect(typed.body() == CanonicalJSON.standard.body(withoutNull, as: .batch))
        #expect(try SingleMicrocredentialRequest(json: Bases.value(.microcredential)).body()
            == CanonicalJSON.standard.body(try Bases.value(.microcredential), as: .microcredential))
        #expect(try CareerHistoryRequest(json: Bases.value(.careerHistory)).body()
            == CanonicalJSON.standard.body(try Bases.value(.careerHistory), as: .careerHistory))
    }

    @Test func decodingRefusesUnknownKeysAndWrongTypesWithTheirPaths() throws {
        let value = try Edit.apply([.set("\(RuleCase.edu).with_honors", true), .set("\(RuleCase.micro).issue_date", 20240430)],
                                   to: Bases.value(.batch))
        do {
            _ = try BatchRequest(json: value)
            Issue.record("decoding should fail")
        } catch {
            #expect(Set(error.findings.map(Expected.init)) == [
                Expected(.unknownKey, "\(RuleCase.edu).with_honors"), Expected(.type, "\(RuleCase.micro).issue_date"),
            ])
        }
    }

    @Test func decodingLeavesTheOtherRulesToTheValidator() throws {
        let value = try Edit.apply([.set("\(RuleCase.micro).expiry_date", "2020-01-01")], to: Bases.value(.batch))
        #expect(try BatchRequest(json: value).microcredentialItems.first?.fields.expiryDate == "2020-01-01")
    }

    @Test func decodingBytesThatAreNotJSONSaysSo() {
        do {
            _ = try CareerHistoryRequest(bytes: Array("{\"credential_id\": ".utf8))
            Issue.record("decoding should fail")
        } catch {
            #expect(error.findings.first?.message.hasPrefix("not JSON: line 1, column 19") == true)
        }
    }
}
