import type { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@app/domain';
import type { HttpResponse } from '../../common';
import type { RecordPaymentDto } from '../payments/record-payment/record-payment.dto';
import { ContractCommandDispatcher } from './contract-command.dispatcher';
import { ContractCommandMessage, ContractCommandResult } from './contract-command.message';
import type { ContractCommandRequest } from './contract-command.request';

const context = { commandId: 'cmd-1', actor: 'finance-desk', correlationId: 'corr-1' };

function harness(answer: (message: ContractCommandMessage) => Promise<ContractCommandResult>) {
  const sent: ContractCommandMessage[] = [];
  const bus = {
    execute: (message: ContractCommandMessage) => {
      sent.push(message);
      return answer(message);
    },
  } as unknown as CommandBus;
  const response = { status: jest.fn(), setHeader: jest.fn() };
  const request: ContractCommandRequest = {
    context,
    response: response as unknown as HttpResponse,
  };
  return { dispatcher: new ContractCommandDispatcher(bus), sent, response, request };
}

const recorded = (revision: number, idempotent = false): ContractCommandResult => ({
  streamId: 'contract-c-000',
  revision,
  position: '42',
  eventIds: idempotent ? [] : ['e-1'],
  events: [],
  idempotent,
});

const payment = {
  occurredAt: '2022-11-28',
  paymentId: 'pay-interim',
  installmentId: 'interim',
  amount: '242159.00',
};

describe('ContractCommandDispatcher', () => {
  it('sends one ContractCommandMessage: the type, the contract, the body as plain JSON, who sent it', async () => {
    const { dispatcher, sent, request } = harness(async () => recorded(7));
    // A validated DTO is a class instance with own undefined members for absent optional fields.
    const body = Object.assign(Object.create({ inherited: true }) as object, {
      ...payment,
      penaltyOffsets: undefined,
    });
    await dispatcher.dispatch('RecordPayment', 'c-000', body as RecordPaymentDto, request);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(ContractCommandMessage);
    expect(sent[0].contractId).toBe('c-000');
    expect(sent[0].context).toEqual(context);
    expect(sent[0].command).toStrictEqual({ type: 'RecordPayment', data: payment });
  });

  it('answers 201 with the revision as ETag when events were written', async () => {
    const { dispatcher, response, request } = harness(async () => recorded(7));
    const answer = await dispatcher.dispatch('RecordPayment', 'c-000', payment, request);
    expect(response.status).toHaveBeenCalledWith(201);
    expect(response.setHeader).toHaveBeenCalledWith('ETag', 'W/"7"');
    expect(answer).toEqual({
      contractId: 'c-000',
      streamId: 'contract-c-000',
      revision: 7,
      position: '42',
      eventIds: ['e-1'],
      events: [],
      idempotent: false,
    });
  });

  it('answers 200 when nothing new was written (a resent fact)', async () => {
    const { dispatcher, response, request } = harness(async () => recorded(7, true));
    const answer = await dispatcher.dispatch('RecordPayment', 'c-000', payment, request);
    expect(response.status).toHaveBeenCalledWith(200);
    expect(answer).toMatchObject({ idempotent: true, eventIds: [] });
  });

  it('names the body field of a domain refusal (data.amount → amount), keeping its code', async () => {
    const refusal = new DomainError('OVERPAYMENT', 'too much', 'data.amount', { due: '1.00' });
    const { dispatcher, request } = harness(() => Promise.reject(refusal));
    const error = await dispatcher
      .dispatch('RecordPayment', 'c-000', payment, request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'OVERPAYMENT', field: 'amount', details: { due: '1.00' } });
  });
});

/**
 * Never run: `npm run typecheck` fails when a body that does not match the domain command's
 * data compiles (each `@ts-expect-error` must have an error to expect).
 */
export function _bodiesThatMustNotCompile(
  dispatcher: ContractCommandDispatcher,
  request: ContractCommandRequest,
  drifted: Omit<RecordPaymentDto, 'installmentId'>,
  renamed: Omit<RecordPaymentDto, 'amount'> & { sum: string },
): void {
  // @ts-expect-error: a DTO without the domain's installmentId
  void dispatcher.dispatch('RecordPayment', 'c-000', drifted, request);
  // @ts-expect-error: a DTO whose field is named otherwise than in the domain
  void dispatcher.dispatch('RecordPayment', 'c-000', renamed, request);
  // @ts-expect-error: a money amount as a number
  void dispatcher.dispatch('RecordPayment', 'c-000', { ...payment, amount: 242159 }, request);
  // @ts-expect-error: a command type the domain does not have
  void dispatcher.dispatch('MakePayment', 'c-000', payment, request);
  // @ts-expect-error: the body of another command
  void dispatcher.dispatch('RecordInvoice', 'c-000', payment, request);
}
