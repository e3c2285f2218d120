/**
 * @module core/entities/types
 * The entity layer's public shapes: a mention of a person, organisation,
 * country or place in an article body, with the canonical key it resolves
 * to across articles and languages.
 */

export type EntityKind = "person" | "organisation" | "place" | "country";

export interface EntityMention {
  /** UTF-16 offsets into the body, half-open: body.slice(start, end) === text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: EntityKind;
  /** Canonical key, stable across articles and languages: "country:KP", "person:vladimir-putin", "org:kr-nis", "place:kursk". */
  readonly key: string;
  /** Canonical English display name. */
  readonly name: string;
  /** Title or role that introduces it, in English when known ("US Secretary of State"). */
  readonly role: string | null;
}

/** What a key stands for. */
export interface EntityRef {
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
}
