import Testing
@testable import PassCore

/// The words of particular findings: what a support person reads.
struct MessageTests {
    func message(_ kind: PayloadKind, _ edits: [Edit], at path: String) throws -> String {
        let found = findings(try Edit.apply(edits, to: Bases.value(kind)), as: kind)
        return try #require(found.first { $0.path.description == path }).message
    }

    @Test func anUnknownKeySuggestsTheFieldItsSpellingIsClosestTo() throws {
        let edu = RuleCase.edu
        #expect(try message(.batch, [.set("\(edu).with_honors", true)], at: "\(edu).with_honors")
            == #""with_honors" is not a field of an education item's fields; did you mean "with_honours"?"#)
        #expect(try message(.batch, [.set("\(edu).Course_Name", "x")], at: "\(edu).Course_Name")
            .hasSuffix(#"did you mean "course_name"?"#))
    }

    @Test func anUnknownKeyFarFromEveryFieldListsTheFields() throws {
        let message = try message(.careerHistory, [.set("$.fields.employer", "x")], at: "$.fields.employer")
        #expect(message.hasSuffix("its fields are full_name, employment"))
    }

    @Test func aHugeUnknownKeyIsShortenedInTheMessage() throws {
        let key = String(repeating: "k", count: 5_000)
        let found = findings(try Edit.apply([.set("$.fields[\"\(key)\"]", 1)], to: Bases.value(.careerHistory)), as: .careerHistory)
        #expect(found.count == 1)
        #expect((found.first?.message.count ?? .max) < 400)
    }

    @Test func aKeyInTheWrongPlaceSaysWhereItBelongs() throws {
        #expect(try message(.careerHistory, [.set("$.fields.partner_chain", [])], at: "$.fields.partner_chain")
            == #""partner_chain" is not a field of the career history's fields; put it beside fields: a career history carries its partner_chain there, not inside fields"#)
        #expect(try message(.batch, [.set("\(RuleCase.uc).partner_chain", [])], at: "\(RuleCase.uc).partner_chain")
            .hasSuffix("a universal credential has no partner_chain; remove it"))
    }

