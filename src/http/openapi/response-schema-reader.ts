import { resolve, sep } from 'node:path';
import ts from 'typescript';

/** A JSON schema as OpenAPI 3.0 writes it (the subset this reader produces). */
export type JsonSchema = Record<string, unknown>;

/** The answers of the controllers, as read from their TypeScript return types. */
export interface ResponseSchemas {
  /** Named shapes (our interfaces and type aliases), referenced as `#/components/schemas/<name>`. */
  components: Record<string, JsonSchema>;
  /** The success answer of each operation, by Nest's operation id (`<Controller>_<method>`). */
  operations: Record<string, ResponseSchema>;
}

/** One operation's success answer: its status (from @HttpCode, else 201 for POST and 200) and body. */
export interface ResponseSchema {
  schema: JsonSchema;
  status: string;
}

const ROUTE_DECORATORS = new Set(['Delete', 'Get', 'Patch', 'Post', 'Put']);
/** Prisma's JSON types are recursive and say nothing a client can use: any JSON value. */
const ANY_JSON = new Set(['InputJsonValue', 'JsonArray', 'JsonObject', 'JsonValue']);
/** Deep enough for every answer we send; a deeper anonymous shape is cut off as any JSON. */
const MAX_DEPTH = 16;

function decoratorName(decorator: ts.Decorator): string {
  const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
  return ts.isIdentifier(expression) ? expression.text : '';
}

function decoratorNames(node: ts.Node): string[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []).map(decoratorName) : [];
}

/** The status of @HttpCode(HttpStatus.OK) or @HttpCode(200); otherwise Nest's default for the verb. */
function successStatus(method: ts.MethodDeclaration, checker: ts.TypeChecker): string {
  for (const decorator of ts.getDecorators(method) ?? []) {
    if (decoratorName(decorator) !== 'HttpCode' || !ts.isCallExpression(decorator.expression)) continue;
    const [argument] = decorator.expression.arguments;
    if (argument && ts.isNumericLiteral(argument)) return argument.text;
    const type = argument && checker.getTypeAtLocation(argument);
    if (type?.isNumberLiteral()) return String(type.value);
    throw new Error(`Cannot read the status of @HttpCode on ${method.name.getText()}`);
  }
  return decoratorNames(method).includes('Post') ? '201' : '200';
}

/**
 * Reads what each controller method answers from its return type, through the TypeScript compiler,
 * and writes it as JSON schemas. Most answers are interfaces of the services (TaskSummary, CaseView,
 * Dashboard...); describing them again in decorated classes would type every answer twice. Only the
 * operations in `operationIds` are read (the ones whose decorators give no schema), and component
 * names in `reserved` (Nest's own) are not reused.
 */
