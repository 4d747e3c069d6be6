import { EvidenceBundle } from './evidence-bundle';
import { STANDALONE_VERIFIER_PY } from './standalone-verifier';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The printable report of an export: what it contains, the result of verifying it with its own
 * key at the time it was made, and the verification procedure written out for a reader who is
 * not a programmer. Self-contained HTML (no script, no external resource), UTF-8, Chinese fonts
 * from the reader's system.
 */
export function renderReport(bundle: EvidenceBundle, timelineHtml?: string): string {
  const m = bundle.manifest;
  const rows = bundle.events
    .map(
      (e) =>
        `<tr><td>${e.content.revision}</td><td>${escape(e.content.type)}</td><td>${escape(e.content.occurredAt)}</td>` +
        `<td>${escape(e.recordedAt)}</td><td>${escape(e.content.metadata.actor)}</td><td>${e.leafIndex}</td>` +
        `<td class="h">${e.chainHash.slice(0, 16)}…</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>Evidence export 证据导出 — ${escape(m.contractId)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#111}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #999;padding:2px 6px}
.h{font-family:monospace}.timeline table{width:100%}.failure{color:#a00}.warning{color:#a60}.ok{color:#060}
pre{background:#f4f4f4;padding:8px;white-space:pre-wrap}
</style></head><body>
<h1>Evidence export 证据导出</h1>
<p><a href="#timeline">Timeline 时间线</a> · <a href="#events">Events 事件</a></p>
<p>Contract 合同 <b>${escape(m.contractId)}</b> (stream <code>${escape(m.streamId)}</code>),
generated 生成于 ${escape(m.generatedAt)}; scope: as of ${escape(m.scope.asOf ?? 'all dates')},
known at ${escape(m.scope.knownAt ?? m.generatedAt)}.</p>
<p>${m.eventCount} events, proven against the signed checkpoint of tree size ${m.basis.treeSize}
of log <code>${escape(m.basis.origin)}</code>. Rules ${escape(m.versions.rules)}, calendar ${escape(m.versions.calendar)}${
    m.versions.calendarRecorded?.length
      ? ` (as recorded in the events: ${escape(m.versions.calendarRecorded.join(', '))})`
      : ''
  }.</p>
<p><b>The ledger does not vouch for this file: verify it yourself, as below.</b>
本文件的可信性不依赖账本本身，请按下列步骤自行核验。</p>
<h2>How to verify yourself 如何自行核验</h2>
<ol>
<li>Obtain the ledger's public key from a source other than this file (its website, a letter, a
witness) and compare it with the one below. 请通过其他渠道获取账本公钥并与下列公钥比对。
<pre>${escape(bundle.publicKey.verifierKey)}\n${escape(bundle.publicKey.pem)}</pre></li>
<li>Run the verifier, which needs no database and no network:
<pre>npm run evidence:verify -- export.json --key '${escape(bundle.publicKey.verifierKey)}' [--checkpoint held-checkpoint.txt] [--receipt receipt.txt]</pre>
It checks: the checkpoint signature, every event's chain hash from revision 0, that no revision is
missing, that every event is included in the signed tree, and that the tree extends any earlier
checkpoint you hold.</li>
<li>Without our software: each event's chain hash is SHA-256 of the previous event's hash (64 zeros
for revision 0) followed by the RFC 8785 canonical JSON of its <code>content</code>; the leaf is the
RFC 8785 JSON of <code>{format, content, recordedAt, chainHash}</code>; the tree follows RFC 9162 §2.1
(leaf = SHA-256(0x00‖leaf), node = SHA-256(0x01‖left‖right)); the checkpoint is a C2SP signed note
whose Ed25519 signature covers its text. The README of the ledger, section "Evidence", spells out the
openssl commands. This Python 3 script (standard library only) redoes the chain and inclusion
checks: save it as <code>verify_evidence.py</code> and run <code>python3 verify_evidence.py export.json</code>.
<pre>${escape(STANDALONE_VERIFIER_PY)}</pre></li>
</ol>
<h2 id="events">Events 事件</h2>
<table><tr><th>rev</th><th>type</th><th>occurred</th><th>recorded</th><th>actor</th><th>leaf</th><th>chain hash</th></tr>
${rows}
</table>
<h2>Signed checkpoint 签名检查点</h2>
<pre>${escape(bundle.checkpoint)}</pre>
<h2 id="timeline">Timeline 时间线</h2>
${timelineSection(bundle, timelineHtml)}
</body></html>
`;
}

function timelineSection(bundle: EvidenceBundle, html: string | undefined): string {
  const t = bundle.manifest.timeline;
  if (t.status !== 'included')
    return '<p>Not included (an export made before the timeline was built).</p>';
  return `<p>The legal timeline of this contract as of ${escape(t.asOf)}, as known at ${escape(t.knownAt)}:
${t.entries} entries. The file's <code>timeline</code> member holds it as JSON; its SHA-256 over RFC 8785
JSON is <code class="h">${escape(t.sha256)}</code>, stated in the manifest, which the ledger signed
(<code>manifestNote</code>). 本时间线的哈希值载于经账本签名的清单中。</p>
<div class="timeline">${html ?? ''}</div>`;
}
