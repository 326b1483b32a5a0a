/**
 * The one way the renderer hands files to the browser: as a download (an <a download> clicked
 * for the planner) or as a blob URL for a link the planner clicks. Works the same in Electron and
 * in browser mode, which has no save dialog.
 */

/** The bytes of a base64 string (files come from the host as base64 over the contract). */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** A blob URL for a link; the caller revokes it (URL.revokeObjectURL) once the link is gone. */
export function blobUrlOfBase64(base64: string, mimeType: string): string {
  return URL.createObjectURL(new Blob([bytesOfBase64(base64)], { type: mimeType }));
}

/**
 * Saves a blob through the browser's download. The URL is revoked only later: revoking it at
 * once can cancel a download that has not started yet.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a file the host produced (base64). */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  downloadBlob(fileName, new Blob([bytesOfBase64(base64)], { type: mimeType }));
}

/** Saves text written in the renderer (CSV, SVG). */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}
