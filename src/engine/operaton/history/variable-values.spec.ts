import { variableJson, VariableValueRow } from './variable-values';

function aRow(overrides: Partial<VariableValueRow>): VariableValueRow {
  return { bytes: null, double: null, long: null, text: null, text2: null, type: 'string', ...overrides };
}

describe('A variable\'s value as JSON text', () => {
  it('reads each type from the column Operaton stores it in', () => {
    expect(variableJson(aRow({ text: 'c-1', type: 'string' }))).toBe('"c-1"');
    expect(variableJson(aRow({ long: '2', text: '2', type: 'integer' }))).toBe('2');
    expect(variableJson(aRow({ long: '12345678901234567', text: '12345678901234567', type: 'long' }))).toBe('12345678901234567');
    expect(variableJson(aRow({ double: 0.5, type: 'double' }))).toBe('0.5');
    expect(variableJson(aRow({ long: '1', type: 'boolean' }))).toBe('true');
    expect(variableJson(aRow({ long: '0', type: 'boolean' }))).toBe('false');
    expect(variableJson(aRow({ long: '1796119200000', type: 'date' }))).toBe('"2026-12-01T10:00:00.000Z"');
    expect(variableJson(aRow({ type: 'null' }))).toBe('null');
  });

  it('reads a list stored as a JSON object from its bytes', () => {
    const list = aRow({ bytes: Buffer.from('["a","b"]'), text: 'java.util.ArrayList', text2: 'application/json', type: 'object' });
    expect(JSON.parse(variableJson(list))).toEqual(['a', 'b']);
  });

  it('reads a list our engine plugin stored, which names its own serializer as the type', () => {
    // Given a row as JsonListSerializer writes it (VAR_TYPE_ is the serializer's name)
    const list = aRow({ bytes: Buffer.from('["SAFETY_PLAN"]'), text: 'java.util.ArrayList', text2: 'application/json', type: 'jbt-json-list' });

    // Then the list comes back as JSON
    expect(JSON.parse(variableJson(list))).toEqual(['SAFETY_PLAN']);
  });

  it('shows a value that is not JSON by its type only', () => {
    const serialised = aRow({ bytes: Buffer.from([0xac, 0xed, 0x00, 0x05]), text: 'java.util.HashMap', type: 'object' });
    expect(variableJson(serialised)).toBe('"(java.util.HashMap)"');
    expect(variableJson(aRow({ type: 'file' }))).toBe('"(file)"');
  });

  it('keeps a string that looks like JSON a string', () => {
    expect(JSON.parse(variableJson(aRow({ text: '["a"]', type: 'string' })))).toBe('["a"]');
  });
});
