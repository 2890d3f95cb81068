#!/usr/bin/env python3
"""Writes a valid batch of N credentials (spread over the four list sections)
built from the seed sample, for the scale benchmarks: make-batch.py N OUT."""
import copy, json, sys

n, out = int(sys.argv[1]), sys.argv[2]
bid = "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"
name = "John Doe"
templates = {
    "microcredential_items": {"fields": {"full_name": name, "issuer_name": "Skill Test Provider",
                                         "microcredential_name": "AI Essentials", "issue_date": "2024-04-30",
                                         "expiry_date": "2026-08-30"}, "asset": "pdf"},
    "education_items": {"fields": {"full_name": name, "education_provider": "University of Melbourne",
                                   "course_name": "BSc", "conferral_year": "2024", "has_majors": True,
                                   "majors": ["IT"]}, "asset": "pdf"},
    "english_proficiency_items": {"fields": {"full_name": name, "test_provider": "Skill Test Provider",
                                             "test_name": "English SPEAKING", "completion_date": "2024-01-01",
                                             "expiry_date": "2026-01-01",
                                             "test_scores": {"cefr_scores": {"writing": "A1"},
                                                             "overall": {"score": "100", "scale": "EnglishScore"}}},
                                  "asset": None},
    "universal_credential_items": {"fields": {"full_name": name, "credential_name": "Example Certification",
                                              "credential_sub_type": "Cert", "issuer_name": "Example Issuer",
                                              "issue_date": "2024-08-31", "expiry_date": "2026-08-31"}, "asset": "pdf"},
}
batch = {"credential_id": bid,
         "digital_identity": {"credential_id": bid + "-1", "fields": {"full_name": name}},
         "education_items": [], "microcredential_items": [], "english_proficiency_items": [],
         "universal_credential_items": []}
keys = list(templates)
for i in range(n):
    key = keys[i % len(keys)]
    t = templates[key]
    item = {"credential_id": f"{bid}-{key.split('_')[0]}-{i + 1}", "fields": copy.deepcopy(t["fields"])}
    if t["asset"]:
        item["assets"] = [{"asset_id": item["credential_id"] + "-asset", "asset_type": t["asset"]}]
    batch[key].append(item)
with open(out, "w") as f:
    json.dump(batch, f, indent=2)