export function readResponseSchemas(projectDir: string, operationIds: ReadonlySet<string>, reserved: ReadonlySet<string> = new Set()): ResponseSchemas {
  const configPath = resolve(projectDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile).config as object;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, projectDir);
  const controllers = parsed.fileNames.filter((file) => file.endsWith('.controller.ts')).sort();
  const program = ts.createProgram(controllers, { ...parsed.options, incremental: false, noEmit: true });
  const checker = program.getTypeChecker();
  const sourceDir = resolve(projectDir, 'src') + sep;
  const generatedDir = resolve(projectDir, 'src', 'generated') + sep;
  const components: Record<string, JsonSchema> = {};
  const names = new Map<ts.Symbol, string>();
  const taken = new Set(reserved);

  const isOurs = (symbol: ts.Symbol | undefined): boolean =>
    !!symbol?.declarations?.length && symbol.declarations.every((declaration) => {
      const file = resolve(declaration.getSourceFile().fileName);
      return file.startsWith(sourceDir) && !file.startsWith(generatedDir);
    });

  const describe = (symbol: ts.Symbol): string | undefined => {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
    return text || undefined;
  };

  /** A named interface or alias of ours becomes a component; generic instances stay inline. */
  const componentSymbol = (type: ts.Type): ts.Symbol | undefined => {
    if (type.aliasSymbol) return !type.aliasTypeArguments?.length && isOurs(type.aliasSymbol) ? type.aliasSymbol : undefined;
    const symbol = type.getSymbol();
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
    const generic = (type as ts.TypeReference).target !== undefined && (type as ts.TypeReference).target !== type && checker.getTypeArguments(type as ts.TypeReference).length > 0;
    return !generic && isOurs(symbol) ? symbol : undefined;
  };

  const toSchema = (type: ts.Type, depth: number): JsonSchema => {
    if (depth > MAX_DEPTH) return {};
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (type.aliasSymbol && ANY_JSON.has(type.aliasSymbol.name)) return {};
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.BooleanLiteral) return { enum: [(type as unknown as { intrinsicName: string }).intrinsicName === 'true'], type: 'boolean' };
    if (flags & ts.TypeFlags.StringLiteral) return { enum: [(type as ts.StringLiteralType).value], type: 'string' };
    if (flags & ts.TypeFlags.NumberLiteral) return { enum: [(type as ts.NumberLiteralType).value], type: 'number' };
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.BigInt)) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.isUnion()) return unionSchema(type, depth);
    const symbol = componentSymbol(type);
    if (symbol) return { $ref: `#/components/schemas/${component(symbol, type, depth)}` };
    return inlineSchema(type, depth);
  };

  const unionSchema = (type: ts.UnionType, depth: number): JsonSchema => {
    const members = type.types.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const nullable = members.some((member) => member.flags & ts.TypeFlags.Null);
    let rest = members.filter((member) => !(member.flags & ts.TypeFlags.Null));
    const booleans = rest.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
    const strings = rest.filter((member): member is ts.StringLiteralType => !!(member.flags & ts.TypeFlags.StringLiteral));
    const parts: JsonSchema[] = [];
    if (booleans.length === 2) {
      parts.push({ type: 'boolean' });
      rest = rest.filter((member) => !booleans.includes(member));
    }
    if (strings.length > 1) {
      parts.push({ enum: strings.map((member) => member.value).sort(), type: 'string' });
      rest = rest.filter((member) => !strings.includes(member as ts.StringLiteralType));
    }
    parts.push(...rest.map((member) => toSchema(member, depth + 1)));
    const withNull = (schema: JsonSchema): JsonSchema => {
      if (!nullable) return schema;
      // OpenAPI 3.0 ignores siblings of $ref; allOf carries the nullable flag instead.
      return schema.$ref || schema.oneOf ? { allOf: [schema], nullable: true } : { ...schema, nullable: true };
    };
    if (parts.length === 0) return { nullable: true };
    return withNull(parts.length === 1 ? parts[0] : { oneOf: parts });
  };

  const inlineSchema = (type: ts.Type, depth: number): JsonSchema => {
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type as ts.TypeReference);
      const itemSchemas = items.map((item) => toSchema(item, depth + 1));
      return { items: itemSchemas.length === 1 ? itemSchemas[0] : { oneOf: itemSchemas }, type: 'array' };
    }
    if (type.getSymbol()?.name === 'Date') return { format: 'date-time', type: 'string' };
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const members = checker.getPropertiesOfType(type).slice().sort((a, b) => a.name.localeCompare(b.name));
    for (const property of members) {
      const propertyType = checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length > 0) continue;
      const schema = toSchema(propertyType, depth + 1);
      const description = describe(property);
      properties[property.name] = description && !schema.$ref ? { ...schema, description } : schema;
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const schema: JsonSchema = { properties, type: 'object' };
    if (required.length > 0) schema.required = required;
    const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String);
    if (index) schema.additionalProperties = toSchema(index.type, depth + 1);
    return schema;
  };

  const component = (symbol: ts.Symbol, type: ts.Type, depth: number): string => {
    const known = names.get(symbol);
    if (known) return known;
    let name = symbol.name;
    for (let suffix = 2; taken.has(name); suffix += 1) name = `${symbol.name}${suffix}`;
    names.set(symbol, name);
    taken.add(name);
    // Registered before its body is read, so that a shape that contains itself refers to its name.
    components[name] = {};
    const body = type.isUnion() ? unionSchema(type, depth) : inlineSchema(type, depth);
    const description = describe(symbol);
    components[name] = description ? { ...body, description } : body;
    return name;
  };

  const operations: Record<string, ResponseSchema> = {};
  for (const file of controllers) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name || !decoratorNames(statement).includes('Controller')) continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        if (!decoratorNames(member).some((name) => ROUTE_DECORATORS.has(name))) continue;
        const operationId = `${statement.name.text}_${member.name.text}`;
        // A method that writes the response itself (@Res: CSV, files) answers with no typed body.
        if (!operationIds.has(operationId) || member.parameters.some((parameter) => decoratorNames(parameter).includes('Res'))) continue;
        const signature = checker.getSignatureFromDeclaration(member);
        if (!signature) continue;
        const returned = checker.getReturnTypeOfSignature(signature);
        const answer = checker.getAwaitedType(returned) ?? returned;
        if (answer.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) continue;
        // A class of a library (StreamableFile, an observable of events) is no JSON answer.
        const symbol = answer.getSymbol();
        if (symbol && symbol.flags & ts.SymbolFlags.Class && !isOurs(symbol)) continue;
        operations[operationId] = { schema: toSchema(answer, 0), status: successStatus(member, checker) };
      }
    }
  }
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { components: sorted(components), operations: sorted(operations) };
}

