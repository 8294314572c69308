import { strict as assert } from 'node:assert';
import { runMessageFuzz } from '../../reliability/messages';

describe('interview protocol under fuzz (reduced run)', function () {
  this.timeout(120_000);

  it('survives 300 generated messages each way with no exception, no state change from a rejected message, and one log line per rejection', async () => {
    const report = await runMessageFuzz(300);
    assert.equal(report.messages, 300);
    assert.equal(report.unhandledExceptions, 0);
    assert.equal(report.stateChanges, 0);
    assert.equal(report.rejectionsMislogged, 0);
    assert.equal(report.rejectionsLogged, report.rejected);
    assert.ok(report.rejected > 100 && report.handled > 20, JSON.stringify(report));
    assert.equal(report.webview.unhandledExceptions, 0);
    assert.equal(report.webview.wronglyAccepted, 0);
    assert.equal(report.webview.wronglyRejected, 0);
    assert.ok(report.webview.rejected > 0 && report.webview.accepted > 0);
    assert.equal(report.prototypePolluted, false);
  });
});
