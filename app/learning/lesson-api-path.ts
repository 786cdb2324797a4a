/** Where a lesson page's blocks post with JavaScript on; the server mounts the API here. */
export const LESSON_API_ROUTE = "/api/lessen/:course/:lesson";

export function lessonApiPath(courseSlug: string, lessonSlug: string): string {
  return `/api/lessen/${encodeURIComponent(courseSlug)}/${encodeURIComponent(lessonSlug)}`;
}
