import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the drift test needs to know of one field of a Prisma model. */
export interface SchemaField {
  /** The @db attribute without its "@db." prefix, e.g. "Uuid", "Timestamptz(3)", "VarChar(5)". */
  dbType?: string;
  column: string;
  hasDbDefault: boolean;
  list: boolean;
  name: string;
  optional: boolean;
  relation?: { fields: string[]; onDelete?: string; references: string[] };
  type: string;
}

export interface SchemaIndex {
  columns: string[];
  name: string;
  unique: boolean;
}

export interface SchemaModel {
  fields: SchemaField[];
  indexes: SchemaIndex[];
  name: string;
  primaryKey: string[];
  table: string;
}

export interface PrismaSchema {
  enums: Map<string, string[]>;
  models: SchemaModel[];
}

export const SCHEMA_DIR = resolve(__dirname, '..', '..', 'prisma', 'schema');

/**
 * A small reader of the multi-file Prisma schema, enough for the drift test to derive what the
 * database must hold: tables, columns, types, nullability, defaults, indexes and foreign keys, named
 * as Prisma names them. It does not try to be a full Prisma parser; unknown syntax fails loudly.
 */
export function readPrismaSchema(directory = SCHEMA_DIR): PrismaSchema {
  const text = readdirSync(directory)
    .filter((file) => file.endsWith('.prisma'))
    .sort()
    .map((file) => readFileSync(join(directory, file), 'utf8'))
    .join('\n')
    .replace(/\/\/.*$/gm, '');
  const enums = new Map<string, string[]>();
  for (const match of text.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    enums.set(match[1], match[2].split('\n').map((line) => line.trim()).filter(Boolean));
  }
  const blocks = [...text.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)];
  const modelNames = new Set(blocks.map((block) => block[1]));
  const models = blocks.map(([, name, body]) => readModel(name, body, modelNames, enums));
  return { enums, models };
}

function readModel(name: string, body: string, modelNames: Set<string>, enums: Map<string, string[]>): SchemaModel {
  const lines = body.split('\n').map((line) => line.trim()).filter(Boolean);
  const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name;
  const fields: SchemaField[] = [];
  for (const line of lines.filter((candidate) => !candidate.startsWith('@@'))) {
    const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Cannot read field "${line}" of model ${name}`);
    const [, fieldName, type, list, optional, attributes] = match;
    const relation = /@relation\(([^)]*)\)/.exec(attributes)?.[1];
    const isRelation = modelNames.has(type);
    fields.push({
      column: /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? fieldName,
      dbType: /@db\.(\w+(?:\([^)]*\))?)/.exec(attributes)?.[1],
      hasDbDefault: /@default\((?!uuid\(\)|cuid\(\))/.test(attributes),
      list: Boolean(list),
      name: fieldName,
      optional: Boolean(optional),
      relation: isRelation && relation?.includes('fields:') ? readRelation(relation) : undefined,
      type: isRelation ? `model:${type}` : enums.has(type) ? `enum:${type}` : type,
    });
  }
  const columnOf = (fieldName: string) => {
    const field = fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`Model ${name} has no field ${fieldName}`);
    return field.column;
  };
  const indexes: SchemaIndex[] = [];
  for (const field of fields.filter((candidate) => /@unique\b/.test(lines.find((line) => line.startsWith(`${candidate.name} `)) ?? ''))) {
    indexes.push({ columns: [field.column], name: `${table}_${field.column}_key`, unique: true });
  }
  for (const match of body.matchAll(/@@(index|unique)\(\[([^\]]+)\]\)/g)) {
    const columns = match[2].split(',').map((field) => columnOf(field.trim()));
    const unique = match[1] === 'unique';
    indexes.push({ columns, name: `${table}_${columns.join('_')}_${unique ? 'key' : 'idx'}`, unique });
  }
  const compoundId = /@@id\(\[([^\]]+)\]\)/.exec(body)?.[1];
  const idField = lines.find((line) => /\s@id\b/.test(line))?.split(/\s+/)[0];
  const primaryKey = compoundId ? compoundId.split(',').map((field) => columnOf(field.trim())) : [columnOf(idField!)];
  return { fields: fields.filter((field) => !field.type.startsWith('model:') || field.relation), indexes, name, primaryKey, table };
}

function readRelation(text: string): SchemaField['relation'] {
  const list = (key: string) => (new RegExp(`${key}:\\s*\\[([^\\]]*)\\]`).exec(text)?.[1] ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  return { fields: list('fields'), onDelete: /onDelete:\s*(\w+)/.exec(text)?.[1], references: list('references') };
}

/** The PostgreSQL type Prisma creates for a scalar field, as format_type() prints it. */
export function expectedColumnType(field: SchemaField): string {
  const base = (() => {
    if (field.type.startsWith('enum:')) return `"${field.type.slice(5)}"`;
    if (field.dbType) {
      const [, kind, size] = /^(\w+)(?:\((\d+)\))?$/.exec(field.dbType)!;
      const sized = (name: string) => (size ? `${name}(${size})` : name);
      const names: Record<string, string> = { Date: 'date', Timestamptz: `${sized('timestamp')} with time zone`, Uuid: 'uuid', VarChar: sized('character varying') };
      if (!names[kind]) throw new Error(`Unknown @db.${field.dbType}`);
      return names[kind];
    }
    const names: Record<string, string> = {
      BigInt: 'bigint',
      Boolean: 'boolean',
      Bytes: 'bytea',
      DateTime: 'timestamp(3) without time zone',
      Int: 'integer',
      Json: 'jsonb',
      String: 'text',
    };
    if (!names[field.type]) throw new Error(`Unknown Prisma type ${field.type} of ${field.name}`);
    return names[field.type];
  })();
  return field.list ? `${base}[]` : base;
}

/** The delete rule Prisma gives a foreign key, as information_schema spells it. */
export function expectedDeleteRule(field: SchemaField, scalarOptional: boolean): string {
  const rules: Record<string, string> = { Cascade: 'CASCADE', NoAction: 'NO ACTION', Restrict: 'RESTRICT', SetDefault: 'SET DEFAULT', SetNull: 'SET NULL' };
  if (field.relation?.onDelete) return rules[field.relation.onDelete];
  return scalarOptional ? 'SET NULL' : 'RESTRICT';
}
