// A clock for tests: sleeping advances time at once and is recorded, so that waiting,
// polling and backoff are tested without waiting.
import type { Clock } from '../../src/core/shared/report.js'

export class FakeClock implements Clock {
  time: number
  readonly sleeps: number[] = []

  constructor(start: Date | string = '2026-11-29T03:00:00.000Z') {
    this.time = new Date(start).getTime()
  }

  now(): Date {
    return new Date(this.time)
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
  }
}
