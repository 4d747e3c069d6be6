import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';

/** One route the app serves, in OpenAPI spelling: `post /contracts/{contractId}/payments`. */
export interface AppRoute {
  route: string;
  controller: Type<unknown>;
  /** The controller method that answers it. */
  handler: string;
}

/**
 * Every route of a running Nest app, read as Nest's router reads it: the controllers registered
 * in the app's modules, and the path and method metadata of their handlers.
 */
export function routesOf(app: INestApplication): AppRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const controllers = new Set(
    discovery.getControllers().map((wrapper) => wrapper.metatype as Type<unknown>),
  );
  return [...controllers].flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((handler) => {
      const target = prototype[handler] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, target) as RequestMethod | undefined;
      if (method === undefined) return [];
      return pathsOf(controller).flatMap((prefix) =>
        pathsOf(target).map((path) => ({
          route: `${RequestMethod[method].toLowerCase()} ${openApiPath(prefix, path)}`,
          controller,
          handler,
        })),
      );
    });
  });
}

function pathsOf(target: object): string[] {
  const paths = Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
  return Array.isArray(paths) ? paths : [paths ?? '/'];
}

function openApiPath(prefix: string, path: string): string {
  const joined = `/${prefix}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return joined.replace(/:(\w+)/g, '{$1}');
}
