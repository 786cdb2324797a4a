// Mounts the lesson API (app/learning/lesson-api.server.ts) in Express: the blocks of a lesson
// page post urlencoded forms here and get JSON, never cached. The security headers and the
// Origin check apply as to every other request.
import type { ServerBuild } from "@remix-run/node";
import express, { type Router } from "express";
import { LESSON_API_ROUTE } from "../learning/lesson-api-path";
import type { LessonApiAnswer, LessonApiRequest } from "../learning/lesson-api.server";

/** A reflection is at most 10,000 characters; with the other fields and encoding this leaves room. */
const BODY_LIMIT = "128kb";

type AnswerLessonApi = (request: LessonApiRequest) => Promise<LessonApiAnswer>;

export function lessonApi(build: ServerBuild | (() => Promise<ServerBuild>)): Router {
  const router = express.Router();
  const answerOf = async (): Promise<AnswerLessonApi> => {
    const resolved = typeof build === "function" ? await build() : build;
    return (resolved.entry.module as unknown as { answerLessonApi: AnswerLessonApi }).answerLessonApi;
  };
  router.post(LESSON_API_ROUTE, express.text({ type: "application/x-www-form-urlencoded", limit: BODY_LIMIT }), async (req, res, next) => {
    try {
      const answer = await (await answerOf())({
        cookie: req.get("cookie") ?? null,
        courseSlug: req.params.course ?? "",
        lessonSlug: req.params.lesson ?? "",
        body: typeof req.body === "string" ? req.body : "",
      });
      const { status, ...body } = answer;
      // Written directly: Express's res.json would also hash the body for an ETag, which a POST answer never uses.
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" });
      res.end(JSON.stringify("reply" in body ? body.reply : body));
    } catch (error) {
      next(error);
    }
  });
  router.use(LESSON_API_ROUTE, (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status === 413 || status === 400) {
      res.status(status).json({ intent: null, block: null, error: "lesson.invalidRequest" });
      return;
    }
    console.error("lesson API failed:", error);
    next(error);
  });
  return router;
}
