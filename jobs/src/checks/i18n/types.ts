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
