import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ROLES, Role } from '@app/platform';
import { PUBLIC_EXTENSION } from '../openapi/complete-operations';

export const ROLES_METADATA = 'ledger:roles';
export const PUBLIC_METADATA = 'ledger:public';

/** The OpenAPI extension naming the roles an operation admits (written by @Roles only). */
export const ROLES_EXTENSION = 'x-roles';

/**
 * Roles allowed to call a route or controller (method-level wins over class-level). `admin`
 * always passes. A route without @Roles is admin-only: forgetting the decorator must not open
 * money views to every key. Use `@Roles(...ALL_ROLES)` for "any authenticated caller".
 * The same list becomes the operation's `x-roles` in OpenAPI, so the document cannot say other
 * than the guard enforces (issue 11: legal reads every contract view and the portfolio).
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLES_METADATA, roles), ApiExtension(ROLES_EXTENSION, roles));

export const ALL_ROLES: readonly Role[] = ROLES;

/** No API key needed (health probes, metrics); the OpenAPI operation says `security: []`. */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PUBLIC_METADATA, true), ApiExtension(PUBLIC_EXTENSION, true));
