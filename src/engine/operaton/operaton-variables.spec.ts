import { fromEngineValues, toEngineValues } from './operaton-variables';

describe('engine variable values', () => {
  it('types every kind the port allows and reads them back unchanged', () => {
    // Given one variable of each kind the models use
    const variables = { caseId: 'c-1', count: 3, big: 5_000_000_000, share: 0.5, heard: true, track: null, ids: ['a', 'b'] };

    // When they are typed for the engine and read back
    const typed = toEngineValues(variables);

    // Then each has the engine type it needs, and nothing changes on the way back
    expect(typed.count.type).toBe('Integer');
    expect(typed.big.type).toBe('Long');
    expect(typed.share.type).toBe('Double');
    expect(typed.track).toEqual({ type: 'Null', value: null });
    expect(typed.ids).toEqual({ type: 'Object', value: '["a","b"]', valueInfo: { objectTypeName: 'java.util.ArrayList', serializationDataFormat: 'application/json' } });
    expect(fromEngineValues(typed)).toEqual(variables);
  });

  it('leaves out objects it cannot read instead of passing serialized Java to a worker', () => {
    const values = { other: { type: 'Object', value: 'rO0AB', valueInfo: { serializationDataFormat: 'application/x-java-serialized-object' } } };

    expect(fromEngineValues(values)).toEqual({});
  });
});
