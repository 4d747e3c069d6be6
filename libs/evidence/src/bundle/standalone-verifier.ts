/**
 * The standalone verifier shipped inside every export's report: Python 3 standard library only,
 * for a reader who trusts neither our code nor our verifier. It recomputes each event's chain
 * hash and leaf hash and walks its inclusion proof (RFC 9162 §2.1.3.2) up to the checkpoint root,
 * the manifest against the SHA-256 its signed note states, the legal timeline's SHA-256 against
 * the manifest's, and the printable report against
 * manifest.report as verify-report.ts does: the HTML's SHA-256, and the PDF's SHA-256 and size
 * when the manifest says one is included (an export without one gives the manifest's reason; one
 * made before manifest.report warns). The signatures (checkpoint, manifest) are checked with
 * openssl (README, "Evidence"). Its canonical JSON covers what exports hold (ASCII member names,
 * strings, integers); standalone-verifier.spec.ts runs it on real exports.
 */
export const STANDALONE_VERIFIER_PY = `import base64, hashlib, json, sys

def h(b): return hashlib.sha256(b).digest()

def jcs(v):  # RFC 8785 for this export's values: ASCII keys, strings, integers, booleans, null
    return json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

export = json.load(open(sys.argv[1], encoding="utf-8"))
text = export["checkpoint"].split("\\n\\n")[0] + "\\n"
origin, size, root = text.split("\\n")[:3]
size, root = int(size), base64.b64decode(root)
prev, ok = "0" * 64, True
for e in export["events"]:
    if e.get("hashVersion") == 2:  # README "Evidence": also covers revision, position, store time
        c = {k: v for k, v in e["content"].items() if k != "revision"}
        chain = hashlib.sha256(b"\\x02" + bytes.fromhex(prev) + h(jcs(c).encode())
            + e["content"]["revision"].to_bytes(4, "big", signed=True)
            + int(e["position"]).to_bytes(8, "big", signed=True)
            + e["recordedAt"].encode()).hexdigest()
    else:
        chain = hashlib.sha256((prev + jcs(e["content"])).encode()).hexdigest()
    leaf = {"format": "contract-ledger/evidence-leaf/v1", "content": e["content"],
            "recordedAt": e["recordedAt"], "chainHash": e["chainHash"]}
    r = h(b"\\x00" + jcs(leaf).encode())
    fn, sn = e["leafIndex"], size - 1
    for p in map(bytes.fromhex, e["inclusionProof"]):  # RFC 9162 2.1.3.2
        if fn % 2 == 1 or fn == sn:
            r = h(b"\\x01" + p + r)
            while fn % 2 == 0 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = h(b"\\x01" + r + p)
        fn, sn = fn >> 1, sn >> 1
    good = chain == e["chainHash"] and sn == 0 and r == root
    ok &= good
    print(e["content"]["revision"], "ok" if good else "FAILED")
    prev = e["chainHash"]
print("all events chained and included in tree", size, "of", origin if ok else "-- FAILED")
m, note = export["manifest"], export.get("manifestNote")
if note is None:
    print("WARNING: the export has no signed manifest (made before it was signed)")
else:  # the note's text: format, contract id, SHA-256 of the manifest; signature: openssl
    good = note.split("\\n\\n")[0] + "\\n" == "contract-ledger/evidence-manifest/v1\\n%s\\n%s\\n" % (
        m["contractId"], hashlib.sha256(jcs(m).encode()).hexdigest())
    ok &= good
    print("manifest", "is the one its note signs" if good else "FAILED: not the one the ledger signed")
ref = m["timeline"]
if ref["status"] == "included":
    good = hashlib.sha256(jcs(export["timeline"]).encode()).hexdigest() == ref["sha256"]
    ok &= good
    print("timeline hash", "matches" if good else "FAILED")
rep = m.get("report")  # as verify-report.ts: the HTML report, then its PDF
if rep is None:
    print("WARNING: the manifest states no hash of the report (made before it did)")
else:
    html = export.get("reportHtml")
    good = isinstance(html, str) and h(html.encode()).hex() == rep["htmlSha256"]
    ok &= good
    print("report HTML hash", "matches" if good else "FAILED: the report was changed")
    pdf, data = rep["pdf"], export.get("reportPdf")
    if pdf["status"] != "included":
        good = "reportPdf" not in export
        ok &= good
        print("no PDF of the report in this export:", pdf["reason"] if good else
              "-- FAILED: the export carries a PDF the manifest does not state")
    elif not isinstance(data, str):
        ok = False
        print("report PDF FAILED: the manifest states one of", pdf["bytes"], "bytes; the export has none")
    else:
        try:
            b = base64.b64decode(data)
        except ValueError:  # not base64: not the PDF signed
            b = b""
        good = h(b).hex() == pdf["sha256"] and len(b) == pdf["bytes"] and b[:5] == b"%PDF-"
        ok &= good
        print("report PDF hash", "matches (%d bytes, %s)" % (len(b), pdf["renderer"]) if good
              else "FAILED: the PDF was changed (%d bytes, the manifest states %d)" % (len(b), pdf["bytes"]))
sys.exit(0 if ok else 1)
`;
