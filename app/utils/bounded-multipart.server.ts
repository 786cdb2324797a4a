// Reads a multipart form (a file upload) with limits that hold before anything is decoded:
// only the named fields are kept, each at most maxPartBytes and all together at most
// maxRequestBytes — also for a request without Content-Length (chunked).
import {
  MaxPartSizeExceededError,
  type UploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";

export interface MultipartLimits {
  fields: ReadonlySet<string>;
  maxPartBytes: number;
  maxRequestBytes: number;
}

export type MultipartReading = { ok: true; formData: FormData } | { ok: false; reason: "tooLarge" | "badForm" };

function boundedUploadHandler({ fields, maxPartBytes, maxRequestBytes }: MultipartLimits): UploadHandler {
  const keep = unstable_createMemoryUploadHandler({ maxPartSize: maxPartBytes, filter: ({ name }) => fields.has(name) });
  let total = 0;
  return (part) => {
    if (!fields.has(part.name)) return keep(part);
    const data = (async function* counted() {
      for await (const chunk of part.data) {
        total += chunk.byteLength;
        if (total > maxRequestBytes) throw new MaxPartSizeExceededError(part.name, maxRequestBytes);
        yield chunk;
      }
    })();
    return keep({ ...part, data });
  };
}

export async function readBoundedMultipart(request: Request, limits: MultipartLimits): Promise<MultipartReading> {
  if (Number(request.headers.get("Content-Length") ?? 0) > limits.maxRequestBytes) return { ok: false, reason: "tooLarge" };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) return { ok: false, reason: "badForm" };
  try {
    return { ok: true, formData: await unstable_parseMultipartFormData(request, boundedUploadHandler(limits)) };
  } catch (error) {
    return { ok: false, reason: error instanceof MaxPartSizeExceededError ? "tooLarge" : "badForm" };
  }
}
