import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EvidenceBundle,
  STANDALONE_VERIFIER_PY,
  canonicalSha256,
  verifyBundle,
} from '@app/evidence';
import { ContractApi, startContractApi } from '../../../../../test/e2e/contracts/contract-api';
import { seedReferenceContracts } from '../../seeding';

/**
 * The export carries the legal timeline of its own scope (issue 12 "the timeline of the legal
 * issue and its hash"): the very answer of GET /contracts/:id/timeline at the same asOf/knownAt,
 * its hash in the manifest the ledger signs, checked by the offline verifier.
 */
describe('the legal timeline inside the evidence export (real PostgreSQL, seeded contracts)', () => {
  let api: ContractApi;
  let contractId: string;
  let trustedKey: string;
  let knownAt: string;
  const asOf = '2022-11-30';

  const exportOf = async (query: string): Promise<EvidenceBundle> => {
    const res = await api.get('legal', `/contracts/${contractId}/evidence${query}`);
    expect(res.status).toBe(200);
    return res.body as EvidenceBundle;
  };
  const failed = (bundle: EvidenceBundle) =>
    verifyBundle(bundle, { trustedKey })
      .findings.filter((f) => !f.ok)
      .map((f) => [f.check, f.message]);

  beforeAll(async () => {
    api = await startContractApi('evidence-timeline');
    const reports = await seedReferenceContracts(api.app);
    contractId = reports.find((r) => r.key === '001')!.contractId;
    trustedKey = (await api.get(null, '/checkpoints')).body.verifierKey;
    const events = await api.stream(contractId);
    knownAt = events[Math.floor(events.length / 2)].recordedAt;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is the timeline GET /contracts/:id/timeline gives at the same asOf and knownAt, hashed in the signed manifest', async () => {
    const bundle = await exportOf(`?asOf=${asOf}&knownAt=${knownAt}`);
    const timeline = await api.get(
      'legal',
      `/contracts/${contractId}/timeline?asOf=${asOf}&knownAt=${knownAt}`,
    );
    expect(timeline.status).toBe(200);
    expect(bundle.timeline).toEqual(timeline.body);
    expect(bundle.manifest.timeline).toEqual({
      status: 'included',
      sha256: canonicalSha256(timeline.body),
      asOf,
      knownAt,
      entries: timeline.body.entries.length,
    });
    const report = verifyBundle(bundle, { trustedKey });
    expect(report.ok).toBe(true);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ check: 'timeline', severity: 'ok' }),
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({ check: 'manifest', severity: 'ok' }),
    );
    // The printable report shows it: a row per event the timeline has by asOf.
    expect(bundle.reportHtml).toContain('id="timeline"');
    expect(bundle.reportHtml).toContain(canonicalSha256(timeline.body));
    const rows = bundle.reportHtml.match(/<tr class="(event|derived)/g) ?? [];
    expect(rows).toHaveLength(timeline.body.entries.length);
  });

  it('is sent as a JSON attachment of its stated length, with the time of each phase (Server-Timing)', async () => {
    const res = await api.get('legal', `/contracts/${contractId}/evidence?asOf=${asOf}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="evidence-.+\.json"$/,
    );
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(res.body)));
    const phases = String(res.headers['server-timing'])
      .split(', ')
      .map((p) => /^(\w+);dur=\d+\.\d$/.exec(p)?.[1]);
    expect(phases).toEqual(['stream', 'log', 'proofs', 'basis', 'timeline', 'bundle', 'json']);
  });

  it('its hash is redone by the standalone Python verifier (RFC 8785 of real Chinese text), and so is the report', async () => {
    if (spawnSync('python3', ['--version']).status !== 0) {
      process.stderr.write('skipped: python3 is not on PATH\n');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'evidence-timeline-'));
    writeFileSync(join(dir, 'verify_evidence.py'), STANDALONE_VERIFIER_PY);
    const bundle = await exportOf(`?asOf=${asOf}&knownAt=${knownAt}`);
    expect(JSON.stringify(bundle.timeline)).toMatch(/[\u4e00-\u9fff]/);
    writeFileSync(join(dir, 'export.json'), JSON.stringify(bundle));
    const run = spawnSync('python3', ['verify_evidence.py', 'export.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('timeline hash matches');
    // The manifest against its signed note, the report against the manifest (no PDF under test).
    expect(run.stdout).toContain('manifest is the one its note signs');
    expect(run.stdout).toContain('report HTML hash matches');
    expect(bundle.manifest.report?.pdf.status).toBe('not-available');
    const reason =
      bundle.manifest.report?.pdf.status === 'not-available'
        ? bundle.manifest.report.pdf.reason
        : '';
    expect(run.stdout).toContain(`no PDF of the report in this export: ${reason}`);
    expect(run.status).toBe(0);
    // One byte of the HTML report changed: named.
    bundle.reportHtml = bundle.reportHtml.replace('</body>', ' </body>');
    writeFileSync(join(dir, 'changed.json'), JSON.stringify(bundle));
    const changed = spawnSync('python3', ['verify_evidence.py', 'changed.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(changed.stdout).toContain('report HTML hash FAILED: the report was changed');
    expect(changed.status).toBe(1);
  });

  it('a changed timeline is detected, and so is a manifest whose hash was changed to match it', async () => {
    const bundle = await exportOf(`?asOf=${asOf}`);
    const entries = (bundle.timeline as { entries: { entry: string; actor?: string }[] }).entries;
    const event = entries.find((e) => e.entry === 'event')!;
    event.actor = 'someone-else';
    expect(failed(bundle)).toEqual([
      ['timeline', expect.stringMatching(/the timeline was changed/)],
    ]);
    const ref = bundle.manifest.timeline;
    if (ref.status === 'included') ref.sha256 = canonicalSha256(bundle.timeline);
    expect(failed(bundle)).toEqual([
      ['manifest', expect.stringMatching(/not the one the ledger signed/)],
    ]);
  });
});
