import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { Role } from '@makers/kernel';
import { ALLOWED_ROLES } from './allowed-roles';

/**
 * Every Query field the app's resolvers serve, with the roles its @AllowedRoles names (undefined where a resolver
 * method has none): what the query matrix checks against the schema, so a query added without a rule is caught.
 */
export const declaredQueryRules = (app: INestApplicationContext): Map<string, readonly Role[] | undefined> => {
  const rules = new Map<string, readonly Role[] | undefined>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { instance } of module.providers.values()) {
      if (!instance || typeof instance !== 'object') continue;
      for (const method of methodsOf(instance)) {
        if (Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) !== 'Query') continue;
        const field: string = Reflect.getMetadata(RESOLVER_NAME_METADATA, method) ?? method.name;
        rules.set(field, Reflect.getMetadata(ALLOWED_ROLES, method));
      }
    }
  }
  return rules;
};

type Method = (...args: unknown[]) => unknown;

const methodsOf = (instance: object): Method[] => {
  const prototype = Object.getPrototypeOf(instance) as object;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => Object.getOwnPropertyDescriptor(prototype, name)?.value)
    .filter((value): value is Method => typeof value === 'function');
};
