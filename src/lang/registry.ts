/**
 * @module lang/registry
 * The languages Tally knows. Adding a language: add its folder and one line here.
 */
import type { LanguageData } from "../core/language-pack.js";
import { language as en } from "./en/index.js";
import { language as fr } from "./fr/index.js";

export const LANGUAGES: readonly LanguageData[] = [fr, en];
