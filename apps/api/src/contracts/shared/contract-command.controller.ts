import { Body, Controller, Injectable, Param, PipeTransform, Post, Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandOf, ContractCommandType } from '@app/domain';
import { ContractCommandDispatcher } from './contract-command.dispatcher';
import {
  ContractCommandEndpoint,
  ContractCommandEndpointOptions,
} from './contract-command.endpoint';
import { CommandRequest, ContractCommandRequest } from './contract-command.request';
import type { ContractCommandResponse } from './contract-command.response';
import { IdParam, PeriodIndexParam } from './path-params';

/**
 * What every contract command controller holds: the dispatcher. A controller declared with
 * {@link ContractCommand} answers its route with `this.commands.dispatch(type, …)`
 * ({@link ContractCommandDispatcher.dispatch}, which sends the command through the CommandBus to
 * ContractCommandHandler in contract-command.handler.ts).
 */
@Injectable()
export abstract class ContractCommandController {
  constructor(protected readonly commands: ContractCommandDispatcher) {}
}

/** `':contractId/milestones/:milestoneId/acceptance'` → `'contractId' | 'milestoneId'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path fields a command takes besides the contract: ids, and `periodIndex` (a number). */
type PathFields<P extends string> = {
  [K in Exclude<PathParamNames<P>, 'contractId'>]: K extends 'periodIndex' ? number : string;
};

/**
 * The compile check of the body: the DTO plus the path fields must be what the domain's command
 * takes (`CommandOf<T>['data']`), as `dispatch(type, contractId, { ...body, milestoneId })` checks.
 */
type FitsCommand<T extends ContractCommandType, D, P extends string> =
  D extends Type<infer Body>
    ? Body & PathFields<P> extends CommandOf<T>['data']
      ? unknown
      : { error: `the DTO and the path fields of ${P} are not ${T}'s data` }
    : never;

export interface ContractCommandOptions<P extends string> extends Omit<
  ContractCommandEndpointOptions,
  'response'
> {
  /** The route below `/contracts`, starting with `:contractId`. */
  post: P;
  /** The OpenAPI tag (the use-case group: `acceptance`, `payments` …). */
  tag: string;
}

/** The pipe of a path parameter: `periodIndex` is a whole number 1 … 1200, the rest are ids. */
const pipeOf = (name: string): Type<PipeTransform> =>
  name === 'periodIndex' ? PeriodIndexParam : IdParam;

/** `RecordLateInterestPayment` → `recordLateInterestPayment`: the method (and operationId) name. */
const methodNameOf = (type: string) => type.charAt(0).toLowerCase() + type.slice(1);

/**
 * `@ContractCommand('AcceptMilestone', AcceptMilestoneDto, { post, tag, roles, summary, description })`
 * on a class extending {@link ContractCommandController}: the controller of one command. It gets
 * one method, named after the type (`acceptMilestone`), that is exactly what a hand-written
 * controller would be:
 *
 * ```ts
 * @Post(':contractId/milestones/:milestoneId/acceptance')
 * @ContractCommandEndpoint({ summary, description, roles })
 * acceptMilestone(
 *   @Param('contractId', IdParam) contractId: string,
 *   @Param('milestoneId', IdParam) milestoneId: string, // periodIndex: PeriodIndexParam, number
 *   @Body() body: AcceptMilestoneDto,
 *   @CommandRequest() request: ContractCommandRequest,
 * ): Promise<ContractCommandResponse> {
 *   return this.commands.dispatch('AcceptMilestone', contractId, { ...body, milestoneId }, request);
 * }
 * ```
 *
 * under `@ApiTags(tag) @Controller('contracts')`: the same routing, validation, roles and OpenAPI
 * metadata (decorators applied in the order the compiler applies them, so the document is the
 * same), and the same compile check of the body against `CommandOf<T>['data']`.
 */
export function ContractCommand<
  T extends ContractCommandType,
  D extends Type<object>,
  P extends string,
>(
  type: T,
  dto: D & FitsCommand<T, D, P>,
  options: ContractCommandOptions<P>,
): (target: Type<ContractCommandController>) => void {
  const { post, tag, ...endpoint } = options;
  const fields = [...post.matchAll(/:(\w+)/g)].map((m) => m[1]).filter((n) => n !== 'contractId');
  const name = methodNameOf(type);
  // (contractId, ...path fields, body, request): its `length` says so, as a written method's would.
  const method = {
    [name](this: ContractCommandController, contractId: string, ...rest: unknown[]) {
      const values = rest.slice(0, fields.length);
      const [body, request] = rest.slice(fields.length) as [object, ContractCommandRequest];
      const path = Object.fromEntries(fields.map((field, i) => [field, values[i]]));
      // Checked against CommandOf<T>['data'] where the decorator is applied (FitsCommand).
      const data = { ...body, ...path } as never;
      return this.commands.dispatch(type, contractId, data, request);
    },
  }[name] as (...args: unknown[]) => Promise<ContractCommandResponse>;
  Object.defineProperty(method, 'length', { value: fields.length + 3 });
  const at =
    (index: number, decorator: ParameterDecorator): MethodDecorator =>
    (target, key) =>
      decorator(target, key, index);
  return (target) => {
    Object.defineProperty(target.prototype, name, {
      value: method,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    const descriptor = Reflect.decorate(
      [
        Post(post),
        ContractCommandEndpoint(endpoint),
        at(0, Param('contractId', IdParam)),
        ...fields.map((field, i) => at(i + 1, Param(field, pipeOf(field)))),
        at(fields.length + 1, Body()),
        at(fields.length + 2, CommandRequest()),
        Reflect.metadata('design:type', Function),
        Reflect.metadata('design:paramtypes', [
          String,
          ...fields.map((field) => (field === 'periodIndex' ? Number : String)),
          dto,
          Object,
        ]),
        Reflect.metadata('design:returntype', Promise),
      ],
      target.prototype,
      name,
      Object.getOwnPropertyDescriptor(target.prototype, name),
    );
    if (descriptor) Object.defineProperty(target.prototype, name, descriptor);
    Reflect.decorate([ApiTags(tag), Controller('contracts')], target);
  };
}
