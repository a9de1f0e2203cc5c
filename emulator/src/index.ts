/**
 * @posture/emulator: Microsoft's side of the wire (Entra token endpoint, Graph, the Exchange
 * admin REST endpoint) over a deterministic scenario, plus the on-premises collector. It shares
 * no code with the connectors on purpose: it is an independent implementation of the format.
 */
export { startEmulator, type EmulatedTenant, type EmulatorHandle } from './emulator.js';
export {
  DEFAULTS,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_TENANT_ID,
  EmulatorConfigError,
  loadEmulatorConfig,
  resolveOptions,
  type CollectorEnv,
  type EmulatorLogger,
  type EmulatorOptions,
} from './config.js';
export { ScenarioClock, type ScenarioClockOptions } from './scenario/clock.js';
export {
  DEFAULT_REGRESSIONS,
  DEFAULT_ROLLOUT,
  REGRESSION_KINDS,
  type Regression,
  type RegressionKind,
  type RolloutPlan,
} from './scenario/timeline.js';
export { EXCHANGE_ROLES, GRAPH_ROLES, type TenantSpec } from './scenario/tenant.js';
export {
  FAULT_ENDPOINTS,
  FAULT_KINDS,
  type ActiveFault,
  type FaultEndpoint,
  type FaultKind,
  type FaultSpec,
} from './faults/faults.js';
export {
  startCollector,
  type Collector,
  type CollectorOptions,
  type PushResult,
} from './collector/collector.js';
export {
  collectOnPremises,
  type ExchangeShell,
  type OnPremisesSnapshotBody,
} from './collector/snapshot.js';
