import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CONTRACT_000_TERMS, CONTRACT_COMMAND_TYPES, ContractCommandType } from '@app/domain';
import { routesOf } from '../../../../test/support/app-routes';
import { CONTRACT_COMMAND_CONTROLLERS } from './contract-use-cases';
import { ContractCommandDispatcher } from './shared';

/**
 * The table of command endpoints, checked against the controllers' own routing metadata in a
 * Nest app (no database: the dispatcher only records what it is asked to send).
 */
describe('contract command endpoints', () => {
  const dispatched: string[] = [];
  const recorder = {
    dispatch: (type: ContractCommandType) => {
      dispatched.push(type);
      return Promise.resolve({});
    },
  };
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: Object.values(CONTRACT_COMMAND_CONTROLLERS),
      providers: [{ provide: ContractCommandDispatcher, useValue: recorder }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
  });

  const routesOfType = (type: ContractCommandType) =>
    routesOf(app).filter((r) => r.controller === CONTRACT_COMMAND_CONTROLLERS[type]);

  it('every command type has exactly one route, and no two types share one', () => {
    const routes = CONTRACT_COMMAND_TYPES.map((type) => routesOfType(type).map((r) => r.route));
    expect(routes.map((r) => r.length)).toEqual(CONTRACT_COMMAND_TYPES.map(() => 1));
    const all = routes.flat();
    expect(all.filter((route, i) => all.indexOf(route) !== i)).toEqual([]);
  });

  it.each(CONTRACT_COMMAND_TYPES)('the %s endpoint dispatches its own type', async (type) => {
    const [{ controller, handler }] = routesOfType(type);
    const endpoint = app.get(controller) as Record<string, (...args: unknown[]) => unknown>;
    // Called directly, past the pipes: every argument (path ids, body, request) is a stand-in;
    // the signing endpoint reads `terms` from its body before it dispatches.
    const standIn = { terms: CONTRACT_000_TERMS };
    dispatched.length = 0;
    await endpoint[handler](...Array.from({ length: endpoint[handler].length }, () => standIn));
    expect(dispatched).toEqual([type]);
  });
});