    @Test func aBooleanOfAnotherTypeSaysToWriteTrueOrFalse() throws {
        let path = "\(RuleCase.edu2).awaiting_graduation"
        #expect(try message(.batch, [.set(path, "yes")], at: path)
            == #"awaiting_graduation must be true or false, found a string ("yes"); write true or false, without quotes"#)
        #expect(try message(.batch, [.set(path, 1)], at: path)
            == "awaiting_graduation must be true or false, found a number (1); write true or false")
    }

    @Test func aListExampleIsWrittenAsAList() throws {
        #expect(try message(.batch, [.set("\(RuleCase.edu).majors", nil)], at: "\(RuleCase.edu).majors")
            == #"majors may not be null; leave it out or give an array of strings: the majors, one per entry, e.g. ["Computer Science"]"#)
    }

    @Test func aNumberWhereAStringBelongsSaysToQuoteIt() throws {
        #expect(try message(.batch, [.set("\(RuleCase.edu).conferral_year", 2024)], at: "\(RuleCase.edu).conferral_year")
            == #"conferral_year must be a string, found a number (2024); write it in quotes, e.g. "2024""#)
    }

    @Test func aQuotedBooleanSaysToDropTheQuotes() throws {
        #expect(try message(.batch, [.set("\(RuleCase.edu).with_honours", "False")], at: "\(RuleCase.edu).with_honours")
            == #"with_honours must be true or false, found a string ("False"); write false without quotes"#)
    }

    @Test func aSingleMajorSaysToPutItInBrackets() throws {
        #expect(try message(.batch, [.set("\(RuleCase.edu).majors", "IT")], at: "\(RuleCase.edu).majors")
            == #"majors must be an array of strings, found a string; put it in brackets: ["IT"]"#)
    }

    @Test func aNonObjectChainEntryShowsAnEntry() throws {
        #expect(try message(.batch, [.set("\(RuleCase.edu).partner_chain[0]", "ABC")], at: "\(RuleCase.edu).partner_chain[0]")
            == #"expected a partner_chain entry (a JSON object such as {"name": "ABC University Network"}), found a string"#)
    }

    @Test func nullWhereNotAllowedSaysWhatToGive() throws {
        #expect(try message(.batch, [.set("\(RuleCase.micro).issue_date", nil)], at: "\(RuleCase.micro).issue_date")
            == #"issue_date may not be null; give a string: the day it was issued, e.g. "2024-04-30""#)
        #expect(try message(.batch, [.set("\(RuleCase.micro).expiry_date", nil)], at: "\(RuleCase.micro).expiry_date")
            .hasPrefix("expiry_date may not be null; leave it out or give a string"))
    }

    @Test func aChoiceInTheWrongCaseSaysHowToWriteIt() throws {
        #expect(try message(.batch, [.set("\(RuleCase.eng).test_scores.cefr_scores.reading", "c1")],
                            at: "\(RuleCase.eng).test_scores.cefr_scores.reading")
            == #""c1" is not a valid CEFR level; write it exactly as "C1""#)
        #expect(try message(.microcredential, [.set("$.credential_type", "Education")], at: "$.credential_type")
            == #""Education" is not a valid credential_type; it must be "microcredential""#)
        #expect(try message(.batch, [.set("$.english_proficiency_items[0].assets[0].asset_type", "png")],
                            at: "$.english_proficiency_items[0].assets[0].asset_type")
            == #""png" is not a valid asset_type for english_proficiency_items; it must be "pdf""#)
    }

    @Test(arguments: [
        ("2024/04/30", #"write it as "2024-04-30""#),
        ("2024-4-3", #"write it as "2024-04-03""#),
        ("30/04/2024", #"write it as "2024-04-30""#),
        ("04/30/2024", #"write it as "2024-04-30""#),
        ("04/05/2024", #"write it like "2024-04-30""#),
        ("April 30", #"write it like "2024-04-30""#),
        (" 2024-04-30", #"has spaces around it; write "2024-04-30""#),
    ])
    func aDateInAnotherLayoutIsRewrittenWhenItIsUnambiguous(_ text: String, _ advice: String) throws {
        let path = "\(RuleCase.micro).issue_date"
        #expect(try message(.batch, [.set(path, .string(text))], at: path).hasSuffix(advice))
    }

    @Test func aMonthIsRewrittenToo() throws {
        let path = "$.fields.employment[0].start_date"
        #expect(try message(.careerHistory, [.set(path, "1/2020")], at: path).hasSuffix(#"write it as "2020-01""#))
    }

    @Test func aDayThatDoesNotExistNamesTheDaysTheMonthHas() throws {
        let path = "\(RuleCase.micro).issue_date"
        #expect(try message(.batch, [.set(path, "2023-02-29")], at: path)
            == #""2023-02-29" is not a real date: February 2023 has days 01 to 28"#)
        #expect(try message(.batch, [.set(path, "2024-13-01")], at: path)
            == #""2024-13-01" is not a real date: 13 is not a month; months run 01 to 12"#)
    }

    @Test func anExpiryBeforeItsIssueNamesBothDates() throws {
        let path = "\(RuleCase.micro).expiry_date"
        #expect(try message(.batch, [.set(path, "2024-01-01")], at: path)
            == "expiry_date 2024-01-01 is before issue_date 2024-04-30; it must be on or after 2024-04-30")
    }

    @Test func aLowerCaseCountryCodeSaysHowToWriteIt() throws {
        let path = "\(RuleCase.rtw2).country"
        #expect(try message(.batch, [.set(path, "au")], at: path)
            == #""au" must be written "AU": country codes are two upper-case letters (ISO 3166-1 alpha-2)"#)
    }

    @Test func aDuplicateNameInAChainPointsAtItsFirstPlace() throws {
        let edu = RuleCase.edu
        #expect(try message(.batch, [.set("\(edu).partner_chain[1].name", "ABC University Network")],
                            at: "\(edu).partner_chain[1].name")
            == #""ABC University Network" is already in this chain at \#(edu).partner_chain[0].name; list each intermediary once"#)
    }

    @Test func helpTextsKeepTheirAcronyms() throws {
        let path = "\(RuleCase.eng).test_scores.cefr_scores"
        #expect(try message(.batch, [.remove(path)], at: path).contains("add a CEFR level per skill"))
    }
}
