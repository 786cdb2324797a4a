// Tells the server every 30 s that this author has the file open, and learns who else has:
// the warning that two authors are editing the same lesson. Only with JavaScript, and only
// while the file can be edited.
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { EditorReply, PresentView } from "./editor-reply";

export const HEARTBEAT_MS = 30_000;

export function usePresence(action: string, initial: PresentView[], enabled: boolean): PresentView[] {
  const fetcher = useFetcher<EditorReply>();
  const submit = useRef(fetcher.submit);
  submit.current = fetcher.submit;
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => submit.current({ intent: "aanwezig" }, { method: "post", action }), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [action, enabled]);
  return fetcher.data?.intent === "aanwezig" ? fetcher.data.present : initial;
}
