/**
 * @module pipeline/analysers.test
 * Built workers start without the TypeScript loader their parent may run under; every other flag is kept.
 */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { withoutTypeScriptLoader } from "./analysers.js";

test("--import tsx is dropped in both spellings; other flags, and other imports, are kept", () => {
  assert.deepEqual(withoutTypeScriptLoader(["--import", "tsx", "--cpu-prof"]), ["--cpu-prof"]);
  assert.deepEqual(withoutTypeScriptLoader(["--import=tsx", "--max-old-space-size=512"]), ["--max-old-space-size=512"]);
  assert.deepEqual(withoutTypeScriptLoader(["--import", "./register.js", "--enable-source-maps"]), ["--import", "./register.js", "--enable-source-maps"]);
  assert.deepEqual(withoutTypeScriptLoader([]), []);
});
