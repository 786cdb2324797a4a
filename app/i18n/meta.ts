import type { MetaFunction } from "@remix-run/node";
import { DEFAULT_LOCALE, type MessageKey, type Translate, isLocale, translator } from "./translate";

type Matches = Parameters<MetaFunction>[0]["matches"];

/** The visitor's language, from the root loader's locale. */
function translatorFor(matches: Matches): Translate {
  const rootData = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
  return translator(isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE);
}

/** A page title in the visitor's language. */
export function pageTitle(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const t = translatorFor(matches);
    return [{ title: `${t(key)} — ${t("app.name")}` }];
  };
}

/**
 * A page title from the page's own data, for pages whose title is content (a lesson title,
 * say); the message key titles the error page when there is no data (an unknown course).
 */
export function contentPageTitle<Data>(title: (data: Data) => string, fallback: MessageKey): MetaFunction {
  return ({ data, matches }) => {
    const t = translatorFor(matches);
    return [{ title: `${data ? title(data as Data) : t(fallback)} — ${t("app.name")}` }];
  };
}
