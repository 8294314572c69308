/**
 * Two clocks, because neither alone tells the truth: the monotonic one never jumps but (on Linux and
 * macOS) stops while the machine sleeps; the wall one keeps counting through sleep but jumps when the
 * user or NTP changes it. Durations come from the first, dates and break detection from the second.
 */
export interface Clock {
  /** Milliseconds from an arbitrary origin; never decreases within one process. */
  monotonic(): number;
  /** Epoch milliseconds. */
  wall(): number;
}

export const systemClock: Clock = {
  monotonic: () => performance.now(),
  wall: () => Date.now(),
};
