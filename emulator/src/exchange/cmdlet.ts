import { ExchangeError } from '../http/errors.js';
import type { ScenarioTenant } from '../scenario/tenant.js';
import type { DayState } from '../scenario/timeline.js';

/**
 * A tiny cmdlet host shared by Exchange Online (served over REST) and Exchange on-premises
 * (read by the collector): name and parameter binding as PowerShell does it (case-insensitive,
 * unknown parameter = error), `-ResultSize` and `-Identity`, lazily built objects.
 */
export type CmdletObject = Record<string, unknown>;

export interface ObjectList {
  readonly length: number;
  at(index: number): CmdletObject;
}

export interface CmdletContext {
  tenant: ScenarioTenant;
  state: DayState;
  now: number;
}

export type CmdletParams = Readonly<Record<string, unknown>>;

export interface CmdletDefinition {
  name: string;
  parameters: readonly string[];
  /** Takes -ResultSize (default 1000, 'Unlimited' for all). */
  resultSize?: boolean;
  run(params: CmdletParams, ctx: CmdletContext): ObjectList;
}

export interface CmdletResult {
  objects: ObjectList;
  warnings: string[];
}

export type CmdletErrorKind = 'commandNotFound' | 'parameter' | 'argument' | 'notFound';

export class CmdletError extends Error {
  constructor(
    readonly kind: CmdletErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const COMMON_PARAMETERS = [
  'ErrorAction',
  'WarningAction',
  'InformationAction',
  'Verbose',
  'Debug',
  'ErrorVariable',
  'WarningVariable',
  'InformationVariable',
  'OutVariable',
  'OutBuffer',
  'PipelineVariable',
];

export function listOf(items: readonly CmdletObject[]): ObjectList {
  return { length: items.length, at: (i) => items[i] ?? {} };
}

export function lazyList(length: number, at: (i: number) => CmdletObject): ObjectList {
  return { length, at };
}

/** Keeps the objects matching -Identity; `keys` gives an object's identifiers without building it. */
export function byIdentity(
  length: number,
  keys: (i: number) => readonly (string | null)[],
  identity: unknown,
  notFoundOn: string,
): number[] {
  if (typeof identity !== 'string' || identity.trim() === '')
    throw new CmdletError(
      'argument',
      "Cannot bind argument to parameter 'Identity' because it is an empty string.",
    );
  const want = identity.trim().toLowerCase();
  const hits: number[] = [];
  for (let i = 0; i < length; i++)
    if (keys(i).some((k) => k !== null && k.toLowerCase() === want)) hits.push(i);
  if (hits.length === 0) {
    throw new CmdletError(
      'notFound',
      `The operation couldn't be performed because object '${identity}' couldn't be found on '${notFoundOn}'.`,
    );
  }
  return hits;
}

export function invokeCmdlet(
  table: readonly CmdletDefinition[],
  name: string,
  params: CmdletParams,
  ctx: CmdletContext,
): CmdletResult {
  const def = table.find((d) => d.name.toLowerCase() === name.trim().toLowerCase());
  if (!def) {
    throw new CmdletError(
      'commandNotFound',
      `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    );
  }
  const allowed = [
    ...def.parameters,
    ...(def.resultSize ? ['ResultSize'] : []),
    ...COMMON_PARAMETERS,
  ];
  const bound: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const canonical = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
    if (!canonical)
      throw new CmdletError(
        'parameter',
        `A parameter cannot be found that matches parameter name '${key}'.`,
      );
    bound[canonical] = value;
  }
  const all = def.run(bound, ctx);
  if (!def.resultSize) return { objects: all, warnings: [] };
  const limit = resultSizeLimit(bound.ResultSize);
  if (all.length <= limit) return { objects: all, warnings: [] };
  const warnings =
    bound.ResultSize === undefined
      ? [
          'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.',
        ]
      : [];
  return { objects: { length: limit, at: (i) => all.at(i) }, warnings };
}

function resultSizeLimit(value: unknown): number {
  if (value === undefined || value === null) return 1000;
  if (typeof value === 'string' && value.toLowerCase() === 'unlimited')
    return Number.POSITIVE_INFINITY;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isInteger(n) || n < 1) {
    throw new CmdletError(
      'argument',
      `Cannot process argument transformation on parameter 'ResultSize'. Cannot convert value "${String(value)}" to type "Microsoft.Exchange.Data.Unlimited\`1[System.UInt32]".`,
    );
  }
  return n;
}

/** Maps a cmdlet failure to the Exchange admin REST error (status, .NET exception type). */
export function toExchangeError(e: CmdletError): ExchangeError {
  switch (e.kind) {
    case 'commandNotFound':
      return new ExchangeError(
        400,
        'BadRequest',
        'Invalid Operation',
        'System.Management.Automation.CommandNotFoundException',
        e.message,
      );
    case 'parameter':
      return new ExchangeError(
        400,
        'BadRequest',
        'Invalid Operation',
        'Microsoft.Exchange.AdminApi.CommandInvocation.AmbiguousParameterSetException',
        e.message,
        true,
      );
    case 'argument':
      return new ExchangeError(
        400,
        'BadRequest',
        'Invalid Operation',
        'Microsoft.Exchange.AdminApi.CommandInvocation.ParameterTransformationException',
        e.message,
      );
    case 'notFound':
      return new ExchangeError(
        404,
        'NotFound',
        'Error executing cmdlet',
        'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
        e.message,
        true,
      );
  }
}
