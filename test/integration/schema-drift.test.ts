import { Client } from 'pg';
import { Prisma } from '../../src/generated/prisma/client';
import { createRowsOfEveryModel, RepresentativeRows } from '../factories/every-model.factory';
import { expectedColumnType, expectedDeleteRule, readPrismaSchema } from '../support/prisma-schema';
import { harnessInfo } from '../support/test-environment';
import { startTestApp, TestApp } from '../support/test-app';

interface ColumnRow { column: string; default: string | null; not_null: boolean; table: string; type: string }
interface IndexRow { columns: string[]; name: string; primary: boolean; table: string; unique: boolean }
interface ForeignKeyRow { columns: string[]; delete_rule: string; name: string; references: string; table: string; update_rule: string }

const RULES: Record<string, string> = { a: 'NO ACTION', c: 'CASCADE', d: 'SET DEFAULT', n: 'SET NULL', r: 'RESTRICT' };

/**
 * The migrations are written by hand (prisma migrate cannot run here), so this suite holds them to
 * the Prisma schema: the database the migrations built must have exactly the tables, columns, types,
 * nullability, defaults, indexes, foreign keys and enums the schema describes, and Prisma must write
 * and read back every column of every model.
 */
describe('The hand-written migrations and the Prisma schema', () => {
  const schema = readPrismaSchema();
  let subject: TestApp;
  let client: Client;

  beforeAll(async () => {
    subject = await startTestApp();
    client = new Client({ connectionString: harnessInfo().databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await subject?.close();
  });

  const query = async <T extends object>(sql: string) => (await client.query<T>(sql)).rows;

  it('create exactly the tables of the schema', async () => {
    // Given the migrated database, when its tables are listed
    const tables = await query<{ table: string }>(`SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`);

    // Then they are the schema's models, no more and no fewer
    expect(tables.map((row) => row.table).sort()).toEqual(schema.models.map((model) => model.table).sort());
  });

  it('give every column the type, nullability and default the schema says', async () => {
    // Given every column of the database
    const columns = await query<ColumnRow>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);

    // When each model's scalar fields are compared with them
    const problems: string[] = [];
    for (const model of schema.models) {
      const actual = new Map(columns.filter((row) => row.table === model.table).map((row) => [row.column, row]));
      const fields = model.fields.filter((field) => !field.type.startsWith('model:'));
      for (const field of fields) {
        const column = actual.get(field.column);
        const where = `${model.table}.${field.column}`;
        if (!column) {
          problems.push(`${where}: missing`);
          continue;
        }
        if (column.type !== expectedColumnType(field)) problems.push(`${where}: type ${column.type}, schema wants ${expectedColumnType(field)}`);
        // Prisma creates scalar lists without NOT NULL.
        const notNull = !field.optional && !field.list;
        if (column.not_null !== notNull) problems.push(`${where}: ${column.not_null ? 'NOT NULL' : 'nullable'}, schema wants ${notNull ? 'NOT NULL' : 'nullable'}`);
        if ((column.default !== null) !== field.hasDbDefault) problems.push(`${where}: default ${column.default ?? 'none'}, schema wants ${field.hasDbDefault ? 'one' : 'none'}`);
      }
      for (const name of actual.keys()) {
        if (!fields.some((field) => field.column === name)) problems.push(`${model.table}.${name}: not in the schema`);
      }
    }

    // Then nothing differs
    expect(problems).toEqual([]);
  });

  it('create the primary keys, indexes and unique constraints the schema names', async () => {
    const indexes = await query<IndexRow>(`
      SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
        array(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);

    const expected = schema.models.flatMap((model) => [
      { columns: model.primaryKey, name: `${model.table}_pkey`, primary: true, table: model.table, unique: true },
      ...model.indexes.map((index) => ({ columns: index.columns, name: index.name, primary: false, table: model.table, unique: index.unique })),
    ]);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(indexes.sort(byName)).toEqual(expected.sort(byName));
  });

  it('create the foreign keys with the delete rules the schema says', async () => {
    const keys = await query<ForeignKeyRow>(`
      SELECT con.conname AS name, rel.relname AS table, ref.relname AS references, con.confdeltype AS delete_rule, con.confupdtype AS update_rule,
        array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_class ref ON ref.oid = con.confrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
      WHERE n.nspname = 'public' AND con.contype = 'f'`);

    const tableOf = new Map(schema.models.map((model) => [model.name, model.table]));
    const expected = schema.models.flatMap((model) =>
      model.fields
        .filter((field) => field.relation)
        .map((field) => {
          const columns = field.relation!.fields.map((name) => model.fields.find((candidate) => candidate.name === name)!);
          return {
            columns: columns.map((column) => column.column),
            delete_rule: expectedDeleteRule(field, columns.some((column) => column.optional)),
            name: `${model.table}_${columns.map((column) => column.column).join('_')}_fkey`,
            references: tableOf.get(field.type.slice('model:'.length))!,
            table: model.table,
            update_rule: 'CASCADE',
          };
        }),
    );
    const actual = keys.map((key) => ({ ...key, delete_rule: RULES[key.delete_rule], update_rule: RULES[key.update_rule] }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(actual.sort(byName)).toEqual(expected.sort(byName));
  });

  it('create the enums with the schema’s values in the schema’s order', async () => {
    const enums = await query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`);

    expect(Object.fromEntries(enums.map((row) => [row.name, row.values]))).toEqual(Object.fromEntries(schema.enums));
  });

  describe('through Prisma', () => {
    let rows: RepresentativeRows;
    beforeAll(async () => (rows = await createRowsOfEveryModel(subject.prisma)));

    it.each(Object.values(Prisma.ModelName))('writes and reads back every column of %s', async (modelName) => {
      // Given the representative rows created for the model (every optional column filled)
      const created = rows[modelName];
      if (!created) throw new Error(`No representative row for ${modelName}: add one to test/factories/every-model.factory.ts`);
      const model = schema.models.find((candidate) => candidate.name === modelName)!;
      const delegate = (subject.prisma as unknown as Record<string, { findFirst(args?: object): Promise<object | null>; findMany(args: object): Promise<Record<string, unknown>[]> }>)[
        modelName[0].toLowerCase() + modelName.slice(1)
      ];

      // When Prisma reads any row, and then exactly those rows, with all scalar columns
      await expect(delegate.findFirst()).resolves.not.toBeNull();
      const key = model.fields.find((field) => field.column === model.primaryKey[0])!.name;
      const read = await delegate.findMany({ where: { [key]: { in: created.map((row) => row[key]) } } });

      // Then every scalar column holds a value in at least one of them
      expect(read).toHaveLength(created.length);
      const empty = model.fields
        .filter((field) => !field.type.startsWith('model:'))
        .filter((field) => read.every((row) => row[field.name] === null || row[field.name] === undefined))
        .map((field) => field.name);
      expect(empty).toEqual([]);
    });
  });
});
