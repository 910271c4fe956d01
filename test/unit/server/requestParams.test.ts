import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { fileOf, isPosition, messageOf, positionOf, uriOf } from '../../../src/server/requestParams';

function rejectsAsInvalidParams(read: () => unknown, message: RegExp): void {
  assert.throws(read, (error: unknown) => {
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, ErrorCodes.InvalidParams);
    assert.match(error.message, message);
    return true;
  });
}

test("a request's document and position are read when well formed, and refused as InvalidParams otherwise", () => {
  const params = { textDocument: { uri: 'file:///tmp/solo.abc' }, position: { line: 3, character: 7 } };
  assert.equal(uriOf(params), 'file:///tmp/solo.abc');
  assert.deepEqual(positionOf(params), { line: 3, character: 7 });
  rejectsAsInvalidParams(() => uriOf({ textDocument: { uri: 42 } }), /uri must be a string/);
  rejectsAsInvalidParams(() => uriOf(undefined), /uri must be a string/);
  rejectsAsInvalidParams(() => positionOf({ position: { line: -1, character: 0 } }), /whole numbers/);
  rejectsAsInvalidParams(() => positionOf({ position: { line: 1.5, character: 0 } }), /whole numbers/);
  assert.equal(isPosition({ line: 0, character: 0 }), true);
  assert.equal(isPosition(null), false);
});

test('a file URI names its file; another URI, or a malformed one, stays as it is', () => {
  assert.equal(fileOf('file:///tmp/solo%20one.abc'), '/tmp/solo one.abc');
  assert.equal(fileOf('untitled:Untitled-1'), 'untitled:Untitled-1');
  assert.equal(fileOf('file://host/share/x.abc'), 'file://host/share/x.abc');
  assert.equal(messageOf(new Error('broken')), 'broken');
  assert.equal(messageOf('plain'), 'plain');
});
