/// How long a headless script waits for a message posted from a task. Generous on purpose: on
/// two cores the other suites' tests can hold every shared thread for several seconds, and the
/// task that posts runs only when one is free; a passing test waits no longer than that.
let messageWait = Duration.seconds(60)
