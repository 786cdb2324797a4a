// Saving progress from a lesson page's blocks. With JavaScript on, a block's form is posted
// to the lesson API (app/learning/lesson-api.server.ts) and its JSON answer shown in place;
// without it, the same <form> posts to the page's Remix action. When the server could not
// reach the database it answers "unsaved": nothing was stored, so the hook sends the very
// same form again (same event id, so it is applied at most once), waiting longer each time,
// and the block shows that it is not saved yet. It never shows a success the server did not
// confirm.
import { useNavigate, useParams, useRevalidator } from "@remix-run/react";
import { type FormEvent, type FormHTMLAttributes, forwardRef, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { lessonApiPath } from "~/learning/lesson-api-path";
import type { UnsavedReply } from "./replies";

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

type FormFields = URLSearchParams;

interface SavingFetcher<Reply> {
  Form: React.ForwardRefExoticComponent<FormHTMLAttributes<HTMLFormElement> & React.RefAttributes<HTMLFormElement>>;
  submit: (fields: Record<string, string>) => void;
  state: "idle" | "submitting";
  data: Reply | UnsavedReply | undefined;
}

function formFields(form: HTMLFormElement, submitter: HTMLElement | null): FormFields {
  const fields = new URLSearchParams();
  for (const [name, value] of new FormData(form).entries()) if (typeof value === "string") fields.append(name, value);
  if (submitter instanceof HTMLButtonElement && submitter.name) fields.append(submitter.name, submitter.value);
  return fields;
}

function blockOf(fields: FormFields): string | null {
  return fields.get("scenario") ?? fields.get("quiz") ?? fields.get("reflectie");
}

/** A saved event changes the lesson's progress, so the page is read again; practice rounds and reflection drafts change nothing else. */
function changesPage(fields: FormFields, status: number): boolean {
  return status >= 200 && status < 300 && !fields.has("oefenen") && fields.get("intent") !== "reflectie";
}

export function useSavingFetcher<Reply>() {
  const params = useParams();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const endpoint = lessonApiPath(params.slug ?? "", params.les ?? "");
  const [state, setState] = useState<"idle" | "submitting">("idle");
  const [data, setData] = useState<Reply | UnsavedReply | undefined>(undefined);
  const [retries, setRetries] = useState(0);
  const lastFields = useRef<FormFields | null>(null);
  const running = useRef<AbortController | null>(null);

  const post = useCallback(
    async (fields: FormFields) => {
      lastFields.current = fields;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState("submitting");
      let answer: { status: number; body: unknown };
      try {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", Accept: "application/json" },
          body: fields.toString(),
          credentials: "same-origin",
          signal: controller.signal,
        });
        answer = { status: response.status, body: await response.json() };
      } catch (error) {
        if (controller.signal.aborted) return;
        // The server could not be reached at all: as good as unsaved.
        answer = { status: 503, body: { intent: "unsaved", block: blockOf(fields), error: "progress.notSaved" } satisfies UnsavedReply };
      }
      if (controller.signal.aborted) return;
      running.current = null;
      const body = answer.body as { redirect?: string; signedOut?: boolean; notFound?: boolean };
      if (body.signedOut) {
        window.location.assign(`/login?${new URLSearchParams({ redirectTo: window.location.pathname, sessie: "verlopen" })}`);
        return;
      }
      if (typeof body.redirect === "string") {
        navigate(body.redirect);
        return;
      }
      setState("idle");
      setData(body.notFound ? ({ intent: null, block: null, error: "lesson.invalidRequest" } as Reply) : (answer.body as Reply | UnsavedReply));
      if (changesPage(fields, answer.status)) revalidator.revalidate();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- revalidator changes identity on every render
    [endpoint, navigate],
  );
  const postRef = useRef(post);
  postRef.current = post;

  // One Form component for the life of the block: a new one on every render would remount the form and lose what was filled in.
  const [Form] = useState(() =>
    forwardRef<HTMLFormElement, FormHTMLAttributes<HTMLFormElement>>(function SavingForm(props, ref) {
      const { onSubmit, ...rest } = props;
      const submit = (event: FormEvent<HTMLFormElement>) => {
        onSubmit?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
        void postRef.current(formFields(event.currentTarget, submitter));
      };
      return <form {...rest} ref={ref} onSubmit={submit} />;
    }),
  );

  const submit = useCallback((fields: Record<string, string>) => void postRef.current(new URLSearchParams(fields)), []);
  const fetcher: SavingFetcher<Reply> = { Form, submit, state, data };

  const unsaved = isUnsaved(data);
  const resend = useCallback(() => {
    if (lastFields.current) void postRef.current(lastFields.current);
  }, []);

  useEffect(() => {
    if (!unsaved || state !== "idle") return;
    const timer = setTimeout(() => {
      setRetries((count) => count + 1);
      resend();
    }, Math.min(FIRST_RETRY_MS * 2 ** retries, LONGEST_RETRY_MS));
    return () => clearTimeout(timer);
  }, [unsaved, state, retries, resend]);

  useEffect(() => {
    if (data && !unsaved) setRetries(0);
  }, [data, unsaved]);

  useEffect(() => () => running.current?.abort(), []);

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
