import { Controller, Get } from '@nestjs/common';
import request from 'supertest';
import { createHttpTestApp, HttpTestApp } from '../../../../../test/support/http-test-app';
import { ApiKeyRegistry } from './api-key.registry';
import { AUTH_FAILURE_THROTTLE, AuthFailureThrottle } from './auth-failure.throttle';
import { Roles } from './roles.decorator';

describe('AuthFailureThrottle', () => {
  let now = 0;
  const throttle = () => new AuthFailureThrottle({ limit: 3, windowSeconds: 60 }, () => now);

  beforeEach(() => (now = 1_000_000));

  it('lets a client fail `limit` times in the window, then says how long to wait', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter('10.0.0.1')).toBe(0);
      t.recordFailure('10.0.0.1');
      now += 1_000;
    }
    // failures at 0 s, 1 s, 2 s; now 3 s: the first leaves the window at 60 s
    expect(t.retryAfter('10.0.0.1')).toBe(57);
    expect(t.retryAfter('10.0.0.2')).toBe(0); // per address
    now += 57_000;
    expect(t.retryAfter('10.0.0.1')).toBe(0);
  });
});

@Controller('money')
class MoneyController {
  @Get()
  @Roles('finance')
  read() {
    return { ok: true };
  }
}

describe('ApiKeyGuard with repeated wrong keys', () => {
  let http: HttpTestApp;
  let now = 0;

  beforeAll(async () => {
    http = await createHttpTestApp({
      controllers: [MoneyController],
      apiKeys: ApiKeyRegistry.fromKeys([{ name: 'desk', roles: ['finance'], key: 'right-key' }]),
      providers: [
        {
          provide: AUTH_FAILURE_THROTTLE,
          useValue: new AuthFailureThrottle({ limit: 5, windowSeconds: 30 }, () => now),
        },
      ],
    });
  });

  afterAll(() => http.close());

  it('answers 401 to five wrong keys, then 429 with Retry-After — even to the right key — until the window passes', async () => {
    const get = (key?: string) => {
      const r = request(http.app.getHttpServer()).get('/money');
      return key ? r.set('Authorization', `Bearer ${key}`) : r;
    };
    now = 0;
    for (let i = 0; i < 5; i++) await get(`guess-${i}`).expect(401);
    const throttled = await get('guess-5').expect(429);
    expect(throttled.headers['retry-after']).toBe('30');
    expect(throttled.body).toMatchObject({ status: 429, code: 'TOO_MANY_AUTH_FAILURES' });
    await get('right-key').expect(429);
    await get().expect(429);

    now = 30_001;
    await get('right-key').expect(200);
  });

  it('does not count a missing key as a guess', async () => {
    now = 100_000;
    for (let i = 0; i < 8; i++) await request(http.app.getHttpServer()).get('/money').expect(401);
  });
});
