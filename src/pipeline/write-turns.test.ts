/**
 * @module pipeline/write-turns.test
 * Turns are taken in order, passed on after every batch, and a stop ends
 * every wait still to come.
 */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { awaitTurn, passTurn, stopTurns, turnsStopped, writeTurns } from "./write-turns.js";

test("batch 0 writes first; passing the turn lets batch 1 write", async () => {
  const turns = writeTurns();
  await awaitTurn(turns, 0); // resolves at once: nothing was written before it
  passTurn(turns, 0);
  await awaitTurn(turns, 1);
  passTurn(turns, 1);
  assert.equal(turnsStopped(turns), false);
});

test("a batch waits for the one before it without blocking its thread", async () => {
  const turns = writeTurns();
  const order: number[] = [];
  const second = awaitTurn(turns, 1).then(() => order.push(1));
  // The thread is free while batch 1 waits: batch 0 is written meanwhile.
  await new Promise((resolve) => setImmediate(resolve));
  order.push(0);
  passTurn(turns, 0);
  await second;
  assert.deepEqual(order, [0, 1]);
});

test("once stopped, a batch waiting for its turn gives up with a reason", async () => {
  const turns = writeTurns();
  const waiting = awaitTurn(turns, 2);
  stopTurns(turns);
  assert.equal(turnsStopped(turns), true);
  await assert.rejects(waiting, /stopped before this batch was stored/);
  await assert.rejects(awaitTurn(turns, 0), /stopped before this batch was stored/);
  await assert.rejects(awaitTurn(turns, 3), /stopped/);
});

test("turns live in shared memory: another thread sees them", () => {
  const turns = writeTurns();
  assert.ok(turns.buffer instanceof SharedArrayBuffer);
});
