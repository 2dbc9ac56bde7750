import { tableOfMeeting } from './meeting-table';

/** A case of Heerlen's table whose meeting planning booked at Maastricht, its neighbour. */
const own = { id: 'heerlen', location: 'Gemeentehuis Heerlen', name: 'Tafel Heerlen' };
const neighbour = { id: 'maastricht', location: 'Stadhuis Maastricht', name: 'Tafel Maastricht' };

describe('The table a letter about a meeting names', () => {
  it('is the table where the meeting is held, when that is a neighbouring table', () => {
    // Given a case of its own table and a meeting booked at the neighbouring table
    const kase = { table: own };
    const meeting = { table: neighbour };

    // When the table of the meeting is picked, then it is the neighbouring table
    expect(tableOfMeeting(kase, meeting)).toBe(neighbour);
  });

  it('is the case’s own table when the meeting is held there', () => {
    // Given a case whose meeting is at its own table
    // When the table of the meeting is picked, then it is the case's own table
    expect(tableOfMeeting({ table: own }, { table: own })).toBe(own);
  });

  it('is the case’s own table when there is no meeting, as for a decision on paper', () => {
    // Given a case without a meeting (a written evaluation's decision, or a meeting not found)
    // When the table is picked, then it is the case's own table
    expect(tableOfMeeting({ table: own }, null)).toBe(own);
    expect(tableOfMeeting({ table: own }, undefined)).toBe(own);
  });
});
