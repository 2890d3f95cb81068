import TestSupport
import Testing

/// Every end-to-end suite is inside this one and runs one test at a time: a test holds its
/// thread while it polls tmux, and two at once on a two-core machine would starve the other
/// suites' asynchronous work.
@Suite(.serialized)
enum EndToEnd {}
