// A fetcher for forms that save progress. When the server could not reach the database it
// answers "unsaved": nothing was stored, so the hook sends the very same form again (same
// event id, so it is applied at most once), waiting longer each time, and the block shows
// that it is not saved yet. It never shows a success the server did not confirm.
import { useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import type { UnsavedReply } from "./replies";

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

export function useSavingFetcher<Reply>(action: string) {
  const fetcher = useFetcher<Reply | UnsavedReply>();
  const lastForm = useRef<FormData | null>(null);
  const [retries, setRetries] = useState(0);
  if (fetcher.formData) lastForm.current = fetcher.formData;

  const data = fetcher.data as Reply | UnsavedReply | undefined;
  const unsaved = isUnsaved(data);
  const resend = useCallback(() => {
    if (lastForm.current) fetcher.submit(lastForm.current, { method: "post", action });
  }, [fetcher, action]);

  useEffect(() => {
    if (!unsaved || fetcher.state !== "idle") return;
    const timer = setTimeout(() => {
      setRetries((count) => count + 1);
      resend();
    }, Math.min(FIRST_RETRY_MS * 2 ** retries, LONGEST_RETRY_MS));
    return () => clearTimeout(timer);
  }, [unsaved, fetcher.state, retries, resend]);

  useEffect(() => {
    if (data && !unsaved) setRetries(0);
  }, [data, unsaved]);

  return { fetcher, reply: unsaved ? undefined : (data as Reply | undefined), unsaved, resend };
}

function isUnsaved(data: unknown): data is UnsavedReply {
  return typeof data === "object" && data !== null && (data as { intent?: unknown }).intent === "unsaved";
}

export function UnsavedNotice({ onRetry, busy }: { onRetry: () => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="block__error unsaved" role="alert">
      <p>{t("progress.notSaved")}</p>
      <button type="button" className="button button--secondary" onClick={onRetry} disabled={busy}>
        {busy ? t("progress.saving") : t("progress.retryNow")}
      </button>
    </div>
  );
}
