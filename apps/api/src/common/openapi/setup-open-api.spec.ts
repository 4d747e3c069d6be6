import { Controller, Get, INestApplication, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Public, Roles } from '../auth/roles.decorator';
import { EXAMPLE_CONTRACT_ID } from './openapi-examples';
import { setupOpenApi } from './setup-open-api';

@Controller('contracts')
class ContractsController {
  @Get()
  list() {
    return [];
  }

  @Get(':contractId')
  one(@Param('contractId') contractId: string) {
    return { contractId };
  }
}

@Roles('finance', 'legal')
@Controller('reconciliation')
class ViewsController {
  @Get()
  portfolio() {
    return {};
  }

  @Roles('legal')
  @Get('legal-only')
  legalOnly() {
    return {};
  }
}

@Public()
@Controller('health')
class ProbeController {
  @Get('live')
  live() {
    return { status: 'ok' };
  }
}

describe('setupOpenApi', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ContractsController, ViewsController, ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    setupOpenApi(app);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves an OpenAPI 3 document at /openapi.json with both security schemes', async () => {
    const res = await request(app.getHttpServer()).get('/openapi.json').expect(200);
    const doc = res.body as Record<string, any>;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Contract Ledger API');
    expect(Object.keys(doc.paths)).toContain('/contracts');
    expect(doc.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      apiKey: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }),
    });
    expect(doc.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
    expect(doc.components.schemas.ProblemDetails.properties.errors.type).toBe('array');
  });

  it('says where the API is, which operations need no key, and what every protected one answers', async () => {
    const doc = (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body;
    expect(doc.servers).toEqual([{ url: '/', description: 'This server' }]);
    const live = doc.paths['/health/live'].get;
    expect(live.security).toEqual([]);
    expect(live['x-ledger-public']).toBeUndefined();
    const one = doc.paths['/contracts/{contractId}'].get;
    expect(one.security).toBeUndefined(); // the global "bearer or X-Api-Key"
    expect(Object.keys(one.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '429',
      '503',
    ]);
    expect(Object.keys(one.responses['429'].headers)).toEqual(['Retry-After']);
    // A read: the database may be down; only a command may also be refused for overload.
    expect(one.responses['503'].content['application/problem+json'].schema.allOf[1]).toEqual({
      type: 'object',
      properties: { code: { type: 'string', enum: ['DATABASE_UNAVAILABLE'] } },
    });
    expect(one.responses['503'].headers['Retry-After'].schema.type).toBe('integer');
    expect(one.responses['401'].content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/ProblemDetails',
    });
    expect(one.parameters[0].example).toBe(EXAMPLE_CONTRACT_ID);
    expect(Object.keys(doc.paths['/contracts'].get.responses).sort()).toEqual([
      '200',
      '401',
      '403',
      '429',
      '503',
    ]);
    expect(live.responses['503']).toBeUndefined(); // a public probe answers for itself
  });

  it('states the roles the guard admits as x-roles, from the same @Roles (class, or the method over it)', async () => {
    const doc = (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body;
    expect(doc.paths['/reconciliation'].get['x-roles']).toEqual(['finance', 'legal']);
    expect(doc.paths['/reconciliation/legal-only'].get['x-roles']).toEqual(['legal']);
    expect(doc.paths['/contracts'].get['x-roles']).toBeUndefined(); // no @Roles: admin only
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(res.text).toMatch(/swagger/i);
  });
});
