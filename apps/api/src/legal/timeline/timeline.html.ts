import type { Timeline, TimelineEntry } from './timeline.builder';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const OUTCOME_MARK: Record<string, string> = {
  open: '○ open',
  met: '✓ met',
  missed: '✗ missed',
  deemed: '≡ deemed',
  excused: '– excused',
  waived: '⊘ waived',
};

function row(e: TimelineEntry): string {
  if (e.entry === 'derived') {
    const cal = e.calendarVersion
      ? `<div class="meta">calendar ${escapeHtml(e.calendarVersion)}${e.provisional ? ' (provisional)' : ''}</div>`
      : '';
    const rec = e.recordedAs
      ? `<div class="meta">recorded as ${escapeHtml(e.recordedAs.type)} (${escapeHtml(e.recordedAs.occurredAt)}, event ${escapeHtml(e.recordedAs.eventId)})</div>`
      : '';
    return `<tr class="derived ${escapeHtml(e.outcome)}"><td>${escapeHtml(e.date)}</td><td>${escapeHtml(e.kind)}</td><td>${escapeHtml(e.description)}${cal}${rec}</td><td>${escapeHtml(OUTCOME_MARK[e.outcome])}${e.outcomeOn ? ` ${escapeHtml(e.outcomeOn)}` : ''}</td><td>${escapeHtml(e.clause)}</td><td></td></tr>`;
  }
  const corrected = e.correctedBy
    .map(
      (c) =>
        `<div class="correction">corrected (${escapeHtml(c.action)}) by ${escapeHtml(c.actor)} on ${escapeHtml(c.occurredAt)}, recorded ${escapeHtml(c.recordedAt)}: ${escapeHtml(c.reason)}</div>`,
    )
    .join('');
  const corrects = e.corrects
    ? `<div class="correction">corrects ${escapeHtml(e.corrects.type)} ${escapeHtml(e.corrects.factId)}</div>`
    : '';
  return `<tr class="event"><td>${escapeHtml(e.date)}</td><td>${escapeHtml(e.type)}</td><td><div class="meta">#${e.revision} · position ${escapeHtml(e.position)} · recorded ${escapeHtml(e.recordedAt)} · ${escapeHtml(e.actor)} · correlation ${escapeHtml(e.correlationId)}</div>${corrects}${corrected}</td><td></td><td>${escapeHtml(e.clause)}</td><td class="money">received ${escapeHtml(e.money.received)}<br>outstanding ${escapeHtml(e.money.outstandingFees)}<br>bond ${escapeHtml(e.money.bond)}</td></tr>`;
}

/** The timeline's table (the page's body without its heading). */
export function timelineTable(t: Timeline): string {
  return `<table><thead><tr><th>Date</th><th>What</th><th>Details</th><th>Outcome</th><th>Clause</th><th>Money after</th></tr></thead>
<tbody>
${t.entries.map(row).join('\n')}
</tbody></table>`;
}

/** The same timeline for people: one printable page, Chinese text in a CJK font stack. */
export function timelineHtml(t: Timeline): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>Timeline ${escapeHtml(t.contractId)} as of ${escapeHtml(t.asOf)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;margin:2em;color:#111}
table{border-collapse:collapse;width:100%;font-size:10pt}th,td{border-bottom:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
tr.derived td{background:#f6f6f2}tr.missed td{color:#8a1c1c}tr.deemed td{color:#1c4f8a}.meta{color:#666;font-size:8.5pt}.correction{color:#8a5a00}
.money{white-space:nowrap;font-variant-numeric:tabular-nums}@media print{body{margin:0}tr{break-inside:avoid}}
</style></head><body>
<h1>Contract ${escapeHtml(t.contractId)} — timeline as of ${escapeHtml(t.asOf)}</h1>
<p>As known at ${escapeHtml(t.basis.knownAt)} (global position ${escapeHtml(t.basis.position ?? '—')}). Repeat this answer with <code>?asOf=${escapeHtml(t.asOf)}&amp;knownAt=${escapeHtml(t.basis.knownAt)}${t.basis.position ? `&amp;position=${escapeHtml(t.basis.position)}` : ''}</code>.</p>
${timelineTable(t)}</body></html>`;
}
