// Compiles a checked lesson with mdx-bundler, inside limits of our own: the body only (front
// matter is read by the checker, gray-matter's code engines refuse), no file resolution
// at all (esbuild can reach nothing but the lesson and React's runtime), a time limit, and
// one compile at a time. It never runs the result; render-lesson.server.tsx does, at
// publish time only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Plugin } from "esbuild";
import { bundleMDX } from "mdx-bundler";

export const COMPILE_TIMEOUT_MS = 20_000;

export class CompileError extends Error {
  name = "CompileError";
}

// An empty working directory: even a resolver that slipped through would find nothing.
const sandboxDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "signaal-mdx-"));

const refuseCodeFrontMatter = () => {
  throw new CompileError("front matter with code is not allowed");
};

function onlyTheLesson(entryPath: string): Plugin {
  return {
    name: "signaal-only-the-lesson",
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path: requested }) => {
        if (requested === entryPath) return undefined;
        return { errors: [{ text: `"${requested}" cannot be loaded: a lesson may not import anything` }] };
      });
    },
  };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs compiles strictly one after another, so that a burst of publishes cannot starve the server. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CompileError(`compiling took longer than ${milliseconds / 1000} s`)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The lesson body (without front matter) to mdx-bundler's function-body code. */
export function compileLesson(body: string): Promise<string> {
  return oneAtATime(() =>
    withTimeout(
      (async () => {
        const result = await bundleMDX({
          source: body,
          cwd: sandboxDirectory,
          grayMatterOptions: (options) => ({
            ...options,
            engines: { js: refuseCodeFrontMatter, javascript: refuseCodeFrontMatter, coffee: refuseCodeFrontMatter },
          }),
          esbuildOptions: (options) => {
            const entryPath = (options.entryPoints as string[])[0]!;
            const plugins = options.plugins ?? [];
            // mdx-bundler's plugins: global externals (React), node-resolve, in-memory files, MDX.
            // node-resolve goes; ours stands before the in-memory resolver.
            const [globalExternals, , inMemory, mdx] = plugins;
            options.plugins = [globalExternals!, onlyTheLesson(entryPath), inMemory!, mdx!];
            options.minify = true;
            options.sourcemap = false;
            options.logLevel = "silent";
            return options;
          },
        });
        if (result.errors.length > 0) throw new CompileError(result.errors.map((error) => error.text).join("; "));
        return result.code;
      })(),
      COMPILE_TIMEOUT_MS,
    ),
  );
}
