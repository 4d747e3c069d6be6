import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CloudEvent } from 'cloudevents';
import { CONTRACT_EVENT_TYPES } from '@app/domain';
import { EXAMPLE_CONTRACT_ID } from '../../../apps/api/src/common/openapi/openapi-examples';
import { IntegrationApp, startIntegrationApp } from './integration-app';

/** GET /asyncapi.json: an AsyncAPI 3.0 document the reference parser accepts without a warning. */
describe('AsyncAPI document (e2e)', () => {
  let api: IntegrationApp;
  let raw: string;
  let doc: {
    asyncapi: string;
    channels: Record<string, { address: string | null }>;
    components: { messages: Record<string, { examples?: { payload: Record<string, unknown> }[] }> };
  };

  beforeAll(async () => {
    api = await startIntegrationApp('asyncapi', { runSequencer: false });
    const res = await api.get(null, '/asyncapi.json').expect(200);
    raw = res.text;
    doc = JSON.parse(raw) as typeof doc;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('validates with @asyncapi/parser: no error, no warning', async () => {
    const { document, diagnostics } = await new Parser().parse(raw);
    const problems = diagnostics.filter(
      (d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning,
    );
    expect(problems.map((d) => `${d.code} ${d.path.join('.')}: ${d.message}`)).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
    expect(
      document!
        .channels()
        .all()
        .map((c) => c.id())
        .sort(),
    ).toEqual(['feed', 'feedStream', 'webhooks']);
    expect(
      document!
        .operations()
        .all()
        .every((o) => o.action() === 'send'),
    ).toBe(true);
  }, 120_000);

  it('describes the feed, the SSE channel and the webhooks with their headers', () => {
    expect(doc.channels.feed.address).toBe('/feed');
    expect(doc.channels.feedStream.address).toBe('/feed/stream');
    expect(doc.channels.webhooks.address).toBeNull();
    expect(raw).toContain('webhook-signature');
    expect(raw).toContain('Feed-Next-After');
    expect(raw).toContain('Last-Event-ID');
  });

  it('has a message per event type whose example is a valid CloudEvent with valid data', async () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    for (const type of CONTRACT_EVENT_TYPES) {
      const example = doc.components.messages[type]?.examples?.[0]?.payload;
      expect(example).toBeDefined();
      const event = new CloudEvent(example as never);
      expect(event.subject).toBe(EXAMPLE_CONTRACT_ID); // reference contract 001, as seeded
      const schema = await api.get(null, new URL(event.dataschema!).pathname).expect(200);
      const validate = ajv.compile(JSON.parse(schema.text) as object);
      if (!validate(event.data)) throw new Error(`${type}: ${ajv.errorsText(validate.errors)}`);
    }
  });
});
