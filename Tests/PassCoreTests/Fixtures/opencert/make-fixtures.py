#!/usr/bin/env python3
"""Writes the wrapped OpenCert fixtures of this folder, independently of the
Swift code that checks them: OpenAttestation v2 wrapping (salting, flattening,
the target hash, a merkle tree over a batch, obfuscation) written from the
format's description, with pycryptodome's Keccak-256.

    python3 -m venv /tmp/oa && /tmp/oa/bin/pip install pycryptodome
    /tmp/oa/bin/python Tests/PassCoreTests/Fixtures/opencert/make-fixtures.py

The salts come from a seeded generator, so the output is the same every run.
The tests only read the JSON files; they never run this script.
"""
import copy
import json
import os
import random
import uuid

from Crypto.Hash import keccak

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240831)


def keccak256(data: bytes) -> bytes:
    h = keccak.new(digest_bits=256)
    h.update(data)
    return h.digest()


def stringify(value) -> str:
    # JSON.stringify for the values these fixtures hold (strings, empty containers).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def js_string(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def salt(value):
    if isinstance(value, dict):
        return {k: salt(v) for k, v in value.items()}
    if isinstance(value, list):
        return [salt(v) for v in value]
    salt_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if value is None:
        return f"{salt_id}:null:null"
    kind = {str: "string", bool: "boolean", int: "number", float: "number"}[type(value)]
    return f"{salt_id}:{kind}:{js_string(value)}"


def flatten(value, prefix=""):
    out = []
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        key = str(key)
        assert "." not in key
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(child, (dict, list)) and len(child) > 0:
            out += flatten(child, path)
        else:
            out.append((path, child))
    return out


def leaf_hashes(data):
    return [keccak256(stringify({path: value}).encode()).hex() for path, value in flatten(data)]


def target_hash(data, obfuscated=()):
    hashes = sorted(list(obfuscated) + leaf_hashes(data))
    return keccak256(stringify(hashes).encode()).hex()


def combine(a: bytes, b: bytes) -> bytes:
    return keccak256(b"".join(sorted([a, b])))


def wrap_batch(documents):
    wrapped = []
    for doc in documents:
        data = salt(doc)
        wrapped.append({"version": "https://schema.openattestation.com/2.0/schema.json", "data": data,
                        "signature": {"type": "SHA3MerkleProof", "targetHash": target_hash(data)}})
    layers = [[bytes.fromhex(w["signature"]["targetHash"]) for w in wrapped]]
    while len(layers[-1]) > 1:
        layer = layers[-1]
        layers.append([combine(layer[i], layer[i + 1]) if i + 1 < len(layer) else layer[i]
                       for i in range(0, len(layer), 2)])
    root = layers[-1][0]
    for index, w in enumerate(wrapped):
        proof, i = [], index
        for layer in layers[:-1]:
            pair = i - 1 if i % 2 else i + 1
            if pair < len(layer):
                proof.append(layer[pair].hex())
            i //= 2
        w["signature"]["proof"] = proof
        w["signature"]["merkleRoot"] = root.hex()
    return wrapped


def obfuscate(wrapped, paths):
    doc = copy.deepcopy(wrapped)
    hashes = []
    for path in paths:
        keys = path.split(".")
        parent = doc["data"]
        for key in keys[:-1]:
            parent = parent[key]
        removed = parent.pop(keys[-1])
        picked = {keys[-1]: removed}
        prefix = ".".join(keys[:-1])
        for leaf, value in flatten(picked, prefix):
            hashes.append(keccak256(stringify({leaf: value}).encode()).hex())
    doc["privacy"] = {"obfuscatedData": hashes}
    return doc


def certificate(recipient, nric, grade, score):
    return {
        "$template": {"name": "main", "type": "EMBEDDED_RENDERER", "url": "https://renderer.example.com"},
        "id": f"SKT-2024-{rng.randint(1000, 9999)}",
        "name": "Skill Test #2",
        "issuedOn": "2024-08-31T00:00:00+08:00",
        "recipient": {"name": recipient, "nric": nric},
        "issuers": [{"name": "ExampleProvider", "documentStore": "0x007d40224f6562461633ccfbaffd359ebb2fc9ba",
                     "identityProof": {"type": "DNS-TXT", "location": "example.com"}}],
        "transcript": [
            {"name": "Assessment", "grade": grade, "courseCredit": 4, "examinationDate": "2024-08-30"},
            {"name": "Practical — \"hands on\"", "grade": "Très bien\nwith merit", "courseCredit": 2.5},
        ],
        "additionalData": {"score": score, "passed": True, "remarks": None, "tags": [], "extra": {}},
    }


def write(name, document):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    batch = wrap_batch([
        certificate("John Doe", "S1234567A", "Pass", 87.5),
        certificate("Jane Roe", "S7654321B", "Pass", 91),
        certificate("Ali Bin Abu", "S1111111C", "Merit", 78.25),
    ])
    write("john-doe-wrapped.json", batch[0])
    write("jane-roe-wrapped.json", batch[1])
    write("john-doe-obfuscated.json", obfuscate(batch[0], ["recipient.nric", "additionalData"]))
    alone = wrap_batch([certificate("John Doe", "S1234567A", "Pass", 87.5)])[0]
    assert alone["signature"]["proof"] == [] and alone["signature"]["merkleRoot"] == alone["signature"]["targetHash"]
    write("john-doe-alone.json", alone)


if __name__ == "__main__":
    main()
