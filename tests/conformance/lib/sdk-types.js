// Reads the TypeScript declarations shipped in @dynatrace-sdk/client-classic-environment-v2 and checks
// plain JSON values against them. The SDK itself does not validate responses at run time, so this is
// what turns "the call succeeded" into "the answer has the shape Dynatrace's client is typed for".
//
// Rules, per interface: every required member must be present and not null; every present member must
// match its declared type; members the type does not declare are errors (unless it has an index
// signature). An optional member sent as null is tolerated but reported as a note, because real
// Dynatrace does the same (e.g. ConstraintViolation.location) although the types say `location?: string`.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageRoot = path.dirname(require.resolve('@dynatrace-sdk/client-classic-environment-v2/package.json'));
const libRoot = path.join(packageRoot, 'types/packages/client/classic-environment-v2/src/lib');

const stripComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');

/** Splits on `separator` where no bracket of any kind is open. */
function splitTopLevel(text, separator) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if ('{(<['.includes(c)) depth++;
    else if ('})>]'.includes(c)) depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The text between the bracket at `open` and its partner. */
function bracketBody(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ('{(<['.includes(text[i])) depth++;
    else if ('})>]'.includes(text[i]) && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`Unbalanced declaration near: ${text.slice(open, open + 80)}`);
}

/** Parses a type expression into { kind, ... } nodes. */
export function parseType(source) {
  const text = source.trim();
  const union = splitTopLevel(text, '|');
  if (union.length > 1) return { kind: 'union', of: union.map(parseType) };
  if (text.endsWith('[]')) return { kind: 'array', of: parseType(text.slice(0, -2)) };
  if (text.startsWith('(') && bracketBody(text, 0).length === text.length - 2) return parseType(text.slice(1, -1));
  if (/^'[^']*'$|^"[^"]*"$/.test(text)) return { kind: 'literal', value: text.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'literal', value: Number(text) };
  const generic = /^(\w+)<([\s\S]*)>$/.exec(text);
  if (generic && generic[1] === 'Array') return { kind: 'array', of: parseType(generic[2]) };
  if (generic && generic[1] === 'Record') return { kind: 'record', of: parseType(splitTopLevel(generic[2], ',')[1]) };
  if (text.startsWith('{')) return { kind: 'object', ...parseMembers(bracketBody(text, 0)) };
  if (/^\w+$/.test(text)) {
    return ['string', 'number', 'boolean', 'any', 'unknown', 'null', 'undefined', 'void', 'object', 'Date'].includes(text)
      ? { kind: 'primitive', name: text }
      : { kind: 'ref', name: text };
  }
  return { kind: 'primitive', name: 'any', unparsed: text };
}

function parseMembers(body) {
  const members = new Map();
  let index = null;
  for (const declaration of splitTopLevel(body.replace(/,\s*$/, ''), ';')) {
    const indexSignature = /^\[\s*\w+\s*:\s*string\s*\]\s*:\s*([\s\S]+)$/.exec(declaration);
    if (indexSignature) {
      index = parseType(indexSignature[1]);
      continue;
    }
    const member = /^(?:'([^']+)'|"([^"]+)"|([\w$]+))(\?)?\s*:\s*([\s\S]+)$/.exec(declaration);
    if (member) {
      members.set(member[1] ?? member[2] ?? member[3], { optional: member[4] === '?', type: parseType(member[5]) });
    }
  }
  return { members, index };
}

