import { Injectable } from '@nestjs/common';

/**
 * The time sign-in throttling reads: when an attempt happened, and how long a wait has lasted. The
 * system clock; the integration tests put a fixed time in its place, so that whether a wait has
 * passed depends on the test and never on how fast a busy machine answers.
 */
@Injectable()
export class SignInClock {
  now(): Date {
    return new Date();
  }
}
