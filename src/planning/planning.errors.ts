import { DomainError, ErrorKind } from '../errors/domain-error';

/** No free slot at the tables looked at within the region's planning horizon. */
export class NoSlotAvailableError extends DomainError {
  constructor(scope: string, horizonEndsAt: Date) {
    super('NO_SLOT_AVAILABLE', ErrorKind.Conflict, `No free slot (${scope}) until ${horizonEndsAt.toISOString()}`, { horizonEndsAt: horizonEndsAt.toISOString(), scope });
  }
}

/**
 * The proposed slot was booked by another case meanwhile, was blocked, has passed, or is so near that
 * its invitations or the Raad's advice can no longer be on time (TOO_LATE_TO_PREPARE). The model
 * treats each the same way: it proposes again.
 */
export class SlotTakenError extends DomainError {
  constructor(slotId: string, why: 'BLOCKED' | 'BOOKED' | 'PASSED' | 'TOO_LATE_TO_PREPARE') {
    super('SLOT_TAKEN', ErrorKind.Conflict, `Slot ${slotId} can no longer be booked (${why})`, { slotId, why });
  }
}

/** A slot id that names no slot: a fault in the planning data, not a business outcome. */
export class UnknownSlotError extends DomainError {
  constructor(slotId: string) {
    super('UNKNOWN_SLOT', ErrorKind.NotFound, `Slot ${slotId} does not exist`, { slotId });
  }
}
