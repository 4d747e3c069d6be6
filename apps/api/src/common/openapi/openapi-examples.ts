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
} as const;

export const EXAMPLE_CONTRACT_ID = EXAMPLE_CONTRACT_IDS['001'];
