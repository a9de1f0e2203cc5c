import { z } from 'zod';

/**
 * What Windows PowerShell 5.1's plain `ConvertTo-Json` writes, normalised at validation so that
 * everything downstream (storage, checks, drift) sees ISO 8601 dates and enum names only.
 *
 * - Dates: 5.1 serialises a [DateTime] as `"\/Date(1700000000000)\/"` (milliseconds since the
 *   Unix epoch, UTC), a [DateTimeOffset] as `"\/Date(1700000000000+0100)\/"` (the offset is
 *   informational: the milliseconds are still UTC). JSON.parse turns `\/` into `/`.
 *   "ConvertTo-Json" (PowerShell 5.1 reference),
 *   https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json?view=powershell-5.1
 *   (`-EnumsAsStrings` exists only from PowerShell 6.2: 5.1 writes an enum as its number.)
 * - Enums: an Exchange enum arrives as its underlying number. Microsoft's reference pages for
 *   these enums list the members in declaration order without explicit values, so C# numbers them
 *   0, 1, 2… in that order; only the enums the checks read are mapped, each beside its page.
 */

const PS_DATE = /^\/Date\((-?\d{1,15})([+-]\d{4})?\)\/$/;

/** `/Date(ms)/` or `/Date(ms±hhmm)/` → ISO 8601 (UTC); anything else unchanged. */
export function fromPowerShellDate(value: unknown): unknown {
  // Get-Date output keeps its ETS note properties in 5.1: {"value":"\/Date(…)\/","DisplayHint":2,…}
  if (
    value !== null &&
    typeof value === 'object' &&
    'value' in value &&
    'DisplayHint' in value &&
    typeof value.value === 'string' &&
    PS_DATE.test(value.value)
  ) {
    return fromPowerShellDate(value.value);
  }
  if (typeof value !== 'string') return value;
  const m = PS_DATE.exec(value);
  if (!m) return value;
  const d = new Date(Number(m[1]));
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** Accepts `inner` as is, or a PowerShell 5.1 date string first turned into ISO 8601. */
export function powerShellDate<T extends z.ZodType>(inner: T) {
  return z.preprocess(fromPowerShellDate, inner);
}

/**
 * An Exchange enum given by name (any case-correct name in `names`) or, as Windows PowerShell
 * 5.1 writes it, by its number: `names[n]`. Numbers outside the documented members are refused,
 * naming the documented range.
 */
export function exchangeEnum<const N extends readonly [string, ...string[]]>(
  names: N,
  numbered: readonly string[] = names,
) {
  return z.preprocess(
    (v) =>
      typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < numbered.length
        ? numbered[v]
        : v,
    z.enum(names, {
      error: (iss) =>
        typeof iss.input === 'number'
          ? `${iss.input} is not a documented value (0-${numbered.length - 1}: ${numbered.join(', ')})`
          : `must be one of ${names.join(', ')} (or its number, 0-${numbered.length - 1})`,
    }),
  );
}

/** A string field that may arrive as an enum number; the number is mapped to its name. */
export function exchangeEnumText(numbered: readonly string[]) {
  return z.preprocess(
    (v) =>
      typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < numbered.length
        ? numbered[v]
        : v,
    z.string({
      error: (iss) =>
        typeof iss.input === 'number'
          ? `${iss.input} is not a documented value (0-${numbered.length - 1}: ${numbered.join(', ')})`
          : 'must be a string (or an enum number)',
    }),
  );
}

/**
 * DeviceAccessLevel (ActiveSyncOrganizationSettings.DefaultAccessLevel, a rule's AccessLevel):
 * "DeviceAccessLevel enumeration",
 * https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-api/ff330649(v=exchg.150)
 */
export const DEVICE_ACCESS_LEVEL = ['Allow', 'Block', 'Quarantine'] as const;

/**
 * DeviceAccessCharacteristic (a device access rule's Characteristic). The page lists DeviceType,
 * DeviceModel, DeviceOS, UserAgent; XMSWLHeader (a valid -Characteristic of
 * New-ActiveSyncDeviceAccessRule) is accepted by name only, its number being undocumented.
 * "DeviceAccessCharacteristic enumeration",
 * https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-api/ff346211(v=exchg.150)
 */
export const DEVICE_ACCESS_CHARACTERISTIC_NUMBERED = [
  'DeviceType',
  'DeviceModel',
  'DeviceOS',
  'UserAgent',
] as const;
export const DEVICE_ACCESS_CHARACTERISTIC = [
  ...DEVICE_ACCESS_CHARACTERISTIC_NUMBERED,
  'XMSWLHeader',
] as const;

/**
 * DeviceAccessState (Get-MobileDevice / Get-MobileDeviceStatistics DeviceAccessState):
 * "DeviceAccessState Enumeration",
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2010/ff343016(v=exchg.140)
 */
export const DEVICE_ACCESS_STATE = [
  'Unknown',
  'Allowed',
  'Blocked',
  'Quarantined',
  'DeviceDiscovery',
] as const;

/**
 * DeviceAccessStateReason (shown as evidence):
 * "DeviceAccessStateReason Enumeration",
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2010/ff324138(v=exchg.140)
 */
export const DEVICE_ACCESS_STATE_REASON = [
  'Unknown',
  'Global',
  'Individual',
  'DeviceRule',
  'Upgrade',
  'Policy',
] as const;
