/**
 * The reference's own training loss, as far as its notes tell it: about 126 at the start (29·ln 78, the loss of
 * a network that knows nothing) and 5.9 to 6.2 after its 100 epochs, summed over the 30 outputs of a window.
 * The notes give no per-epoch curve, so a chart can show these two points only, and says so.
 */
export const REFERENCE_LOSS_POINTS: ReadonlyArray<{ epoch: number; loss: number }> = [
  { epoch: 1, loss: 126 },
  { epoch: 100, loss: 6.05 },
];

export const REFERENCE_LOSS_NAME = "the reference's reported loss";

export const REFERENCE_LOSS_NOTE =
  "The reference's notes give only its loss at the start (about 126) and after 100 epochs (5.9 to 6.2), not a curve: the dashed line joins those two points.";

/** The start of the sha256 of the reference corpus, Pat Metheny's "And Then I Knew" (original_metheny.mid). */
export const REFERENCE_CORPUS_SHA256_PREFIX = '0da8322c';

/** Whether a model was trained on the reference corpus alone (its metadata's corpus files). */
export function isReferenceCorpus(files: ReadonlyArray<{ sha256: string }> | undefined): boolean {
  return files !== undefined && files.length === 1 && files[0].sha256.startsWith(REFERENCE_CORPUS_SHA256_PREFIX);
}
