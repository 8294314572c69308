import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activeOnsite } from './onsite';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

describe('extension', () => {
  it('activates without error', async () => {
    const extension = await activeOnsite();
    assert.equal(extension.isActive, true);
  });

  it('registers every command package.json contributes, each titled and in the Onsite category', async () => {
    const extension = await activeOnsite();
    const contributed = (extension.packageJSON as { contributes: { commands: ContributedCommand[] } }).contributes.commands;
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepEqual(missing, [], 'contributed but not registered');
    for (const command of contributed) {
      assert.equal(command.category, 'Onsite', `${command.command} category`);
      assert.ok(command.title.trim().length > 0, `${command.command} has no title`);
    }
  });
});
