@testable import PassCore

/// Valid payloads with every section and most optional fields filled, the
/// starting points that rule cases edit. Each validates with no finding.
enum Bases {
    static func value(_ kind: PayloadKind) throws -> JSONValue {
        switch kind {
        case .batch: try JSONParser.parse(batch)
        case .microcredential: try JSONParser.parse(single)
        case .careerHistory: try JSONParser.parse(career)
        }
    }

    static let batch = #"""
    {
      "credential_id": "b-1",
      "digital_identity": {
        "credential_id": "b-1-id",
        "fields": {
          "full_name": "Mei Ling Tan",
          "date_of_birth": "1990-05-17",
          "identity_document_validity": "government_database",
          "identity_document_liveness": "in_person",
          "identity_document_person_match": "automated"
        }
      },
      "education_items": [
        {
          "credential_id": "b-1-edu-1",
          "fields": {
            "full_name": "Mei Ling Tan",
            "education_provider": "University of Melbourne",
            "course_name": "Bachelor of Science",
            "conferral_year": "2024",
            "has_majors": true,
            "majors": ["Computer Science"],
            "with_honours": false,
            "transcript": {
              "overall": {"issuance_date": "2024-12-01", "score": "3.8"},
              "subjects": [
                {"name": "Algorithms", "code": "COMP20003", "credit": "12.5", "score": "85", "grade": "H1", "completion_date": "2023"},
                {"name": "Databases", "code": "INFO20003", "grade": "Pass", "completion_date": "2024-06-30"}
              ]
            },
            "partner_chain": [{"name": "ABC University Network"}, {"name": "Foo University Group"}]
          },
          "assets": [{"asset_id": "b-1-edu-1-asset", "asset_type": "pdf"}]
        },
        {
          "credential_id": "b-1-edu-2",
          "fields": {
            "full_name": "Mei Ling Tan",
            "education_provider": "University of Melbourne",
            "course_name": "Master of Data Science",
            "conferral_year": null,
            "awaiting_graduation": true
          }
        }
      ],
      "microcredential_items": [
        {
          "credential_id": "b-1-micro-1",
          "fields": {
            "full_name": "Mei Ling Tan",
            "issuer_name": "Skill Test Provider",
            "microcredential_name": "AI Essentials",
            "issue_date": "2024-04-30",
            "expiry_date": "2026-08-30",
            "assessment_result": "85%",
            "partner_chain": [{"name": "Skills Network"}]
          },
          "assets": [{"asset_id": "b-1-micro-1-asset", "asset_type": "jpg"}]
        }
      ],
      "english_proficiency_items": [
        {
          "credential_id": "b-1-eng-1",
          "fields": {
            "full_name": "Mei Ling Tan",
            "test_provider": "EnglishScore",
            "test_name": "Core Skills",
            "completion_date": "2024-01-01",
            "expiry_date": "2026-01-01",
            "test_scores": {
              "cefr_scores": {"combined": "B2", "reading": "C1", "listening": "B1", "speaking": "A2", "writing": "C2"},
              "overall": {"score": "100", "scale": "EnglishScore"},
              "subskills": [{"skill": "Grammar", "score": "85"}]
            },
            "partner_chain": [{"name": "Language Partners"}]
          },
          "assets": [{"asset_id": "b-1-eng-1-asset", "asset_type": "pdf"}]
        }
      ],
      "right_to_work_items": [
        {
          "credential_id": "b-1-rtw-1",
          "fields": {"full_name": "Mei Ling Tan", "country": "SG", "singapore_work_rights": "resident"}
        },
        {
          "credential_id": "b-1-rtw-2",
          "fields": {"full_name": "Mei Ling Tan", "country": "AU", "partner_chain": [{"name": "Visa Partners"}]}
        }
      ],
      "career_history": {
        "credential_id": "b-1-ch",
        "fields": {
          "full_name": "Mei Ling Tan",
          "employment": [
            {
              "organisation": "Company A",
              "role_classification": "Software Engineer",
              "role_title": "Associate Software Engineer",
              "start_date": "2020-01",
              "end_date": "2022-12",
              "last_processed_month": "2023-01"
            },
            {
              "organisation": "Company B",
              "role_title": "Senior Software Engineer",
              "start_date": "2023-02",
              "end_date": null,
              "last_processed_month": "2024-05"
            }
          ]
        },
        "partner_chain": [{"name": "Recruitment Network"}]
      },
      "universal_credential_items": [
        {
          "credential_id": "b-1-uc-1",
          "fields": {
            "full_name": "Mei Ling Tan",
            "credential_name": "Example Certification",
            "credential_sub_type": "Cert",
            "issuer_name": "Example Issuer",
            "issue_date": "2024-08-31",
            "expiry_date": "2026-08-31"
          },
          "assets": [{"asset_id": "b-1-uc-1-asset", "asset_type": "png"}]
        }
      ]
    }
    """#

    static let single = #"""
    {
      "id": "s-1",
      "credential_type": "microcredential",
      "document_type": "pdf",
      "data": {
        "credential": {
          "full_name": "Mei Ling Tan",
          "issuer_name": "ExampleProvider",
          "microcredential_name": "Skill Test #1",
          "issue_date": "2024-08-31",
          "expiry_date": "2026-08-31",
          "assessment_result": "85%",
          "partner_chain": [{"name": "Partner Organization"}]
        },
        "document": "https://example.com/certificate.pdf"
      }
    }
    """#

    static let career = #"""
    {
      "credential_id": "c-1",
      "fields": {
        "full_name": "Mei Ling Tan",
        "employment": [
          {
            "organisation": "Company A",
            "role_classification": "Software Engineer",
            "role_title": "Associate Software Engineer",
            "start_date": "2020-01",
            "end_date": "2022-12",
            "last_processed_month": "2023-01"
          }
        ]
      },
      "partner_chain": [{"name": "Recruitment Network"}]
    }
    """#
}
