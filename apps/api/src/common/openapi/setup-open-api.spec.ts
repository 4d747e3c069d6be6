import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { setupOpenApi } from './setup-open-api';

@Controller('contracts')
class ContractsController {
  @Get()
  list() {
    return [];
  }
}

describe('setupOpenApi', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ContractsController],
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

  it('serves Swagger UI at /docs', async () => {
    const res = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(res.text).toMatch(/swagger/i);
  });
});
