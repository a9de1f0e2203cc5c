/**
 * A language's words for the catalogue: check titles (by check id) and the summary templates
 * (by message code, same placeholders as English; messages.ts describes the syntax). The web gets
 * them through web/src/i18n/generated/checks.ts (tools/write-checks-i18n.ts); English stays in the
 * check definitions and messages.
 */
export interface CatalogueTranslation {
  checks: Record<string, { title: string }>;
  messages: Record<string, string>;
}

/** A check's explanation in a language (cmdlets and parameter names stay as they are). */
export interface CheckProse {
  description: string;
  rationale: string;
}

/**
 * The catalogue's prose in a language: each check's description and rationale by check id, and
 * the prose between the commands of remediations (generic and per result, as remediation-steps.ts
 * cuts them), by its English text. Commands are never translated.
 */
export interface ProseTranslation {
  checks: Record<string, CheckProse>;
  remediation: Record<string, string>;
}
