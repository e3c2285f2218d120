/**
 * @module store/source-mentions
 * Where a claim's source is written in the claim's sentence, if it is: the
 * extractor may give a source in another form than the text's ("G20
 * experts" for "les experts du G20"), and an entity mention is only stored
 * where the offsets are true.
 */

/** Offsets into the article text of `source` inside the sentence, or null. */
export function findSourceMention(
  sentenceText: string,
  sentenceStart: number,
  source: string,
): { start: number; end: number } | null {
  if (source.length === 0) return null;
  let at = sentenceText.indexOf(source);
  if (at < 0) {
    // Case-insensitive only where lower-casing keeps lengths, so offsets stay true.
    const lowerSentence = sentenceText.toLowerCase();
    const lowerSource = source.toLowerCase();
    if (lowerSentence.length === sentenceText.length && lowerSource.length === source.length) {
      at = lowerSentence.indexOf(lowerSource);
    }
  }
  return at < 0 ? null : { start: sentenceStart + at, end: sentenceStart + at + source.length };
}
