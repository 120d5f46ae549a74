"""The "Speaking slots" section: requests, allocation by protocol, the scheduler, printed lists."""
