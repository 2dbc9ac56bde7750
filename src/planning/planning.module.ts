import { Module } from '@nestjs/common';
import { SlotBookingService } from './slot-booking.service';
import { SlotProposalService } from './slot-proposal.service';

/** Planning under the norm: slots from the tables' schedules, proposals and bookings (003 §9). */
@Module({
  exports: [SlotBookingService, SlotProposalService],
  providers: [SlotBookingService, SlotProposalService],
})
export class PlanningModule {}
