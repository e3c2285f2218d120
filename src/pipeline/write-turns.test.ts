/**
 * @module pipeline/write-turns.test
 * Turns are taken in order, passed on after every batch, and a stop ends
 * every wait still to come.
 */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { awaitTurn, passTurn, stopTurns, turnsStopped, writeTurns } from "./write-turns.js";

test("batch 0 writes first; passing the turn lets batch 1 write", () => {
  const turns = writeTurns();
  awaitTurn(turns, 0); // returns at once: nothing was written before it
  passTurn(turns, 0);
  awaitTurn(turns, 1);
  passTurn(turns, 1);
  assert.equal(turnsStopped(turns), false);
});

test("once stopped, a batch waiting for its turn gives up with a reason", () => {
  const turns = writeTurns();
  stopTurns(turns);
  assert.equal(turnsStopped(turns), true);
  assert.throws(() => awaitTurn(turns, 0), /stopped before this batch was stored/);
  assert.throws(() => awaitTurn(turns, 3), /stopped/);
});

test("turns live in shared memory: another thread sees them", () => {
  const turns = writeTurns();
  assert.ok(turns.buffer instanceof SharedArrayBuffer);
});
