/**
 * Prints one closing line that CI reads whatever runner it knows: `jest: N passed, N failed`.
 * Jest's own summary stays above it.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const failedSuites = results.numFailedTestSuites + results.numRuntimeErrorTestSuites
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests + (failedSuites && !results.numFailedTests ? failedSuites : 0)} failed` + (skipped ? `, ${skipped} skipped` : '')
    // Jest writes its summary to stderr; the closing line goes after it, on stderr too.
    process.once('exit', () => process.stderr.write(`\n${line}\n`))
  }
}
module.exports = SummaryReporter
