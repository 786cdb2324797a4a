// The media a course may hold, by extension, and the Content-Type each is served with.
const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  mp4: "video/mp4",
  webm: "video/webm",
  vtt: "text/vtt; charset=utf-8",
};

/** The Content-Type a course's media file is served with, by its extension. */
export function mediaContentType(relativePath: string): string {
  return CONTENT_TYPES[relativePath.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}