/** Every interface, type alias and enum declared in the SDK's models and every client method's return type. */
export function loadSdkTypes() {
  const interfaces = new Map();
  const aliases = new Map();
  const enums = new Map();
  const subtypes = new Map();
  for (const file of readdirSync(path.join(libRoot, 'models')).filter((f) => f.endsWith('.d.ts'))) {
    const text = stripComments(readFileSync(path.join(libRoot, 'models', file), 'utf8'));
    for (const match of text.matchAll(/export interface (\w+)(?:\s+extends\s+([\w\s,]+?))?\s*\{/g)) {
      const body = bracketBody(text, match.index + match[0].length - 1);
      const bases = match[2] ? match[2].split(',').map((b) => b.trim()) : [];
      interfaces.set(match[1], { name: match[1], bases, ...parseMembers(body) });
      for (const base of bases) subtypes.set(base, [...(subtypes.get(base) ?? []), match[1]]);
    }
    for (const match of text.matchAll(/export type (\w+)\s*=\s*([^;]+);/g)) aliases.set(match[1], parseType(match[2]));
    for (const match of text.matchAll(/export declare enum (\w+)\s*\{/g)) {
      const body = bracketBody(text, match.index + match[0].length - 1);
      enums.set(match[1], [...body.matchAll(/=\s*"([^"]*)"/g)].map((m) => m[1]));
    }
  }

  const methods = new Map();
  for (const file of readdirSync(path.join(libRoot, 'apis')).filter((f) => f.endsWith('-api.d.ts'))) {
    const text = stripComments(readFileSync(path.join(libRoot, 'apis', file), 'utf8'));
    const clientName = /export declare class (\w+)/.exec(text)?.[1];
    for (const match of text.matchAll(/(\w+)\(config\??:[\s\S]*?\):\s*Promise<([^;]+)>;/g)) {
      methods.set(`${clientName}.${match[1]}`, parseType(match[2]));
    }
  }

  return { interfaces, aliases, enums, subtypes, methods };
}

const describeValue = (value) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : value instanceof Date ? 'Date' : typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : typeof value;

const allowsNull = (type) =>
  (type.kind === 'primitive' && ['null', 'any', 'unknown'].includes(type.name)) || (type.kind === 'union' && type.of.some(allowsNull));

/** Checks values against the loaded declarations, collecting errors and notes with JSON paths. */
export class SdkTypeChecker {
  /** `tolerated`: "Type.member" names that may appear although the type does not declare them (reported as notes). */
  constructor(types, tolerated = new Map()) {
    this.types = types;
    this.tolerated = tolerated;
  }

  /** Returns { errors, notes } for `value` against the type expression or name `type`. */
  check(value, type, root = '$') {
    const result = { errors: [], notes: [] };
    this.#check(value, typeof type === 'string' ? parseType(type) : type, root, result);
    return result;
  }

  #check(value, type, at, result) {
    switch (type.kind) {
      case 'primitive':
        return this.#checkPrimitive(value, type.name, at, result);
      case 'literal':
        if (value !== type.value) result.errors.push(`${at}: expected ${JSON.stringify(type.value)}, got ${describeValue(value)}`);
        return;
      case 'array':
        if (!Array.isArray(value)) return void result.errors.push(`${at}: expected an array, got ${describeValue(value)}`);
        return value.forEach((item, i) => this.#check(item, type.of, `${at}[${i}]`, result));
      case 'record':
        if (!isPlainObject(value)) return void result.errors.push(`${at}: expected an object, got ${describeValue(value)}`);
        return Object.entries(value).forEach(([k, v]) => this.#check(v, type.of, `${at}.${k}`, result));
      case 'object':
        return this.#checkMembers(value, type, 'inline object', at, result);
      case 'union':
        return this.#checkUnion(value, type.of, at, result);
      case 'ref':
        return this.#checkRef(value, type.name, at, result);
      default:
        throw new Error(`Unknown type node ${type.kind}`);
    }
  }

  #checkPrimitive(value, name, at, result) {
    const ok = {
      string: () => typeof value === 'string',
      number: () => typeof value === 'number' && Number.isFinite(value),
      boolean: () => typeof value === 'boolean',
      null: () => value === null,
      undefined: () => value === undefined,
      void: () => value === undefined,
      object: () => isPlainObject(value),
      Date: () => value instanceof Date && !Number.isNaN(value.getTime()),
    }[name];
    if (ok && !ok()) result.errors.push(`${at}: expected ${name}, got ${describeValue(value)}`);
  }

  #checkUnion(value, branches, at, result) {
    let best = null;
    for (const branch of branches) {
      const attempt = { errors: [], notes: [] };
      this.#check(value, branch, at, attempt);
      if (attempt.errors.length === 0) {
        result.notes.push(...attempt.notes);
        return;
      }
      if (!best || attempt.errors.length < best.errors.length) best = attempt;
    }
    result.errors.push(...best.errors);
  }

  #checkRef(value, name, at, result) {
    const { interfaces, aliases, enums, subtypes } = this.types;
    if (enums.has(name)) {
      if (!enums.get(name).includes(value)) result.errors.push(`${at}: expected one of ${enums.get(name).join('|')} (${name}), got ${describeValue(value)}`);
      return;
    }
    if (aliases.has(name)) return this.#check(value, aliases.get(name), at, result);
    if (!interfaces.has(name)) return void result.notes.push(`${at}: type ${name} is not declared in the SDK models; not checked`);
    // A polymorphic base (e.g. Evidence) accepts any of its subtypes: check the best-fitting one.
    const candidates = [name, ...(subtypes.get(name) ?? [])];
    if (candidates.length === 1) return this.#checkMembers(value, this.#flatten(name), name, at, result);
    this.#checkUnion(value, candidates.map((c) => ({ kind: 'object', ...this.#flatten(c), label: c })), at, result);
  }

  #flatten(name) {
    const declared = this.types.interfaces.get(name);
    const members = new Map();
    let index = declared.index;
    for (const base of declared.bases) {
      if (!this.types.interfaces.has(base)) continue;
      const inherited = this.#flatten(base);
      inherited.members.forEach((m, k) => members.set(k, m));
      index ??= inherited.index;
    }
    declared.members.forEach((m, k) => members.set(k, m));
    return { members, index, label: name };
  }

  #checkMembers(value, shape, name, at, result) {
    if (!isPlainObject(value)) return void result.errors.push(`${at}: expected ${shape.label ?? name}, got ${describeValue(value)}`);
    for (const [key, member] of shape.members) {
      const present = Object.prototype.hasOwnProperty.call(value, key) && value[key] !== undefined;
      if (!present) {
        if (!member.optional) result.errors.push(`${at}.${key}: required by ${shape.label ?? name} but missing`);
      } else if (value[key] === null && !allowsNull(member.type)) {
        if (member.optional) result.notes.push(`${at}.${key}: optional in ${shape.label ?? name}, sent as null`);
        else result.errors.push(`${at}.${key}: required by ${shape.label ?? name} but null`);
      } else {
        this.#check(value[key], member.type, `${at}.${key}`, result);
      }
    }
    for (const key of Object.keys(value).filter((k) => !shape.members.has(k))) {
      const why = this.tolerated.get(`${shape.label ?? name}.${key}`);
      if (shape.index) this.#check(value[key], shape.index, `${at}.${key}`, result);
      else if (why) result.notes.push(`${at}.${key}: not declared by ${shape.label ?? name}, tolerated: ${why}`);
      else result.errors.push(`${at}.${key}: not declared by ${shape.label ?? name}`);
    }
  }
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
