/** The roles of issue #4. `admin` passes every role check. */
export const ROLES = ['operator', 'finance', 'legal', 'integration', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who made the request: the API key's configured name (recorded as the events' `actor`). */
export interface Principal {
  name: string;
  roles: Role[];
}

export function hasAnyRole(principal: Principal, required: readonly Role[]): boolean {
  return (
    principal.roles.includes('admin') || required.some((role) => principal.roles.includes(role))
  );
}
