/**
 * Example values in the OpenAPI document that match real data: the ids of the seeded reference
 * contracts (uuid v5 from seeds/, fixed forever; openapi-examples.spec.ts checks them against
 * seedContractId), so "Try it out" against a development server finds something.
 */
export const EXAMPLE_CONTRACT_IDS = {
  /** 001, emergency-management IT O&M (seeds/contracts/contract-001.json). */
  '001': 'b44145ef-8a49-5b4c-802f-6b7bddd0311b',
  /** 002, terminated early (第十二条): the one with a termination refund. */
  '002': '1d60d19f-dcf0-5505-9f2b-fcf3129fe7f7',
  /** 003, the one with force majeure and a termination notice (seeds/histories/contract-003). */
  '003': '6bab8d44-7a4f-522c-9218-eb835bcec374',
} as const;

export const EXAMPLE_CONTRACT_ID = EXAMPLE_CONTRACT_IDS['001'];

export type ExampleContractKey = keyof typeof EXAMPLE_CONTRACT_IDS;

/**
 * The example of each other path parameter: an id the seed history of the example's contract
 * uses (openapi-examples.spec.ts finds each there). Operations on facts 001 does not have take
 * the contract that has them (`CONTRACT_OF_PATH`).
 */
export const PATH_PARAMETER_EXAMPLES: Record<string, string | number> = {
  installmentId: 'second',
  invoiceId: 'inv-001-1',
  milestoneId: 'final',
  scheduleId: 'quarterly-report',
  periodIndex: 1,
  changeId: 'sc-001-1',
  penaltyId: 'pen-001-1',
  restrictionId: 'pr-001-1',
  noticeId: 'bn-001-1',
  forceMajeureId: 'fm-003-1',
  /** Published event data schemas: GET /schemas/events/payment-recorded/v1.json. */
  type: 'payment-recorded',
  file: 'v1.json',
  /** Webhook endpoints are created at run time (POST /webhooks): no seeded one to name. */
  webhookId: '0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d',
  sequence: '1',
};

/** Paths whose example contract is not 001, and the value a parameter takes there. */
export const CONTRACT_OF_PATH: {
  pattern: RegExp;
  contract: ExampleContractKey;
  params?: Record<string, string>;
}[] = [
  { pattern: /\/termination-refund$/, contract: '002' },
  { pattern: /\/force-majeure\//, contract: '003' },
  { pattern: /\/termination-notices\//, contract: '003', params: { noticeId: 'tn-003-1' } },
];

/** The example of a path parameter of `path` (undefined: none known). */
export function pathParameterExample(path: string, name: string): string | number | undefined {
  const special = CONTRACT_OF_PATH.find((c) => c.pattern.test(path));
  if (name === 'contractId') return EXAMPLE_CONTRACT_IDS[special?.contract ?? '001'];
  return special?.params?.[name] ?? PATH_PARAMETER_EXAMPLES[name];
}
