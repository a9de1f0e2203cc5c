/**
 * A result's remediation (prose with the tenant's commands in it, as the catalogue writes it)
 * cut into steps: prose, and commands someone can copy one at a time. Pure; the API serves it
 * as `CheckResult.remediationSteps` so the dashboard never parses the text itself.
 */

export interface RemediationStep {
  text: string;
  /** A shell command (PowerShell cmdlet line), to be shown as code with a copy button. */
  command: boolean;
}

/** Where a command starts: a PowerShell Verb-Noun cmdlet, or a variable assigned from one. */
const COMMAND_START =
  /(?:\$\w+\s*=\s*\(?)?\(?\b(?:Get|Set|New|Remove|Add|Update|Enable|Disable|Install|Import|Connect|Test)-[A-Z][A-Za-z]+\b/;
/** A trailing explanation in parentheses after a command, e.g. "(the tenant's policy …)". */
const TRAILING_NOTE = /\s+\(([^()]*)\)\s*$/;

export function remediationSteps(text: string | null | undefined): RemediationStep[] {
  const out: RemediationStep[] = [];
  const prose = (t: string) => {
    const s = t.trim();
    if (s === '') return;
    const last = out[out.length - 1];
    if (last && !last.command) last.text = `${last.text} ${s}`;
    else out.push({ text: s, command: false });
  };
  // Sentences and "; "-separated parts; dots inside names (a@contoso.com) have no space after.
  for (const part of (text ?? '').split(/(?<=[.;])\s+|;\s*/)) {
    const m = COMMAND_START.exec(part);
    if (!m) {
      prose(part);
      continue;
    }
    prose(part.slice(0, m.index));
    let command = part.slice(m.index).replace(/[.;]\s*$/, '');
    let note = '';
    const trailing = TRAILING_NOTE.exec(command);
    // A parenthesis of words after the command explains it; a cmdlet's own (…) has no spaces.
    if (trailing && trailing[1]!.trim().split(/\s+/).length >= 3) {
      note = `(${trailing[1]})`;
      command = command.slice(0, trailing.index);
    }
    const trimmed = command.trim().replace(/,$/, '');
    if (trimmed !== '') out.push({ text: trimmed, command: true });
    prose(note);
  }
  return out;
}
