/**
 * A small OData `$filter` parser: enough grammar to read what clients send to
 * /auditLogs/signIns (comparisons joined by and/or, `not`, parentheses, and the `any` lambda),
 * so unsupported filters can be refused with a precise reason instead of silently ignored.
 */
export type Literal =
  | { kind: 'datetime'; raw: string; ms: number; ticks: number }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; expr: FilterNode }
  | { type: 'cmp'; property: string; op: ComparisonOp; value: Literal }
  | { type: 'fn'; name: string; property: string; value: Literal }
  | { type: 'lambda'; collection: string; fn: 'any' | 'all'; variable: string; body: FilterNode };

export class FilterSyntaxError extends Error {}

type Token =
  { t: 'ident'; v: string } | { t: 'lit'; v: Literal } | { t: 'punct'; v: '(' | ')' | ',' | ':' };

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})/;
const OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** Parses an ISO-8601 instant to ms + the sub-millisecond 100 ns ticks Graph keeps. */
export function parseInstant(raw: string): { ms: number; ticks: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/.exec(
    raw,
  );
  if (!m) return null;
  const frac = (m[2] ?? '').padEnd(7, '0');
  const ms = Date.parse(`${m[1]}.${frac.slice(0, 3)}${m[3]}`);
  if (Number.isNaN(ms)) return null;
  return { ms, ticks: Number(frac.slice(3)) };
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === ':') {
      out.push({ t: 'punct', v: c });
      i++;
      continue;
    }
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new FilterSyntaxError('unterminated string literal');
        const ch = src.charAt(i);
        if (ch === "'") {
          if (src.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      out.push({ t: 'lit', v: { kind: 'string', value } });
      continue;
    }
    const rest = src.slice(i);
    const dt = DATETIME.exec(rest);
    if (dt) {
      const parsed = parseInstant(dt[0]);
      if (!parsed) throw new FilterSyntaxError(`invalid date-time '${dt[0]}'`);
      out.push({ t: 'lit', v: { kind: 'datetime', raw: dt[0], ...parsed } });
      i += dt[0].length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num) {
      out.push({ t: 'lit', v: { kind: 'number', value: Number(num[0]) } });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(rest);
    if (id) {
      const w = id[0];
      if (w === 'true' || w === 'false')
        out.push({ t: 'lit', v: { kind: 'bool', value: w === 'true' } });
      else if (w === 'null') out.push({ t: 'lit', v: { kind: 'null' } });
      else out.push({ t: 'ident', v: w });
      i += w.length;
      continue;
    }
    throw new FilterSyntaxError(`unexpected character '${c}' at position ${i}`);
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length)
      throw new FilterSyntaxError(`unexpected '${this.show(this.tokens[this.pos])}'`);
    return node;
  }

  private show(t: Token | undefined): string {
    if (!t) return 'end of filter';
    if (t.t === 'lit')
      return t.v.kind === 'string'
        ? `'${t.v.value}'`
        : t.v.kind === 'datetime'
          ? t.v.raw
          : String('value' in t.v ? t.v.value : 'null');
    return t.v;
  }

  private peekWord(): string | null {
    const t = this.tokens[this.pos];
    return t?.t === 'ident' ? t.v : null;
  }

  private expectPunct(p: string): void {
    const t = this.tokens[this.pos];
    if (t?.t !== 'punct' || t.v !== p)
      throw new FilterSyntaxError(`expected '${p}' but found '${this.show(t)}'`);
    this.pos++;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.peekWord() === 'or') {
      this.pos++;
      left = { type: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.peekWord() === 'and') {
      this.pos++;
      left = { type: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.peekWord() === 'not') {
      this.pos++;
      return { type: 'not', expr: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterNode {
    const t = this.tokens[this.pos];
    if (t?.t === 'punct' && t.v === '(') {
      this.pos++;
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    if (t?.t !== 'ident')
      throw new FilterSyntaxError(`expected a property name but found '${this.show(t)}'`);
    this.pos++;
    const lambda = /^(.+)\/(any|all)$/.exec(t.v);
    const next = this.tokens[this.pos];
    if (lambda && next?.t === 'punct' && next.v === '(') {
      this.pos++;
      const variable = this.tokens[this.pos];
      if (variable?.t !== 'ident') throw new FilterSyntaxError('expected a lambda variable');
      this.pos++;
      this.expectPunct(':');
      const body = this.or();
      this.expectPunct(')');
      return {
        type: 'lambda',
        collection: lambda[1] ?? '',
        fn: lambda[2] === 'all' ? 'all' : 'any',
        variable: variable.v,
        body,
      };
    }
    if (next?.t === 'punct' && next.v === '(') {
      // A function call like startswith(userPrincipalName, 'a').
      this.pos++;
      const prop = this.tokens[this.pos];
      if (prop?.t !== 'ident')
        throw new FilterSyntaxError(`expected a property as the first argument of ${t.v}()`);
      this.pos++;
      this.expectPunct(',');
      const lit = this.tokens[this.pos];
      if (lit?.t !== 'lit')
        throw new FilterSyntaxError(`expected a literal as the second argument of ${t.v}()`);
      this.pos++;
      this.expectPunct(')');
      return { type: 'fn', name: t.v.toLowerCase(), property: prop.v, value: lit.v };
    }
    const op = this.tokens[this.pos];
    if (op?.t !== 'ident' || !OPS.has(op.v))
      throw new FilterSyntaxError(
        `expected a comparison operator after '${t.v}' but found '${this.show(op)}'`,
      );
    this.pos++;
    const lit = this.tokens[this.pos];
    if (lit?.t !== 'lit')
      throw new FilterSyntaxError(
        `expected a value after '${t.v} ${op.v}' but found '${this.show(lit)}'`,
      );
    this.pos++;
    return { type: 'cmp', property: t.v, op: op.v as ComparisonOp, value: lit.v };
  }
}

export function parseFilter(src: string): FilterNode {
  return new Parser(tokenize(src)).parse();
}

/** The terms of a top-level conjunction (`a and b and c` → [a, b, c]). */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

export function disjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'or' ? [...disjuncts(node.left), ...disjuncts(node.right)] : [node];
}
