import Testing
@testable import PassCore

/// Paths as findings show them: `$.a[1].b`, `$["odd key"]`.
struct JSONPathTests {
    @Test(arguments: [
        "$", "$.education_items[1].fields.course_name", #"$["full name"]"#, #"$.a["1st"][0]"#, #"$["quo\"te"]"#,
        #"$["dot.key"].b"#, "$[0][1]",
    ])
    func theTextFormReadsBack(_ text: String) throws {
        let path = try jsonPath(text)
        #expect(path.description == text)
    }

    @Test(arguments: ["", "education_items", "$.", "$[x]", "$[1", #"$["open]"#, "$..a"])
    func otherTextIsNotAPath(_ text: String) {
        #expect(JSONPath(parsing: text) == nil)
    }

    @Test func settingAndRemovingFollowThePath() throws {
        var value: JSONValue = ["a": [1, ["b": 2]]]
        #expect(value.set(3, at: try jsonPath("$.a[1].b")))
        #expect(value[path: try jsonPath("$.a[1].b")] == 3)
        #expect(value.set(nil, at: try jsonPath("$.a[0]")))
        #expect(value == ["a": [["b": 3]]])
        #expect(!value.set(1, at: try jsonPath("$.a[5]")))
        #expect(!value.set(1, at: try jsonPath("$.a.b")))
    }
}
