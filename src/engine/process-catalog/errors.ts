/**
 * BPMN error codes: business outcomes a worker reports and a model branches on (design.md habit 4).
 * Technical failures are failed jobs with retries, never one of these.
 */
export const ErrorCode = {
  /** jbt.slot.propose: no free slot within the planning horizon (own table, or all neighbouring tables). */
  NoSlotAvailable: 'NO_SLOT_AVAILABLE',
  /**
   * A worker found the referral withdrawn before the withdrawal message arrived. Caught on
   * SubProcess_BeforeMeeting of jbt-referral, so only thrown for a referral before its meeting;
   * anywhere else it would raise an incident (withdrawal is not possible after the meeting).
   */
  ReferralWithdrawn: 'REFERRAL_WITHDRAWN',
  /** jbt.slot.book: the proposed slot was booked by another case meanwhile; planning proposes again. */
  SlotTaken: 'SLOT_TAKEN',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ALL_ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode).sort();

/** Where each error is caught: process id and boundary event id. */
export const ERROR_CATCHERS: Readonly<Record<ErrorCode, readonly { elementId: string; processId: string }[]>> = {
  NO_SLOT_AVAILABLE: [
    { elementId: 'BoundaryEvent_NoSlotAvailable', processId: 'jbt-planning' },
    { elementId: 'BoundaryEvent_NoNeighbourSlot', processId: 'jbt-planning' },
    { elementId: 'BoundaryEvent_NoFirstFreeSlot', processId: 'jbt-planning' },
  ],
  REFERRAL_WITHDRAWN: [{ elementId: 'BoundaryEvent_WithdrawnNoticedByTask', processId: 'jbt-referral' }],
  SLOT_TAKEN: [{ elementId: 'BoundaryEvent_SlotTaken', processId: 'jbt-planning' }],
};
