import { engineTemporal } from './engine-temporal';

// Each value below was put in a timer on Operaton 1.0.3; the engine scheduled it or refused it as listed.
describe('Temporal values as Operaton reads them', () => {
  it.each(['P2W', 'PT0.5S', 'P5D', 'P1Y2M', 'PT12H'])('accepts the duration %s', (value) => expect(engineTemporal.duration(value)).toBe(true));
  it.each(['P1.5D', '-P1D', 'P', 'P5X', 'PT', '5D', 'vijf dagen'])('refuses the duration %s', (value) => expect(engineTemporal.duration(value)).toBe(false));
  it.each(['2030-03-01', '2030-03-01T09:00', '2030-03-01T09:00:00+0100', '2030-03-01T09:00:00.123Z', '2027-01-06T23:59:59+01:00'])('accepts the date %s', (value) =>
    expect(engineTemporal.date(value)).toBe(true),
  );
  it.each(['2030-02-30T09:00:00Z', '2030-03-01T09:00:00+01:00[Europe/Amsterdam]', '2030-13-01T09:00:00Z', 'volgende dinsdag'])('refuses the date %s', (value) =>
    expect(engineTemporal.date(value)).toBe(false),
  );
  it.each(['R3/PT1H', 'R/P1D', 'R5/2030-03-01T09:00:00Z/P1W', '0 0 9 * * ?', 'R3/P2W'])('accepts the cycle %s', (value) => expect(engineTemporal.cycle(value)).toBe(true));
  it.each(['elke maandag', 'P1D', 'R3/', 'R/2030-02-30T09:00:00Z/P1D', '0 0 9 * *'])('refuses the cycle %s', (value) => expect(engineTemporal.cycle(value)).toBe(false));
});
