/** One row of ACT_HI_VARINST with its serialised value (ACT_GE_BYTEARRAY), as the readers select it. */
export interface VariableValueRow {
  bytes: Buffer | null;
  /** DOUBLE_ */
  double: number | null;
  /** LONG_, as text: a Java long does not fit a JavaScript number. */
  long: string | null;
  /** TEXT_: a string's value; an object's type name. */
  text: string | null;
  /** TEXT2_: an object's serialisation format. */
  text2: string | null;
  /** VAR_TYPE_ */
  type: string | null;
}

/**
 * A variable's value as JSON text, from the column Operaton's serializer for its type writes to:
 * strings in TEXT_, whole numbers and booleans in LONG_, decimals in DOUBLE_, dates as epoch
 * milliseconds in LONG_, and lists (JSON objects, see operaton-variables.ts) as bytes. A value that
 * is not JSON (a Java-serialised object, a file) is shown as its type only.
 */
export function variableJson(row: VariableValueRow): string {
  switch (row.type) {
    case 'null':
      return 'null';
    case 'string':
    case 'xml':
      return JSON.stringify(row.text ?? '');
    case 'integer':
    case 'long':
    case 'short':
      return row.long ?? 'null';
    case 'double':
      return row.double !== null && Number.isFinite(row.double) ? JSON.stringify(row.double) : 'null';
    case 'boolean':
      return row.long === null ? 'null' : JSON.stringify(row.long !== '0');
    case 'date':
      return row.long === null ? 'null' : JSON.stringify(new Date(Number(row.long)).toISOString());
    case 'json':
    case 'object':
    case LIST_SERIALIZER: {
      const json = jsonText(row.bytes?.toString('utf8') ?? row.text);
      return json ?? JSON.stringify(`(${row.text ?? row.type})`);
    }
    default:
      return JSON.stringify(`(${row.type ?? 'unknown'})`);
  }
}

/** The name our engine plugin's list serializer (src/engine/app, JsonListSerializer) writes into VAR_TYPE_. */
const LIST_SERIALIZER = 'jbt-json-list';

function jsonText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  try {
    JSON.parse(text);
    return text;
  } catch {
    return null;
  }
}
