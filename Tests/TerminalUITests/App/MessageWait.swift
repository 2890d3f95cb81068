import TestSupport

/// How long a headless script waits at most for a message posted from a task: only a ceiling
/// against a hang. On two busy cores the task that posts may wait long for a thread; a passing
/// test waits no longer than that.
let messageWait = Wait.ceiling
